/**
 * The fields read from a business card, by OCR or from its QR code, and confirmed by staff.
 * One shape for every source (card text, vCard, MECARD) so the lead keeps one record whatever
 * was scanned. A field nobody found is null, never an empty string.
 */
import { z } from 'zod';
import { textSchema } from '../schema/common';

export const CARD_FIELDS = ['name', 'title', 'company', 'mobile', 'phone', 'fax', 'email', 'website', 'address'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

/** Phone-like fields hold E.164 ("+8613800138000") when the number parsed, else what staff typed. */
export const PHONE_FIELDS: readonly CardField[] = ['mobile', 'phone', 'fax'];

const MAX: Record<CardField, number> = {
  name: 200,
  title: 200,
  company: 300,
  mobile: 40,
  phone: 40,
  fax: 40,
  email: 254,
  website: 300,
  address: 500,
};

function field(max: number) {
  // Blank after trimming means "not on the card": stored as null so "unknown" and "empty" never differ.
  return textSchema(max)
    .nullable()
    .transform((v) => (v ? v : null));
}

export const cardFieldsSchema = z.object({
  name: field(MAX.name),
  title: field(MAX.title),
  company: field(MAX.company),
  mobile: field(MAX.mobile),
  phone: field(MAX.phone),
  fax: field(MAX.fax),
  email: field(MAX.email),
  website: field(MAX.website),
  address: field(MAX.address),
});
export type CardFields = z.output<typeof cardFieldsSchema>;

export function emptyCardFields(): CardFields {
  return { name: null, title: null, company: null, mobile: null, phone: null, fax: null, email: null, website: null, address: null };
}

/** How many fields were found: 0 means the image (or QR code) held nothing card-like. */
export function countCardFields(fields: CardFields): number {
  return CARD_FIELDS.filter((f) => fields[f] !== null).length;
}
