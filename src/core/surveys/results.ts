/**
 * Survey results as the organizer reads them: NPS (promoters 9–10 minus detractors 0–6, in
 * points from -100 to 100), CSAT (share of 4–5 answers on the 1–5 scale, in per cent), the
 * distribution of every question, free-text answers, and the headline figures split by audience
 * and by day. Pure functions over loaded responses, used by the server and tested on their own.
 */
import { localizedTextSchema, type LocalizedText } from '../schema/localized';
import { scoreRange } from './answers';
import type { Question, QuestionType, SurveyContent } from './schema';
import { z } from 'zod';

export const npsResultSchema = z.object({ n: z.number(), promoters: z.number(), passives: z.number(), detractors: z.number(), score: z.number().nullable() });
export type NpsResult = z.infer<typeof npsResultSchema>;
export const csatResultSchema = z.object({ n: z.number(), satisfied: z.number(), score: z.number().nullable() });
export type CsatResult = z.infer<typeof csatResultSchema>;

const inRange = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** NPS of 0–10 scores; values outside the scale are ignored. `score` is null when nobody answered. */
export function npsOf(scores: readonly unknown[]): NpsResult {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const s of scores) {
    if (!inRange(s, 0, 10)) continue;
    if (s >= 9) promoters++;
    else if (s >= 7) passives++;
    else detractors++;
  }
  const n = promoters + passives + detractors;
  return { n, promoters, passives, detractors, score: n ? ((promoters - detractors) / n) * 100 : null };
}

/** CSAT of 1–5 answers: the share of 4 and 5, in per cent; null when nobody answered. */
export function csatOf(scores: readonly unknown[]): CsatResult {
  let n = 0;
  let satisfied = 0;
  for (const s of scores) {
    if (!inRange(s, 1, 5)) continue;
    n++;
    if (s >= 4) satisfied++;
  }
  return { n, satisfied, score: n ? (satisfied / n) * 100 : null };
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone: the show's day, not the server's. */
export function dayOf(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export const questionResultSchema = z.object({
  id: z.string(),
  type: z.string(),
  text: localizedTextSchema,
  /** The versions that asked this question. */
  versions: z.array(z.number()),
  /** Responses that answered it. */
  answered: z.number(),
  nps: npsResultSchema.optional(),
  csat: csatResultSchema.optional(),
  mean: z.number().nullable().optional(),
  distribution: z.array(z.object({ value: z.string(), label: localizedTextSchema.nullable(), count: z.number() })).optional(),
  /** Free-text answers, newest first (at most `maxTexts`). */
  texts: z.array(z.object({ responseId: z.string(), at: z.string(), text: z.string() })).optional(),
});
export type QuestionResult = z.infer<typeof questionResultSchema>;

export const breakdownSchema = z.object({ key: z.string(), n: z.number(), nps: npsResultSchema.nullable(), csat: csatResultSchema.nullable() });
export type Breakdown = z.infer<typeof breakdownSchema>;

export const surveyResultsSchema = z.object({
  total: z.number(),
  headline: z.object({ nps: npsResultSchema.nullable(), csat: csatResultSchema.nullable() }),
  byAudience: z.array(breakdownSchema),
  byDay: z.array(breakdownSchema),
  questions: z.array(questionResultSchema),
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

export interface ResultResponse {
  id: string;
  version: number;
  audience: string;
  /** When it was answered (ISO). */
  at: string;
  answers: Readonly<Record<string, unknown>>;
}

export interface VersionContent {
  version: number;
  content: SurveyContent;
}

interface Tracked {
  question: Question;
  versions: Set<number>;
}

/** Every question asked in any of `versions`, defined by the newest version that has it, in the newest order. */
function questionsAcross(versions: readonly VersionContent[]): Map<string, Tracked> {
  const out = new Map<string, Tracked>();
  for (const v of [...versions].sort((a, b) => b.version - a.version)) {
    for (const q of v.content.questions) {
      const seen = out.get(q.id);
      if (!seen) out.set(q.id, { question: q, versions: new Set([v.version]) });
      // An id reused for a question of another kind is not the same question.
      else if (seen.question.type === q.type) seen.versions.add(v.version);
    }
  }
  return out;
}

function optionLabels(versions: readonly VersionContent[], id: string): Map<string, LocalizedText> {
  const labels = new Map<string, LocalizedText>();
  for (const v of [...versions].sort((a, b) => b.version - a.version)) {
    const q = v.content.questions.find((x) => x.id === id);
    if (q && (q.type === 'single' || q.type === 'multiple')) for (const o of q.options) if (!labels.has(o.value)) labels.set(o.value, o.label);
  }
  return labels;
}

const SCORE_TYPES: ReadonlySet<QuestionType> = new Set(['nps', 'csat', 'rating']);

function questionResult(tracked: Tracked, values: Array<{ value: unknown; response: ResultResponse }>, versions: readonly VersionContent[], maxTexts: number): QuestionResult {
  const { question: q } = tracked;
  const base: QuestionResult = { id: q.id, type: q.type, text: q.text, versions: [...tracked.versions].sort((a, b) => a - b), answered: 0 };
  if (SCORE_TYPES.has(q.type)) {
    const range = scoreRange(q)!;
    const top = values.reduce((m, v) => (inRange(v.value, range.min, 10) && v.value > m ? v.value : m), range.max);
    const scores = values.map((v) => v.value).filter((v): v is number => inRange(v, range.min, top));
    const counts = new Map<number, number>();
    for (const s of scores) counts.set(s, (counts.get(s) ?? 0) + 1);
    const distribution = [];
    for (let s = range.min; s <= top; s++) distribution.push({ value: String(s), label: null, count: counts.get(s) ?? 0 });
    return {
      ...base,
      answered: scores.length,
      mean: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
      distribution,
      ...(q.type === 'nps' ? { nps: npsOf(scores) } : {}),
      ...(q.type === 'csat' ? { csat: csatOf(scores) } : {}),
    };
  }
  if (q.type === 'single' || q.type === 'multiple') {
    const labels = optionLabels(versions, q.id);
    const counts = new Map<string, number>([...labels.keys()].map((k) => [k, 0]));
    let answered = 0;
    for (const { value } of values) {
      const chosen = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
      if (!chosen.length) continue;
      answered++;
      for (const c of chosen) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    return { ...base, answered, distribution: [...counts].map(([value, count]) => ({ value, label: labels.get(value) ?? null, count })) };
  }
  if (q.type === 'consent') {
    const yes = values.filter((v) => v.value === true).length;
    const no = values.filter((v) => v.value === false).length;
    return { ...base, answered: yes + no, distribution: [{ value: 'yes', label: null, count: yes }, { value: 'no', label: null, count: no }] };
  }
  if (q.type === 'text') {
    const texts = values
      .filter((v): v is { value: string; response: ResultResponse } => typeof v.value === 'string' && v.value.trim() !== '')
      .sort((a, b) => (a.response.at < b.response.at ? 1 : a.response.at > b.response.at ? -1 : 0));
    return { ...base, answered: texts.length, texts: texts.slice(0, maxTexts).map((v) => ({ responseId: v.response.id, at: v.response.at, text: v.value })) };
  }
  // Contact details: how many gave them; the details themselves are in the export, not on the results screen.
  const given = values.filter((v) => {
    const c = v.value as Record<string, unknown> | null;
    return !!c && typeof c === 'object' && ['name', 'email', 'phone'].some((k) => typeof c[k] === 'string' && (c[k] as string).trim() !== '');
  }).length;
  return { ...base, answered: given };
}

function breakdown(key: string, group: readonly ResultResponse[], npsId: string | null, csatId: string | null): Breakdown {
  return {
    key,
    n: group.length,
    nps: npsId ? npsOf(group.map((r) => r.answers[npsId])) : null,
    csat: csatId ? csatOf(group.map((r) => r.answers[csatId])) : null,
  };
}

function groupBy(responses: readonly ResultResponse[], keyOf: (r: ResultResponse) => string): Map<string, ResultResponse[]> {
  const out = new Map<string, ResultResponse[]>();
  for (const r of responses) {
    const k = keyOf(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

export function computeResults(versions: readonly VersionContent[], responses: readonly ResultResponse[], opts: { timeZone: string; maxTexts?: number }): SurveyResults {
  const tracked = questionsAcross(versions);
  const versionOf = new Map(versions.map((v) => [v.version, v]));
  const questions: QuestionResult[] = [];
  for (const t of tracked.values()) {
    // Only responses given under a version that asked this very question count for it.
    const values = responses.filter((r) => t.versions.has(r.version) && versionOf.has(r.version) && r.answers[t.question.id] !== undefined).map((r) => ({ value: r.answers[t.question.id], response: r }));
    questions.push(questionResult(t, values, versions, opts.maxTexts ?? 200));
  }
  // The headline figures come from the first NPS and the first CSAT question.
  const npsId = [...tracked.values()].find((t) => t.question.type === 'nps')?.question.id ?? null;
  const csatId = [...tracked.values()].find((t) => t.question.type === 'csat')?.question.id ?? null;
  const headlineOf = (group: readonly ResultResponse[]) => breakdown('', group, npsId, csatId);
  const all = headlineOf(responses);
  const byKey = (keyOf: (r: ResultResponse) => string) =>
    [...groupBy(responses, keyOf)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, group]) => breakdown(key, group, npsId, csatId));
  return {
    total: responses.length,
    headline: { nps: all.nps, csat: all.csat },
    byAudience: byKey((r) => r.audience),
    byDay: byKey((r) => dayOf(r.at, opts.timeZone)),
    questions,
  };
}
