import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { toHalfWidth } from './text/normalise';

export { phoneDigits } from './text/normalise';

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

/** A mobile number as a visitor gave it: stored as E.164 when it validates, else as typed. */
export interface ReadPhone {
  /** What is stored: E.164 when verified, otherwise the text as typed (NFC, trimmed). */
  stored: string;
  /** The number validates (libphonenumber's metadata): a real, allocated number. */
  verified: boolean;
  /** Verified, but libphonenumber says it is a landline. */
  landline: boolean;
}

/**
 * Reads a mobile number without ever refusing it. Numbers outside allocated ranges (a new Hong
 * Kong block libphonenumber does not know yet), foreign numbers typed without their country code,
 * a digit too many: the person still registers, the number is kept as typed and marked unverified
 * for staff to check (decisions, 40).
 */
export function readPhone(raw: string, defaultCountry: CountryCode = 'CN'): ReadPhone | null {
  const typed = raw.normalize('NFC').trim();
  if (!typed) return null;
  const phone = parsePhone(typed, defaultCountry);
  if (!phone) return { stored: typed, verified: false, landline: false };
  return { stored: phone.e164, verified: true, landline: phone.type === 'FIXED_LINE' };
}

/**
 * Whether a stored mobile is verified. Verified numbers are stored in E.164 and validate again;
 * numbers kept as typed do not: so every device and the server agree without another field.
 */
export function isVerifiedPhone(stored: string): boolean {
  return !stored || parsePhone(stored) !== null;
}
