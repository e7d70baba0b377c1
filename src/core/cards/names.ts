/**
 * The person's name on a card: what can be one, what is printed around it (honorifics, degrees,
 * a brand in a logo block beside it), and how the email confirms it. The rules are a reader's:
 *  - a Chinese name is 2–4 Han characters (a known surname helps), or a name with "·";
 *  - an English name is 2–4 capitalised words, without "Dr."/"Prof." in front and degrees and
 *    post-nominals behind ("PhD", "P.E.", ", MBA, CPA");
 *  - text that is part of the company's name (「华信」 in 「上海华信科技有限公司」), or whose pinyin is
 *    the company's web domain ("antai" of antai-tech.com), is the brand, not the person;
 *  - the email's local part usually spells the name ("gongsunjianguo@", "thornton.natalie@").
 */
import { nameSearchKeys } from '../text/pinyin';
import { hanCount, isCompanyText, isTitleText } from './lineKinds';
import { COMPOUND_SURNAMES, COUNTRY_WORDS, EN_STREET_WORDS, EN_TITLE_WORDS, SURNAMES, ZH_TITLE_WORDS } from './patterns';

export interface NameGuess {
  name: string;
  title: string | null;
  zh: boolean;
  /** Text around the name on its line that was left out as a brand. */
  brand?: string;
}

const HAN_RUN = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

export function hasSurname(name: string): boolean {
  return COMPOUND_SURNAMES.some((s) => name.startsWith(s) && name.length > s.length) || SURNAMES.has(name[0] ?? '');
}

function surnameOf(name: string): string {
  return COMPOUND_SURNAMES.find((s) => name.startsWith(s) && name.length > s.length) ?? name.slice(0, 1);
}

// ─── English names: honorifics in front, degrees and post-nominals behind ─────────────────────

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|madam|rev|ir|eng)\.?\s+/i;

/**
 * Degrees, professional and honour letters written after a name. Two-letter ones that are also
 * surnames in romanised Chinese (MA, HE…) count only after a comma or when dotted ("M.A.").
 */
const POST_NOMINALS = new Set(
  (
    'phd dphil md dds dmd bds mds mbbs mbchb mba emba msc mphil meng beng bsc ba llb llm jd edd psyd pharmd dvm mph mpa dba ' +
    'cpa ca acca fcca aca fca cfa cma cia cisa cfp frm pmp shrm pe peng ceng fiet miet frcs frcp facs fracs rn np esq jr sr ii iii iv ' +
    'obe mbe cbe kbe aia faia riba leed mrics frics cipd fcipd cmgr mcipd chfc clu ma ms mda'
  ).split(' '),
);
const AMBIGUOUS_POST = new Set(['ma', 'ms', 'ca', 'pe', 'ii']);

function postNominalToken(token: string, afterComma: boolean): boolean {
  const bare = token.replace(/[.,]/g, '').toLowerCase();
  if (!POST_NOMINALS.has(bare)) return false;
  if (!AMBIGUOUS_POST.has(bare)) return true;
  return afterComma || /\./.test(token);
}

/** "Dr. Amelia A. Kowalski, PhD, MBA" → "Amelia A. Kowalski" (and what was taken off). */
export function stripNameDecorations(text: string): { name: string; decorated: boolean } {
  let t = text.trim();
  let decorated = false;
  while (HONORIFIC.test(t)) {
    t = t.replace(HONORIFIC, '');
    decorated = true;
  }
  for (;;) {
    const m = /(,?)\s*([A-Za-z][A-Za-z.]{0,7})\.?\s*$/.exec(t);
    if (!m || m.index === 0) break;
    const before = t.slice(0, m.index);
    // A name keeps at least two words in front of its letters.
    if (before.trim().split(/\s+/).length < 2 && !m[1]) break;
    const afterComma = !!m[1] || /,\s*(?:[A-Za-z.]+\s*,?\s*)*$/.test(before) && /,/.test(before);
    if (!postNominalToken(m[2] ?? '', afterComma)) break;
    t = before.replace(/[\s,]+$/, '');
    decorated = true;
  }
  return { name: t.trim(), decorated };
}

const EN_NAME = /^\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,3}$/u;

export function looksLikeEnglishName(text: string): boolean {
  return EN_NAME.test(text) && text.length <= 40 && !EN_TITLE_WORDS.test(text) && !isCompanyText(text) && !EN_STREET_WORDS.test(text) && !COUNTRY_WORDS.test(text);
}

/** Names printed in capitals ("AMELIA KOWALSKI", "Taro YAMADA") as staff would type them. */
function titleCaseCaps(name: string): string {
  return name.replace(/\p{Lu}{2,}(?:['’-]\p{Lu}+)*/gu, (w) => w.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()));
}

export function enName(text: string): NameGuess | null {
  const parts = text.split(/\s*(?:\s-\s|\/|\|)\s*/);
  const first = stripNameDecorations(parts[0] ?? '');
  // "Jane Doe, Sales Director": a title after a comma.
  const comma = first.name.split(/\s*,\s*/);
  const head = (comma[0] ?? '').trim();
  const rest = [...comma.slice(1), ...parts.slice(1)].join(', ').trim();
  if (!looksLikeEnglishName(head)) return null;
  if (rest && !isTitleText(rest)) return null;
  return { name: titleCaseCaps(head), title: rest || null, zh: false };
}

// ─── Chinese names, and the brand beside them ──────────────────────────────────────────────────

export interface BrandEvidence {
  /** Company texts found on the card (Chinese or English). */
  companies: readonly string[];
  /** Domains of the card's email and web addresses. */
  domains: readonly string[];
}

/** Labels of a domain that could spell a brand: "antai-tech.com.cn" → ["antai", "tech", "antaitech"]. */
function domainWords(domains: readonly string[]): string[] {
  const out: string[] = [];
  for (const d of domains) {
    const host = d.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\d?\./, '').split('/')[0] ?? '';
    const label = host.split('.')[0] ?? '';
    if (!label) continue;
    out.push(label.replace(/[^a-z]/g, ''), ...label.split(/[-_]/));
  }
  return out.filter((w) => w.length >= 3);
}

/** Han text that is the brand: part of a longer company name, or its pinyin is the web domain. */
export function isBrandText(text: string, evidence: BrandEvidence): boolean {
  const compact = text.replace(/\s+/g, '');
  // One character is in too many company names (「司」 of every 公司) to say anything.
  if (compact.length < 2) return false;
  if (evidence.companies.some((c) => c.replace(/\s+/g, '').length > compact.length && c.replace(/\s+/g, '').includes(compact))) return true;
  if (!HAN_RUN.test(compact) || compact.length < 2) return false;
  const py = nameSearchKeys(compact).pinyin;
  return py.length >= 4 && domainWords(evidence.domains).some((w) => w === py || (w.startsWith(py) && w.length - py.length >= 3));
}

const ZH_NAME = /^[\u3400-\u9fff\uf900-\ufaff]{2,4}$/;
const ZH_NAME_DOT = /^[\u3400-\u9fff]{1,6}·[\u3400-\u9fff]{1,8}$/;

function plainZhName(compact: string): boolean {
  return (ZH_NAME.test(compact) || ZH_NAME_DOT.test(compact)) && !ZH_TITLE_WORDS.test(compact);
}

/** A Chinese name alone, letter-spaced ("张 伟"), beside a brand ("华信 吴芳"), or followed by the title. */
export function zhName(text: string, evidence: BrandEvidence = { companies: [], domains: [] }): NameGuess | null {
  const tokens = text.split(/\s+/).filter(Boolean);
  // Tokens of the brand beside the name ("汇通 贾博", "贾博 汇通") leave the line first.
  const brandTokens = tokens.filter((t) => HAN_RUN.test(t) && isBrandText(t, evidence));
  const kept = tokens.filter((t) => !brandTokens.includes(t));
  const brand = brandTokens.length ? brandTokens.join('') : undefined;
  if (!kept.length) return null;
  const line = kept.join(' ');
  const compact = line.replace(/\s+/g, '');
  if (!/^[\u3400-\u9fff·]{2}/.test(compact)) return null;
  const title = ZH_TITLE_WORDS.exec(compact);
  if (title && title.index >= 2 && title.index <= 6) {
    const head = compact.slice(0, title.index);
    const branded = splitOffBrand(head, evidence);
    const name = branded ?? head;
    // Only with a known surname: "外贸业务员" is a title, not the name "外贸".
    if (ZH_NAME.test(name) && hasSurname(name)) return { name, title: compact.slice(title.index), zh: true, brand: brand ?? (branded ? head.replace(branded, '') : undefined) };
    const before = nameBeforeDepartment(compact);
    if (before) return { name: before, title: compact.slice(before.length), zh: true, brand };
  }
  // Letter-spaced names ("张 伟") are read as a whole below; here the name is one token with more after it.
  const letterSpaced = kept.slice(1).every((t) => t.length === 1);
  if (kept.length > 1 && ZH_NAME.test(kept[0] ?? '') && !letterSpaced) {
    const rest = kept.slice(1).join(' ');
    if (isTitleText(rest)) return { name: kept[0] ?? '', title: rest, zh: true, brand };
    // "张伟 David Zhang": the Chinese name with the English one beside it.
    if (EN_NAME.test(stripNameDecorations(rest).name)) return { name: kept[0] ?? '', title: null, zh: true, brand };
  }
  // The brand run into the name by OCR ("华信吴芳", itself four characters like a name): a name is
  // what is left once the brand is taken off.
  const split = splitOffBrand(compact, evidence);
  if (split) return { name: split, title: null, zh: true, brand: compact.replace(split, '') };
  if (plainZhName(compact)) return { name: compact, title: null, zh: true, brand };
  return null;
}

/**
 * "贾秀英品质部主管": the name, then a department ("品质部") the title list does not know, then
 * the title. The name is the 2–3 characters with a surname after which a department begins.
 */
function nameBeforeDepartment(compact: string): string | null {
  for (const len of [3, 2]) {
    const name = compact.slice(0, len);
    const rest = compact.slice(len);
    // A department the list does not know only after three characters: "海外事业部经理" is no "海外".
    if (hasSurname(name) && (ZH_TITLE_WORDS.exec(rest)?.index === 0 || (len === 3 && /^[\u3400-\u9fff]{2,4}[部处科室組组]/.test(rest)))) return name;
  }
  return null;
}

/** "华信吴芳" → "吴芳" when 「华信」 is the brand; null when no brand is run into the text. */
function splitOffBrand(compact: string, evidence: BrandEvidence): string | null {
  if (!HAN_RUN.test(compact) || compact.length < 3 || compact.length > 8) return null;
  // The longest brand whose remainder is a name with a known surname wins: 「华」 alone is also
  // in 「上海华信科技」, but 「信吴芳」 is no name.
  let best: { name: string; score: number } | null = null;
  for (let k = 2; k <= Math.min(4, compact.length - 2); k++) {
    const head = compact.slice(0, k);
    const tail = compact.slice(compact.length - k);
    for (const [brand, name] of [
      [head, compact.slice(k)],
      [tail, compact.slice(0, compact.length - k)],
    ] as const) {
      if (!isBrandText(brand, evidence) || !plainZhName(name)) continue;
      const score = (hasSurname(name) ? 10 : 0) + k;
      if (!best || score > best.score) best = { name, score };
    }
  }
  return best?.name ?? null;
}

// ─── the email as a witness ────────────────────────────────────────────────────────────────────

function spellings(first: string, last: string, middle = ''): { full: string[]; part: string[] } {
  const f = first;
  const l = last;
  const full = [f + l, l + f, f[0] + l, l + f[0], f + middle + l, f + (middle[0] ?? '') + l, l + f + middle].filter((x) => x.length >= 4);
  const part = [f, l].filter((x) => x.length >= 4);
  return { full, part };
}

/**
 * How well an email's local part spells a name: 2 when it spells both parts ("jiabo", "j.smith",
 * "thornton.natalie"), 1 for the given name or surname alone, 0 otherwise.
 */
export function emailSpellsName(name: string, email: string | null): number {
  if (!email) return 0;
  const local = (email.split('@')[0] ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (local.length < 2) return 0;
  let first = '';
  let last = '';
  let middle = '';
  if (hanCount(name) >= 2) {
    const sur = surnameOf(name);
    last = nameSearchKeys(sur).pinyin;
    const full = nameSearchKeys(name).pinyin;
    first = full.startsWith(last) ? full.slice(last.length) : nameSearchKeys(name.slice(sur.length)).pinyin;
  } else {
    const words = name.toLowerCase().replace(/[^a-z\s'-]/g, '').split(/\s+/).map((w) => w.replace(/[^a-z]/g, '')).filter(Boolean);
    if (words.length < 2) return 0;
    first = words[0] ?? '';
    last = words.at(-1) ?? '';
    middle = words.length > 2 ? (words[1] ?? '') : '';
  }
  if (!first || !last) return 0;
  const { full, part } = spellings(first, last, middle);
  if (full.some((s) => local === s || (local.startsWith(s) && local.length - s.length <= 4))) return 2;
  if (part.some((s) => local === s || local.startsWith(s))) return 1;
  return 0;
}
