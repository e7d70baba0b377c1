/**
 * Held out — do not read while tuning the reader (README.md).
 * Chinese cards with the brand's short name in a red seal above the name, the name letter-spaced
 * with real spaces, the title after a bar on the name's line, one-character labels (手/电/邮/址)
 * or none, a WeChat QR code, and the address over three lines.
 */
import { compose, html, layout, qr, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle, LabelWords } from '../kit/labels';
import { HELDOUT_POOL } from './pool';

const ONE_CHAR: LabelWords = { mobile: '手', phone: '电', fax: '传', email: '邮', web: '网', address: '址', wechat: '微' };

export const sealAboveName: Family = {
  id: 'seal-above-name',
  look: 'Chinese; red seal with the brand above a letter-spaced name, "| title", one-character labels or none, WeChat QR, 3-line address',
  exercises: ['logo block with brand text above the name', 'one-character labels and no labels', 'name printed with spaces between characters', 'QR code with a WeChat link', 'address over three lines'],
  count: 15,
  make: (r) => {
    const { card } = compose.zhContent(r, HELDOUT_POOL, { addressLines: 3, phones: random.pick(r, [0, 1, 1] as const), fax: 0.3, website: 0.5 });
    card.nameLine = Array.from(card.name).join(' ');
    card.qr = qr.wechatLink(r);
    const red = random.pick(r, ['#c0392b', '#b22222', '#a93226']);
    const body = 12 + random.int(r, 0, 1);
    const style: LabelStyle = random.chance(r, 0.7) ? { kind: 'words', words: ONE_CHAR, sep: random.pick(r, ['：', ' ', ''] as const), color: red } : { kind: 'none' };
    // Without labels nobody can tell a fax from a phone: such cards print no fax.
    if (style.kind === 'none') card.fax = undefined;
    const lines = layout.contactLines(card, style, { size: body, withAddress: true });
    const seal = layout.logoBlock(card.brand, { size: 46, background: red, color: '#fff', shape: 'seal', stacked: true, font: html.font(r, 'zhKai') });
    const content = `
      ${seal}
      <div class="fit" style="margin-top:10px;font-size:${24 + random.int(r, 0, 4)}px;font-weight:700;max-width:70%">${html.esc(card.nameLine)}<span style="font-size:${body + 1}px;font-weight:400;color:#555">&nbsp;&nbsp;|&nbsp;&nbsp;${html.esc(card.title)}</span></div>
      <div class="fit" style="font-size:${body + 1}px;margin:4px 0 8px;max-width:70%">${html.esc(card.company)}</div>
      <div class="box" style="font-size:${body}px;line-height:1.42;max-width:72%;height:150px">${html.fitLines(lines)}</div>
      <div style="position:absolute;right:22px;bottom:20px;text-align:center;font-size:10px;color:#777">${qr.qrSvg(card.qr, 92)}<div>微信扫一扫</div></div>`;
    return { html: html.page({ ...sizes.cn, background: random.pick(r, ['#fffdf7', '#fff', '#f6f1e7']), color: '#222', font: html.font(r, random.pick(r, ['zhKai', 'zhSerif', 'zhSans'] as const)) }, content), card, ...sizes.cn };
  },
};
