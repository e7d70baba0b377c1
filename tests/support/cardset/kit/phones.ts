/**
 * Phone numbers as cards print them, each with the value a reader should return: E.164, plus
 * " ext. N" when the card prints an extension. Numbers are drawn until libphonenumber calls them
 * valid and of the right type, except the deliberately unallocated ones (a Hong Kong 4xxx mobile,
 * a UK drama-range number, a Chinese 140 number) that real rosters and cards do carry.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { parsePhone } from '../../../../src/core/phone';
import { chance, digits, int, pick, type Rand } from './random';

export type PhoneKind = 'mobile' | 'phone' | 'fax';

export interface PrintedPhone {
  kind: PhoneKind;
  /** As printed on the card (without its label). */
  text: string;
  /** What the field should hold: E.164, then " ext. N" for an extension. */
  truth: string;
}

export type Country = 'CN' | 'GB' | 'DE' | 'US' | 'HK' | 'JP' | 'SG' | 'TW' | 'AU';

const CC: Record<Country, string> = { CN: '86', GB: '44', DE: '49', US: '1', HK: '852', JP: '81', SG: '65', TW: '886', AU: '61' };

function e164Of(national: string, country: Country): string {
  return `+${CC[country]}${national.replace(/^0/, '')}`;
}

/** Draws national numbers until one is valid and of `type`. */
function drawValid(r: Rand, country: Country, make: () => string, type: 'MOBILE' | 'FIXED_LINE'): string {
  for (let i = 0; i < 200; i++) {
    const national = make();
    const p = parsePhone(`+${CC[country]}${national}`);
    if (p && (p.type === type || p.type === 'FIXED_LINE_OR_MOBILE')) return national;
  }
  throw new Error(`no valid ${type} number drawn for ${country}`);
}

function withExt(truth: string, ext: string | undefined): string {
  return ext ? `${truth} ext. ${ext}` : truth;
}

// ─── China ─────────────────────────────────────────────────────────────────────────────────────

const CN_MOBILE_PREFIXES = ['130', '131', '132', '134', '145', '147', '153', '155', '156', '166', '171', '173', '175', '176', '178', '180', '181', '184', '190', '191', '193', '195', '196', '198'];

/** A Chinese mobile in one of the ways cards print it. */
export function cnMobile(r: Rand, intl = false): PrintedPhone {
  const national = drawValid(r, 'CN', () => pick(r, CN_MOBILE_PREFIXES) + digits(r, 8), 'MOBILE');
  const a = national.slice(0, 3);
  const b = national.slice(3, 7);
  const c = national.slice(7);
  const styles = intl
    ? [`+86 ${a} ${b} ${c}`, `+86-${a}-${b}-${c}`, `(+86) ${national}`, `+86 ${national}`]
    : [`${a} ${b} ${c}`, `${a}-${b}-${c}`, national, `${a} ${b}${c}`, `+86 ${a} ${b} ${c}`];
  return { kind: 'mobile', text: pick(r, styles), truth: e164Of(national, 'CN') };
}

/** How an extension is printed: 转 / 分机 on Chinese cards, ext. / x on English ones. */
export type ExtStyle = 'zh' | 'zh-fenji' | 'en' | 'x';

function extText(style: ExtStyle, ext: string): string {
  switch (style) {
    case 'zh':
      return ` 转 ${ext}`;
    case 'zh-fenji':
      return ` 分机 ${ext}`;
    case 'en':
      return ` ext. ${ext}`;
    case 'x':
      return ` x${ext}`;
  }
}

/** A landline in a Chinese city (`area` without the trunk 0), optionally with an extension. */
export function cnLandline(r: Rand, area: string, kind: 'phone' | 'fax', opts: { intl?: boolean; ext?: ExtStyle } = {}): PrintedPhone {
  // Most cities have 8-digit local numbers, a few smaller ones 7: draw both, keep what is valid.
  const local = drawValid(r, 'CN', () => `${area}${int(r, 2, 8)}${digits(r, chance(r, 0.8) ? 7 : 6)}`, 'FIXED_LINE').slice(area.length);
  const split = local.length === 8 ? `${local.slice(0, 4)} ${local.slice(4)}` : `${local.slice(0, 3)} ${local.slice(3)}`;
  const styles = opts.intl ? [`+86 ${area} ${split}`, `+86-${area}-${local}`, `+86 (${area}) ${local}`] : [`0${area}-${local}`, `0${area}-${split}`, `(0${area}) ${split}`, `0${area} ${split}`];
  const ext = opts.ext ? String(int(r, 1, 9)) + digits(r, int(r, 2, 3)) : undefined;
  const text = pick(r, styles) + (ext && opts.ext ? extText(opts.ext, ext) : '');
  return { kind, text, truth: withExt(e164Of(`${area}${local}`, 'CN'), ext) };
}

/** A national 400 service number: what a company prints as its hotline. */
export function cnHotline(r: Rand): PrintedPhone {
  const n = `400${int(r, 1, 9)}${digits(r, 6)}`;
  return { kind: 'phone', text: `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, truth: e164Of(n, 'CN') };
}

// ─── elsewhere ─────────────────────────────────────────────────────────────────────────────────

interface Plan {
  mobile: (r: Rand) => string;
  /** National number of a landline in a city of the plan. */
  landline: (r: Rand, city?: string) => string;
  formatMobile: (r: Rand, n: string) => string;
  formatLandline: (r: Rand, n: string) => string;
}

const PLANS: Record<Exclude<Country, 'CN'>, Plan> = {
  GB: {
    mobile: (r) => `7${int(r, 4, 9)}${digits(r, 8)}`,
    landline: (r, city) => `${city ?? pick(r, ['117', '131', '161', '1223', '141'])}${int(r, 2, 9)}${digits(r, city && city.length === 4 ? 5 : 6)}`,
    formatMobile: (r, n) => pick(r, [`+44 ${n.slice(0, 4)} ${n.slice(4)}`, `+44 (0)${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`, `+44 ${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`]),
    formatLandline: (r, n) => (n.startsWith('1223') ? `+44 ${n.slice(0, 4)} ${n.slice(4)}` : pick(r, [`+44 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+44 (0)${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`])),
  },
  DE: {
    mobile: (r) => `1${pick(r, ['51', '52', '60', '62', '70', '71', '72', '75', '76', '77'])}${digits(r, 7 + int(r, 0, 1))}`,
    landline: (r, city) => `${city ?? pick(r, ['69', '511', '341', '421', '221'])}${int(r, 2, 9)}${digits(r, 6)}`,
    formatMobile: (r, n) => pick(r, [`+49 ${n.slice(0, 3)} ${n.slice(3)}`, `+49 (0)${n.slice(0, 3)} ${n.slice(3)}`, `+49 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`]),
    formatLandline: (r, n) => {
      const area = n.startsWith('69') ? 2 : 3;
      return pick(r, [`+49 ${n.slice(0, area)} ${n.slice(area)}`, `+49 (0)${n.slice(0, area)} ${n.slice(area)}`]);
    },
  },
  US: {
    mobile: (r) => `${pick(r, ['617', '303', '404', '619', '503', '612', '857'])}${int(r, 2, 9)}${digits(r, 6)}`,
    landline: (r, city) => `${city ?? pick(r, ['617', '303', '404', '619', '503', '612'])}${int(r, 2, 9)}${digits(r, 6)}`,
    formatMobile: (r, n) => pick(r, [`+1 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, `+1 ${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`, `+1-${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`]),
    formatLandline: (r, n) => pick(r, [`+1 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, `+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]),
  },
  HK: {
    mobile: (r) => `${pick(r, ['5', '6', '9'])}${digits(r, 7)}`,
    landline: (r) => `${pick(r, ['2', '3'])}${digits(r, 7)}`,
    formatMobile: (r, n) => pick(r, [`+852 ${n.slice(0, 4)} ${n.slice(4)}`, `+852-${n}`, `(+852) ${n.slice(0, 4)} ${n.slice(4)}`]),
    formatLandline: (r, n) => pick(r, [`+852 ${n.slice(0, 4)} ${n.slice(4)}`, `(+852) ${n.slice(0, 4)} ${n.slice(4)}`]),
  },
  JP: {
    mobile: (r) => `${pick(r, ['70', '80', '90'])}${digits(r, 8)}`,
    landline: (r, city) => {
      const area = city ?? pick(r, ['3', '6', '52']);
      return `${area}${int(r, 2, 9)}${digits(r, 8 - area.length)}`;
    },
    formatMobile: (r, n) => pick(r, [`+81 ${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, `+81-(0)${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, `+81 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`]),
    formatLandline: (r, n) => {
      const a = n.startsWith('52') ? 2 : 1;
      return pick(r, [`+81 ${n.slice(0, a)}-${n.slice(a, a + 4)}-${n.slice(a + 4)}`, `+81-(0)${n.slice(0, a)}-${n.slice(a, a + 4)}-${n.slice(a + 4)}`]);
    },
  },
  SG: {
    mobile: (r) => `${pick(r, ['8', '9'])}${digits(r, 7)}`,
    landline: (r) => `6${digits(r, 7)}`,
    formatMobile: (_r, n) => `+65 ${n.slice(0, 4)} ${n.slice(4)}`,
    formatLandline: (_r, n) => `+65 ${n.slice(0, 4)} ${n.slice(4)}`,
  },
  TW: {
    mobile: (r) => `9${digits(r, 8)}`,
    landline: (r) => `2${digits(r, 8)}`,
    formatMobile: (r, n) => pick(r, [`+886 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+886-${n.slice(0, 3)}-${n.slice(3)}`]),
    formatLandline: (r, n) => pick(r, [`+886 ${n.slice(0, 1)} ${n.slice(1, 5)} ${n.slice(5)}`, `+886-${n.slice(0, 1)}-${n.slice(1, 5)}-${n.slice(5)}`]),
  },
  AU: {
    mobile: (r) => `4${digits(r, 8)}`,
    landline: (r) => `${pick(r, ['2', '3'])}${int(r, 8, 9)}${digits(r, 7)}`,
    formatMobile: (_r, n) => `+61 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    formatLandline: (_r, n) => `+61 ${n.slice(0, 1)} ${n.slice(1, 5)} ${n.slice(5)}`,
  },
};

export function foreignMobile(r: Rand, country: Exclude<Country, 'CN'>): PrintedPhone {
  const plan = PLANS[country];
  const n = drawValid(r, country, () => plan.mobile(r), 'MOBILE');
  return { kind: 'mobile', text: plan.formatMobile(r, n), truth: e164Of(n, country) };
}

export function foreignLandline(r: Rand, country: Exclude<Country, 'CN'>, kind: 'phone' | 'fax', opts: { city?: string; ext?: ExtStyle } = {}): PrintedPhone {
  const plan = PLANS[country];
  const n = drawValid(r, country, () => plan.landline(r, opts.city), 'FIXED_LINE');
  const ext = opts.ext ? String(int(r, 1, 9)) + digits(r, int(r, 1, 3)) : undefined;
  return { kind, text: plan.formatLandline(r, n) + (ext && opts.ext ? extText(opts.ext, ext) : ''), truth: withExt(e164Of(n, country), ext) };
}

/**
 * A mobile number outside the allocated ranges, printed as a valid one would be: the reader must
 * keep it as printed (issue #17: never refuse a person for a number).
 */
export function unallocatedMobile(r: Rand, country: 'HK' | 'GB' | 'CN'): PrintedPhone {
  for (let i = 0; i < 200; i++) {
    const n = country === 'HK' ? `4${digits(r, 7)}` : country === 'GB' ? `7700900${digits(r, 3)}` : `140${digits(r, 8)}`;
    const e164 = e164Of(n, country);
    if (parsePhone(e164) !== null) continue;
    if (parsePhoneNumberFromString(e164)?.number !== e164) continue;
    const text = country === 'HK' ? `+852 ${n.slice(0, 4)} ${n.slice(4)}` : country === 'GB' ? `+44 ${n.slice(0, 4)} ${n.slice(4)}` : `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
    return { kind: 'mobile', text, truth: e164 };
  }
  throw new Error(`no unallocated number drawn for ${country}`);
}
