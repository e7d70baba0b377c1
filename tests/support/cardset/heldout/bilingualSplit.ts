/**
 * Held out — do not read while tuning the reader (README.md).
 * Bilingual cards split down the middle: Chinese on the left, English on the right (name, title,
 * company, address in each), contacts once across the bottom behind ✆ ☎ ✉ ⌂ symbols.
 */
import { compose, html, layout, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle } from '../kit/labels';
import { HELDOUT_POOL } from './pool';

export const bilingualSplit: Family = {
  id: 'bilingual-split',
  look: 'Bilingual split left (Chinese) / right (English); symbol labels ✆ ☎ ✉ across the bottom',
  exercises: ['bilingual card, name in both languages', 'two-column layout', 'symbol labels (✉, ☎)', 'address in both languages, over two lines'],
  count: 15,
  make: (r) => {
    const { card } = compose.zhContent(r, HELDOUT_POOL, { bilingual: true, intl: random.chance(r, 0.6), addressLines: 2, fax: 0.3, website: 0.6 });
    const accent = random.pick(r, ['#8e2c48', '#1d3557', '#2a9d8f', '#6c584c']);
    const body = 11 + random.int(r, 0, 1);
    const style: LabelStyle = { kind: 'icon', icons: 'glyph', color: accent };
    const lines = layout.contactLines(card, style, { size: body, phoneFaxOneLine: true });
    const half = (parts: string[], align: string): string => `<div style="flex:1;min-width:0;text-align:${align}">${parts.join('')}</div>`;
    const zh = half(
      [
        `<div class="fit" style="font-size:${24 + random.int(r, 0, 3)}px;font-weight:700;letter-spacing:3px">${html.esc(card.nameLine)}</div>`,
        `<div class="fit" style="font-size:${body + 1}px;color:${accent}">${html.esc(card.title)}</div>`,
        `<div class="fit" style="font-size:${body + 1}px;font-weight:600;margin-top:6px">${html.esc(card.company)}</div>`,
        `<div style="font-size:${body - 0.5}px;margin-top:4px;color:#444">${html.fitLines(card.address.map(html.esc))}</div>`,
      ],
      'left',
    );
    const en = half(
      [
        `<div class="fit" style="font-size:${20 + random.int(r, 0, 3)}px;font-weight:700">${html.esc(card.nameAlt ?? '')}</div>`,
        `<div class="fit" style="font-size:${body}px;color:${accent}">${html.esc(card.titleAlt ?? '')}</div>`,
        `<div class="fit" style="font-size:${body}px;font-weight:600;margin-top:6px">${html.esc(card.companyAlt ?? '')}</div>`,
        `<div style="font-size:${body - 1}px;margin-top:4px;color:#444">${html.fitLines((card.addressAlt ?? []).map(html.esc))}</div>`,
      ],
      'right',
    );
    const content = `
      <div style="display:flex;gap:16px">${zh}<div style="flex:none;width:1px;background:${accent}"></div>${en}</div>
      <div style="position:absolute;left:22px;right:22px;bottom:14px;border-top:1px solid #ccc;padding-top:6px;font-size:${body}px;line-height:1.45;columns:2;column-gap:14px">${html.fitLines(lines)}</div>`;
    return { html: html.page({ ...sizes.cn, background: '#fff', color: '#1b1b1b', font: html.font(r, random.pick(r, ['zhSans', 'zhSerif'] as const)), padding: '18px 22px' }, content), card, ...sizes.cn };
  },
};
