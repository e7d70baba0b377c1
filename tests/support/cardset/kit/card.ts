/**
 * What a card says, and the ground truth drawn from it. The truth rules live here once, for
 * every family:
 *  - name: the person's name as staff would type it: Chinese on Chinese and bilingual cards;
 *    English names with their middle name or initial, without honorifics (Dr., Prof.) and
 *    post-nominals (PhD, MBA);
 *  - title, company, address: the Chinese version on bilingual cards; an address printed over
 *    several lines is one value; a postcode printed apart (邮编) may be left out or kept;
 *  - mobile, phone, fax: E.164, with " ext. N" when an extension is printed; the first printed
 *    number of a kind is expected, the others of that kind are accepted too;
 *  - email in lower case; website as printed.
 * The scorer (../score.ts) says how values compare.
 */
import type { CardField, CardFields } from '../../../../src/core/cards/fields';
import type { PrintedPhone } from './phones';

export type CardLang = 'zh' | 'en' | 'bi';

export interface CardText {
  lang: CardLang;
  /** The name as the truth wants it. */
  name: string;
  /** The name as printed (with Dr., PhD, letter spacing…). */
  nameLine: string;
  /** The other name of a bilingual card (the English one). */
  nameAlt?: string;
  title: string;
  titleAlt?: string;
  company: string;
  companyAlt?: string;
  /** Text of the logo block (brand short name or initials), printed beside or above the name. */
  brand: string;
  mobiles: PrintedPhone[];
  phones: PrintedPhone[];
  fax?: PrintedPhone;
  email: string;
  website?: string;
  /** Address lines as printed. */
  address: string[];
  addressAlt?: string[];
  /** Printed apart from the address, with its own label. */
  postcode?: string;
  /** Other printed text that belongs to no field (a WeChat id, a slogan). */
  other?: string[];
  /** Payload of the QR code printed on the card, if any. */
  qr?: string;
}

/** What a reader should return for one card, and what else it may. */
export interface CardTruth {
  fields: CardFields;
  /** Other values counted as right (a second mobile, the address with its postcode). */
  also: Partial<Record<CardField, string[]>>;
  /** Every text printed for a field, whatever its version: what a cross-field fill is measured against. */
  printed: Partial<Record<CardField, string[]>>;
}

function joinAddress(lines: readonly string[], lang: 'zh' | 'en'): string {
  return lang === 'zh' ? lines.join('') : lines.join(', ');
}

const hasHan = (s: string): boolean => /[\u3400-\u9fff]/.test(s);

export function truthOf(card: CardText): CardTruth {
  const addressLang = hasHan(card.address.join('')) ? 'zh' : 'en';
  const address = card.address.length ? joinAddress(card.address, addressLang) : null;
  const fields: CardFields = {
    name: card.name,
    title: card.title || null,
    company: card.company,
    mobile: card.mobiles[0]?.truth ?? null,
    phone: card.phones[0]?.truth ?? null,
    fax: card.fax?.truth ?? null,
    email: card.email.toLowerCase(),
    website: card.website ?? null,
    address,
  };
  const also: CardTruth['also'] = {};
  if (card.mobiles.length > 1) also.mobile = card.mobiles.slice(1).map((p) => p.truth);
  if (card.phones.length > 1) also.phone = card.phones.slice(1).map((p) => p.truth);
  if (address && card.postcode) also.address = [`${address}${addressLang === 'zh' ? '' : ' '}${card.postcode}`];
  const printed: CardTruth['printed'] = {
    name: [card.name, card.nameLine, card.nameAlt].filter((s): s is string => !!s),
    title: [card.title, card.titleAlt].filter((s): s is string => !!s),
    company: [card.company, card.companyAlt, card.brand].filter((s): s is string => !!s),
    mobile: card.mobiles.flatMap((p) => [p.truth, p.text]),
    phone: card.phones.flatMap((p) => [p.truth, p.text]),
    fax: card.fax ? [card.fax.truth, card.fax.text] : [],
    email: [card.email],
    website: card.website ? [card.website] : [],
    address: [address, card.addressAlt ? joinAddress(card.addressAlt, 'en') : null, ...card.address].filter((s): s is string => !!s),
  };
  return { fields, also, printed };
}
