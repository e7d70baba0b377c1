/**
 * The most common Chinese card: a logo block printing the brand's short name (「华信」) right beside
 * the person's name on one line, the title small after the name, the full company name under it,
 * then labelled contacts (手机/电话/邮箱, with or without a colon).
 */
import { compose, html, layout, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle } from '../kit/labels';
import { TUNING_POOL } from './pool';

export const logoBesideName: Family = {
  id: 'logo-beside-name',
  look: 'Chinese; brand short name in a logo block beside the name, company under it, 手机/电话/邮箱 labels',
  exercises: ['logo block with brand text beside the name', 'Chinese word labels with and without colon', 'two- to four-character names', 'address on one or two lines'],
  count: 15,
  make: (r) => {
    const { card } = compose.zhContent(r, TUNING_POOL, { addressLines: random.pick(r, [1, 1, 2] as const), unallocated: 0.1 });
    const accent = random.pick(r, ['#c8102e', '#0b5394', '#1b7f5b', '#8a5a00', '#5b2a86']);
    const body = 13 + random.int(r, 0, 2);
    const style: LabelStyle = { kind: 'words', words: random.pick(r, ['zh', 'zh', 'zhAlt', 'zhLong'] as const), sep: random.pick(r, ['：', ':', ' ', '  '] as const), color: random.chance(r, 0.5) ? accent : undefined };
    const logo = layout.logoBlock(card.brand, { size: 54 + random.int(r, 0, 10), background: accent, color: '#fff', shape: random.pick(r, ['square', 'rounded', 'circle'] as const), stacked: random.chance(r, 0.4) });
    const nameSize = 26 + random.int(r, 0, 6);
    const titleInline = random.chance(r, 0.6);
    const name = `<div class="fit" style="font-size:${nameSize}px;font-weight:700;letter-spacing:${random.pick(r, [2, 4, 6])}px">${html.esc(card.nameLine)}${titleInline ? `<span style="font-size:${body + 1}px;font-weight:400;letter-spacing:0;margin-left:12px;color:${accent}">${html.esc(card.title)}</span>` : ''}</div>`;
    const title = titleInline ? '' : `<div class="fit" style="font-size:${body + 1}px;color:${accent}">${html.esc(card.title)}</div>`;
    const contacts = layout.contactLines(card, style, { size: body, withAddress: true, phoneFaxOneLine: random.chance(r, 0.5) });
    const content = `
      <div style="display:flex;gap:14px;align-items:center">${logo}<div style="min-width:0;flex:1">${name}${title}</div></div>
      <div class="fit" style="margin:8px 0 10px;font-size:${body + 2}px;font-weight:600">${html.esc(card.company)}</div>
      <div style="border-top:2px solid ${accent};width:60px;margin-bottom:8px"></div>
      <div style="font-size:${body}px;line-height:1.45">${html.fitLines(contacts)}</div>`;
    return { html: html.page({ ...sizes.cn, background: random.pick(r, ['#fff', '#fbfaf6', '#f7f9fb']), color: '#1d1d1f', font: html.font(r, random.pick(r, ['zhSans', 'zhSans', 'zhSerif'] as const)) }, content), card, ...sizes.cn };
  },
};
