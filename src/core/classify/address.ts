/**
 * Reads the country, province and city out of free address text, Chinese or English:
 * "广东省深圳市南山区…", "广东深圳南山区…", "深圳南山科技园", "江苏昆山", "香港九龙…", "臺北市信義區…",
 * "Room 5, 88 Nanjing Rd, Huangpu, Shanghai, China", "Musterstraße 1, 80331 München, Germany".
 *
 * Chinese addresses run from the largest unit to the smallest and English ones the other way,
 * so the first name found leads in Chinese text and the last in English. A city must agree with
 * the province when both are found; if it does not, the province is kept and the city dropped.
 *
 * Bare names (without 省/市 …) are only taken where a name can start — at the beginning, after
 * punctuation or a space, or right after another place name — and not when a street, district
 * or building word follows: 上海市南京东路 is in Shanghai, not Nanjing; 北京市朝阳区 is not 朝阳市;
 * 中山大学 is not 中山市.
 */
import { cityByCode, provinceByCode } from '../taxonomy/chinaDivisions';
import type { PlaceDictionary, PlacePayload } from './places';
import { fold, isCjk, type FoldedText, type PhraseMatch } from './text';

export interface AddressReading {
  country: string | null;
  province: string | null;
  city: string | null;
  /** The names read, as written (folded to simplified), leading one first. */
  countryEvidence: string[];
  provinceEvidence: string[];
  cityEvidence: string[];
}

// What may follow a bare place name that makes it part of a street, district or building name.
const CJK_FOLLOWERS = /^[东西南北中]?(?:路|街|大街|大道|道|巷|弄|胡同|桥|大桥|站|火车站|机场|大学|学院|公园|广场|大厦|区|县|镇|乡|村)/;
const LATIN_FOLLOWERS = /^ ?(?:(?:east|west|north|south|middle|central) )?(?:road|rd|street|st|avenue|ave|lu|jie|dadao|district|dist|qu|county|xian|town|zhen|village|cun|bridge|park|building|bldg|plaza|tower|square|station|university|univ|airport)\b/;

function countryOf(payload: PlacePayload): string | null {
  switch (payload.kind) {
    case 'country':
      return payload.code;
    case 'province':
      return provinceByCode(payload.code)?.country ?? null;
    case 'place':
      return provinceByCode(payload.province)?.country ?? null;
    case 'city':
      return 'CN';
  }
}

function provinceOf(payload: PlacePayload): string | null {
  switch (payload.kind) {
    case 'province':
      return payload.code;
    case 'place':
      return payload.province;
    case 'city':
      return cityByCode(payload.code)?.province ?? null;
    case 'country':
      return payload.code === 'HK' ? '810000' : payload.code === 'MO' ? '820000' : payload.code === 'TW' ? '710000' : null;
  }
}

/** China's ISO code covers Hong Kong, Macao and Taiwan when someone writes "中国" before them. */
export function countriesAgree(country: string, province: string | null): boolean {
  if (!province) return true;
  const provinceCountry = provinceByCode(province)?.country;
  return provinceCountry === country || (country === 'CN' && provinceCountry !== undefined);
}

function acceptBare(text: FoldedText, match: PhraseMatch<PlacePayload>, previousEnd: number): boolean {
  const before = text.lower[match.start - 1];
  const startsWord = match.start === 0 || match.start === previousEnd || !isCjk(before) || before === '市' || before === '省';
  if (!startsWord) return false;
  const rest = text.lower.slice(match.end, match.end + 12);
  return isCjk(text.lower[match.start]) ? !CJK_FOLLOWERS.test(rest) : !LATIN_FOLLOWERS.test(rest);
}

/** Names without 省/市/州 …, and the district and city names of Hong Kong, Macao and Taiwan. */
function isBare(payload: PlacePayload): boolean {
  return payload.kind === 'place' || ((payload.kind === 'province' || payload.kind === 'city') && !payload.suffixed);
}

export function readAddress(raw: string, dictionary: PlaceDictionary): AddressReading | null {
  const text = fold(raw);
  if (!text.lower) return null;
  let previousEnd = -1;
  const matches = dictionary.matcher.scan(text, (match) => {
    const bare = match.payloads.every(isBare);
    // "深圳市场" is 深圳 + 市场 (market): read the 市 as part of the next word.
    const marketSuffix = match.key.endsWith('市') && text.lower[match.end] === '场';
    const ok = bare || marketSuffix ? acceptBare(text, match, previousEnd) && !marketSuffix : true;
    if (ok) previousEnd = match.end;
    return ok;
  });
  if (!matches.length) return null;

  let cjk = 0;
  let latin = 0;
  for (const ch of text.lower) {
    if (ch >= 'a' && ch <= 'z') latin++;
    else if (isCjk(ch)) cjk++;
  }
  const ordered = cjk >= latin ? matches : [...matches].reverse();
  const shown = (m: PhraseMatch<PlacePayload>) => text.shown.slice(m.start, m.end);

  const reading: AddressReading = { country: null, province: null, city: null, countryEvidence: [], provinceEvidence: [], cityEvidence: [] };
  for (const m of ordered) {
    const countries = new Set(m.payloads.map(countryOf));
    const [only] = countries;
    if (countries.size === 1 && only) {
      reading.country = only;
      reading.countryEvidence.push(shown(m));
      break;
    }
  }
  if (!reading.country) return null;
  const country = reading.country;

  for (const m of ordered) {
    const provinces = new Set(m.payloads.map(provinceOf));
    const [only] = provinces;
    if (provinces.size !== 1 || !only || !countriesAgree(country, only)) continue;
    // A city names its province too, but an explicit province elsewhere takes precedence over it.
    if (m.payloads.every((p) => p.kind === 'city') && ordered.some((o) => o.payloads.some((p) => p.kind === 'province' || p.kind === 'place'))) continue;
    reading.province = only;
    reading.provinceEvidence.push(shown(m));
    break;
  }
  // Only a city name shared by two provinces ("Suzhou" alone) leaves the province open.
  if (!reading.province) return reading;

  for (const m of ordered) {
    const candidates = m.payloads.filter((p): p is Extract<PlacePayload, { kind: 'city' }> => p.kind === 'city' && cityByCode(p.code)?.province === reading.province);
    const [first] = candidates;
    if (candidates.length !== 1 || !first) continue;
    reading.city = first.code;
    reading.cityEvidence.push(first.via ? `${shown(m)} (${cityByCode(first.code)?.name ?? first.code})` : shown(m));
    break;
  }
  if (!reading.city && provinceByCode(reading.province)?.kind === 'municipality') {
    reading.city = `${reading.province.slice(0, 3)}100`;
    reading.cityEvidence.push(...reading.provinceEvidence);
  }
  return reading;
}
