/**
 * Held out — do not read while tuning the reader (README.md).
 * Minimal English cards: a monogram of the person's initials beside the name, no labels at all,
 * contacts run together on lines with " · " or " | " between them, names with middle names and
 * post-nominals, numbers from the UK (some unallocated), Germany, the US and Australia.
 */
import { compose, html, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import { HELDOUT_POOL } from './pool';

export const monogramMinimal: Family = {
  id: 'monogram-minimal',
  look: 'English minimal; initials monogram beside the name, no labels, contacts joined by · or |',
  exercises: ['no labels', 'several values on one line with separators', 'logo initials beside the name', 'middle names and post-nominals', 'numbers outside allocated ranges'],
  count: 15,
  make: (r) => {
    const content = compose.enContent(r, HELDOUT_POOL, { middle: 0.5, honorific: 0.2, postNominal: 0.45, unallocated: 0.3, fax: 0, phones: random.pick(r, [0, 1] as const), places: (p) => p.country !== 'JP' && p.country !== 'HK' });
    const { card, person } = content;
    // Unlabelled North-American numbers do not say which is the mobile: such cards print one number.
    if (content.place.country === 'US') card.phones = [];
    const initials = `${person.first[0]}${person.last.replace(/^(van der |de la |O')/, '')[0]}`;
    card.brand = initials;
    const sep = random.pick(r, ['&nbsp;&nbsp;·&nbsp;&nbsp;', '&nbsp;&nbsp;|&nbsp;&nbsp;', '&nbsp;&nbsp;•&nbsp;&nbsp;']);
    const ink = random.pick(r, ['#222', '#2b2d42', '#3d405b']);
    const body = 11.5 + random.int(r, 0, 1);
    const numbers = [...card.mobiles, ...card.phones].map((p) => html.esc(p.text)).join(sep);
    const web = [html.esc(card.email), ...(card.website ? [html.esc(card.website)] : [])].join(sep);
    const address = card.address.map(html.esc).join(sep);
    const content2 = `
      <div style="display:flex;align-items:center;gap:14px;margin-top:22px">
        <div style="flex:none;width:50px;height:50px;border:1.5px solid ${ink};border-radius:50%;display:flex;align-items:center;justify-content:center;font-family:'EB Garamond',serif;font-size:22px;letter-spacing:1px">${html.esc(initials)}</div>
        <div style="min-width:0;flex:1"><div class="fit" style="font-size:${19 + random.int(r, 0, 3)}px;letter-spacing:0.5px">${html.esc(card.nameLine)}</div>
        <div class="fit" style="font-size:${body}px;color:#666">${html.esc(card.title)}&nbsp;&nbsp;—&nbsp;&nbsp;${html.esc(card.company)}</div></div>
      </div>
      <div style="position:absolute;left:24px;right:24px;bottom:18px;font-size:${body}px;line-height:1.55;color:${ink}">${html.fitLines([numbers, web, address])}</div>`;
    return { html: html.page({ ...sizes.us, background: random.pick(r, ['#fff', '#f4f1ea', '#eef2f3']), color: ink, font: html.font(r, random.pick(r, ['latinSans', 'latinSerif'] as const)) }, content2), card, ...sizes.us };
  },
};
