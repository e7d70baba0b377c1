/**
 * English cards with a vCard QR code holding the same contact: word labels ("Mobile:", "Office:"),
 * doctors and professors with post-nominals, an office number with an extension, a three-line
 * address.
 */
import { compose, html, layout, qr, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle } from '../kit/labels';
import { TUNING_POOL } from './pool';

export const qrVcardEn: Family = {
  id: 'qr-vcard-en',
  look: 'English; vCard QR code at the right, Dr./Prof. names with post-nominals, word labels, extension, 3-line address',
  exercises: ['QR code with a vCard', 'honorifics and post-nominals', 'extension on the office number', 'address over three lines'],
  count: 15,
  make: (r) => {
    const content = compose.enContent(r, TUNING_POOL, { honorific: 0.5, postNominal: 0.6, middle: 0.4, phones: 1, ext: random.pick(r, ['en', 'x'] as const), addressLines: 3, places: (p) => p.country !== 'SG' });
    const { card } = content;
    card.qr = qr.vcard(card, compose.nameParts(content));
    const accent = random.pick(r, ['#14213d', '#7b2cbf', '#386641', '#9d0208']);
    const body = 11.5 + random.int(r, 0, 1);
    const style: LabelStyle = { kind: 'words', words: random.pick(r, ['word', 'wordLong', 'wordShort'] as const), sep: random.pick(r, [': ', ' ', '  '] as const), color: '#777' };
    const lines = layout.contactLines(card, style, { size: body });
    const address = layout.addressLines(card, { kind: 'none' }, body);
    const out = `
      <div style="display:flex;gap:14px;height:100%">
        <div style="flex:1;min-width:0">
          <div class="fit" style="font-size:${20 + random.int(r, 0, 3)}px;font-weight:700;color:${accent}">${html.esc(card.nameLine)}</div>
          <div class="fit" style="font-size:${body}px;font-style:italic">${html.esc(card.title)}</div>
          <div class="fit" style="font-size:${body + 1}px;font-weight:600;margin:4px 0 8px">${html.esc(card.company)}</div>
          <div style="font-size:${body}px;line-height:1.4">${html.fitLines(lines)}</div>
          <div style="font-size:${body - 0.5}px;line-height:1.3;margin-top:6px;color:#444">${html.fitLines(address)}</div>
        </div>
        <div style="flex:none;display:flex;align-items:center">${qr.qrSvg(card.qr, 120 + random.int(r, 0, 20))}</div>
      </div>`;
    return { html: html.page({ ...sizes.us, background: '#fff', color: '#111', font: html.font(r, random.pick(r, ['latinSans', 'latinSerif'] as const)) }, out), card, ...sizes.us };
  },
};
