/**
 * Whole card contents from a pool: a Chinese, English or bilingual person with their company,
 * numbers, email, website and address. Families call these, then lay the text out their way.
 */
import type { CardText } from './card';
import { cnLandline, cnMobile, foreignLandline, foreignMobile, unallocatedMobile, type ExtStyle, type PrintedPhone } from './phones';
import { emailLocal, enCompany, enPerson, zhAddress, zhCompany, zhPerson, type Company, type EnPerson, type ForeignPlace, type Pool, type ZhAddress, type ZhCity, type ZhPerson } from './people';
import { chance, pick, type Rand } from './random';

export interface NumberOpts {
  /** How many mobiles (the second is accepted for the field too). */
  mobiles?: 1 | 2;
  /** How many office numbers. */
  phones?: 0 | 1 | 2;
  /** Extension on the first office number, and how it is written. */
  ext?: ExtStyle | null;
  /** Chance of a fax number. */
  fax?: number;
  /** Chance that the (first) mobile is outside the allocated ranges. */
  unallocated?: number;
}

export interface ContentOpts extends NumberOpts {
  website?: number;
  addressLines?: 1 | 2 | 3;
  /** Chinese cards: print 邮编 apart. */
  postcode?: boolean;
}

function domainOf(r: Rand, stem: string, tlds: readonly string[]): string {
  return `${stem}${pick(r, ['', '', '-tech', 'group', 'intl', '-global'])}.${pick(r, tlds)}`;
}

function websiteOf(r: Rand, domain: string): string {
  return pick(r, [`www.${domain}`, `www.${domain}`, `http://www.${domain}`, `https://www.${domain}`, domain]);
}

export interface ZhContent {
  card: CardText;
  person: ZhPerson;
  company: Company;
  address: ZhAddress;
  city: ZhCity;
}

/** A Chinese card's contents; `bilingual` adds the English name, title, company and address. */
export function zhContent(r: Rand, pool: Pool, opts: ContentOpts & { shape?: 'any' | 'two' | 'three' | 'four'; bilingual?: boolean; intl?: boolean } = {}): ZhContent {
  const city = pick(r, pool.zhCities);
  const person = zhPerson(r, pool, opts.shape);
  const [title, titleEn] = pick(r, pool.zhTitles);
  const company = zhCompany(r, pool, city);
  const address = zhAddress(r, city);
  const mobiles: PrintedPhone[] = [chance(r, opts.unallocated ?? 0) ? unallocatedMobile(r, 'CN') : cnMobile(r, opts.intl)];
  if (opts.mobiles === 2) mobiles.push(cnMobile(r, opts.intl));
  const phones: PrintedPhone[] = [];
  const nPhones = opts.phones ?? (chance(r, 0.7) ? 1 : 0);
  for (let i = 0; i < nPhones; i++) phones.push(cnLandline(r, city.area, 'phone', { intl: opts.intl, ext: i === 0 ? (opts.ext ?? undefined) : undefined }));
  const fax = phones.length && chance(r, opts.fax ?? 0.4) ? cnLandline(r, city.area, 'fax', { intl: opts.intl }) : undefined;
  const domain = domainOf(r, company.stem, ['com', 'com.cn', 'cn', 'net', 'com']);
  const email = `${pick(r, [`${person.surPy}${person.givenPy}`, `${person.givenPy}.${person.surPy}`, `${person.surPy}.${person.givenPy}`, `${person.surPy[0]}${person.givenPy}`, `${person.givenPy}`, `${person.surPy}${person.givenPy}${r() < 0.5 ? '88' : '2024'}`])}@${domain}`;
  const card: CardText = {
    lang: opts.bilingual ? 'bi' : 'zh',
    name: person.name,
    nameLine: person.name,
    nameAlt: opts.bilingual ? person.en : undefined,
    title,
    titleAlt: opts.bilingual ? titleEn : undefined,
    company: company.full,
    companyAlt: opts.bilingual ? company.en : undefined,
    brand: company.brand,
    mobiles,
    phones,
    fax,
    email,
    website: chance(r, opts.website ?? 0.6) ? websiteOf(r, domain) : undefined,
    address: address.lines(opts.addressLines ?? 1),
    addressAlt: opts.bilingual ? address.en : undefined,
    postcode: opts.postcode ? city.post : undefined,
  };
  return { card, person, company, address, city };
}

export interface EnContent {
  card: CardText;
  person: EnPerson;
  company: Company;
  place: ForeignPlace;
}

/** An English card's contents, of a company in one of the pool's foreign places. */
export function enContent(r: Rand, pool: Pool, opts: ContentOpts & { middle?: number; honorific?: number; postNominal?: number; places?: (p: ForeignPlace) => boolean } = {}): EnContent {
  const place = pick(r, pool.places.filter(opts.places ?? (() => true)));
  const person = enPerson(r, pool, opts);
  const company = enCompany(r, pool, place);
  const country = place.country;
  const unallocatedCountry = country === 'HK' || country === 'GB' ? country : null;
  const mobiles: PrintedPhone[] = [unallocatedCountry && chance(r, opts.unallocated ?? 0) ? unallocatedMobile(r, unallocatedCountry) : foreignMobile(r, country)];
  if (opts.mobiles === 2) mobiles.push(foreignMobile(r, country));
  const phones: PrintedPhone[] = [];
  const nPhones = opts.phones ?? (chance(r, 0.7) ? 1 : 0);
  for (let i = 0; i < nPhones; i++) phones.push(foreignLandline(r, country, 'phone', { city: place.area, ext: i === 0 ? (opts.ext ?? undefined) : undefined }));
  const fax = phones.length && chance(r, opts.fax ?? 0.25) ? foreignLandline(r, country, 'fax', { city: place.area }) : undefined;
  const domain = domainOf(r, company.stem, [place.tld]);
  const streetLines = place.street(r);
  const lines = opts.addressLines === 3 || streetLines.length > 1 ? [...streetLines, place.cityLine] : [streetLines.join(', '), place.cityLine];
  const card: CardText = {
    lang: 'en',
    name: person.name,
    nameLine: person.printed,
    title: pick(r, pool.enTitles),
    company: company.full,
    brand: company.initials,
    mobiles,
    phones,
    fax,
    email: `${emailLocal(r, person.first, person.last)}@${domain}`,
    website: chance(r, opts.website ?? 0.7) ? websiteOf(r, domain) : undefined,
    address: opts.addressLines === 1 ? [lines.join(', ')] : lines,
  };
  return { card, person, company, place };
}

/** Family and given name, for the N field of a QR code (a four-character Chinese name has a compound surname here). */
export function nameParts(c: ZhContent | EnContent): { first: string; last: string } {
  if ('place' in c) return { first: c.person.first, last: c.person.last };
  const surname = c.card.name.length === 4 ? 2 : 1;
  return { first: c.card.name.slice(surname), last: c.card.name.slice(0, surname) };
}
