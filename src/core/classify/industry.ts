/**
 * A visitor's industry, as an entry of the event's industry list: the visitor's own answer when
 * there is one, else keyword rules on the company name.
 *
 * The company-name rule: every keyword of every entry is looked for in the folded name (see
 * text.ts); the match that ends last wins, a longer keyword breaking ties, because a Chinese
 * company name ends with what the company does ("深圳市华强电子科技有限公司": place, brand,
 * trade, legal form) and an English one puts it before the legal form ("Sunrise Electronics
 * Co., Ltd."). Weak keywords (科技, Technology …) count only when nothing else matched; keywords
 * marked `$` must end the name once the legal form is removed (局, 厅 for government bodies).
 * Its accuracy is measured by `npm run bench -- classify` on a labelled set and recorded in
 * docs/decisions.md; the rule claims no more than that.
 */
import { DEFAULT_INDUSTRIES, type IndustryEntry } from '../taxonomy/industryDefaults';
import { RULES, declared as declaredValue, inferred, unknown, type ClassifiedValue } from './types';
import { PhraseMatcher, fold, type FoldedText, type PhraseMatch } from './text';

export interface IndustryTaxonomyInput {
  entries: readonly IndustryEntry[];
}

export interface IndustryInput {
  declared?: string | null;
  company?: string | null;
}

interface Keyword {
  entry: string;
  weak: boolean;
  anchored: boolean;
}

interface Compiled {
  answers: PhraseMatcher<string>;
  keywords: PhraseMatcher<Keyword>;
  labels: ReadonlyMap<string, string>;
}

// Legal forms, group words and a parenthesised place after the part of the name that says what
// the company does: "…电子（深圳）有限公司", "… Electronics Co., Ltd.".
const CJK_FORMS = '集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|控股集团|总公司|分公司|公司|集团';
const LATIN_FORMS = String.raw`co\.?,?\s*ltd\.?|company\s+limited|limited|ltd\.?|inc\.?|llc|gmbh|ag|s\.?a\.?|s\.p\.a\.|s\.?r\.?l\.?|corp\.?|corporation|company|co\.?|plc|pte\.?|pty\.?|k\.k\.|b\.v\.|n\.v\.|group|holdings?`;
const LEGAL_FORM = new RegExp(String.raw`(?:\s*[(（][^()（）]*[)）]|\s*(?:${CJK_FORMS})|[\s,.&]+(?:${LATIN_FORMS})(?![a-z]))+[\s.,]*$`, 'i');

function coreEnd(text: FoldedText): number {
  const m = LEGAL_FORM.exec(text.lower);
  return m && m.index > 0 ? m.index : text.lower.length;
}

function compile(entries: readonly IndustryEntry[]): Compiled {
  const answers = new PhraseMatcher<string>();
  const keywords = new PhraseMatcher<Keyword>();
  const labels = new Map<string, string>();
  for (const entry of entries) {
    labels.set(entry.id, entry.labels['zh-CN']);
    answers.add(entry.id, entry.id);
    for (const text of Object.values(entry.labels)) answers.add(text, entry.id);
    for (const raw of entry.keywords) {
      const weak = raw.startsWith('~');
      const anchored = raw.endsWith('$');
      const keyword = raw.slice(weak ? 1 : 0, anchored ? -1 : undefined);
      if (!keyword) continue;
      const caseSensitive = /[A-Z]/.test(keyword) && keyword === keyword.toUpperCase() && keyword.length <= 5;
      keywords.add(keyword, { entry: entry.id, weak, anchored }, { caseSensitive });
    }
  }
  return { answers, keywords, labels };
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

interface Hit {
  entry: string;
  match: PhraseMatch<Keyword>;
  weak: boolean;
}

function better(a: Hit, b: Hit): boolean {
  return a.match.end !== b.match.end ? a.match.end > b.match.end : a.match.key.length > b.match.key.length;
}

/** The keyword rule on one piece of text: the winning entry, and the other entries the text also names. */
export function matchIndustryKeywords(text: string, taxonomy: IndustryTaxonomyInput): { entry: string; keyword: string; others: string[] } | null {
  const { keywords } = compiled(taxonomy.entries);
  const folded = fold(text);
  if (!folded.lower) return null;
  const end = coreEnd(folded);
  const hits: Hit[] = [];
  for (const match of keywords.scan(folded)) {
    for (const payload of match.payloads) {
      if (payload.anchored && match.end !== end) continue;
      hits.push({ entry: payload.entry, match, weak: payload.weak });
    }
  }
  // English puts the head noun before "of"/"for": "Ministry of Trade", "Bank of China",
  // "Institute for Production Technology" are a ministry, a bank and an institute.
  const head = /\s(?:of|for)\s/.exec(folded.lower);
  const strong = hits.filter((h) => !h.weak);
  const headed = head ? strong.filter((h) => h.match.end <= head.index) : [];
  const pool = headed.length ? headed : strong.length ? strong : hits;
  const best = pool.reduce<Hit | null>((acc, h) => (!acc || better(h, acc) ? h : acc), null);
  if (!best) return null;
  const others = [...new Set(strong.filter((h) => h.entry !== best.entry).map((h) => h.entry))];
  return { entry: best.entry, keyword: folded.shown.slice(best.match.start, best.match.end), others };
}

export const DEFAULT_INDUSTRY_TAXONOMY: IndustryTaxonomyInput = { entries: DEFAULT_INDUSTRIES };

export function classifyIndustry(input: IndustryInput, taxonomy: IndustryTaxonomyInput = DEFAULT_INDUSTRY_TAXONOMY): ClassifiedValue<string> {
  const { answers, labels } = compiled(taxonomy.entries);
  const notes: string[] = [];
  const describe = (found: { entry: string; keyword: string; others: string[] }, field: string, text: string) => [
    `${field}: ${text.trim()}`,
    `keyword “${found.keyword}” → ${labels.get(found.entry) ?? found.entry}`,
    ...found.others.map((o) => `also names ${labels.get(o) ?? o} (not used)`),
  ];

  const declaredText = input.declared?.trim();
  if (declaredText) {
    const exact = [...new Set(answers.exact(declaredText) ?? [])];
    if (exact.length === 1 && exact[0]) return declaredValue(exact[0]);
    const found = matchIndustryKeywords(declaredText, taxonomy);
    if (found) return inferred(found.entry, RULES.industryDeclaredText, describe(found, 'declared', declaredText));
    notes.push(`declared “${declaredText}” not recognised`);
  }
  const company = input.company?.trim();
  if (company) {
    const found = matchIndustryKeywords(company, taxonomy);
    if (found) return inferred(found.entry, RULES.industryCompanyKeyword, [...notes, ...describe(found, 'company', company)]);
    notes.push(`company: ${company}`);
  }
  return unknown(notes.length ? RULES.industryUnrecognised : undefined, notes);
}
