// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  AREA_CODES,
  CITIES,
  COUNTRY_CODES,
  COUNTY_LEVEL_CITIES,
  DEFAULT_PRODUCT_TREE,
  DEFAULT_TAXONOMIES,
  LEGACY_AREA_CODES,
  PROVINCES,
  areaCodeOfNationalNumber,
  cityByCode,
  citiesOf,
  cityLabels,
  countryName,
  countryOfDomain,
  eventTaxonomiesSchema,
  hanziTables,
  indexProductTree,
  placeNameToTraditional,
  productInterestTaxonomySchema,
  regionTaxonomySchema,
  toSimplified,
} from '../../../src/core/taxonomy';

describe('GB/T 2260 province-level divisions', () => {
  it('are the 34: 23 provinces (Taiwan included), 5 autonomous regions, 4 municipalities, 2 SARs', () => {
    expect(PROVINCES).toHaveLength(34);
    const kinds = PROVINCES.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.kind]: (acc[p.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ province: 23, autonomous_region: 5, municipality: 4, sar: 2 });
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    for (const p of PROVINCES) expect(p.code).toMatch(/^[1-8]\d0000$/);
  });

  it('report Hong Kong, Macao and Taiwan under their own ISO codes', () => {
    expect(PROVINCES.filter((p) => p.country !== 'CN').map((p) => [p.code, p.country])).toEqual([
      ['710000', 'TW'],
      ['810000', 'HK'],
      ['820000', 'MO'],
    ]);
  });

  it('have names in three languages and a unique one-character abbreviation each', () => {
    const abbreviations = PROVINCES.flatMap((p) => p.abbreviations);
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
    for (const p of PROVINCES) {
      expect(p.labels['zh-CN'].startsWith(p.short)).toBe(true);
      expect(toSimplified(p.labels['zh-TW'])).toBe(p.labels['zh-CN']);
      expect(p.labels.en).toMatch(/^[A-Z]/);
      expect(p.abbreviations.length).toBeGreaterThan(0);
    }
  });
});

describe('GB/T 2260 cities', () => {
  const prefectures = CITIES.filter((c) => c.level === 'prefecture');

  it('hold all 333 prefecture-level divisions, each municipality itself, and the province-administered county-level units', () => {
    expect(prefectures).toHaveLength(333);
    expect(CITIES.filter((c) => c.level === 'municipality').map((c) => c.name)).toEqual(['北京市', '天津市', '上海市', '重庆市']);
    expect(CITIES.filter((c) => c.level === 'county').every((c) => /^(41|42|46|65)90\d\d$/.test(c.code))).toBe(true);
  });

  it('have unique codes under an existing province', () => {
    expect(new Set(CITIES.map((c) => c.code)).size).toBe(CITIES.length);
    const provinceCodes = new Set(PROVINCES.map((p) => p.code));
    for (const c of CITIES) {
      expect(c.code).toMatch(/^\d{6}$/);
      expect(provinceCodes.has(c.province), c.name).toBe(true);
      expect(c.code.slice(0, 2)).toBe(c.province.slice(0, 2));
    }
  });

  it('cover every mainland province and no SAR or Taiwan', () => {
    for (const p of PROVINCES) {
      const count = citiesOf(p.code).length;
      if (p.country === 'CN') expect(count, p.short).toBeGreaterThan(0);
      else expect(count).toBe(0);
    }
    expect(citiesOf('440000').filter((c) => c.level === 'prefecture')).toHaveLength(21);
    expect(citiesOf('510000').filter((c) => c.level === 'prefecture')).toHaveLength(21);
  });

  it('follow the recent changes: 莱芜 merged into 济南, 巢湖 gone, new prefecture-level cities', () => {
    expect(cityByCode('371200')).toBeUndefined();
    expect(cityByCode('341400')).toBeUndefined();
    expect(cityByCode('520500')?.name).toBe('毕节市');
    expect(cityByCode('540600')?.name).toBe('那曲市');
    expect(cityByCode('650500')?.name).toBe('哈密市');
    expect(cityByCode('460400')?.name).toBe('儋州市');
  });

  it('name county-level cities under an existing prefecture', () => {
    for (const county of COUNTY_LEVEL_CITIES) expect(cityByCode(county.prefecture)?.level, county.name).toBe('prefecture');
  });

  it('fold traditional characters one pair at a time, every place-name pair reversible', () => {
    const { traditionalToSimplified, placeSimplifiedToTraditional } = hanziTables();
    for (const pair of [...traditionalToSimplified, ...placeSimplifiedToTraditional]) expect(pair, pair).toHaveLength(2);
    for (const pair of traditionalToSimplified) expect(toSimplified(pair.charAt(0)), pair).toBe(pair.charAt(1));
    for (const pair of placeSimplifiedToTraditional) expect(toSimplified(pair.charAt(1)), pair).toBe(pair.charAt(0));
  });

  it('read back from traditional characters', () => {
    for (const c of CITIES) expect(toSimplified(placeNameToTraditional(c.name)), c.name).toBe(c.name);
    expect(placeNameToTraditional('广州市')).toBe('廣州市');
    expect(placeNameToTraditional('沈阳市')).toBe('瀋陽市');
    expect(placeNameToTraditional('台州市')).toBe('台州市');
    expect(placeNameToTraditional('乌鲁木齐市')).toBe('烏魯木齊市');
    const harbin = cityByCode('230100');
    expect(harbin && cityLabels(harbin)).toEqual({ 'zh-CN': '哈尔滨市', 'zh-TW': '哈爾濱市', en: 'Harbin' });
  });
});

describe('landline area codes', () => {
  it.each([
    ['010', '110100'],
    ['021', '310100'],
    ['022', '120100'],
    ['023', '500100'],
    ['020', '440100'],
    ['0755', '440300'],
    ['0571', '330100'],
    ['025', '320100'],
    ['027', '420100'],
    ['0532', '370200'],
    ['0574', '330200'],
    ['0769', '441900'],
    ['0993', '659001'],
  ])('%s is the code of %s alone', (code, city) => {
    expect(AREA_CODES.get(code)).toMatchObject({ city, legacy: false });
  });

  it('give a province only for codes several cities share', () => {
    for (const code of ['028', '029', '024', '0731', '0851', '0898', '0728', '0775']) {
      const info = AREA_CODES.get(code);
      expect(info?.city, code).toBeNull();
      expect(info?.cities.length, code).toBeGreaterThan(1);
    }
  });

  it('never span two provinces, and every prefecture outside Hainan has a code', () => {
    for (const info of AREA_CODES.values()) for (const city of info.cities) expect(cityByCode(city)?.province).toBe(info.province);
    const missing = CITIES.filter((c) => c.level !== 'county' && !c.areaCode).map((c) => c.name);
    expect(missing).toEqual([]);
  });

  it('keep retired codes pointing at the city they served', () => {
    for (const [code, { city, replacedBy }] of Object.entries(LEGACY_AREA_CODES)) {
      expect(AREA_CODES.get(code)).toMatchObject({ city, legacy: true });
      expect(AREA_CODES.get(replacedBy)?.cities).toContain(city);
    }
  });

  it('are read from the start of a national number: two digits for 10 and 2X, else three', () => {
    expect(areaCodeOfNationalNumber('1012345678')?.code).toBe('010');
    expect(areaCodeOfNationalNumber('2162345678')?.code).toBe('021');
    expect(areaCodeOfNationalNumber('75586001234')?.code).toBe('0755');
    expect(areaCodeOfNationalNumber('13800138000')).toBeNull();
  });
});

describe('ISO 3166-1 countries', () => {
  it('are the 249 assigned alpha-2 codes, each with a name in every locale', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of COUNTRY_CODES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) expect(countryName(code, locale), `${code} ${locale}`).not.toBe(code);
    }
    expect(countryName('DE', 'zh-CN')).toBe('德国');
    expect(countryName('DE', 'zh-TW')).toBe('德國');
    expect(countryName('DE', 'en')).toBe('Germany');
  });

  it('are named by ccTLDs, with .uk for GB and generic-use TLDs left out', () => {
    expect(countryOfDomain('example.uk')?.country).toBe('GB');
    expect(countryOfDomain('example.gov.cn')?.country).toBe('CN');
    expect(countryOfDomain('xn--fiqs8s')).toBeNull();
    expect(countryOfDomain('example.xn--fiqs8s')?.country).toBe('CN');
    expect(countryOfDomain('example.tv')).toBeNull();
    expect(countryOfDomain('example.com')).toBeNull();
    expect(countryOfDomain('example.zz')).toBeNull();
  });
});

describe('taxonomy schemas', () => {
  it('accept the defaults, which survive a JSON round trip', () => {
    const stored = JSON.parse(JSON.stringify(DEFAULT_TAXONOMIES)) as unknown;
    expect(eventTaxonomiesSchema.parse(stored)).toEqual(DEFAULT_TAXONOMIES);
  });

  it('reject product trees with duplicate ids or too deep', () => {
    const labels = { 'zh-CN': 'x', 'zh-TW': 'x', en: 'x' };
    expect(productInterestTaxonomySchema.safeParse({ nodes: [{ id: 'a', labels, children: [{ id: 'a', labels }] }] }).success).toBe(false);
    const deep = { id: 'a', labels, children: [{ id: 'b', labels, children: [{ id: 'c', labels, children: [{ id: 'd', labels, children: [{ id: 'e', labels }] }] }] }] };
    expect(productInterestTaxonomySchema.safeParse({ nodes: [deep] }).success).toBe(false);
    expect(productInterestTaxonomySchema.safeParse({ nodes: [{ id: 'a', labels: { ...labels, en: '' } }] }).success).toBe(false);
  });

  it('has a default product tree with unique ids', () => {
    const index = indexProductTree(DEFAULT_PRODUCT_TREE);
    expect(index.size).toBeGreaterThan(20);
    expect(index.get('machine_vision')?.path).toEqual(['industrial_automation', 'machine_vision']);
  });

  it('accept region aliases that name one existing place only', () => {
    expect(regionTaxonomySchema.parse({}).aliases).toEqual([]);
    expect(regionTaxonomySchema.safeParse({ aliases: [{ name: '前海', city: '440300' }] }).success).toBe(true);
    for (const alias of [{ name: 'x' }, { name: 'x', city: '999999' }, { name: 'x', country: 'XX' }, { name: 'x', province: '440000', city: '440300' }]) {
      expect(regionTaxonomySchema.safeParse({ aliases: [alias] }).success, JSON.stringify(alias)).toBe(false);
    }
  });
});
