/** Contact lines and small blocks most families share; each family arranges them its own way. */
import type { CardText } from './card';
import { esc } from './html';
import { contactHtml, labelHtml, type LabelStyle } from './labels';

export interface ContactOpts {
  /** Two mobiles on one line, "138… / 139…". */
  mobilesOneLine?: boolean;
  /** Phone and fax on one line. */
  phoneFaxOneLine?: boolean;
  /** Address label only on its first line (continuation lines are indented by nothing). */
  withAddress?: boolean;
  size: number;
}

/** The contact lines of a card, as HTML, labelled in `style`. */
export function contactLines(card: CardText, style: LabelStyle, opts: ContactOpts): string[] {
  const { size } = opts;
  const lines: string[] = [];
  if (opts.mobilesOneLine && card.mobiles.length > 1) lines.push(`${labelHtml('mobile', style, size)}${card.mobiles.map((m) => esc(m.text)).join('&nbsp;/&nbsp;')}`);
  else for (const m of card.mobiles) lines.push(contactHtml('mobile', m.text, style, size));
  const phones = card.phones.map((p) => contactHtml('phone', p.text, style, size));
  const fax = card.fax ? contactHtml('fax', card.fax.text, style, size) : null;
  if (opts.phoneFaxOneLine && phones.length === 1 && fax) lines.push(`${phones[0]}&nbsp;&nbsp;&nbsp;${fax}`);
  else lines.push(...phones, ...(fax ? [fax] : []));
  lines.push(contactHtml('email', card.email, style, size));
  if (card.website) lines.push(contactHtml('web', card.website, style, size));
  if (opts.withAddress) lines.push(...addressLines(card, style, size));
  return lines;
}

export function addressLines(card: CardText, style: LabelStyle, size: number): string[] {
  return card.address.map((line, i) => (i === 0 ? contactHtml('address', line, style, size) : esc(line)));
}

/** A logo block: the brand short name or initials in a coloured square, circle or seal. */
export function logoBlock(text: string, o: { size: number; background: string; color: string; shape: 'square' | 'circle' | 'rounded' | 'seal'; font?: string; stacked?: boolean }): string {
  const radius = o.shape === 'circle' ? '50%' : o.shape === 'rounded' ? '22%' : '0';
  const border = o.shape === 'seal' ? `border:${Math.max(2, Math.round(o.size / 18))}px solid ${o.background};background:transparent;color:${o.background};` : `background:${o.background};color:${o.color};`;
  const chars = Array.from(text);
  const stacked = o.stacked && chars.length === 2;
  const fontSize = Math.round(stacked ? o.size * 0.38 : chars.length <= 2 ? o.size * (chars.length === 1 ? 0.6 : 0.36) : o.size * 0.28);
  const inner = stacked ? chars.map((c) => `<div>${esc(c)}</div>`).join('') : esc(text);
  return `<div style="flex:none;width:${o.size}px;height:${o.size}px;border-radius:${radius};${border}display:flex;flex-direction:column;align-items:center;justify-content:center;font-weight:700;line-height:1.05;font-size:${fontSize}px;${o.font ? `font-family:${o.font};` : ''}letter-spacing:${stacked ? 0 : 1}px;box-sizing:border-box">${inner}</div>`;
}
