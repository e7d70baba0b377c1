/**
 * Two-column cards with pictogram labels: name, title, company and logo on the left; a column
 * of contacts, each behind an icon (handset, envelope, globe, pin), on the right. Chinese and
 * English cards alike.
 */
import { compose, html, layout, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle } from '../kit/labels';
import { TUNING_POOL } from './pool';

export const iconColumn: Family = {
  id: 'icon-column',
  look: 'Two columns; identity left, contacts right each behind a drawn icon; Chinese or English',
  exercises: ['icon labels', 'two-column layout', 'address over two lines in a narrow column'],
  count: 15,
  make: (r, index) => {
    const english = index % 2 === 1;
    const { card } = english ? compose.enContent(r, TUNING_POOL, { addressLines: 2, fax: 0 }) : compose.zhContent(r, TUNING_POOL, { addressLines: 2, fax: 0.2 });
    const accent = random.pick(r, ['#0277bd', '#c62828', '#2e7d32', '#ef6c00', '#37474f']);
    const body = 12 + random.int(r, 0, 1);
    const style: LabelStyle = { kind: 'icon', icons: random.pick(r, ['line', 'solid'] as const), color: accent };
    const lines = layout.contactLines(card, style, { size: body, withAddress: true });
    const logo = layout.logoBlock(english ? card.brand : card.brand, { size: 40, background: accent, color: '#fff', shape: random.pick(r, ['square', 'circle'] as const) });
    const content = `
      <div style="display:flex;height:100%;gap:16px">
        <div style="flex:0 0 40%;min-width:0;display:flex;flex-direction:column;justify-content:center;gap:6px;border-right:1px solid #ccc;padding-right:12px">
          ${logo}
          <div class="fit" style="font-size:${english ? 21 : 26}px;font-weight:700;margin-top:8px">${html.esc(card.nameLine)}</div>
          <div class="fit" style="font-size:${body}px;color:#666">${html.esc(card.title)}</div>
          <div class="shrink" style="font-size:${body}px;font-weight:600;color:${accent}">${html.esc(card.company)}</div>
        </div>
        <div class="box" style="flex:1;min-width:0;display:flex;flex-direction:column;justify-content:center;font-size:${body}px;line-height:1.55">${html.fitLines(lines)}</div>
      </div>`;
    const size = english ? sizes.us : sizes.cn;
    return { html: html.page({ ...size, background: '#fff', color: '#212121', font: html.font(r, english ? 'latinSans' : 'zhSans') }, content), card, ...size };
  },
};
