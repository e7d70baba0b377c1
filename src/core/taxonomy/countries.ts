/**
 * Countries and territories of ISO 3166-1 (alpha-2, the 249 officially assigned codes), and the
 * country a mail domain's top-level domain names (IANA root zone: ccTLDs are the alpha-2 codes,
 * with .uk for GB).
 *
 * Names are not shipped: Intl.DisplayNames (ECMA-402, in every browser the app supports and in
 * Node 20 with its full ICU) gives zh-CN, zh-TW and English names at run time. What we ship are
 * the codes and the alternative names people write that CLDR does not use ("USA", "UK",
 * "香港", "南韩" …), for reading addresses and declared answers. CLDR names can differ slightly
 * between ICU versions ("Turkey"/"Türkiye"); the aliases cover the common ones so a device and the
 * server read the same text the same way.
 */
import type { TaxonomyLocale } from './labels';

const ALPHA2 =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

export const COUNTRY_CODES: readonly string[] = ALPHA2.split(' ');
const CODE_SET = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return CODE_SET.has(code);
}

/** Alternative names, by code. Matching ignores case, spaces and punctuation. */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CN: ['中国', '中华人民共和国', '中国大陆', 'China', 'PRC', 'P.R.China', 'P.R.C.', "People's Republic of China", 'Mainland China', 'China Mainland'],
  HK: ['香港', '中国香港', 'Hong Kong', 'Hongkong', 'HKSAR', 'Hong Kong SAR'],
  MO: ['澳门', '中国澳门', 'Macao', 'Macau', 'Macao SAR', 'Macau SAR'],
  TW: ['台湾', '中国台湾', '台湾地区', 'Taiwan', 'Chinese Taipei'],
  US: ['美国', 'USA', 'U.S.A.', 'U.S.', 'United States', 'United States of America'],
  GB: ['英国', 'UK', 'U.K.', 'United Kingdom', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  KR: ['韩国', '南韩', 'South Korea', 'Korea', 'Republic of Korea'],
  KP: ['朝鲜', '北韩', 'North Korea'],
  RU: ['俄罗斯', '俄国', 'Russia', 'Russian Federation'],
  VN: ['越南', 'Vietnam', 'Viet Nam'],
  TR: ['土耳其', 'Turkey', 'Türkiye', 'Turkiye'],
  CZ: ['捷克', 'Czech Republic', 'Czechia'],
  NL: ['荷兰', 'Netherlands', 'The Netherlands', 'Holland'],
  AE: ['阿联酋', '阿拉伯联合酋长国', 'UAE', 'United Arab Emirates'],
  DE: ['德国', 'Germany', 'Deutschland'],
  AU: ['澳大利亚', '澳洲', 'Australia'],
  NZ: ['新西兰', '纽西兰', 'New Zealand'],
  SG: ['新加坡', '星加坡', 'Singapore'],
  MY: ['马来西亚', 'Malaysia'],
  MK: ['北马其顿', '马其顿', 'North Macedonia', 'Macedonia'],
  CI: ['科特迪瓦', "Côte d'Ivoire", 'Cote dIvoire', 'Ivory Coast'],
  MM: ['缅甸', 'Myanmar', 'Burma'],
  SZ: ['斯威士兰', 'Eswatini', 'Swaziland'],
  LA: ['老挝', 'Laos'],
  IR: ['伊朗', 'Iran'],
  SY: ['叙利亚', 'Syria'],
  BN: ['文莱', 'Brunei'],
  CD: ['刚果民主共和国', 'DR Congo', 'Democratic Republic of the Congo'],
  CG: ['刚果共和国', 'Republic of the Congo'],
};

/**
 * English names that are also the names of US states (Georgia, New Jersey's "Jersey"): in an
 * address they far more often mean the state, so they are not read as countries.
 */
export const COUNTRY_NAMES_NOT_MATCHED_IN_ADDRESSES: ReadonlySet<string> = new Set(['georgia', 'jersey']);

const INTL_LOCALE: Readonly<Record<TaxonomyLocale, string>> = { 'zh-CN': 'zh-Hans-CN', 'zh-TW': 'zh-Hant-TW', en: 'en' };
const displayNames = new Map<TaxonomyLocale, Intl.DisplayNames | null>();

function displayNamesFor(locale: TaxonomyLocale): Intl.DisplayNames | null {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region', fallback: 'none' });
    } catch {
      // A runtime without Intl.DisplayNames (none we support) falls back to codes.
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale) ?? null;
}

/** The country's name in a locale; the code itself when the runtime has no name for it. */
export function countryName(code: string, locale: TaxonomyLocale): string {
  return displayNamesFor(locale)?.of(code) ?? code;
}

/** Every name a country is known by here: its CLDR names in the three locales and its aliases. */
export function countryNames(code: string): string[] {
  const names = new Set<string>();
  for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
    const name = displayNamesFor(locale)?.of(code);
    if (name && name !== code) names.add(name);
  }
  for (const alias of COUNTRY_ALIASES[code] ?? []) names.add(alias);
  return [...names];
}

/**
 * ccTLDs that are sold and used worldwide as generic names (.io, .ai, .co, .me, .tv …): a
 * bare second-level name under them says nothing about the country. Under a national
 * second-level domain (.com.co, .gov.ai) they are national again.
 */
const GENERIC_USE_CCTLDS = new Set(['ac', 'ai', 'cc', 'co', 'fm', 'gg', 'io', 'la', 'ly', 'me', 'nu', 'sh', 'tk', 'to', 'tv', 'vc', 'ws']);
const NATIONAL_SECOND_LEVEL = new Set(['com', 'net', 'org', 'edu', 'gov', 'ac', 'co', 'mil', 'gob', 'gouv']);

/** Internationalised ccTLDs of the regions the product serves, in Unicode and in punycode. */
const IDN_CCTLDS: Readonly<Record<string, string>> = {
  中国: 'CN',
  中國: 'CN',
  'xn--fiqs8s': 'CN',
  'xn--fiqz9s': 'CN',
  香港: 'HK',
  'xn--j6w193g': 'HK',
  澳門: 'MO',
  'xn--mix891f': 'MO',
  台湾: 'TW',
  台灣: 'TW',
  'xn--kprw13d': 'TW',
  'xn--kpry57d': 'TW',
};

export interface DomainCountry {
  country: string;
  tld: string;
}

/** The country named by a domain's top-level domain, or null for generic and unknown TLDs. */
export function countryOfDomain(domain: string): DomainCountry | null {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !tld) return null;
  const idn = IDN_CCTLDS[tld];
  if (idn) return { country: idn, tld };
  if (tld.length !== 2) return null;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  if (!CODE_SET.has(code)) return null;
  if (GENERIC_USE_CCTLDS.has(tld)) {
    const second = labels[labels.length - 2] ?? '';
    if (labels.length < 3 || !NATIONAL_SECOND_LEVEL.has(second)) return null;
  }
  return { country: code, tld };
}
