/**
 * The dictionary the industry rule reads names with: terms derived from the titles of GB/T
 * 4754-2017 (every division, group and class: the full title, and each thing it names with the
 * activity word taken off — "烟煤和无烟煤开采洗选" gives 烟煤 and 无烟煤, "旅行社及相关服务" gives
 * 旅行社), the vocabulary of industryVocabulary.ts (short forms, heads, cues, ambiguous words), and
 * the show's own keywords (which place a name within an entry of the event's list).
 *
 * A word the titles name under two sections (道路: 道路运输 G, 道路工程 E) is left out of the
 * derived terms: only the vocabulary may say what such a word means, or that it stays ambiguous.
 * The vocabulary wins over the titles for the same word.
 */
import { gbtClasses } from '../taxonomy/gbt4754Classes';
import { gbtSectionOf } from '../taxonomy/gbt4754Codes';
import type { IndustryEntry } from '../taxonomy/industryDefaults';
import { INDUSTRY_VOCABULARY } from './industryVocabulary';
import { PhraseMatcher, type FoldedText, type PhraseMatch } from './text';

export type TermRole = 'object' | 'head' | 'trade' | 'make' | 'generic' | 'weak';

export interface Term {
  role: TermRole;
  /** GB/T codes: one, or several for an ambiguous word (the first is taken when a neighbour settles it); empty for generic words. */
  codes: readonly string[];
  /** Counts wherever it stands in the name (international organisations, embassies). */
  anywhere: boolean;
  /** Must end the name (局, 厅, 店). */
  anchored: boolean;
  /** Heads a Latin-script name from its start (Verband …, Messe …). */
  headFirst?: boolean;
  source: 'title' | 'vocabulary' | 'keyword';
  /** For the show's keywords: the entry of the event's list the keyword belongs to. */
  entry?: string;
}

const ROLES: Readonly<Record<string, TermRole>> = { o: 'object', h: 'head', t: 'trade', m: 'make', g: 'generic', w: 'weak' };

// Activity words that end GB/T titles, longest first: what is left names the thing.
const TITLE_ACTIVITIES = [
  '冶炼和压延加工业', '开采和洗选业', '生产和供应业', '生产和供应', '开采和洗选', '修理与维护', '专门零售', '开采洗选', '工程施工', '工程建筑',
  '压延加工', '制造业', '加工业', '制品业', '批发业', '零售业', '采选业', '建筑业', '服务业', '运输业', '代理业', '租赁业', '管理业',
  '制造', '加工', '生产', '供应', '批发', '零售', '种植', '养殖', '饲养', '采集', '捕捞', '培育', '开采', '洗选', '采选', '冶炼',
  '修理', '维修', '服务', '活动', '管理', '建筑', '施工', '安装', '运输', '代理', '出版', '制作', '发行', '放映', '经营', '经纪', '租赁',
  '咨询', '设计', '传输', '开发', '研究', '推广', '保护', '治理', '处理', '利用', '回收', '教育', '培训', '业',
];

// What is left of a title that names nothing a company would be known by.
const TITLE_STOP = new Set([
  '其他', '未列明', '相关', '专业', '辅助性', '综合', '一般', '专用', '通用', '日用', '用品', '产品', '设备', '材料', '器具', '制品', '装置',
  '配件', '零件', '部件', '器件', '元件', '机构', '组织', '技术', '成员', '机关', '场所', '设施', '工具', '器材', '器械', '用具', '原料',
  '初级形态', '专用设备', '通用设备', '专业技术', '辅助', '国家', '基层', '其他组织', '成员组织', '中国', '海洋', '城市', '房屋',
]);

function objectOf(part: string): string {
  let text = part.replace(/^其他(?:未列明)?/, '').replace(/^未列明/, '');
  for (const suffix of TITLE_ACTIVITIES) {
    if (text.length > suffix.length + 1 && text.endsWith(suffix)) {
      text = text.slice(0, -suffix.length);
      break;
    }
  }
  return text;
}

function titleRole(code: string): TermRole {
  const section = gbtSectionOf(code);
  return section === 'A' || section === 'B' || section === 'C' ? 'object' : 'head';
}

// A whole title ending so says the making itself: "模具制造" in a name is a maker of moulds.
const MAKING_TITLE = /(?:制造|加工|冶炼|生产)$/;

interface TitleTerm {
  code: string;
  /** The term is a whole title that says making (…制造, …加工). */
  makes: boolean;
  /** A product a wholesale or retail title names (医疗用品 of 医疗用品及器材批发): it says what is sold there, not whether the company makes or sells it. */
  product: boolean;
}

/** Terms derived from the titles: term → the most general code naming it, when all its codes share a section. */
function titleTerms(): Map<string, TitleTerm> {
  const codes = new Map<string, Set<string>>();
  const making = new Set<string>();
  const wholes = new Set<string>();
  const add = (term: string, code: string) => {
    if (term.length < 2 || TITLE_STOP.has(term)) return;
    const set = codes.get(term) ?? new Set<string>();
    set.add(code);
    codes.set(term, set);
  };
  for (const { code, title } of gbtClasses()) {
    const whole = title.replace(/^其他(?:未列明)?/, '');
    add(whole, code);
    wholes.add(whole);
    if (MAKING_TITLE.test(whole)) making.add(whole);
    for (const part of whole.split(/[、，,]|和|及|与/)) add(objectOf(part.trim()), code);
  }
  const result = new Map<string, TitleTerm>();
  for (const [term, set] of codes) {
    const all = [...set];
    const sections = new Set(all.map((c) => gbtSectionOf(c)));
    if (sections.size !== 1) continue;
    all.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const code = all[0] as string;
    result.set(term, { code, makes: making.has(term), product: gbtSectionOf(code) === 'F' && !wholes.has(term) });
  }
  return result;
}

export interface VocabularyLine {
  codes: string[];
  role: TermRole;
  anywhere: boolean;
  anchored: boolean;
  headFirst: boolean;
  terms: string[];
}

/** The vocabulary as data (also read by its tests). */
export function vocabularyLines(): VocabularyLine[] {
  return INDUSTRY_VOCABULARY.trim()
    .split('\n')
    .map((line) => {
      const m = /^(\S+) ([ohtmgw])([*$^]?) (.+)$/.exec(line);
      if (!m) throw new Error(`industry vocabulary: bad line “${line}”`);
      const [, codes = '', role = 'g', flag = '', terms = ''] = m;
      return { codes: codes === '-' ? [] : codes.split('/'), role: ROLES[role] ?? 'generic', anywhere: flag === '*', anchored: flag === '$', headFirst: flag === '^', terms: terms.split('|').filter(Boolean) };
    });
}

const isShortCapitals = (term: string) => /[A-Z]/.test(term) && term === term.toUpperCase() && term.length <= 5;

function addVocabulary(matcher: TermIndex): void {
  for (const line of vocabularyLines()) {
    for (const text of line.terms) {
      const term: Term = { role: line.role, codes: line.codes, anywhere: line.anywhere, anchored: line.anchored, source: 'vocabulary' };
      if (line.headFirst) term.headFirst = true;
      matcher.add(text, term, { caseSensitive: isShortCapitals(text) });
    }
  }
}

let base: { titles: Map<string, TitleTerm> } | undefined;

/** The title-derived terms are the same for every event: derived once. */
function baseTerms(): Map<string, TitleTerm> {
  base ??= { titles: titleTerms() };
  return base.titles;
}

/** The entry's keywords as terms (syntax of industryDefaults.ts: ~weak, anchored$). */
function keywordTerm(entry: IndustryEntry, raw: string): { text: string; term: Term } | null {
  const weak = raw.startsWith('~');
  const anchored = raw.endsWith('$');
  const text = raw.slice(weak ? 1 : 0, anchored ? -1 : undefined);
  if (!text) return null;
  const code = entry.gbtCodes?.[0] ?? entry.gbt ?? '';
  const role: TermRole = weak ? 'weak' : titleRole(code || 'Z') === 'object' ? 'object' : 'head';
  return { text, term: { role, codes: code ? [code] : [], anywhere: false, anchored, source: 'keyword', entry: entry.id } };
}

const reversed = (text: string) => text.split('').reverse().join('');

/**
 * Terms found from the end of the text backwards, the longest ending at each place: a trade
 * statement is read from the legal form back, so "金森林业" is 金森 + 林业, not 金 + 森林 + 业, which
 * a scan from the front would find. Keys and text are reversed and scanned with PhraseMatcher, whose
 * word boundaries are the same either way.
 */
export class TermIndex {
  private readonly matcher = new PhraseMatcher<Term>();

  add(text: string, term: Term, options: { caseSensitive?: boolean } = {}): void {
    this.matcher.add(reversed(text.normalize('NFKC')), term, options);
  }

  scan(text: FoldedText): Array<PhraseMatch<Term>> {
    const length = text.lower.length;
    const back = { shown: reversed(text.shown), cased: reversed(text.cased), lower: reversed(text.lower) };
    return this.matcher
      .scan(back)
      .map((m) => ({ ...m, start: length - m.end, end: length - m.start }))
      .reverse();
  }
}

/**
 * The terms for an event's list: titles, then the vocabulary, then the show's keywords. A word in
 * two of them keeps every payload; the rule prefers the vocabulary's reading and the keyword's
 * entry (industry.ts).
 */
export function buildTermIndex(entries: readonly IndustryEntry[]): TermIndex {
  const matcher = new TermIndex();
  addVocabulary(matcher);
  const vocabulary = new Set(vocabularyLines().flatMap((l) => l.terms.map((t) => t.toLowerCase())));
  for (const [text, { code, makes, product }] of baseTerms()) {
    if (vocabulary.has(text)) continue;
    if (product) {
      matcher.add(text, { role: 'object', codes: ['C', code], anywhere: false, anchored: false, source: 'title' });
      continue;
    }
    matcher.add(text, { role: makes && gbtSectionOf(code) === 'C' ? 'make' : titleRole(code), codes: [code], anywhere: false, anchored: false, source: 'title' });
  }
  for (const entry of entries) {
    for (const raw of entry.keywords) {
      const found = keywordTerm(entry, raw);
      if (found) matcher.add(found.text, found.term, { caseSensitive: isShortCapitals(found.text) });
    }
  }
  return matcher;
}
