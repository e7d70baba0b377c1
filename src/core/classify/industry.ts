/**
 * A visitor's industry, as an entry of the event's industry list. In order of trust:
 * 1. the visitor's own answer (declared): an entry named exactly, else the answer read as a trade;
 * 2. a business scope (经营范围) the roster or card carries: its first activity;
 * 3. the company name, read as it is built (companyName.ts): the trade statement at the end of
 *    the name — the words just before the legal form — outranks words inside the brand.
 *
 * A trade statement is read against GB/T 4754-2017 (industryTerms.ts): its last word that says
 * something decides, the words before it can change what it means (电子贸易 is a trade in
 * electronics, 化学工程 is construction), and a word that stays ambiguous (通信, 能源, 医疗) leaves
 * the industry unknown: unknown is better than wrong in a database sold by industry. The GB/T code
 * found is then placed in the event's list by the codes each entry covers (IndustryEntry.gbtCodes),
 * the most specific first.
 *
 * Its precision and coverage are measured by `npm run bench -- classify` on real names, judged on a
 * fresh part never tuned on (tests/bench/data/companyTradesFresh.ts); README.md gives the figures.
 */
import { DEFAULT_INDUSTRIES, type IndustryEntry } from '../taxonomy/industryDefaults';
import { gbtSectionOf } from '../taxonomy/gbt4754Codes';
import { readCompanyName, type CompanyNameReading } from './companyName';
import { buildTermIndex, type Term, type TermIndex } from './industryTerms';
import { PhraseMatcher, fold, type FoldedText, type PhraseMatch } from './text';
import { RULES, declared as declaredValue, inferred, unknown, type ClassifiedValue } from './types';

export interface IndustryTaxonomyInput {
  entries: readonly IndustryEntry[];
}

export interface IndustryInput {
  declared?: string | null;
  /** A business scope (经营范围) or main-business text from the roster or a card. */
  businessScope?: string | null;
  company?: string | null;
}

interface Compiled {
  terms: TermIndex;
  answers: PhraseMatcher<string>;
  /** [code prefix, entry id], longest prefix first. */
  codes: ReadonlyArray<readonly [string, string]>;
  sections: ReadonlyMap<string, string>;
}

/** Entries without codes of their own (lists saved before codes existed) take the default entry's of the same id. */
function codesOf(entry: IndustryEntry): readonly string[] {
  if (entry.gbtCodes?.length) return entry.gbtCodes;
  return DEFAULT_INDUSTRIES.find((d) => d.id === entry.id)?.gbtCodes ?? [];
}

function compile(entries: readonly IndustryEntry[]): Compiled {
  const answers = new PhraseMatcher<string>();
  const codes: Array<readonly [string, string]> = [];
  const bySection = new Map<string, string[]>();
  for (const entry of entries) {
    answers.add(entry.id, entry.id);
    for (const text of Object.values(entry.labels)) answers.add(text, entry.id);
    for (const code of codesOf(entry)) codes.push([code, entry.id]);
    if (entry.gbt) bySection.set(entry.gbt, [...(bySection.get(entry.gbt) ?? []), entry.id]);
  }
  // A section only one entry maps to is that entry's, whatever codes it lists.
  const sections = new Map<string, string>();
  for (const [section, ids] of bySection) if (ids.length === 1 && ids[0]) sections.set(section, ids[0]);
  codes.sort((a, b) => b[0].length - a[0].length);
  return { terms: buildTermIndex(entries), answers, codes, sections };
}

const cache = new WeakMap<readonly IndustryEntry[], Compiled>();
function compiled(entries: readonly IndustryEntry[]): Compiled {
  let c = cache.get(entries);
  if (!c) {
    c = compile(entries);
    cache.set(entries, c);
  }
  return c;
}

/** The entry of the list a GB/T code falls in: the entry covering its longest prefix, or the only entry of its section. */
export function entryForCode(code: string, taxonomy: IndustryTaxonomyInput = DEFAULT_INDUSTRY_TAXONOMY): string | null {
  const { codes, sections } = compiled(taxonomy.entries);
  const section = gbtSectionOf(code);
  for (const [prefix, entry] of codes) {
    if (/^[A-T]$/.test(prefix) ? prefix === section : code.startsWith(prefix) && !/^[A-T]$/.test(code)) return entry;
  }
  return section ? (sections.get(section) ?? null) : null;
}

interface Unused {
  /** Words of the name outside its trade statement that would have said something (evidence only). */
  unused: Array<{ term: string; code: string }>;
}
interface CodeFound {
  kind: 'code';
  code: string;
  term: string;
  /** A neighbour that changed what the term means (贸易: a trade in it; 制造: making it). */
  cue?: { term: string; code: string };
  /** The show's keyword that chose the entry. */
  entry?: string;
  keyword?: string;
}
interface AmbiguousFound {
  kind: 'ambiguous';
  term: string;
  codes: readonly string[];
}

/** What a piece of text says about the trade. */
export type TradeReading = (CodeFound & Unused) | (AmbiguousFound & Unused) | ({ kind: 'none' } & Unused);

interface Hit {
  match: PhraseMatch<Term>;
  /** The reading: the vocabulary's or the titles', else the keyword's. */
  term: Term;
  /** The show's keyword at the same place, if any. */
  keyword?: Term;
  text: string;
}

function hitsOf(text: FoldedText, matcher: TermIndex): Hit[] {
  const end = text.lower.trimEnd().length;
  const hits: Hit[] = [];
  for (const match of matcher.scan(text)) {
    const usable = match.payloads.filter((p) => !p.anchored || match.end === end);
    if (!usable.length) continue;
    const reading = usable.find((p) => p.source === 'vocabulary') ?? usable.find((p) => p.source === 'title') ?? usable[0];
    if (!reading) continue;
    const keyword = usable.find((p) => p.source === 'keyword');
    hits.push({ match, term: reading, ...(keyword ? { keyword } : {}), text: text.shown.slice(match.start, match.end) });
  }
  return hits;
}

// What may stand between two words of one trade statement: spaces, "&", "and", "、", "和", "及".
const JOIN = /^[\s&+,.·\-–/、和与及]*$|^\s*(?:and|und|et|e|y)\s*$/i;

/** The words at the end of the text, as long as only joins stand between them. */
function trailingRun(hits: readonly Hit[], text: FoldedText, end: number): Hit[] {
  const run: Hit[] = [];
  let boundary = end;
  for (let i = hits.length - 1; i >= 0; i--) {
    const hit = hits[i] as Hit;
    if (hit.match.end > boundary) continue;
    if (!JOIN.test(text.lower.slice(hit.match.end, boundary))) break;
    run.unshift(hit);
    boundary = hit.match.start;
  }
  return run;
}

const cOf = (codes: readonly string[]) => codes.find((c) => gbtSectionOf(c) === 'C');

/** Reads a trade statement: the last word that says something, with the words beside it. */
const sectionsOf = (codes: readonly string[]) => new Set(codes.map((c) => gbtSectionOf(c)));
const singleSection = (h: Hit) => (h.term.codes.length === 1 ? gbtSectionOf(h.term.codes[0] as string) : null);

// "工程" alone says works of some kind: construction only when nothing before it says another trade
// (激光工程 is a laser maker's, 生态工程 a fertiliser maker's, 能源工程 a driller's).
const WORKS = new Set(['工程']);

// What joins two trades a company names side by side: 软件与技术服务, Engineering & Construction.
const CONJUNCTION = /[&+、和与及]|\b(?:and|und|et|e|y)\b/i;

/** Two trades of different sections joined in one statement: the company does both, or the name cannot say which. */
function conjoined(run: readonly Hit[], text: FoldedText | undefined): AmbiguousFound | null {
  if (!text) return null;
  // Only the last two words: in 工业和信息化局 the pair is followed by the head that decides.
  const saying = run.filter((h) => h.term.role !== 'generic' && h.term.role !== 'weak');
  const a = saying.at(-2);
  const b = saying.at(-1);
  if (!a || !b) return null;
  const sa = singleSection(a);
  const sb = singleSection(b);
  if (!sa || !sb || sa === sb || !CONJUNCTION.test(text.lower.slice(a.match.end, b.match.start))) return null;
  return { kind: 'ambiguous', term: `${a.text}…${b.text}`, codes: [...a.term.codes, ...b.term.codes] };
}

function resolve(run: readonly Hit[], text?: FoldedText): CodeFound | AmbiguousFound | null {
  const saying = run.filter((h) => h.term.role !== 'generic');
  const strong = saying.filter((h) => h.term.role !== 'weak');
  const words = strong.length ? strong : saying;
  const head = words.at(-1);
  if (!head) return null;
  const trade = words.find((h) => h.term.role === 'trade');
  const make = words.find((h) => h.term.role === 'make');
  const objects = words.filter((h) => h.term.role === 'object');
  const keywordHit = [...run].reverse().find((h) => h.keyword?.entry);
  const found = (code: string, term: string, cue?: { term: string; code: string }): CodeFound => ({
    kind: 'code',
    code,
    term,
    ...(cue ? { cue } : {}),
    ...(keywordHit?.keyword?.entry ? { entry: keywordHit.keyword.entry, keyword: keywordHit.text } : {}),
  });
  const { role, codes } = head.term;
  const both = conjoined(run, text);
  if (both) return both;

  if (role === 'head' && WORKS.has(head.text)) {
    const before = words.at(-2);
    if (before && !sectionsOf(before.term.codes).has('E')) return { kind: 'ambiguous', term: `${before.text}${head.text}`, codes: [...codes, ...before.term.codes] };
  }
  if (role === 'head' || role === 'weak') {
    if (codes.length === 1) return found(codes[0] as string, head.text);
    if (!codes.length) return null;
    return { kind: 'ambiguous', term: head.text, codes };
  }
  if (role === 'trade') {
    const object = objects.at(-1);
    return object ? found('F', object.text, { term: head.text, code: 'F' }) : found('F', head.text);
  }
  if (role === 'make') {
    // 制药, 酿酒, 造纸: the word says what is made.
    if (codes.length === 1 && codes[0] !== 'C') return found(codes[0] as string, head.text);
    const object = objects.at(-1);
    const c = object ? cOf(object.term.codes) : undefined;
    if (object && c) return found(c, object.text, { term: head.text, code: 'C' });
    return found('C', head.text);
  }
  // An object: manufacturing of it, or a trade in it when a trade word stands beside it.
  if (trade) return found('F', head.text, { term: trade.text, code: 'F' });
  // Two things of different sections named side by side (煤业化工: mining and chemicals): either may be the trade.
  const other = make ? undefined : objects.find((o) => o !== head && singleSection(o) && singleSection(o) !== singleSection(head));
  if (other && codes.length === 1) return { kind: 'ambiguous', term: `${other.text}${head.text}`, codes: [...codes, ...other.term.codes] };
  if (codes.length === 1) return found(codes[0] as string, head.text);
  if (make) {
    const c = cOf(codes);
    if (c) return found(c, head.text, { term: make.text, code: 'C' });
  }
  if (!codes.length && head.keyword?.codes[0]) return found(head.keyword.codes[0], head.text);
  return { kind: 'ambiguous', term: head.text, codes };
}

function unusedOf(hits: readonly Hit[], used: ReadonlySet<Hit>): Array<{ term: string; code: string }> {
  return hits
    .filter((h) => !used.has(h) && h.term.role !== 'generic' && h.term.codes.length === 1)
    .slice(-3)
    .map((h) => ({ term: h.text, code: h.term.codes[0] as string }));
}

/** Connectors English puts after the head noun ("Bank of China", "Ministry for …", "Chamber … in Shanghai"), outside any term. */
function headBefore(text: FoldedText, hits: readonly Hit[]): number | null {
  const connector = /\s(?:of|for|in|zur|für|fur|de|du|des|der|di)\s/gi;
  for (let m = connector.exec(text.lower); m; m = connector.exec(text.lower)) {
    const at = m.index;
    if (!hits.some((h) => h.match.start <= at && h.match.end > at)) return at;
  }
  return null;
}

/**
 * A product named without a word for what the company does with it (深圳市远拓电子有限公司) may
 * be its maker or its seller: measured on registered small firms, about half of those named so are
 * wholesalers. Such a name is read as manufacturing only for a company limited by shares (股份有限
 * 公司) or a group (集团, 控股: the forms of larger, mostly industrial companies), and for names in
 * Latin script; for a limited company (有限公司) it stays unknown. See docs/decisions.md.
 */
function makeOrSell(found: CodeFound, head: Hit | undefined, name: Pick<CompanyNameReading, 'cjk' | 'form'>): AmbiguousFound | null {
  if (!name.cjk || name.form !== 'limited' || found.cue || head?.term.role !== 'object') return null;
  return gbtSectionOf(found.code) === 'C' ? { kind: 'ambiguous', term: found.term, codes: [found.code, 'F'] } : null;
}

// Public administration, parties and associations (section S) are not what a company does: in a
// company's name "局" is a construction or railway unit (中铁大桥局, 中国铁路上海局) or a publisher (中华书局).
const isPublicBody = (term: Term) => term.codes.length > 0 && term.codes.every((c) => gbtSectionOf(c) === 'S');

// Intergovernmental bodies: "International Fund for Agricultural Development", "World Food
// Programme", 欧洲复兴开发银行, 国际原子能机构 — a world or region's name first, a body's word last
// (before "of/for" in English). Never a company's name (International Paper Company, 国际商业机器（中国）有限公司).
const INTERNATIONAL_LATIN = /^(?:international|world|universal|european|asian|african|inter-american|islamic|nordic|arab)\s.*\b(?:organi[sz]ation|agency|fund|bank|union|programme|program|commission)$/i;
const INTERNATIONAL_CJK = /^(?:国际|世界|联合国|欧洲|亚洲|非洲|东盟).*(?:组织|机构|基金|计划署|规划署|银行|联盟|理事会)$/;

function international(text: FoldedText, cjk: boolean): boolean {
  if (cjk) return INTERNATIONAL_CJK.test(text.lower);
  const head = /\s(?:of|for)\s/i.exec(text.lower);
  return INTERNATIONAL_LATIN.test(head ? text.lower.slice(0, head.index) : text.lower);
}

type NameParts = Pick<CompanyNameReading, 'whole' | 'core' | 'cjk'> & Partial<Pick<CompanyNameReading, 'form' | 'branch'>>;

function readPart(text: FoldedText, name: NameParts, index: TermIndex): { found: CodeFound | AmbiguousFound | null; run: Hit[]; hits: Hit[] } {
  const company = name.form !== undefined && name.form !== 'other';
  const hits = hitsOf(text, index).filter((h) => !(company && isPublicBody(h.term)));
  let run = trailingRun(hits, text, text.lower.trimEnd().length);
  let found = resolve(run, text);
  if (!name.cjk) {
    // Names in German, French, Italian … often put the head first: "Verband …", "Messe Frankfurt",
    // "Assicurazioni Generali". A head word opening the name outranks an object at its end.
    const first = hits[0];
    if (first?.term.headFirst && first.match.start === 0) {
      const head = resolve([first]);
      if (head) {
        found = head;
        run = [first];
      }
    }
    // English: the head noun before "of" outranks the words after it.
    const at = headBefore(text, hits);
    const before = at === null ? [] : trailingRun(hits, text, at);
    const head = resolve(before, text);
    if (head) {
      found = head;
      run = before;
    }
  }
  if (!company && international(text, name.cjk)) return { found: { kind: 'code', code: 'T', term: text.shown }, run: hits, hits };
  return { found, run, hits };
}

function readText(name: NameParts, index: TermIndex): TradeReading {
  // International organisations and foreign missions count wherever they are named.
  const anywhere = hitsOf(name.whole, index).find((h) => h.term.anywhere);
  if (anywhere?.term.codes[0]) return { kind: 'code', code: anywhere.term.codes[0], term: anywhere.text, unused: [] };
  // A branch's own words say what the branch does (…股份有限公司北京销售分公司 sells); else the parent's.
  const fromBranch = name.branch ? readPart(name.branch, name, index) : null;
  const part = fromBranch?.found ? fromBranch : readPart(name.core, name, index);
  let { found } = part;
  const unused = unusedOf(part.hits, new Set(part.run));
  if (found?.kind === 'code' && name.form) {
    const head = part.run.filter((h) => h.term.role !== 'generic' && h.term.role !== 'weak').at(-1);
    found = makeOrSell(found, head, { cjk: name.cjk, form: name.form }) ?? found;
  }
  return found ? { ...found, unused } : { kind: 'none', unused };
}

/** The trade a company name states. */
export function readCompanyTrade(company: string, taxonomy: IndustryTaxonomyInput = DEFAULT_INDUSTRY_TAXONOMY): TradeReading {
  return readText(readCompanyName(company), compiled(taxonomy.entries).terms);
}

/** The trade a free text states (a declared answer such as “汽车零部件”, or one clause of a business scope). */
export function readTradeText(text: string, taxonomy: IndustryTaxonomyInput = DEFAULT_INDUSTRY_TAXONOMY): TradeReading {
  const folded = fold(text);
  return readText({ whole: folded, core: folded, cjk: /[\u3400-\u9fff]/.test(folded.lower) }, compiled(taxonomy.entries).terms);
}

// Business scopes: boilerplate around the activities, and the verbs that say make or sell.
const SCOPE_NOISE = /[(（][^()（）]*(?:依法须经批准|许可证|除外|不含|凭)[^()（）]*[)）]|【[^】]*】|〓|一般经营项目(?:是)?[:：]|许可经营项目(?:是)?[:：]|一般项目[:：]|许可项目[:：]|经营范围[:：]/g;
const SCOPE_MAKE = /生产|制造|加工|产销|制作/;
const SCOPE_SELL = /销售|批发|零售|经销|国内贸易|商品贸易|进出口/;

/**
 * The first activity of a business scope that says something about the trade. A scope lists
 * activities main one first ("生产、销售：电子元器件；货物进出口"), so its first clause with a word
 * of the dictionary decides: the first thing it names, made when a making verb stands in the
 * clause, sold when only selling verbs do.
 */
export function readBusinessScope(scope: string, taxonomy: IndustryTaxonomyInput = DEFAULT_INDUSTRY_TAXONOMY): { clause: string; reading: TradeReading } | null {
  const { terms } = compiled(taxonomy.entries);
  const clauses = scope
    .replace(SCOPE_NOISE, ';')
    .split(/[;；。\n]+/)
    .map((c) => c.trim().replace(/^[、，,:：\s]+|[、，,:：\s]+$/g, ''))
    .filter(Boolean);
  for (const whole of clauses.slice(0, 4)) {
    // Evidence keeps the clause, within the length a record's evidence line may have.
    const clause = whole.length > 200 ? `${whole.slice(0, 199)}…` : whole;
    const hits = hitsOf(fold(whole), terms).filter((h) => h.term.role !== 'generic' && h.term.role !== 'weak');
    const first = hits.find((h) => h.term.role === 'object' || h.term.role === 'head') ?? hits[0];
    if (!first) continue;
    const make = SCOPE_MAKE.exec(whole);
    const sell = SCOPE_SELL.exec(whole);
    const codes = first.term.codes;
    const c = cOf(codes) ?? (first.term.role === 'object' && codes.length === 1 && codes[0] === 'C' ? 'C' : undefined);
    if (make && c) return { clause, reading: { kind: 'code', code: c, term: first.text, cue: { term: make[0], code: 'C' }, unused: [] } };
    if (sell && !make && first.term.role !== 'head') return { clause, reading: { kind: 'code', code: 'F', term: first.text, cue: { term: sell[0], code: 'F' }, unused: [] } };
    const found = resolve([first]);
    if (found) return { clause, reading: { ...found, unused: [] } };
  }
  return null;
}

export const DEFAULT_INDUSTRY_TAXONOMY: IndustryTaxonomyInput = { entries: DEFAULT_INDUSTRIES };

/** Evidence lines: machine-readable, turned into words by explain.ts. */
function evidenceOf(reading: TradeReading, source: string): string[] {
  const lines = [source];
  if (reading.kind === 'code') {
    lines.push(`trade: ${reading.term} → ${reading.code}`);
    if (reading.cue) lines.push(`with: ${reading.cue.term} → ${reading.cue.code}`);
    if (reading.keyword && reading.entry) lines.push(`keyword: ${reading.keyword} → ${reading.entry}`);
  } else if (reading.kind === 'ambiguous') {
    lines.push(`ambiguous: ${reading.term} → ${reading.codes.join('|')}`);
  }
  for (const u of reading.unused) lines.push(`unused: ${u.term} → ${u.code}`);
  return lines;
}

function fromReading(reading: TradeReading, rule: string, source: string, notes: string[], taxonomy: IndustryTaxonomyInput): ClassifiedValue<string> | null {
  if (reading.kind === 'none') return null;
  if (reading.kind === 'ambiguous') return unknown(RULES.industryAmbiguous, [...notes, ...evidenceOf(reading, source)]);
  // The show's keyword chooses among the entries of the section the standard gives, and is
  // mentioned only when it did choose.
  const byCode = entryForCode(reading.code, taxonomy);
  const byKeyword = reading.entry && entrySection(reading.entry, taxonomy) === gbtSectionOf(reading.code) && reading.entry !== byCode ? reading.entry : null;
  const { entry: _entry, keyword: _keyword, ...plain } = reading;
  const evidence = [...notes, ...evidenceOf(byKeyword ? reading : plain, source)];
  const entry = byKeyword ?? byCode;
  if (!entry) return unknown(RULES.industryNoEntry, [...evidence, `no entry: ${reading.code}`]);
  return inferred(entry, rule, evidence);
}

function entrySection(id: string, taxonomy: IndustryTaxonomyInput): string | null {
  return taxonomy.entries.find((e) => e.id === id)?.gbt ?? null;
}

export function classifyIndustry(input: IndustryInput, taxonomy: IndustryTaxonomyInput = DEFAULT_INDUSTRY_TAXONOMY): ClassifiedValue<string> {
  const { answers } = compiled(taxonomy.entries);
  const notes: string[] = [];

  const declaredText = input.declared?.trim();
  if (declaredText) {
    const exact = [...new Set(answers.exact(declaredText) ?? [])];
    if (exact.length === 1 && exact[0]) return declaredValue(exact[0]);
    const read = fromReading(readTradeText(declaredText, taxonomy), RULES.industryDeclaredText, `declared: ${declaredText}`, [], taxonomy);
    if (read?.value) return read;
    notes.push(`unrecognised: ${declaredText}`);
  }

  const scope = input.businessScope?.trim();
  if (scope) {
    const found = readBusinessScope(scope, taxonomy);
    const read = found ? fromReading(found.reading, RULES.industryBusinessScope, `scope: ${found.clause}`, notes, taxonomy) : null;
    if (read?.value) return read;
    notes.push(`scope: ${scope.slice(0, 120)}`);
  }

  const company = input.company?.trim();
  if (company) {
    const reading = readCompanyTrade(company, taxonomy);
    const read = fromReading(reading, RULES.industryCompanyName, `company: ${company}`, notes, taxonomy);
    if (read) return read;
    return unknown(RULES.industryUnrecognised, [...notes, ...evidenceOf(reading, `company: ${company}`)]);
  }
  return unknown(notes.length ? RULES.industryUnrecognised : undefined, notes);
}
