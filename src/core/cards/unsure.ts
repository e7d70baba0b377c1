/**
 * Which fields of a card reading staff should look at twice (issue #17: "the confirm screen shows
 * which fields the reader was unsure of"). A field is unsure when
 *  - the text it came from was read with low confidence (the recognition model's mean character
 *    probability on that line), or
 *  - its value does not have the shape of what it claims to be: a number libphonenumber does not
 *    know as allocated, a Chinese name without a known surname, an email whose domain is neither
 *    the website's nor plausible, a company without a legal form or organisation word, an address
 *    with little that says "address".
 * Fields read from the card's QR code are exact and never unsure. The reading is kept as it is:
 * marking only asks staff to check.
 */
import { parsePhone } from '../phone';
import { CARD_FIELDS, PHONE_FIELDS, type CardField, type CardFields } from './fields';
import { addressScore, hanCount, isCompanyText } from './lineKinds';
import { hasSurname } from './names';

/** Below this mean character probability a line is worth a second look (tuned on the tuning families). */
export const UNSURE_LINE_SCORE = 0.9;

export interface ScoredLine {
  text: string;
  /** Mean character probability of the line's recognition, 0–1; absent for typed text. */
  score?: number;
}

/** Letters and digits only, lower case: how a value is found again in the lines it came from. */
function key(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The lowest confidence of the lines that hold part of the value (a line's key inside the value's, or the reverse). */
function sourceScore(value: string, lines: readonly ScoredLine[]): number {
  const v = key(value);
  if (!v) return 1;
  let min = 1;
  for (const line of lines) {
    if (line.score === undefined) continue;
    const l = key(line.text);
    if (l.length < 2) continue;
    // A line holds the value (a labelled line) or is a part of it (an address over lines).
    const overlaps = l.includes(v) || (v.includes(l) && l.length >= Math.min(6, v.length));
    if (overlaps) min = Math.min(min, line.score);
  }
  return min;
}

function shapeDoubtful(field: CardField, value: string, fields: CardFields): boolean {
  if (PHONE_FIELDS.includes(field)) return parsePhone(value.replace(/\s*ext\.\s*\d+$/, '')) === null;
  switch (field) {
    case 'name':
      // A Chinese name without a surname the reader knows, or an English one of a single word.
      return hanCount(value) >= 2 ? !hasSurname(value.replace(/\s+/g, '')) : !/\S\s+\S/.test(value);
    case 'company':
      return !isCompanyText(value);
    case 'address':
      return addressScore(value) < 2;
    case 'email': {
      const domain = value.split('@')[1] ?? '';
      const site = (fields.website ?? '').toLowerCase().replace(/^https?:\/\//, '').replace(/^www\d?\./, '').split('/')[0] ?? '';
      return !!site && !domain.toLowerCase().endsWith(site) && !site.endsWith(domain.toLowerCase());
    }
    default:
      return false;
  }
}

export function unsureFields(fields: CardFields, lines: readonly ScoredLine[], exact: ReadonlySet<CardField> = new Set()): CardField[] {
  return CARD_FIELDS.filter((f) => {
    const value = fields[f];
    if (!value || exact.has(f)) return false;
    return sourceScore(value, lines) < UNSURE_LINE_SCORE || shapeDoubtful(f, value, fields);
  });
}
