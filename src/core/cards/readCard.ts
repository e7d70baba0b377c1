/**
 * What the reader returns for one card: the fields from the printed text, merged with the card's
 * QR code when it holds a contact, and the fields staff should check (unsure.ts).
 */
import { parseCardText, type CardTextLine, type ParseCardOptions } from './parseText';
import { CARD_FIELDS, type CardField, type CardFields } from './fields';
import { unsureFields } from './unsure';
import { cardFieldsFromQr } from './vcard';

export interface CardRead {
  fields: CardFields;
  /** Fields the reader was unsure of, in CARD_FIELDS order. */
  unsure: CardField[];
}

export function readCardText(lines: ReadonlyArray<string | (CardTextLine & { score?: number })>, qrText: string | null = null, options: ParseCardOptions = {}): CardRead {
  const fields = parseCardText(lines, options);
  const qr = qrText ? cardFieldsFromQr(qrText) : null;
  const exact = new Set<CardField>();
  if (qr)
    for (const f of CARD_FIELDS)
      if (qr[f]) {
        fields[f] = qr[f];
        exact.add(f);
      }
  const scored = lines.map((l) => (typeof l === 'string' ? { text: l } : l));
  return { fields, unsure: unsureFields(fields, scored, exact) };
}
