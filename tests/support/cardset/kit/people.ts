/**
 * People, companies and addresses drawn from a data pool. The makers are shared; each side of
 * the split (tuning/, heldout/) brings its own pool, so the reader's tuner never sees the names,
 * companies, streets or cities of the held-out cards.
 */
import type { Country } from './phones';
import { chance, int, pick, type Rand } from './random';

/** [written, romanised or English] */
export type Pair = readonly [string, string];

export interface ZhCity {
  prov: string;
  city: string;
  cityEn: string;
  /** Trunk code without the leading 0. */
  area: string;
  post: string;
  districts: readonly Pair[];
  roads: readonly Pair[];
  buildings: readonly Pair[];
}

export interface ForeignPlace {
  country: Exclude<Country, 'CN'>;
  /** The street part of an address: one or two lines, drawn fresh for each card. */
  street: (r: Rand) => string[];
  /** City, postcode and country, as one line. */
  cityLine: string;
  /** Landline area code of the city, as the phone plan expects it. */
  area?: string;
  suffixes: readonly string[];
  tld: string;
}

export interface Pool {
  zhSurnames: readonly Pair[];
  zhCompoundSurnames: readonly Pair[];
  zhGiven1: readonly Pair[];
  zhGiven2: readonly Pair[];
  /** [Chinese title, English title] */
  zhTitles: readonly Pair[];
  /** [trade as in a company name, English trade] */
  zhTrades: readonly Pair[];
  /** [brand short name, pinyin] */
  zhBrands: readonly Pair[];
  zhSuffixes: readonly Pair[];
  zhCities: readonly ZhCity[];
  enFirst: readonly string[];
  enMiddle: readonly string[];
  enLast: readonly string[];
  enTitles: readonly string[];
  honorifics: readonly string[];
  postNominals: readonly string[];
  enBrands: readonly string[];
  enTrades: readonly string[];
  places: readonly ForeignPlace[];
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export interface ZhPerson {
  name: string;
  surPy: string;
  givenPy: string;
  /** "Jiayi Chen": the English name a bilingual card prints. */
  en: string;
}

export function zhPerson(r: Rand, pool: Pool, shape: 'any' | 'two' | 'three' | 'four' = 'any'): ZhPerson {
  const s = shape === 'any' ? pick(r, ['two', 'three', 'three', 'three', 'four'] as const) : shape;
  const [sur, surPy] = s === 'four' ? pick(r, pool.zhCompoundSurnames) : pick(r, pool.zhSurnames);
  const [given, givenPy] = s === 'two' ? pick(r, pool.zhGiven1) : pick(r, pool.zhGiven2);
  return { name: sur + given, surPy, givenPy, en: `${cap(givenPy)} ${cap(surPy)}` };
}

export interface EnPerson {
  /** The name as staff would type it: first, middle (or initial), last; no Dr., no PhD. */
  name: string;
  /** As printed, with honorific and post-nominals. */
  printed: string;
  first: string;
  last: string;
}

export function enPerson(r: Rand, pool: Pool, opts: { middle?: number; honorific?: number; postNominal?: number } = {}): EnPerson {
  const first = pick(r, pool.enFirst);
  const last = pick(r, pool.enLast);
  const middleDraw = chance(r, opts.middle ?? 0.35) ? pick(r, pool.enMiddle) : '';
  const middle = middleDraw && chance(r, 0.5) ? `${middleDraw[0]}.` : middleDraw;
  const name = [first, middle, last].filter(Boolean).join(' ');
  const honorific = chance(r, opts.honorific ?? 0.15) ? pick(r, pool.honorifics) : '';
  const post = chance(r, opts.postNominal ?? 0.2) ? pick(r, pool.postNominals) : '';
  const printed = `${honorific ? `${honorific} ` : ''}${name}${post ? `${pick(r, [', ', ' '])}${post}` : ''}`;
  return { name, printed, first, last };
}

export interface Company {
  /** The full name, as the truth wants it. */
  full: string;
  /** What a logo block prints: a brand short name (「华信」) or initials ("HX"). */
  brand: string;
  initials: string;
  /** English name, on bilingual cards. */
  en?: string;
  /** Lower-case Latin stem for the domain. */
  stem: string;
}

export function zhCompany(r: Rand, pool: Pool, city: ZhCity): Company {
  const [brand, py] = pick(r, pool.zhBrands);
  const [trade, tradeEn] = pick(r, pool.zhTrades);
  const [suffix, suffixEn] = pick(r, pool.zhSuffixes);
  const cityShort = city.city.replace(/市$/, '');
  const prefix = pick(r, [city.city, cityShort, cityShort, '']);
  const syllables = py.split(' ');
  const initials = syllables.map((p) => p[0]?.toUpperCase()).join('');
  return {
    full: `${prefix}${brand}${trade}${suffix}`,
    brand,
    initials,
    en: `${city.cityEn} ${cap(syllables.join(''))} ${tradeEn} ${suffixEn}`,
    stem: syllables.join(''),
  };
}

export function enCompany(r: Rand, pool: Pool, place: ForeignPlace): Company {
  const brand = pick(r, pool.enBrands);
  const trade = pick(r, pool.enTrades);
  const suffix = pick(r, place.suffixes);
  const words = `${brand} ${trade}`.split(' ');
  return {
    full: `${brand} ${trade}${suffix.startsWith(',') ? '' : ' '}${suffix}`,
    brand,
    initials: words.slice(0, 2).map((w) => w[0]).join(''),
    stem: brand.toLowerCase().replace(/[^a-z]/g, ''),
  };
}

export interface ZhAddress {
  /** One string, as the truth wants it. */
  full: string;
  /** The same split where a designer breaks it: after the road number, before the building. */
  lines: (n: 1 | 2 | 3) => string[];
  en: string[];
}

export function zhAddress(r: Rand, city: ZhCity): ZhAddress {
  const [district, districtEn] = pick(r, city.districts);
  const [road, roadEn] = pick(r, city.roads);
  const [building, buildingEn] = pick(r, city.buildings);
  const no = int(r, 1, 999);
  const floor = int(r, 2, 36);
  const room = `${floor}${String(int(r, 1, 28)).padStart(2, '0')}`;
  const tower = pick(r, ['A', 'B', 'C', '1', '2', '3']);
  const tail = pick(r, [`${building}${tower}座${room}室`, `${building}${floor}楼`, `${building}${floor}层${room}`, `${room}室`]);
  const head = `${city.prov}${city.city}${district}`;
  const street = `${road}${no}号`;
  const full = `${head}${street}${tail}`;
  const lines = (n: 1 | 2 | 3): string[] => (n === 1 ? [full] : n === 2 ? [`${head}${street}`, tail] : [head, street, tail]);
  const en = [`${tail.includes(building) ? `Rm ${room}, Tower ${tower}, ${buildingEn}, ` : `Room ${room}, `}No. ${no} ${roadEn}`, `${districtEn}, ${city.cityEn} ${city.post}, China`];
  return { full, lines, en };
}

/** An email local part as people choose them. */
export function emailLocal(r: Rand, first: string, last: string): string {
  const f = first.toLowerCase().replace(/[^a-z]/g, '');
  const l = last.toLowerCase().replace(/[^a-z]/g, '');
  return pick(r, [`${f}.${l}`, `${f[0]}${l}`, `${f}`, `${f}_${l}`, `${l}.${f}`, `${f[0]}.${l}`, `${f}${l[0]}`]);
}
