/**
 * A visitor's region — country (ISO 3166-1 alpha-2), province-level division and city (GB/T
 * 2260 codes) — from what the record holds, in this order of precedence:
 *
 *   1. a correction by staff or the organizer, then the visitor's own answer (declared);
 *   2. the country calling code of the mobile, then of the other phone number;
 *   3. the area code of a Chinese landline;
 *   4. place names in the address;
 *   5. the country-code top-level domain of the email address.
 *
 * Each field is taken from the first source that has it and agrees with the fields above it: a
 * +44 mobile makes the country GB, and an address in 上海 then gives no province, because a
 * province of China does not fit. Sources that disagree with the chosen value are listed in its
 * evidence so staff see the conflict before they correct it.
 *
 * Hong Kong, Macao and Taiwan are their own countries (HK, MO, TW, as ISO 3166-1 lists them)
 * and also carry their GB/T 2260 province code (810000, 820000, 710000), so both the ISO view
 * and the 34-division view of a report can be drawn. Someone who writes "中国" for the country
 * and lives in Hong Kong is CN with province 810000.
 */
import { cityByCode, provinceByCode } from '../taxonomy/chinaDivisions';
import { countryOfDomain } from '../taxonomy/countries';
import { normaliseEmail } from '../text/normalise';
import { countriesAgree, readAddress } from './address';
import { readPhone } from './phone';
import { placeDictionary, type PlaceDictionary, type RegionAlias } from './places';
import { RULES, unknown, type ClassifiedValue } from './types';

export interface DeclaredRegion {
  country?: string | null;
  province?: string | null;
  city?: string | null;
}

export interface RegionCorrections {
  country?: ClassifiedValue<string>;
  province?: ClassifiedValue<string>;
  city?: ClassifiedValue<string>;
}

export interface RegionInput {
  declared?: DeclaredRegion | null;
  mobile?: string | null;
  phone?: string | null;
  address?: string | null;
  email?: string | null;
  /** Corrections made by staff or the organizer (see applyCorrection): they win over everything. */
  corrections?: RegionCorrections | null;
}

export interface RegionClassification {
  country: ClassifiedValue<string>;
  province: ClassifiedValue<string>;
  city: ClassifiedValue<string>;
}

export interface RegionTaxonomyInput {
  aliases?: readonly RegionAlias[];
}

type Field = 'country' | 'province' | 'city';
const FIELDS: readonly Field[] = ['country', 'province', 'city'];

interface Source {
  name: string;
  fields: Partial<Record<Field, ClassifiedValue<string>>>;
}

function nameOf(field: Field, code: string): string {
  if (field === 'province') return provinceByCode(code)?.labels['zh-CN'] ?? code;
  if (field === 'city') return cityByCode(code)?.name ?? code;
  return code;
}

const REGION_PROVINCES: Readonly<Record<string, string>> = { HK: '810000', MO: '820000', TW: '710000' };

/** Hong Kong, Macao and Taiwan are a country and a province-level division at once. */
function withRegionProvince(source: Source): Source {
  const country = source.fields.country;
  const province = country?.value ? REGION_PROVINCES[country.value] : undefined;
  if (!country || !province || source.fields.province) return source;
  source.fields.province =
    country.status === 'declared'
      ? { value: province, status: 'inferred', rule: RULES.regionDeclaredParent, evidence: [`${source.name}: ${country.value}`] }
      : { ...country, value: province };
  return source;
}

/** Fills the province and country a city or province implies, marked as derived from it. */
function withParents(source: Source, derivedRule: string): Source {
  const { fields } = source;
  const city = fields.city?.value;
  if (city && !fields.province) {
    const province = cityByCode(city)?.province;
    if (province) fields.province = { value: province, status: 'inferred', rule: derivedRule, evidence: [`${source.name}: ${nameOf('city', city)}`] };
  }
  const province = fields.province?.value;
  if (province && !fields.country) {
    const country = provinceByCode(province)?.country;
    if (country) fields.country = { value: country, status: 'inferred', rule: derivedRule, evidence: [`${source.name}: ${nameOf('province', province)}`] };
  }
  return source;
}

function declaredSource(declared: DeclaredRegion, dictionary: PlaceDictionary, notes: Partial<Record<Field, string[]>>): Source {
  const source: Source = { name: 'declared', fields: {} };
  const note = (field: Field, text: string) => (notes[field] ??= []).push(`declared “${text}” not recognised`);
  const one = (codes: readonly string[] | undefined) => (codes && new Set(codes).size === 1 ? codes[0] : undefined);

  const countryText = declared.country?.trim();
  if (countryText) {
    const code = one(dictionary.countries.exact(countryText));
    if (code) source.fields.country = { value: code, status: 'declared', rule: RULES.declared, evidence: [`declared: ${countryText}`] };
    else note('country', countryText);
  }
  const provinceText = declared.province?.trim();
  let province: string | undefined;
  if (provinceText) {
    province = one(dictionary.provinces.exact(provinceText));
    if (province) source.fields.province = { value: province, status: 'declared', rule: RULES.declared, evidence: [`declared: ${provinceText}`] };
    else note('province', provinceText);
  }
  const cityText = declared.city?.trim();
  if (cityText) {
    const candidates = [...new Set(dictionary.cities.exact(cityText) ?? [])];
    let city = candidates.length === 1 ? candidates[0] : candidates.find((c) => cityByCode(c)?.province === province);
    if (!city) {
      // "上海" as a city is the municipality.
      const asProvince = one(dictionary.provinces.exact(cityText));
      if (asProvince && provinceByCode(asProvince)?.kind === 'municipality') city = `${asProvince.slice(0, 3)}100`;
    }
    if (city) source.fields.city = { value: city, status: 'declared', rule: RULES.declared, evidence: [`declared: ${cityText}`] };
    else note('city', cityText);
  }
  return withParents(source, RULES.regionDeclaredParent);
}

function correctionSource(corrections: RegionCorrections): Source {
  const source: Source = { name: 'corrected', fields: {} };
  for (const field of FIELDS) {
    const correction = corrections[field];
    if (correction) source.fields[field] = correction;
  }
  return withParents(source, RULES.regionDeclaredParent);
}

function phoneSources(input: RegionInput): { countries: Source[]; areas: Source[] } {
  const countries: Source[] = [];
  const areas: Source[] = [];
  for (const [name, raw] of [
    ['mobile', input.mobile],
    ['phone', input.phone],
  ] as const) {
    const reading = readPhone(raw);
    if (!reading) continue;
    const evidence = [`${name}: ${reading.text}`];
    countries.push({ name, fields: { country: { value: reading.country, status: 'inferred', rule: reading.countryRule, evidence } } });
    if (reading.area) {
      const area = reading.area;
      const sharers = area.cities.length > 4 ? `${area.cities.length} cities and counties` : area.cities.map((c) => nameOf('city', c)).join('/');
      const where = area.city ? nameOf('city', area.city) : `${nameOf('province', area.province)}, shared by ${sharers}`;
      const areaEvidence = [`${name}: ${reading.text}`, `area code ${area.code}${area.legacy ? ' (retired)' : ''} → ${where}`];
      const fields: Source['fields'] = {
        country: { value: 'CN', status: 'inferred', rule: RULES.regionAreaCode, evidence: areaEvidence },
        province: { value: area.province, status: 'inferred', rule: RULES.regionAreaCode, evidence: areaEvidence },
      };
      if (area.city) fields.city = { value: area.city, status: 'inferred', rule: RULES.regionAreaCode, evidence: areaEvidence };
      areas.push({ name, fields });
    }
  }
  return { countries, areas };
}

function addressSource(address: string, dictionary: PlaceDictionary): Source | null {
  const reading = readAddress(address, dictionary);
  if (!reading?.country) return null;
  const field = (value: string | null, evidence: string[]): ClassifiedValue<string> | undefined =>
    value ? { value, status: 'inferred', rule: RULES.regionAddress, evidence: evidence.map((e) => `address: ${e}`) } : undefined;
  const fields: Source['fields'] = {};
  const country = field(reading.country, reading.countryEvidence);
  const province = field(reading.province, reading.provinceEvidence);
  const city = field(reading.city, reading.cityEvidence);
  if (country) fields.country = country;
  if (province) fields.province = province;
  if (city) fields.city = city;
  return { name: 'address', fields };
}

function emailSource(email: string): Source | null {
  const normalised = normaliseEmail(email);
  const at = normalised.lastIndexOf('@');
  if (at < 1) return null;
  const found = countryOfDomain(normalised.slice(at + 1));
  if (!found) return null;
  return { name: 'email', fields: { country: { value: found.country, status: 'inferred', rule: RULES.regionEmailCcTld, evidence: [`email: ${normalised}`, `domain .${found.tld}`] } } };
}

function agrees(field: Field, value: string, chosen: Partial<Record<Field, string | null>>): boolean {
  if (field === 'province') return !chosen.country || countriesAgree(chosen.country, value);
  if (field !== 'city') return true;
  const province = cityByCode(value)?.province ?? null;
  // Without a province (all were rejected or none was found) the city must still fit the country.
  return chosen.province ? province === chosen.province : !chosen.country || countriesAgree(chosen.country, province);
}

export function classifyRegion(input: RegionInput, taxonomy: RegionTaxonomyInput = {}): RegionClassification {
  const dictionary = placeDictionary(taxonomy.aliases);
  const notes: Partial<Record<Field, string[]>> = {};
  const phones = phoneSources(input);
  const sources: Source[] = [];
  if (input.corrections) sources.push(correctionSource(input.corrections));
  if (input.declared) sources.push(declaredSource(input.declared, dictionary, notes));
  sources.push(...phones.countries, ...phones.areas);
  const address = input.address?.trim() ? addressSource(input.address, dictionary) : null;
  if (address) sources.push(address);
  const email = input.email?.trim() ? emailSource(input.email) : null;
  if (email) sources.push(email);

  for (const source of sources) withRegionProvince(source);
  const chosen: Partial<Record<Field, string | null>> = {};
  const pick = (field: Field): ClassifiedValue<string> => {
    let winner: ClassifiedValue<string> | undefined;
    const disagreeing: string[] = [];
    for (const source of sources) {
      const candidate = source.fields[field];
      if (!candidate) continue;
      if (winner) {
        if (candidate.value && candidate.value !== winner.value) disagreeing.push(`${source.name} suggests ${nameOf(field, candidate.value)} (not used)`);
        continue;
      }
      // A correction to "unknown" (value null) locks the field too.
      if (candidate.value === null || agrees(field, candidate.value, chosen)) winner = candidate;
      else disagreeing.push(`${source.name} suggests ${nameOf(field, candidate.value)} (does not fit)`);
    }
    const extra = [...(notes[field] ?? []), ...disagreeing];
    chosen[field] = winner?.value ?? null;
    if (!winner) return unknown(undefined, extra);
    return extra.length ? { ...winner, evidence: [...(winner.evidence ?? []), ...extra] } : winner;
  };
  // In this order: each field must agree with the ones chosen before it.
  const country = pick('country');
  const province = pick('province');
  const city = pick('city');
  return { country, province, city };
}
