/**
 * Matching keys for people's and companies' names across editions. A name is compared by its
 * sounds, not its characters: 张伟, 張偉, "Zhang Wei", "ZHANG Wei", "Wei Zhang" and the homophone
 * typo 张玮 all give the same keys, because registration systems, business cards and people write
 * one name in all of these ways. Two keys per name:
 *   tokens  the surname and the given name as words, sorted ("weifang zhang"): order-free (Western
 *           order, Chinese order), the given name's syllables written together as Latin spellings do;
 *   flat    the letters in written order ("zhangwei"): "ZhangWei" typed without a space.
 * Names are equal when either key is; "close" (one letter apart in a long Latin name) is weaker.
 */
import { pinyin } from 'pinyin-pro';
import { toHalfWidth } from '../text/normalise';

export interface NameKeys {
  tokens: string;
  flat: string;
}

const HAN = /\p{Script=Han}/u;
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '钟离', '澹台', '单于', '端木', '西门', '南宫', '独孤', '百里', '呼延', '万俟']);
const HONORIFICS = /(先生|女士|小姐|^(mr|mrs|ms|miss|dr|prof)\.?\s+)/giu;

function latinWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/**
 * Makes keys with a memo of each character's reading, kept for the life of one keyer (one linking
 * run): pinyin for 200,000 names one by one took seconds, almost all of it on the same few
 * thousand characters.
 */
export function createNameKeyer() {
  const readings = new Map<string, string>();
  const read = (text: string, surname: boolean): string => {
    const key = `${surname ? 's' : 'g'}${text}`;
    let value = readings.get(key);
    if (value === undefined) {
      value = pinyin(text, { toneType: 'none', type: 'array', surname: surname ? 'head' : 'off', nonZh: 'removed', v: true })
        .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
        .join(' ');
      readings.set(key, value);
    }
    return value;
  };

  function person(name: string): NameKeys {
    const text = toHalfWidth(name.normalize('NFKC')).replace(HONORIFICS, ' ').trim();
    if (!text) return { tokens: '', flat: '' };
    // Words as a Latin spelling would write them: the surname, then the given name as one word
    // ("Zhang Weifang", "Weifang Zhang"), so tokens agree whichever order the name comes in.
    const words: string[] = [];
    const syllables: string[] = [];
    if (HAN.test(text)) {
      const han = [...text].filter((c) => HAN.test(c));
      const surnameLength = COMPOUND_SURNAMES.has(han.slice(0, 2).join('')) ? 2 : 1;
      const surname = read(han.slice(0, surnameLength).join(''), true).split(' ');
      const given = han.slice(surnameLength).flatMap((c) => read(c, false).split(' '));
      syllables.push(...surname, ...given);
      words.push(surname.join(''), given.join(''));
    }
    // Latin words beside Chinese characters ("David 张伟") are part of the name too.
    const latin = latinWords(text.replace(/\p{Script=Han}/gu, ' '));
    words.push(...latin);
    syllables.push(...latin);
    const kept = words.filter(Boolean);
    return { tokens: [...kept].sort().join(' '), flat: syllables.filter(Boolean).join('') };
  }

  return { person };
}

export type NameRelation = 'same' | 'close' | 'different';

/** Optimal string alignment distance, stopping early past 1 (only "at most one edit" matters). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return Math.abs(a.length - b.length) <= 1;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * How two names relate. "close": the same words but one, which is one typo away from the other's
 * and at least 5 letters long (Jonathan / Jonathon). Chinese names already compare by sound, and
 * relatives' names often differ by one short syllable (张伟 / 张文), which is "different".
 */
export function nameRelation(a: NameKeys, b: NameKeys): NameRelation {
  if (!a.flat || !b.flat) return 'different';
  if (a.tokens === b.tokens || a.flat === b.flat) return 'same';
  const x = a.tokens.split(' ');
  const y = b.tokens.split(' ');
  if (x.length !== y.length) return 'different';
  const onlyX = x.filter((w) => !y.includes(w));
  const onlyY = y.filter((w) => !x.includes(w));
  if (onlyX.length !== 1 || onlyY.length !== 1) return 'different';
  const [p, q] = [onlyX[0] as string, onlyY[0] as string];
  return Math.max(p.length, q.length) >= 5 && withinOneEdit(p, q) ? 'close' : 'different';
}

const COMPANY_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '集团公司',
  '集团',
  '公司',
  'companylimited',
  'colimited',
  'coltd',
  'limited',
  'ltd',
  'incorporated',
  'inc',
  'corporation',
  'corp',
  'company',
  'co',
  'gmbh',
  'llc',
  'plc',
  'ag',
  'bv',
  'sa',
  'srl',
  'spa',
  'kk',
  'pteltd',
  'pte',
];

/** A company name as compared across editions: no case, spaces, punctuation, bracketed notes or legal-form suffix. */
export function companyKey(name: string): string {
  let key = toHalfWidth(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of COMPANY_SUFFIXES) {
      if (key.length > suffix.length + 1 && key.endsWith(suffix)) {
        key = key.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return key;
}

/** Same company name (after companyKey), or one contains the other (a shortened name of at least 4 characters). */
export function companyRelation(a: string, b: string): NameRelation {
  if (!a || !b) return 'different';
  if (a === b) return 'same';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short) ? 'close' : 'different';
}

const ROLE_LOCAL_PARTS = new Set([
  'info',
  'information',
  'sales',
  'sale',
  'service',
  'services',
  'admin',
  'contact',
  'contactus',
  'office',
  'hr',
  'jobs',
  'marketing',
  'market',
  'support',
  'help',
  'enquiry',
  'enquiries',
  'inquiry',
  'export',
  'import',
  'trade',
  'purchase',
  'purchasing',
  'procurement',
  'mail',
  'email',
  'webmaster',
  'postmaster',
  'hello',
  'business',
  'bd',
  'cs',
  'kefu',
  'xiaoshou',
  'caigou',
  'sh',
  'bj',
  'gz',
  'sz',
  'team',
  'general',
  'reception',
  'frontdesk',
]);

/**
 * An address that belongs to a function, not a person (info@, sales@, 客服): shared by colleagues,
 * so on its own it never says two records are one person.
 */
export function isRoleEmail(email: string): boolean {
  const local = email.split('@')[0] ?? '';
  return ROLE_LOCAL_PARTS.has(local.replace(/[^a-z]/g, '')) || /^(no-?reply|do-?not-?reply)/.test(local);
}
