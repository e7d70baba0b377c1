/** Field accuracy of card reading: exact match after normalisation, field by field. */
import { CARD_FIELDS, type CardField, type CardFields } from '../../../src/core/cards/fields';
import { toHalfWidth } from '../../../src/core/text/normalise';

/**
 * What "the same value" means for a field: phones compare as E.164, emails and web addresses
 * case-insensitively (a web address without its scheme or trailing slash), text fields without
 * case, spaces and punctuation (OCR spaces and a comma more or less are not a different address).
 */
export function normaliseField(field: CardField, value: string | null): string | null {
  if (value === null) return null;
  const v = toHalfWidth(value.normalize('NFKC')).trim();
  switch (field) {
    case 'mobile':
    case 'phone':
    case 'fax':
      return v.replace(/[^\d+]/g, '');
    case 'email':
      return v.toLowerCase();
    case 'website':
      return v.toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
    default:
      return v.toLowerCase().replace(/[\s,.;:，。；：、·'’"()（）\-_/&]/g, '');
  }
}

export function fieldMatches(field: CardField, expected: string | null, actual: string | null): boolean {
  return normaliseField(field, expected) === normaliseField(field, actual);
}

export interface FieldTally {
  /** Cards that print the field. */
  present: number;
  /** Of those, read exactly right. */
  correct: number;
  /** Cards without the field where something was read into it anyway. */
  spurious: number;
}

export class AccuracyTally {
  readonly byField = new Map<CardField, FieldTally>(CARD_FIELDS.map((f) => [f, { present: 0, correct: 0, spurious: 0 }]));

  add(truth: CardFields, read: CardFields): CardField[] {
    const wrong: CardField[] = [];
    for (const f of CARD_FIELDS) {
      const t = this.byField.get(f) as FieldTally;
      if (truth[f] === null) {
        if (read[f] !== null) t.spurious++;
        continue;
      }
      t.present++;
      if (fieldMatches(f, truth[f], read[f])) t.correct++;
      else wrong.push(f);
    }
    return wrong;
  }

  percent(f: CardField): number {
    const t = this.byField.get(f) as FieldTally;
    return t.present ? (100 * t.correct) / t.present : NaN;
  }
}
