import { COUNTRY_CODES, countryName } from '../../core/taxonomy/countries';
import { isLanguage } from '../i18n';

/** Countries and regions (ISO 3166-1 alpha-2) named in the UI language, mainland China and its SARs first. */
export function countryOptions(lang: string): Array<{ value: string; label: string }> {
  const locale = isLanguage(lang) ? lang : 'en';
  const first = ['CN', 'HK', 'MO', 'TW'];
  const rest = COUNTRY_CODES.filter((c) => !first.includes(c))
    .map((c) => ({ value: c, label: countryName(c, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  return [...first.map((c) => ({ value: c, label: countryName(c, locale) })), ...rest];
}
