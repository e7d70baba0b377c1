/**
 * Held out — do not read while tuning the reader (README.md).
 * Portrait cards with a QR code holding the contact (MECARD on Chinese cards, vCard on English
 * ones) at the top, the name centred under it, contacts behind solid icons, an office number with
 * an extension, and the address over three lines.
 */
import { compose, html, layout, qr, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle } from '../kit/labels';
import { HELDOUT_POOL } from './pool';

export const portraitQr: Family = {
  id: 'portrait-qr',
  look: 'Portrait; contact QR code on top (MECARD or vCard), centred name, solid icons, extension, 3-line address',
  exercises: ['vertical layout', 'QR code with MECARD or vCard', 'icon labels', 'extensions', 'address over three lines'],
  count: 15,
  make: (r, index) => {
    const chinese = index % 2 === 0;
    const content = chinese
      ? compose.zhContent(r, HELDOUT_POOL, { addressLines: 3, phones: 1, ext: random.pick(r, ['zh', 'en'] as const), fax: 0.2, website: 0.5 })
      : compose.enContent(r, HELDOUT_POOL, { addressLines: 3, phones: 1, ext: 'x', fax: 0.2, middle: 0.4, postNominal: 0.3, places: (p) => p.country !== 'HK' });
    const { card } = content;
    card.qr = chinese ? qr.mecard(card, compose.nameParts(content)) : qr.vcard(card, compose.nameParts(content));
    const accent = random.pick(r, ['#005f73', '#9b2226', '#3a5a40', '#22223b']);
    const body = 11;
    const style: LabelStyle = { kind: 'icon', icons: 'solid', color: accent };
    const lines = layout.contactLines(card, style, { size: body, withAddress: true });
    const out = `
      <div style="display:flex;justify-content:center">${qr.qrSvg(card.qr, 88, accent)}</div>
      <div style="text-align:center;margin:10px 0 2px"><div class="fit" style="font-size:${chinese ? 26 : 19}px;font-weight:700;letter-spacing:${chinese ? 4 : 0.5}px">${html.esc(card.nameLine)}</div>
      <div class="fit" style="font-size:${body}px;color:${accent}">${html.esc(card.title)}</div>
      <div class="fit" style="font-size:${body}px;font-weight:600;margin-top:4px">${html.esc(card.company)}</div></div>
      <div style="border-top:1px solid #bbb;margin:6px 0"></div>
      <div style="font-size:${body}px;line-height:1.5">${html.fitLines(lines)}</div>`;
    return { html: html.page({ ...sizes.cnPortrait, background: '#fff', color: '#1d1d1d', font: html.font(r, chinese ? 'zhSans' : 'latinSans'), padding: '20px 18px' }, out), card, ...sizes.cnPortrait };
  },
};
