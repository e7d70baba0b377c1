/**
 * Chinese sales cards that print every number they have: two mobiles on one line ("138… / 139…"),
 * an office number with an extension (转 / 分机 / -), a second office line or a 400 hotline, a fax,
 * and 邮编 printed apart from a two-line address.
 */
import { compose, html, layout, phones, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle } from '../kit/labels';
import { TUNING_POOL } from './pool';

export const multiNumberZh: Family = {
  id: 'multi-number-zh',
  look: 'Chinese; two mobiles, office number with extension, hotline, fax, 邮编 apart from a 2-line address',
  exercises: ['several phone numbers', 'extensions (转, 分机)', 'postcode printed apart', 'address over two lines'],
  count: 15,
  make: (r) => {
    const { card } = compose.zhContent(r, TUNING_POOL, { mobiles: 2, phones: 1, ext: random.pick(r, ['zh', 'zh-fenji', 'zh'] as const), fax: 0.6, addressLines: 2, postcode: true, website: 0.7 });
    if (random.chance(r, 0.5)) card.phones.push(phones.cnHotline(r));
    const accent = random.pick(r, ['#d32f2f', '#1565c0', '#4e342e']);
    const body = 11.5 + random.int(r, 0, 1);
    const style: LabelStyle = { kind: 'words', words: random.pick(r, ['zh', 'zhLong'] as const), sep: random.pick(r, ['：', ':'] as const) };
    const lines = layout.contactLines(card, style, { size: body, mobilesOneLine: random.chance(r, 0.6), withAddress: true });
    lines.push(`邮编${style.kind === 'words' ? style.sep : ''}${card.postcode}`);
    const content = `
      <div style="display:flex;align-items:baseline;gap:12px;border-bottom:3px solid ${accent};padding-bottom:6px">
        <div class="fit" style="font-size:${24 + random.int(r, 0, 4)}px;font-weight:700">${html.esc(card.nameLine)}</div>
        <div class="fit" style="font-size:${body + 1}px">${html.esc(card.title)}</div>
        <div class="fit" style="margin-left:auto;font-size:${body + 1}px;font-weight:700;color:${accent}">${html.esc(card.company)}</div>
      </div>
      <div style="margin-top:8px;font-size:${body}px;line-height:1.42;columns:${random.chance(r, 0.4) ? 2 : 1};column-gap:16px">${html.fitLines(lines)}</div>`;
    return { html: html.page({ ...sizes.cn, background: '#fff', color: '#222', font: html.font(r, random.pick(r, ['zhSans', 'zhSerif'] as const)), padding: '18px 22px' }, content), card, ...sizes.cn };
  },
};
