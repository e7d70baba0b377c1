import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { toHalfWidth } from './text/normalise';

export interface PhoneNumber {
  e164: string;
  country: string | undefined;
  /** libphonenumber's guess: MOBILE, FIXED_LINE, FIXED_LINE_OR_MOBILE, … or undefined. */
  type: string | undefined;
}

/**
 * Parses a phone number as people write it ("138 0013 8000", "+86-10-12345678", "（010）12345678").
 * Numbers without a country code are read in `defaultCountry` (China for this product's shows).
 * Returns null when the text is not a valid number.
 */
export function parsePhone(raw: string, defaultCountry: CountryCode = 'CN'): PhoneNumber | null {
  const text = toHalfWidth(raw).trim();
  if (!text || text.length > 40) return null;
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  if (!parsed || !parsed.isValid()) return null;
  return { e164: parsed.number, country: parsed.country, type: parsed.getType() };
}
