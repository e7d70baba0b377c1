/**
 * QR codes printed on cards: a vCard 3.0 or a MECARD holding the same contact, or a WeChat
 * "add me" link that holds no contact at all (its URL is not the company's website). Drawn as
 * SVG by the `qrcode` package, so a card stays one HTML page.
 */
import QRCode from 'qrcode';
import type { CardText } from './card';
import { type Rand } from './random';

const escV = (s: string): string => s.replace(/([\\;,])/g, '\\$1');
const escM = (s: string): string => s.replace(/([\\;,:"])/g, '\\$1');

/** vCard 3.0 of the card, in the form phone "save contact" exports write. */
export function vcard(card: CardText, nameParts: { first: string; last: string }): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${escV(nameParts.last)};${escV(nameParts.first)};;;`, `FN:${escV(card.name)}`, `ORG:${escV(card.company)}`];
  if (card.title) lines.push(`TITLE:${escV(card.title)}`);
  for (const m of card.mobiles) lines.push(`TEL;TYPE=CELL:${m.truth.replace(/ ext\. (\d+)$/, ';ext=$1')}`);
  for (const p of card.phones) lines.push(`TEL;TYPE=WORK,VOICE:${p.truth.replace(/ ext\. (\d+)$/, ';ext=$1')}`);
  if (card.fax) lines.push(`TEL;TYPE=WORK,FAX:${card.fax.truth}`);
  lines.push(`EMAIL;TYPE=INTERNET:${card.email}`);
  if (card.website) lines.push(`URL:${card.website}`);
  if (card.address.length) lines.push(`ADR;TYPE=WORK:;;${escV(card.address.join(/[\u3400-\u9fff]/.test(card.address.join('')) ? '' : ', '))};;;;`);
  lines.push('END:VCARD');
  return lines.join('\r\n');
}

/** MECARD (DoCoMo), the short form many Chinese card apps print. */
export function mecard(card: CardText, nameParts: { first: string; last: string }): string {
  const parts = [`N:${escM(nameParts.last)},${escM(nameParts.first)}`];
  for (const m of card.mobiles) parts.push(`TEL:${m.truth}`);
  parts.push(`EMAIL:${escM(card.email)}`);
  if (card.website) parts.push(`URL:${escM(card.website)}`);
  if (card.address.length) parts.push(`ADR:${escM(card.address.join(''))}`);
  parts.push(`NOTE:${escM(`${card.company} ${card.title}`)}`);
  return `MECARD:${parts.join(';')};;`;
}

/** A WeChat personal QR link: a short random path, as the app makes them. */
export function wechatLink(r: Rand): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  const id = Array.from({ length: 22 }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
  return r() < 0.5 ? `https://u.wechat.com/${id}` : `http://weixin.qq.com/r/${id}`;
}

/** The QR code as an SVG of `size` px, dark modules in `color`, a quiet zone of two modules. */
export function qrSvg(text: string, size: number, color = '#000', background = '#fff'): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const total = n + 4;
  let path = '';
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (qr.modules.get(y, x)) path += `M${x + 2} ${y + 2}h1v1h-1z`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges"><rect width="${total}" height="${total}" fill="${background}"/><path d="${path}" fill="${color}"/></svg>`;
}
