/**
 * Chinese landline area codes (长途区号) → city and province, derived from the city table in
 * chinaDivisions.ts (which gives each city its code) under the national numbering plan of
 * MIIT. A code several cities share since their local networks merged (0731 长沙/株洲/湘潭,
 * 029 西安/咸阳, 0898 all of Hainan …) identifies the province only: the number alone cannot
 * tell which of the cities it belongs to.
 *
 * Retired codes still printed on older business cards are kept: each named one city, so they
 * still say where the company is (the number itself no longer connects).
 */
import { CITIES, type City } from './chinaDivisions';

export interface AreaCodeInfo {
  /** With the leading trunk 0, as written in China: "0755". */
  code: string;
  province: string;
  /** null when several cities share the code. */
  city: string | null;
  /** Every city that uses the code. */
  cities: readonly string[];
  /** A code withdrawn when its network merged into a neighbour's; see LEGACY_AREA_CODES. */
  legacy: boolean;
}

/** Retired code → the city it served, and the code that replaced it. */
export const LEGACY_AREA_CODES: Readonly<Record<string, { city: string; replacedBy: string }>> = {
  '0378': { city: '410200', replacedBy: '0371' }, // 开封
  '0410': { city: '211200', replacedBy: '024' }, // 铁岭
  '0413': { city: '210400', replacedBy: '024' }, // 抚顺
  '0414': { city: '210500', replacedBy: '024' }, // 本溪
  '0634': { city: '370100', replacedBy: '0531' }, // 莱芜, part of 济南 since 2019
  '0732': { city: '430300', replacedBy: '0731' }, // 湘潭
  '0733': { city: '430200', replacedBy: '0731' }, // 株洲
  '0852': { city: '520300', replacedBy: '0851' }, // 遵义
  '0853': { city: '520400', replacedBy: '0851' }, // 安顺
  '0910': { city: '610400', replacedBy: '029' }, // 咸阳
};

function build(): Map<string, AreaCodeInfo> {
  const byCode = new Map<string, City[]>();
  for (const city of CITIES) {
    if (!city.areaCode) continue;
    byCode.set(city.areaCode, [...(byCode.get(city.areaCode) ?? []), city]);
  }
  const table = new Map<string, AreaCodeInfo>();
  for (const [code, cities] of byCode) {
    const provinces = new Set(cities.map((c) => c.province));
    const [first] = cities;
    if (!first || provinces.size !== 1) throw new Error(`area code ${code} spans provinces`);
    table.set(code, { code, province: first.province, city: cities.length === 1 ? first.code : null, cities: cities.map((c) => c.code), legacy: false });
  }
  for (const [code, { city }] of Object.entries(LEGACY_AREA_CODES)) {
    table.set(code, { code, province: `${city.slice(0, 2)}0000`, city, cities: [city], legacy: true });
  }
  return table;
}

export const AREA_CODES: ReadonlyMap<string, AreaCodeInfo> = build();

/**
 * The area code at the start of a Chinese national significant number (without the trunk 0):
 * 10 and 2X are two digits, every other code three.
 */
export function areaCodeOfNationalNumber(national: string): AreaCodeInfo | null {
  const length = national.startsWith('10') || national.startsWith('2') ? 2 : 3;
  return AREA_CODES.get(`0${national.slice(0, length)}`) ?? null;
}
