/**
 * The figures of the dashboard and the report. Visitor figures are read from the counters the
 * triggers of migration 008 keep (figure_counts: one row per figure and key, updated in the same
 * transaction as the persons and visits they count), the hourly scans from checkin_hours (005).
 * Each statement reads a few dozen rows by primary key, whatever the size of the show; the
 * benchmark (`npm run bench -- dashboard`) times each one and prints its plan. The drill-downs
 * (drilldown.ts, visitors/persons.ts) count the records themselves, and the tests check that
 * every figure equals the total of its drill-down.
 */
import { NON_VISITOR_CATEGORIES, SCOPES, isTradeVisitor, type Scope } from '../../core/stats/rules';
import type { Count, Distributions, Headline } from '../../core/stats/schema';
import { isVisitorCategory, countsAsVisitor } from '../../core/categories';
import type { Queryable } from '../db/types';

const counter = (dim: string, key = 'key AS key') => `SELECT ${key}, n::int AS n FROM figure_counts WHERE event_id = $1 AND dim = '${dim}' AND n <> 0`;

export const FIGURE_QUERIES = {
  presence: `SELECT key AS category, n::int AS n, days::int AS days FROM figure_counts WHERE event_id = $1 AND dim = 'category' AND n <> 0`,
  region: counter('region', "split_part(key, '|', 1) AS scope, split_part(key, '|', 2) AS province"),
  country: counter('country'),
  industry: counter('industry'),
  companySize: counter('size'),
  interest: counter('interest'),
  uniqueOnDay: `SELECT COALESCE((SELECT n FROM figure_counts WHERE event_id = $1 AND dim = 'day' AND key = to_char($2::date, 'YYYY-MM-DD')), 0)::int AS n`,
  byDay: `SELECT key AS day, n::int AS n FROM figure_counts WHERE event_id = $1 AND dim = 'day' AND n <> 0 ORDER BY key`,
  hourly: `SELECT to_char(hour, 'YYYY-MM-DD"T"HH24') AS hour, admitted, flagged FROM checkin_hours WHERE event_id = $1 AND hour >= $2::date AND hour < $2::date + 1 ORDER BY hour`,
  scans: `SELECT COALESCE(sum(admitted), 0)::int AS admitted, COALESCE(sum(flagged), 0)::int AS flagged FROM checkin_hours WHERE event_id = $1`,
} as const;
export type FigureQuery = keyof typeof FIGURE_QUERIES;

const byCount = (a: Count, b: Count) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

async function counts(db: Queryable, query: FigureQuery, eventId: string): Promise<Count[]> {
  const { rows } = await db.query<{ key: string; n: number }>(FIGURE_QUERIES[query], [eventId]);
  return rows.map((r) => ({ key: r.key, count: r.n })).sort(byCount);
}

function emptyScopes(): Record<Scope, number> {
  return Object.fromEntries(SCOPES.map((s) => [s, 0])) as Record<Scope, number>;
}

export async function headline(db: Queryable, eventId: string): Promise<Headline> {
  const [presence, region, scans] = await Promise.all([
    db.query<{ category: string; n: number; days: number }>(FIGURE_QUERIES.presence, [eventId]),
    db.query<{ scope: Scope; province: string; n: number }>(FIGURE_QUERIES.region, [eventId]),
    db.query<{ admitted: number; flagged: number }>(FIGURE_QUERIES.scans, [eventId]),
  ]);
  const h: Headline = {
    uniqueVisitors: 0,
    visits: 0,
    tradeVisitors: 0,
    publicVisitors: 0,
    tradeShare: null,
    byScope: emptyScopes(),
    nonVisitors: { press: 0, exhibitor_staff: 0, organizer_staff: 0 },
    admittedEntries: scans.rows[0]?.admitted ?? 0,
    flaggedScans: scans.rows[0]?.flagged ?? 0,
  };
  for (const r of presence.rows) {
    if (!isVisitorCategory(r.category)) continue;
    if (countsAsVisitor(r.category)) {
      h.uniqueVisitors += r.n;
      h.visits += r.days;
      if (isTradeVisitor(r.category)) h.tradeVisitors += r.n;
      else h.publicVisitors += r.n;
    } else if ((NON_VISITOR_CATEGORIES as readonly string[]).includes(r.category)) {
      h.nonVisitors[r.category as keyof Headline['nonVisitors']] += r.n;
    }
  }
  for (const r of region.rows) h.byScope[r.scope] = (h.byScope[r.scope] ?? 0) + r.n;
  h.tradeShare = h.uniqueVisitors ? h.tradeVisitors / h.uniqueVisitors : null;
  return h;
}

/**
 * Regional distribution: provinces of visitors from China (GB/T 2260; Hong Kong, Macao and Taiwan
 * as their own codes; '' for mainland visitors whose province is unknown) and countries.
 */
export async function distributions(db: Queryable, eventId: string): Promise<Distributions> {
  const [region, country, industry, companySize, interest] = await Promise.all([
    db.query<{ scope: Scope; province: string; n: number }>(FIGURE_QUERIES.region, [eventId]),
    counts(db, 'country', eventId),
    counts(db, 'industry', eventId),
    counts(db, 'companySize', eventId),
    counts(db, 'interest', eventId),
  ]);
  const provinces = new Map<string, number>();
  for (const r of region.rows) if (r.scope !== 'international' && r.scope !== 'unknown') provinces.set(r.province, (provinces.get(r.province) ?? 0) + r.n);
  return {
    province: [...provinces].map(([key, count]) => ({ key, count })).sort(byCount),
    country,
    industry,
    companySize,
    interest,
  };
}

export async function uniqueOnDay(db: Queryable, eventId: string, day: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(FIGURE_QUERIES.uniqueOnDay, [eventId, day]);
  return rows[0]?.n ?? 0;
}

export async function uniqueByDay(db: Queryable, eventId: string): Promise<Array<{ day: string; uniqueVisitors: number }>> {
  const { rows } = await db.query<{ day: string; n: number }>(FIGURE_QUERIES.byDay, [eventId]);
  return rows.map((r) => ({ day: r.day, uniqueVisitors: r.n }));
}

/** Scans per local hour of one show day, every hour with a scan. */
export async function hourly(db: Queryable, eventId: string, day: string): Promise<Array<{ hour: string; admitted: number; flagged: number }>> {
  const { rows } = await db.query<{ hour: string; admitted: number; flagged: number }>(FIGURE_QUERIES.hourly, [eventId, day]);
  return rows;
}
