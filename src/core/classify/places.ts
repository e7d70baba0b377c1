/**
 * The place-name dictionary behind address reading and declared regions: every name a country,
 * a province-level division or a city is written with, in simplified and traditional Chinese
 * (traditional is folded to simplified before matching), with and without 省/市/自治区/特别行政区/
 * 州/地区/盟, in Hanyu Pinyin or English, plus well-known county-level cities, districts of Hong
 * Kong and Macao, cities of Taiwan and the organizer's own aliases.
 *
 * Names that would mislead are left out or fenced in, because a wrong region is worse than an
 * unknown one:
 * - one-character abbreviations (京, 沪, 粤 …) only as a whole declared value, never in text:
 *   京 is in 南京 and 东京;
 * - a short name that is also a province's (吉林, 海南) means the province; the city needs its 市/州;
 * - short names that are ordinary words (东方, 阿里, 三河 …) need their suffix;
 * - pinyin shared by two cities (Suzhou 苏州/宿州, Taizhou, Fuzhou, Yichun, Yulin) needs the province;
 * - no pinyin for county-level names, nor "Xian"/"Jian" without the apostrophe (县, a syllable).
 */
import { CITIES, COUNTY_LEVEL_CITIES, PROVINCES, REGION_PLACE_NAMES, cityByCode, provinceByCode, type City, type Province } from '../taxonomy/chinaDivisions';
import { COUNTRY_CODES, COUNTRY_NAMES_NOT_MATCHED_IN_ADDRESSES, countryNames } from '../taxonomy/countries';
import { PhraseMatcher } from './text';

export type PlacePayload =
  | { kind: 'country'; code: string }
  | { kind: 'province'; code: string; suffixed: boolean }
  | { kind: 'city'; code: string; suffixed: boolean; via?: string }
  | { kind: 'place'; province: string };

export interface RegionAlias {
  name: string;
  country?: string;
  province?: string;
  city?: string;
}

/** Short names that are everyday words or parts of common words: matched only with their suffix. */
const SUFFIX_REQUIRED = new Set(['东方', '白沙', '三沙', '阿里', '三河', '双河', '新星', '白杨', '昆玉', '北屯', '铁门关', '胡杨河', '五家渠', '可克达拉', '五指山', '神农架', '永康', '开平', '兴宁']);
const NO_PLAIN_PINYIN = new Set(['xian', 'jian']);

function provinceNames(p: Province): Array<[string, boolean]> {
  const names: Array<[string, boolean]> = [
    [p.labels['zh-CN'], true],
    [p.labels['zh-TW'], true],
    [p.short, false],
  ];
  if (p.kind === 'autonomous_region') names.push([`${p.short}省`, true]);
  if (p.kind === 'sar') names.push([`${p.short}特区`, true]);
  if (p.code === '150000') names.push(['内蒙', false]);
  if (p.code === '540000') names.push(['Tibet', false], ['Xizang', false]);
  else names.push([p.labels.en, false]);
  if (p.code === '820000') names.push(['Macau', false]);
  if (p.kind === 'province' || p.kind === 'autonomous_region') names.push([`${p.labels.en} Province`, true]);
  return names;
}

function cityNames(c: City): Array<[string, boolean]> {
  const names: Array<[string, boolean]> = [[c.name, true]];
  if (c.short !== c.name) {
    if (!SUFFIX_REQUIRED.has(c.short)) names.push([c.short, false]);
    if (c.name.endsWith('自治州')) names.push([`${c.short}州`, true]);
    if (c.name.endsWith('自治县')) names.push([`${c.short}县`, true]);
  }
  if (c.level !== 'county') {
    names.push([c.en, false], [`${c.en} City`, true]);
    const plain = c.en.replace(/'/g, '');
    if (plain !== c.en && !NO_PLAIN_PINYIN.has(plain.toLowerCase())) names.push([plain, false]);
  }
  return names;
}

export interface PlaceDictionary {
  matcher: PhraseMatcher<PlacePayload>;
  /** Whole-value lookups for declared answers (abbreviations and codes included). */
  countries: PhraseMatcher<string>;
  provinces: PhraseMatcher<string>;
  cities: PhraseMatcher<string>;
}

function buildDictionary(aliases: readonly RegionAlias[]): PlaceDictionary {
  const matcher = new PhraseMatcher<PlacePayload>();
  const countries = new PhraseMatcher<string>();
  const provinces = new PhraseMatcher<string>();
  const cities = new PhraseMatcher<string>();

  const provinceKeys = new Set<string>();
  for (const p of PROVINCES) {
    for (const [name, suffixed] of provinceNames(p)) {
      matcher.add(name, { kind: 'province', code: p.code, suffixed });
      provinces.add(name, p.code);
      provinceKeys.add(name.toLowerCase());
    }
    provinces.add(p.code, p.code);
    for (const abbreviation of p.abbreviations) provinces.add(abbreviation, p.code);
  }

  for (const c of CITIES) {
    for (const [name, suffixed] of cityNames(c)) {
      // A name that is also a province's means the province (吉林, 海南, Shanghai): the city is
      // still found through its suffixed name, or as the municipality's own city.
      if (provinceKeys.has(name.toLowerCase())) continue;
      matcher.add(name, { kind: 'city', code: c.code, suffixed });
      cities.add(name, c.code);
    }
    cities.add(c.code, c.code);
  }
  for (const county of COUNTY_LEVEL_CITIES) {
    const payload = { kind: 'city', code: county.prefecture, via: county.name } as const;
    matcher.add(`${county.name}市`, { ...payload, suffixed: true });
    if (!SUFFIX_REQUIRED.has(county.name)) matcher.add(county.name, { ...payload, suffixed: false });
    cities.add(`${county.name}市`, county.prefecture);
    cities.add(county.name, county.prefecture);
  }
  for (const [province, names] of Object.entries(REGION_PLACE_NAMES)) {
    for (const name of names) matcher.add(name, { kind: 'place', province });
  }

  for (const code of COUNTRY_CODES) {
    // Declared values are matched whole, so a two-letter code in any case is unambiguous there.
    countries.add(code, code);
    for (const name of countryNames(code)) {
      countries.add(name, code);
      if (COUNTRY_NAMES_NOT_MATCHED_IN_ADDRESSES.has(name.toLowerCase())) continue;
      // Two-letter capitals ("UK") are acronyms and must match as written.
      matcher.add(name, { kind: 'country', code }, { caseSensitive: /^[A-Z.]{2,6}$/.test(name) });
    }
  }

  for (const alias of aliases) {
    if (alias.city && cityByCode(alias.city)) {
      matcher.add(alias.name, { kind: 'city', code: alias.city, suffixed: true });
      cities.add(alias.name, alias.city);
    } else if (alias.province && provinceByCode(alias.province)) {
      matcher.add(alias.name, { kind: 'province', code: alias.province, suffixed: true });
      provinces.add(alias.name, alias.province);
    } else if (alias.country) {
      matcher.add(alias.name, { kind: 'country', code: alias.country });
      countries.add(alias.name, alias.country);
    }
  }
  return { matcher, countries, provinces, cities };
}

const NO_ALIASES: readonly RegionAlias[] = Object.freeze([]);
const cache = new WeakMap<readonly RegionAlias[], PlaceDictionary>();

/** The dictionary for a region taxonomy's aliases, built once per aliases array. */
export function placeDictionary(aliases: readonly RegionAlias[] = NO_ALIASES): PlaceDictionary {
  let dictionary = cache.get(aliases);
  if (!dictionary) {
    dictionary = buildDictionary(aliases);
    cache.set(aliases, dictionary);
  }
  return dictionary;
}
