/**
 * What the reader returns for one card: the fields from the printed text, merged with the card's
 * QR code when it holds a contact.
 */
import { parseCardText, type CardTextLine, type ParseCardOptions } from './parseText';
import { CARD_FIELDS, type CardFields } from './fields';
import { cardFieldsFromQr } from './vcard';

export interface CardRead {
  fields: CardFields;
}

export function readCardText(lines: ReadonlyArray<string | CardTextLine>, qrText: string | null = null, options: ParseCardOptions = {}): CardRead {
  const fields = parseCardText(lines, options);
  const qr = qrText ? cardFieldsFromQr(qrText) : null;
  if (qr) for (const f of CARD_FIELDS) if (qr[f]) fields[f] = qr[f];
  return { fields };
}
