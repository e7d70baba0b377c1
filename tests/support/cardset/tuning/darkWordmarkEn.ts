/**
 * Dark English cards with a big wordmark of the brand on top and word labels behind a bar
 * ("T | +44 …"); a third of them are Chinese exhibitors' English cards (romanised name, English
 * company and address, +86 numbers); some UK mobiles are in the unallocated drama range.
 */
import type { CardText } from '../kit/card';
import { compose, html, layout, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle } from '../kit/labels';
import { TUNING_POOL } from './pool';

function chineseExhibitorInEnglish(r: () => number): CardText {
  const { card } = compose.zhContent(r, TUNING_POOL, { bilingual: true, intl: true });
  const en = card.nameAlt ?? card.name;
  return { ...card, lang: 'en', name: en, nameLine: en, nameAlt: undefined, title: card.titleAlt ?? card.title, titleAlt: undefined, company: card.companyAlt ?? card.company, companyAlt: undefined, brand: card.brand, address: card.addressAlt ?? card.address, addressAlt: undefined };
}

export const darkWordmarkEn: Family = {
  id: 'dark-wordmark-en',
  look: 'Dark English card; brand wordmark on top, "T | …" labels, some Chinese exhibitors, some unallocated UK numbers',
  exercises: ['light text on dark', 'labels with a bar separator', "English cards of Chinese exhibitors", 'numbers outside allocated ranges (+44 7700 900…)'],
  count: 15,
  make: (r, index) => {
    const card = index % 3 === 2 ? chineseExhibitorInEnglish(r) : compose.enContent(r, TUNING_POOL, { unallocated: 0.5, places: (p) => p.country === 'GB' || p.country === 'US' || p.country === 'DE' }).card;
    // The wordmark is the brand word of the company name ("Kestrel", "Shujin"): company text, not a name.
    const brandWord = card.company.split(' ')[index % 3 === 2 ? 1 : 0] ?? card.brand;
    card.brand = brandWord;
    const accent = random.pick(r, ['#f2c14e', '#7fd1b9', '#f78154', '#b8c0ff']);
    const body = 12 + random.int(r, 0, 1);
    const style: LabelStyle = { kind: 'words', words: random.pick(r, ['letter', 'word'] as const), sep: random.pick(r, [' | ', ' / ', ' | '] as const), color: accent };
    const lines = layout.contactLines(card, style, { size: body, withAddress: true });
    const content = `
      <div class="fit" style="font-size:${26 + random.int(r, 0, 6)}px;font-weight:800;letter-spacing:${random.pick(r, [2, 4, 6])}px;color:${accent};text-transform:uppercase">${html.esc(brandWord)}</div>
      <div style="display:flex;gap:18px;margin-top:14px">
        <div style="flex:0.9;min-width:0">
          <div class="fit" style="font-size:${19 + random.int(r, 0, 3)}px;font-weight:700">${html.esc(card.nameLine)}</div>
          <div class="fit" style="font-size:${body}px;opacity:.85">${html.esc(card.title)}</div>
          <div class="shrink" style="font-size:${body}px;margin-top:8px;opacity:.9">${html.esc(card.company)}</div>
        </div>
        <div class="box" style="flex:1.3;min-width:0;font-size:${body}px;line-height:1.45">${html.fitLines(lines)}</div>
      </div>`;
    return { html: html.page({ ...sizes.us, background: random.pick(r, ['#101820', '#1b1b2f', '#222831', '#0b3d2e']), color: '#f5f5f5', font: html.font(r, 'latinSans') }, content), card, ...sizes.us };
  },
};
