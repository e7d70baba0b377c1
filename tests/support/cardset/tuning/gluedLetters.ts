/**
 * English cards with one-letter labels (M, T, E, W, A) glued to the value or set off by a space
 * or a thin bar, a wordmark of the company's initials top right, names with middle names,
 * honorifics and post-nominals, and numbers from the UK, Germany, the US, Japan and Singapore.
 */
import { compose, html, layout, random, sizes } from '../kit';
import type { Family } from '../kit/family';
import type { LabelStyle } from '../kit/labels';
import { TUNING_POOL } from './pool';

export const gluedLetters: Family = {
  id: 'glued-letters',
  look: 'English; one-letter labels glued or spaced (Mxxx, E xxx), initials wordmark, Dr./PhD names, foreign numbers',
  exercises: ['one-letter labels with no separator', 'middle names, honorifics, post-nominals', 'foreign numbers (+44, +49, +1, +81, +65)', 'logo initials'],
  count: 15,
  make: (r) => {
    const { card } = compose.enContent(r, TUNING_POOL, { middle: 0.5, honorific: 0.3, postNominal: 0.4, ext: random.chance(r, 0.25) ? 'x' : null });
    const accent = random.pick(r, ['#004e64', '#9c2c2c', '#3a3a3a', '#1f4e99', '#6a4c93']);
    const body = 12.5 + random.int(r, 0, 2);
    const style: LabelStyle = { kind: 'words', words: random.pick(r, ['letter', 'letter', 'letterOffice', 'letterDirect'] as const), sep: random.pick(r, ['', '', ' ', '  ', ' | '] as const), weight: 'bold', color: accent };
    const wordmark = `<div style="position:absolute;right:24px;top:20px;font-size:${30 + random.int(r, 0, 8)}px;font-weight:800;letter-spacing:3px;color:${accent}">${html.esc(card.brand.toUpperCase())}</div>`;
    const upper = random.chance(r, 0.3);
    const lines = layout.contactLines(card, style, { size: body, withAddress: true });
    const content = `${wordmark}
      <div style="margin-top:14px;max-width:70%">
        <div class="fit" style="font-size:${22 + random.int(r, 0, 4)}px;font-weight:700;${upper ? 'text-transform:uppercase;letter-spacing:1px' : ''}">${html.esc(card.nameLine)}</div>
        <div class="fit" style="font-size:${body + 0.5}px;color:#555;margin-top:2px">${html.esc(card.title)}</div>
        <div class="fit" style="font-size:${body + 0.5}px;font-weight:600;margin-top:6px;color:${accent}">${html.esc(card.company)}</div>
      </div>
      <div style="position:absolute;left:24px;right:24px;bottom:16px;font-size:${body}px;line-height:1.4">${html.fitLines(lines)}</div>`;
    return { html: html.page({ ...sizes.us, background: '#fff', color: '#111', font: html.font(r, random.pick(r, ['latinSans', 'latinSans', 'latinSerif'] as const)) }, content), card, ...sizes.us };
  },
};
