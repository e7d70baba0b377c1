/**
 * Portrait Chinese cards: logo and company at the top, the name large in the middle, contacts
 * below a rule, the address over two or three lines, and often a WeChat QR code ("扫码加微信")
 * whose link is no website.
 */
import { compose, html, layout, qr, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle } from '../kit/labels';
import { TUNING_POOL } from './pool';

export const verticalZh: Family = {
  id: 'vertical-zh',
  look: 'Chinese portrait card; logo and company on top, big centred name, address over 2–3 lines, WeChat QR',
  exercises: ['vertical layout', 'address over two or three lines', 'QR code with a WeChat link', 'logo block above the name'],
  count: 15,
  make: (r) => {
    const { card } = compose.zhContent(r, TUNING_POOL, { addressLines: random.pick(r, [2, 3] as const), phones: random.pick(r, [0, 1] as const), website: 0.4 });
    const accent = random.pick(r, ['#b3261e', '#00695c', '#283593', '#6d4c41']);
    const body = 12.5 + random.int(r, 0, 1);
    const withQr = random.chance(r, 0.6);
    if (withQr) card.qr = qr.wechatLink(r);
    const style: LabelStyle = { kind: 'words', words: random.pick(r, ['zh', 'zhAlt'] as const), sep: random.pick(r, ['：', ' ', ': '] as const) };
    const lines = layout.contactLines(card, style, { size: body, withAddress: true });
    const logo = layout.logoBlock(card.brand, { size: 46, background: accent, color: '#fff', shape: random.pick(r, ['circle', 'square', 'seal'] as const) });
    const qrBlock = card.qr ? `<div style="display:flex;align-items:center;gap:8px;margin-top:10px">${qr.qrSvg(card.qr, 74)}<div style="font-size:11px;color:#666">扫码加微信<br>Scan for WeChat</div></div>` : '';
    const content = `
      <div style="display:flex;flex-direction:column;align-items:center;gap:6px">${logo}<div class="fit" style="max-width:100%;font-size:${body + 1}px;font-weight:600;color:${accent}">${html.esc(card.company)}</div></div>
      <div style="text-align:center;margin:18px 0 4px"><div class="fit" style="font-size:${30 + random.int(r, 0, 6)}px;font-weight:700;letter-spacing:6px">${html.esc(card.nameLine)}</div>
      <div class="fit" style="font-size:${body + 1}px;color:#555">${html.esc(card.title)}</div></div>
      <div style="border-top:1px solid ${accent};margin:10px 0"></div>
      <div style="font-size:${body}px;line-height:1.5">${html.fitLines(lines)}</div>${qrBlock}`;
    return { html: html.page({ ...sizes.cnPortrait, background: '#fff', color: '#222', font: html.font(r, random.pick(r, ['zhSans', 'zhSerif', 'zhKai'] as const)), padding: '22px 20px' }, content), card, ...sizes.cnPortrait };
  },
};
