/**
 * Retention figures of an edition against the previous edition of its show, on both sides, read
 * from participations (migration 010) under the rules of core/customers/retention.ts; the list
 * behind every number, paged; the trend over all editions; returning versus new visitors so far.
 */
import { ratePct, retentionRates, type RetentionCounts, type RetentionGroup, type RetentionRates } from '../../core/customers/retention';
import type { Edition } from '../../core/editions/schema';
import type { Db, Queryable } from '../db/types';
import { editionsUpTo, requireEdition } from '../editions/editions';
import { linkPending } from './link';

export const SIDES = ['visitors', 'exhibitors'] as const;
export type Side = (typeof SIDES)[number];
const ROLE: Record<Side, string> = { visitors: 'visitor', exhibitors: 'exhibitor' };

export type SideFigures = RetentionCounts & RetentionRates;

export interface RetentionFigures {
  event: string;
  previous: string | null;
  /** The edition before the previous one (win-back's "lost at the edition before"). */
  beforePrevious: string | null;
  visitors: SideFigures;
  exhibitors: SideFigures & { renewalRatePct: number | null };
  /** Contacts who took part as press or staff: counted apart, never visitor customers. */
  countedApart: { press: number; staff: number; previousPress: number; previousStaff: number };
}

/** The editions retention compares: this one, the previous, the one before, and all before the previous. */
export interface EditionWindow {
  current: Edition;
  previous: Edition | null;
  beforePrevious: Edition | null;
  earlier: string[];
}

export async function editionWindow(db: Queryable, eventId: string): Promise<EditionWindow> {
  const current = await requireEdition(db, eventId);
  const list = await editionsUpTo(db, current.id);
  const before = list.filter((e) => e.edition < current.edition);
  return {
    current,
    previous: before.at(-1) ?? null,
    beforePrevious: before.at(-2) ?? null,
    earlier: before.slice(0, -1).map((e) => e.id),
  };
}

const NONE = '00000000-0000-0000-0000-000000000000';

/**
 * The SQL for one group of customers of the window (parameters: $1 current, $2 previous,
 * $3 before previous, $4 role, $5 earlier editions). Each group is a set of customer ids.
 */
export const GROUP_SQL: Record<RetentionGroup | 'lostBefore', string> = {
  customers: `SELECT customer_id FROM participations WHERE event_id = $1 AND role = $4`,
  previousCustomers: `SELECT customer_id FROM participations WHERE event_id = $2 AND role = $4`,
  returning: `SELECT c.customer_id FROM participations c JOIN participations p ON p.customer_id = c.customer_id AND p.event_id = $2 AND p.role = $4
               WHERE c.event_id = $1 AND c.role = $4`,
  new: `SELECT c.customer_id FROM participations c WHERE c.event_id = $1 AND c.role = $4
          AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.customer_id = c.customer_id AND p.role = $4 AND (p.event_id = $2 OR p.event_id = ANY($5::uuid[])))`,
  reactivated: `SELECT c.customer_id FROM participations c WHERE c.event_id = $1 AND c.role = $4
          AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.customer_id = c.customer_id AND p.event_id = $2 AND p.role = $4)
          AND EXISTS (SELECT 1 FROM participations p WHERE p.customer_id = c.customer_id AND p.role = $4 AND p.event_id = ANY($5::uuid[]))`,
  lost: `SELECT p.customer_id FROM participations p WHERE p.event_id = $2 AND p.role = $4
          AND NOT EXISTS (SELECT 1 FROM participations c WHERE c.customer_id = p.customer_id AND c.event_id = $1 AND c.role = $4)`,
  lostBefore: `SELECT b.customer_id FROM participations b WHERE b.event_id = $3 AND b.role = $4
          AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.customer_id = b.customer_id AND p.event_id = $2 AND p.role = $4)`,
};

/** Every window parameter typed once, so a group that leaves one unused still parses. */
export const TYPED = `_window AS (SELECT $1::uuid AS a, $2::uuid AS b, $3::uuid AS c, $4::text AS d, $5::uuid[] AS e)`;

export function windowParams(w: EditionWindow, side: Side): unknown[] {
  return [w.current.id, w.previous?.id ?? NONE, w.beforePrevious?.id ?? NONE, ROLE[side], w.earlier];
}

async function sideFigures(db: Queryable, w: EditionWindow, side: Side): Promise<SideFigures> {
  const count = (group: keyof typeof GROUP_SQL) => `(SELECT count(*) FROM (${GROUP_SQL[group]}) g)::int`;
  const { rows } = await db.query<RetentionCounts>(
    `SELECT ${count('customers')} AS "customers", ${count('previousCustomers')} AS "previousCustomers", ${count('returning')} AS "returning",
            ${count('reactivated')} AS "reactivated", ${count('lost')} AS "lost", ${count('lostBefore')} AS "lostBefore"`,
    windowParams(w, side),
  );
  const r = rows[0] as Omit<RetentionCounts, 'new'>;
  const counts: RetentionCounts = { ...r, new: r.customers - r.returning - r.reactivated };
  return { ...counts, ...retentionRates(counts) };
}

/** Current against previous edition, both sides. Rates are percentages rounded to one decimal. */
export async function retentionFigures(db: Queryable, eventId: string): Promise<RetentionFigures> {
  const w = await editionWindow(db, eventId);
  const [visitors, exhibitors, apart] = await Promise.all([
    sideFigures(db, w, 'visitors'),
    sideFigures(db, w, 'exhibitors'),
    db.query<{ press: number; staff: number; previous_press: number; previous_staff: number }>(
      `SELECT count(*) FILTER (WHERE event_id = $1 AND role = 'press')::int AS press, count(*) FILTER (WHERE event_id = $1 AND role = 'staff')::int AS staff,
              count(*) FILTER (WHERE event_id = $2 AND role = 'press')::int AS previous_press, count(*) FILTER (WHERE event_id = $2 AND role = 'staff')::int AS previous_staff
         FROM participations WHERE event_id IN ($1, $2) AND role IN ('press', 'staff')`,
      [w.current.id, w.previous?.id ?? NONE],
    ),
  ]);
  const a = apart.rows[0];
  return {
    event: w.current.id,
    previous: w.previous?.id ?? null,
    beforePrevious: w.beforePrevious?.id ?? null,
    visitors,
    exhibitors: { ...exhibitors, renewalRatePct: exhibitors.retentionRatePct },
    countedApart: { press: a?.press ?? 0, staff: a?.staff ?? 0, previousPress: a?.previous_press ?? 0, previousStaff: a?.previous_staff ?? 0 },
  };
}

/** What `retention --json` prints: exactly the shape issue 15 gives. */
export function retentionJson(f: RetentionFigures): object {
  const side = (s: SideFigures) => ({
    previousCustomers: s.previousCustomers,
    customers: s.customers,
    returning: s.returning,
    new: s.new,
    reactivated: s.reactivated,
    lost: s.lost,
    churnRatePct: s.churnRatePct,
    retentionRatePct: s.retentionRatePct,
  });
  return { event: f.event, previous: f.previous, visitors: side(f.visitors), exhibitors: { ...side(f.exhibitors), renewalRatePct: f.exhibitors.renewalRatePct } };
}

export interface TrendPoint extends SideFigures {
  eventId: string;
  name: string;
  edition: number;
  startsOn: string | null;
}

/** The figures of every edition of the show up to this one, oldest first, on one side. */
export async function retentionTrend(db: Queryable, eventId: string, side: Side): Promise<TrendPoint[]> {
  const editions = await editionsUpTo(db, eventId);
  const out: TrendPoint[] = [];
  for (const e of editions) {
    const w = await editionWindow(db, e.id);
    out.push({ eventId: e.id, name: e.name, edition: e.edition, startsOn: e.startsOn, ...(await sideFigures(db, w, side)) });
  }
  return out;
}

export interface CustomerListRow {
  id: string;
  kind: 'contact' | 'company';
  name: string;
  company: string;
  creditCode: string;
  mobile: string;
  email: string;
  country: string;
  province: string;
  /** Editions of this show (up to the one asked about) the customer took part in on this side. */
  editions: number;
  firstEdition: number | null;
  lastEdition: number | null;
  /** Days attended (visitors) or floor area and contract amount (exhibitors) in the edition asked about, or the previous one for lost customers. */
  days: number | null;
  floorArea: number | null;
  contractAmount: number | null;
  tier: string | null;
  stage: string | null;
  owner: string;
  erased: boolean;
}

export interface CustomerListPage {
  total: number;
  rows: CustomerListRow[];
  next: string | null;
}

export type ListGroup = RetentionGroup | 'lostBefore';

/** One page of the customers behind a retention number, in id order (keyset: `after` is the last id of the page before). */
export async function retentionList(
  db: Queryable,
  eventId: string,
  side: Side,
  group: ListGroup,
  page: { after?: string | null; limit: number },
): Promise<CustomerListPage> {
  const w = await editionWindow(db, eventId);
  const p = windowParams(w, side);
  const { rows: total } = await db.query<{ n: number }>(`WITH ${TYPED} SELECT count(*)::int AS n FROM (${GROUP_SQL[group]}) g`, p);
  // The edition whose figures the row shows: the previous one for customers who were there and not here.
  const shownEdition = group === 'lost' || group === 'previousCustomers' ? '$2' : group === 'lostBefore' ? '$3' : '$1';
  const { rows } = await db.query<{
    id: string;
    kind: 'contact' | 'company';
    name: string;
    company: string;
    credit_code: string;
    mobile: string;
    email: string;
    country: string;
    province: string;
    editions: number;
    first_edition: number | null;
    last_edition: number | null;
    days: number | null;
    floor_area: string | null;
    contract_amount: string | null;
    tier: string | null;
    stage: string | null;
    owner: string;
    erased: boolean;
  }>(
    `WITH ${TYPED}, g AS (${GROUP_SQL[group]}), page AS (SELECT customer_id FROM g WHERE $6::uuid IS NULL OR customer_id > $6::uuid ORDER BY customer_id LIMIT $7),
     show AS (SELECT e.id, e.edition FROM events e WHERE e.show_id = (SELECT show_id FROM events WHERE id = $1) AND e.edition <= (SELECT edition FROM events WHERE id = $1))
     SELECT c.id, c.kind, c.name, c.company, c.credit_code, c.mobile, c.email, c.country, c.province, c.erased_at IS NOT NULL AS erased,
            h.n AS editions, h.first AS first_edition, h.last AS last_edition,
            shown.days, shown.floor_area::text, shown.contract_amount::text,
            (SELECT t.tier FROM customer_tiers t WHERE t.customer_id = c.id AND t.event_id = ${shownEdition}) AS tier, c.stage, c.owner
       FROM page JOIN customers c ON c.id = page.customer_id
       LEFT JOIN LATERAL (SELECT count(*)::int AS n, min(s.edition) AS first, max(s.edition) AS last
                            FROM participations x JOIN show s ON s.id = x.event_id WHERE x.customer_id = c.id AND x.role = $4) h ON true
       LEFT JOIN participations shown ON shown.customer_id = c.id AND shown.event_id = ${shownEdition}
      ORDER BY c.id`,
    [...p, page.after ?? null, page.limit + 1],
  );
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit).map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    company: r.company,
    creditCode: r.credit_code,
    mobile: r.mobile,
    email: r.email,
    country: r.country,
    province: r.province,
    editions: r.editions,
    firstEdition: r.first_edition,
    lastEdition: r.last_edition,
    days: side === 'visitors' ? r.days : null,
    floorArea: r.floor_area === null ? null : Number(r.floor_area),
    contractAmount: r.contract_amount === null ? null : Number(r.contract_amount),
    tier: r.tier,
    stage: r.stage,
    owner: r.owner,
    erased: r.erased,
  }));
  return { total: total[0]?.n ?? 0, rows: shown, next: more ? (shown.at(-1)?.id ?? null) : null };
}

/** Every row of a list, a chunk at a time (exports). */
export async function* allRetentionRows(db: Queryable, eventId: string, side: Side, group: ListGroup, chunk = 5_000): AsyncGenerator<CustomerListRow[]> {
  let after: string | null = null;
  for (;;) {
    const page: CustomerListPage = await retentionList(db, eventId, side, group, { after, limit: chunk });
    if (page.rows.length) yield page.rows;
    if (!page.next) return;
    after = page.next;
  }
}

export interface ReturningSoFar {
  eventId: string;
  previous: string | null;
  /** Visitor customers so far, of them returning, new and reactivated; returningSharePct of customers. */
  customers: number;
  returning: number;
  new: number;
  reactivated: number;
  returningSharePct: number | null;
}

/**
 * Live during the show: returning against new visitors so far. Walk-ins registered since the last
 * link run are linked first (a few records: milliseconds), so they count at once.
 */
export async function returningSoFar(db: Db, eventId: string): Promise<ReturningSoFar> {
  const { rows: waiting } = await db.query('SELECT 1 FROM customer_link_queue WHERE event_id = $1 AND kind = $2 LIMIT 1', [eventId, 'contact']);
  if (waiting.length) await linkPending(db, { eventId });
  const w = await editionWindow(db, eventId);
  const f = await sideFigures(db, w, 'visitors');
  return {
    eventId,
    previous: w.previous?.id ?? null,
    customers: f.customers,
    returning: f.returning,
    new: f.new,
    reactivated: f.reactivated,
    returningSharePct: ratePct(f.returning, f.customers),
  };
}
