/**
 * Bilingual cards, Chinese above English: the name in both (「陈嘉怡」 over "Jiayi Chen"), the title
 * and company in both, labels in both languages ("手机 Mobile"), the Chinese address then the
 * English one.
 */
import { compose, html, layout, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle } from '../kit/labels';
import { TUNING_POOL } from './pool';

export const bilingualStacked: Family = {
  id: 'bilingual-stacked',
  look: 'Bilingual, Chinese above English for name, title, company and address; 手机 Mobile labels',
  exercises: ['bilingual card, name in both languages', 'bilingual labels', 'Chinese and English address'],
  count: 15,
  make: (r) => {
    const { card } = compose.zhContent(r, TUNING_POOL, { bilingual: true, intl: random.chance(r, 0.5), addressLines: 1 });
    const accent = random.pick(r, ['#a61b29', '#0a4d8c', '#2e7d32', '#444']);
    const body = 11.5 + random.int(r, 0, 1);
    const style: LabelStyle = { kind: 'words', words: random.pick(r, ['bi', 'bi', 'word'] as const), sep: random.pick(r, ['：', ': ', ' '] as const), color: accent };
    const contacts = layout.contactLines(card, style, { size: body, phoneFaxOneLine: true });
    const address = [...layout.addressLines(card, style, body), ...(card.addressAlt ?? []).map(html.esc)];
    const content = `
      <div style="display:flex;justify-content:space-between;align-items:flex-start;gap:12px">
        <div style="min-width:0;flex:1">
          <div class="fit" style="font-size:${26 + random.int(r, 0, 4)}px;font-weight:700;letter-spacing:3px">${html.esc(card.nameLine)}</div>
          <div class="fit" style="font-size:${body + 3}px;font-weight:600;color:#444">${html.esc(card.nameAlt ?? '')}</div>
          <div class="fit" style="font-size:${body}px;color:${accent};margin-top:3px">${html.esc(card.title)}&nbsp;&nbsp;${html.esc(card.titleAlt ?? '')}</div>
        </div>
        <div style="text-align:right;min-width:0;flex:1.2">
          <div class="fit" style="font-size:${body + 1.5}px;font-weight:700">${html.esc(card.company)}</div>
          <div class="fit" style="font-size:${body - 1}px;color:#555">${html.esc(card.companyAlt ?? '')}</div>
        </div>
      </div>
      <div style="margin-top:10px;font-size:${body}px;line-height:1.4">${html.fitLines(contacts)}</div>
      <div style="margin-top:4px;font-size:${body - 1}px;line-height:1.35;color:#333">${html.fitLines(address)}</div>`;
    return { html: html.page({ ...sizes.cn, background: random.pick(r, ['#fff', '#fcfbf8']), color: '#1a1a1a', font: html.font(r, 'zhSans'), padding: '18px 22px' }, content), card, ...sizes.cn };
  },
};
