/**
 * Held out — do not read while tuning the reader (README.md).
 * English cards in the Japanese manner: initials in a square and the company wordmark on top,
 * the department and title above the name, the family name in capitals ("Hiroshi TAKAHASHI"),
 * "Tel. / Fax. / E-mail / URL" labels, an unlabelled address over two lines, sometimes a vCard QR.
 */
import { compose, html, layout, qr, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle, LabelWords } from '../kit/labels';
import { HELDOUT_POOL } from './pool';

const JP_LABELS: LabelWords = { mobile: 'Mobile', phone: 'Tel.', fax: 'Fax.', email: 'E-mail', web: 'URL', address: '', wechat: '' };
const DEPARTMENTS = ['Overseas Sales Dept.', 'Global Procurement Div.', 'International Business Unit', 'Corporate Planning Office'];

export const jpStyleEn: Family = {
  id: 'jp-style-en',
  look: 'English, Japanese manner; initials square + wordmark, department and title above "Given FAMILY", Tel./Fax./E-mail/URL',
  exercises: ['title above the name', 'family name in capitals', 'dotted word labels (Tel., Fax.)', 'foreign numbers (+81, +852, +65…)', 'QR code with a vCard'],
  count: 15,
  make: (r) => {
    const content = compose.enContent(r, HELDOUT_POOL, { middle: 0.15, honorific: 0.1, postNominal: 0.15, fax: 0.6, phones: 1, places: (p) => p.country === 'JP' || random.chance(r, 0.3) });
    const { card, person } = content;
    card.nameLine = card.nameLine.replace(person.last, person.last.toUpperCase());
    const withQr = random.chance(r, 0.4);
    if (withQr) card.qr = qr.vcard(card, compose.nameParts(content));
    const accent = random.pick(r, ['#c1121f', '#003049', '#2b9348', '#5f0f40']);
    const body = 11 + random.int(r, 0, 1);
    const style: LabelStyle = { kind: 'words', words: JP_LABELS, sep: random.pick(r, [' ', '  ', ': '] as const) };
    const lines = layout.contactLines(card, style, { size: body });
    const square = layout.logoBlock(card.brand, { size: 30, background: accent, color: '#fff', shape: 'square' });
    const company = card.company.split(' ');
    const out = `
      <div style="display:flex;align-items:center;gap:8px">${square}<div class="fit" style="font-size:${body + 3}px;font-weight:800;letter-spacing:1px;color:${accent}">${html.esc(company.slice(0, 2).join(' ').toUpperCase())}</div></div>
      <div style="display:flex;gap:12px;margin-top:12px">
        <div style="flex:1;min-width:0">
          <div class="fit" style="font-size:${body}px;color:#555">${html.esc(random.pick(r, DEPARTMENTS))}</div>
          <div class="fit" style="font-size:${body}px;color:#555">${html.esc(card.title)}</div>
          <div class="fit" style="font-size:${20 + random.int(r, 0, 3)}px;font-weight:600;margin:2px 0 6px">${html.esc(card.nameLine)}</div>
          <div class="fit" style="font-size:${body}px;font-weight:700">${html.esc(card.company)}</div>
          <div style="font-size:${body - 0.5}px;color:#333">${html.fitLines(card.address.map(html.esc))}</div>
          <div style="font-size:${body - 0.5}px;line-height:1.35;margin-top:4px">${html.fitLines(lines)}</div>
        </div>
        ${card.qr ? `<div style="flex:none;align-self:flex-end">${qr.qrSvg(card.qr, 96)}</div>` : ''}
      </div>`;
    return { html: html.page({ ...sizes.cn, background: '#fff', color: '#111', font: html.font(r, random.pick(r, ['latinSans', 'latinSerif'] as const)), padding: '16px 22px' }, out), card, ...sizes.cn };
  },
};
