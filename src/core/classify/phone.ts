/**
 * What a phone number says about where its owner is: the country (from the country calling
 * code, or from a number that is valid in China when written without one) and, for Chinese
 * landlines, the city or province of the area code (see taxonomy/areaCodes.ts). Mobile numbers
 * say nothing about the province: Chinese mobile prefixes are not tied to a place in any data
 * we can ship, and people keep their number when they move.
 */
import { parsePhone } from '../phone';
import { AREA_CODES, areaCodeOfNationalNumber, type AreaCodeInfo } from '../taxonomy/areaCodes';
import { toHalfWidth } from '../text/normalise';
import { RULES } from './types';

export interface PhoneReading {
  /** ISO 3166-1 alpha-2. */
  country: string;
  countryRule: typeof RULES.regionPhoneCountryCode | typeof RULES.regionPhoneNationalFormat;
  e164: string | null;
  area: AreaCodeInfo | null;
  /** The text as read, for evidence. */
  text: string;
}

const INTERNATIONAL_PREFIX = /^[(（]?\s*(?:\+|00)/;

/** Numbers with a retired area code are no longer valid, but still say where they were. */
function readLegacyLandline(text: string): AreaCodeInfo | null {
  let digits = text.replace(/[^\d]/g, '');
  if (INTERNATIONAL_PREFIX.test(text)) {
    if (!digits.startsWith('86') && !digits.startsWith('0086')) return null;
    digits = `0${digits.replace(/^(?:00)?86/, '')}`;
  }
  for (const info of AREA_CODES.values()) {
    if (!info.legacy || !digits.startsWith(info.code)) continue;
    const subscriber = digits.length - info.code.length;
    if (subscriber === 7 || subscriber === 8) return info;
  }
  return null;
}

const CN_MOBILE = /^1[3-9]\d{9}$/;
const CN_LANDLINE = /^0(?:10|2\d|[3-9]\d\d)\d{7,8}$/;

/**
 * Chinese mobiles and landlines with a known area code, read without libphonenumber: they are
 * most of the numbers at a Chinese show and its parser is the slowest step of classification.
 * A mobile is 1[3-9] + 9 digits; a landline is an area code of the table + 7 or 8 digits.
 */
function readChineseNumber(text: string, international: boolean): PhoneReading | null {
  if (!/^[\d\s()（）+\-.]+$/.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  if (international) {
    if (!/^(?:00)?86/.test(digits)) return null;
    digits = digits.replace(/^(?:00)?86/, '');
    // "+86 (0)755 …" keeps the trunk 0 some people write anyway.
    if (!digits.startsWith('1') && !digits.startsWith('0')) digits = `0${digits}`;
  }
  const countryRule = international ? RULES.regionPhoneCountryCode : RULES.regionPhoneNationalFormat;
  if (CN_MOBILE.test(digits)) return { country: 'CN', countryRule, e164: `+86${digits}`, area: null, text };
  if (!CN_LANDLINE.test(digits)) return null;
  const area = areaCodeOfNationalNumber(digits.slice(1));
  if (!area || area.legacy) return null;
  return { country: 'CN', countryRule, e164: `+86${digits.slice(1)}`, area, text };
}

export function readPhone(raw: string | null | undefined): PhoneReading | null {
  if (!raw) return null;
  const text = toHalfWidth(raw).replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const international = INTERNATIONAL_PREFIX.test(text);
  const chinese = readChineseNumber(text, international);
  if (chinese) return chinese;
  const parsed = parsePhone(text, 'CN');
  if (parsed?.country) {
    const fixed = parsed.type === 'FIXED_LINE' || parsed.type === 'FIXED_LINE_OR_MOBILE';
    return {
      country: parsed.country,
      countryRule: international ? RULES.regionPhoneCountryCode : RULES.regionPhoneNationalFormat,
      e164: parsed.e164,
      area: parsed.country === 'CN' && fixed ? areaCodeOfNationalNumber(parsed.e164.slice(3)) : null,
      text,
    };
  }
  if (parsed) return null;
  const legacy = readLegacyLandline(text);
  return legacy ? { country: 'CN', countryRule: international ? RULES.regionPhoneCountryCode : RULES.regionPhoneNationalFormat, e164: null, area: legacy, text } : null;
}
