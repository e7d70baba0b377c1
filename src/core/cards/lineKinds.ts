/**
 * What a piece of card text reads as, by its words alone: a company (legal form or organisation
 * word at the end), a job title, an address (administrative units, street words with a number,
 * postcodes, countries). The parser weighs these with the layout.
 */
import { COMPOUND_STREET, COUNTRY_WORDS, EN_COMPANY_SUFFIX, EN_POSTAL_LINE, EN_STREET_WORDS, EN_TITLE_WORDS, ZH_ADDRESS_MARKERS, ZH_COMPANY_SUFFIX, ZH_TITLE_WORDS } from './patterns';

const HAN_G = /[\u3400-\u9fff\uf900-\ufaff]/g;

export function hanCount(text: string): number {
  return text.match(HAN_G)?.length ?? 0;
}

export function isCompanyText(text: string): boolean {
  const t = text.replace(/[\s.,，。]+$/, '');
  return ZH_COMPANY_SUFFIX.test(t) || EN_COMPANY_SUFFIX.test(t);
}

export function zhAddressScore(text: string): number {
  if (hanCount(text) < 4) return 0;
  const markers = new Set(text.match(ZH_ADDRESS_MARKERS) ?? []);
  const strong = /[路街道号號弄巷]|大厦|大廈|广场|廣場|园区|園區/.test(text);
  const digits = /\d/.test(text);
  if (markers.size >= 3 && (strong || digits)) return 3;
  if (markers.size >= 2 && strong && digits) return 3;
  if (markers.size >= 2 && (strong || digits)) return 2;
  return 0;
}

export function enAddressScore(text: string): number {
  if (hanCount(text) > 0 || text.length < 6) return 0;
  const digits = /\d/.test(text);
  let score = 0;
  if ((EN_STREET_WORDS.test(text) && digits) || COMPOUND_STREET.test(text)) score += 2;
  if (EN_POSTAL_LINE.test(text)) score += 2;
  if (COUNTRY_WORDS.test(text)) score += 1;
  if (/^\s*(no\.?\s*)?\d+[a-z]?\s*,?\s+[A-Za-z]/i.test(text)) score += 1;
  return score;
}

export function addressScore(text: string): number {
  if (isCompanyText(text) || /@/.test(text)) return 0;
  return Math.max(zhAddressScore(text), enAddressScore(text));
}

export function isTitleText(text: string): boolean {
  if (text.length > 48 || /@|\d{3,}/.test(text)) return false;
  return ZH_TITLE_WORDS.test(text) || EN_TITLE_WORDS.test(text);
}
