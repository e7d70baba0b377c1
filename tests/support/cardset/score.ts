/**
 * How a card read is scored against its truth (kit/card.ts says what the truth is). The rules
 * for comparing values are written here once:
 *  - mobile, phone, fax: the number in international form (libphonenumber, China when the
 *    number has no country code) plus its extension, wherever it was written ("ext. 8021",
 *    "x204", "转 8021", "分机 8021", ";ext=8021", "#8021"): formatting never matters, a missing or
 *    extra extension does;
 *  - email: without case and spaces;
 *  - website: without case, scheme ("https://") and trailing slash; "www." counts;
 *  - name, title, company, address: NFKC, half-width, without case, spaces and punctuation (an
 *    OCR space or a comma is no different address); anything else counts, "Dr." and "PhD" too.
 * A read value is right when it equals the expected value or one of the values also accepted.
 *
 * A cross-field fill is a wrong value (or a value where the card has none) that holds another
 * field's text: it contains the whole printed text of another field (「华信吴芳」 holds the
 * company's 「华信」; an address holding the phone line), or is most of one (a website cut out of
 * the email). Text the field's own truth contains is not counted (an address naming a building
 * that is also the brand).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { CARD_FIELDS, PHONE_FIELDS, type CardField, type CardFields } from '../../../src/core/cards/fields';
import { toHalfWidth } from '../../../src/core/text/normalise';
import type { CardTruth } from './kit/card';

const EXT = /\s*(?:;\s*ext=|\bext\.?|\bextension|x|#|转|轉|分机|分機)\s*(\d{1,6})\s*$/i;

function clean(value: string): string {
  return toHalfWidth(value.normalize('NFKC')).trim();
}

export function normaliseField(field: CardField, value: string | null): string | null {
  if (value === null) return null;
  let v = clean(value);
  if (!v) return null;
  if (PHONE_FIELDS.includes(field)) {
    const m = EXT.exec(v);
    if (m) v = v.slice(0, m.index);
    const main = parsePhoneNumberFromString(v, 'CN')?.number ?? v.replace(/[^\d+]/g, '');
    return m ? `${main};ext=${m[1]}` : main;
  }
  if (field === 'email') return v.toLowerCase().replace(/\s+/g, '');
  if (field === 'website') return v.toLowerCase().replace(/\s+/g, '').replace(/^https?:\/\//, '').replace(/\/+$/, '');
  return loose(v);
}

/** Letters and digits only, lower case: how text is compared, and how one field's text is found in another's. */
export function loose(value: string | null | undefined): string {
  return value ? clean(value).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') : '';
}

export function fieldMatches(field: CardField, truth: CardTruth, read: string | null): boolean {
  const got = normaliseField(field, read);
  const expected = truth.fields[field];
  if (got === null) return expected === null;
  return [expected, ...(truth.also[field] ?? [])].some((e) => e !== null && normaliseField(field, e) === got);
}

const HAN = /\p{Script=Han}/u;
/** Shortest text worth finding inside another: two Han characters, or four letters or digits. */
const enough = (s: string): boolean => (HAN.test(s) ? s.length >= 2 : s.length >= 4);

/** The other field whose text a wrong value holds, or null. */
export function crossFillSource(field: CardField, truth: CardTruth, read: string | null): CardField | null {
  const a = loose(read);
  if (!a || fieldMatches(field, truth, read)) return null;
  const own = [truth.fields[field], ...(truth.also[field] ?? []), ...(truth.printed[field] ?? [])].map(loose).filter(Boolean);
  for (const other of CARD_FIELDS) {
    if (other === field) continue;
    for (const text of [truth.fields[other], ...(truth.also[other] ?? []), ...(truth.printed[other] ?? [])]) {
      const b = loose(text);
      if (!b || !enough(b) || own.some((o) => o.includes(b))) continue;
      if (a.includes(b) || (b.includes(a) && enough(a) && a.length * 2 >= b.length)) return other;
    }
  }
  return null;
}

export interface FieldCount {
  /** Images whose card prints the field. */
  present: number;
  /** Of those, read right. */
  correct: number;
  /** Images whose card does not print the field, where something was read into it. */
  spurious: number;
}

export interface CardScore {
  /** Fields expected and read wrong (or not at all). */
  wrong: CardField[];
  /** Fields filled with another field's text: [field, the field whose text it holds]. */
  crossFills: Array<[CardField, CardField]>;
}

/** Counts over a group of images (a family, a side, a condition). */
export class Tally {
  readonly byField = new Map<CardField, FieldCount>(CARD_FIELDS.map((f) => [f, { present: 0, correct: 0, spurious: 0 }]));
  images = 0;
  /** Fields the reader filled in. */
  filled = 0;
  crossFills = 0;

  add(truth: CardTruth, read: CardFields): CardScore {
    this.images++;
    const score: CardScore = { wrong: [], crossFills: [] };
    for (const f of CARD_FIELDS) {
      const count = this.byField.get(f) as FieldCount;
      if (read[f] !== null) this.filled++;
      const source = crossFillSource(f, truth, read[f]);
      if (source) {
        this.crossFills++;
        score.crossFills.push([f, source]);
      }
      if (truth.fields[f] === null) {
        if (read[f] !== null && !fieldMatches(f, truth, read[f])) count.spurious++;
        continue;
      }
      count.present++;
      if (fieldMatches(f, truth, read[f])) count.correct++;
      else score.wrong.push(f);
    }
    return score;
  }

  /** Share read right of the images printing the field, in %, NaN when none does. */
  percent(f: CardField): number {
    const c = this.byField.get(f) as FieldCount;
    return c.present ? (100 * c.correct) / c.present : NaN;
  }

  crossFillPercent(): number {
    return this.filled ? (100 * this.crossFills) / this.filled : NaN;
  }
}
