/**
 * The counting rules behind every published figure (issue 6), written once and read by the
 * server's SQL (which must agree with them: tests/integration/stats*.test.ts compares both on the
 * same data), the report and the console. They follow ISO 25639-1:2008 (exhibitions: vocabulary
 * and statistics) and the audit practice of UFI and ABC:
 *
 * - A **visit** is one person admitted on one show day; a **unique visitor** is one person
 *   admitted on at least one day. Re-entries on the same day, scans at other gates and the
 *   person's other records (merged duplicates) add nothing.
 * - Only trade visitors, VIP buyers and the public are visitors. Press, exhibitor staff and
 *   organizer/service staff are admitted and reported, but never counted as visitors.
 * - A flagged scan (forged, unknown, revoked badge, badge of another event) admits nobody.
 *   A re-entry is an admitted entry: it can be the person's first entry of a new day.
 * - A check-in undone by staff (its own correcting record, issue 18) counts nowhere: not as an
 *   entry, not as a scan, flagged or not. It stays stored, marked, for the audit.
 * - The show day of an entry is its calendar date in the event's time zone; the instant is the
 *   device's capture time, but never later than the server received it (a tablet whose clock
 *   runs ahead cannot move entries into tomorrow).
 * - Domestic means mainland China. Hong Kong, Macao and Taiwan are reported on their own, beside
 *   domestic and international, as their ISO 3166-1 codes and GB/T 2260 codes both allow.
 */
import { VISITOR_CATEGORIES, countsAsVisitor, type VisitorCategory } from '../categories';
import type { CheckinFlag } from '../checkins/schema';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Flags that mean nobody was admitted by the scan. `reentry` is not among them. */
export const NON_ADMITTING_FLAGS: readonly CheckinFlag[] = ['forged', 'unknown', 'other_event', 'revoked'];

export function admits(checkin: { attendeeId: string | null; flags: readonly string[] }): boolean {
  return checkin.attendeeId !== null && !checkin.flags.some((f) => (NON_ADMITTING_FLAGS as readonly string[]).includes(f));
}

/**
 * A person with several records (a roster entry and a press walk-in…) is counted under the first
 * of their categories in this order: any badge that is not a visitor's takes them out of the
 * visitor count (an honest count errs on the side of fewer), then buyer before trade before public.
 */
export const CATEGORY_PRECEDENCE: readonly VisitorCategory[] = ['organizer_staff', 'exhibitor_staff', 'press', 'vip_buyer', 'trade', 'public'];

export function personCategory(categories: readonly VisitorCategory[]): VisitorCategory | null {
  let best: VisitorCategory | null = null;
  for (const c of categories) if (best === null || CATEGORY_PRECEDENCE.indexOf(c) < CATEGORY_PRECEDENCE.indexOf(best)) best = c;
  return best;
}

/** Trade visitors (the trade share of the report): trade and VIP buyers, not the public. */
export function isTradeVisitor(category: VisitorCategory): boolean {
  return category === 'trade' || category === 'vip_buyer';
}

export const NON_VISITOR_CATEGORIES: readonly VisitorCategory[] = VISITOR_CATEGORIES.filter((c) => !countsAsVisitor(c));

/** Where a visitor comes from, as the report splits it. */
export const SCOPES = ['mainland', 'hk', 'mo', 'tw', 'international', 'unknown'] as const;
export type Scope = (typeof SCOPES)[number];

const SAR_SCOPES: Readonly<Record<string, Scope>> = { '810000': 'hk', '820000': 'mo', '710000': 'tw', HK: 'hk', MO: 'mo', TW: 'tw' };

/**
 * The scope of a classified region: country ISO 3166-1 alpha-2 (or ''), province GB/T 2260 (or '').
 * "中国" with a Hong Kong address is CN + 810000: Hong Kong, not domestic.
 */
export function scopeOf(country: string, province: string): Scope {
  const sar = SAR_SCOPES[province] ?? SAR_SCOPES[country];
  if (sar) return sar;
  if (country === 'CN') return 'mainland';
  return country ? 'international' : 'unknown';
}

export interface Region {
  country: string;
  province: string;
  city: string;
}

/** How much a record says about where its person is from: a city says more than a province, a province more than a country. */
export function regionSpecificity(r: Region): number {
  return r.city ? 3 : r.province ? 2 : r.country ? 1 : 0;
}

/**
 * A person's region when their records differ: the most specific one (a walk-in's city beats a
 * roster entry's bare country), the primary record's among equals, then the oldest's. Country,
 * province and city always come from one record, so they never contradict each other.
 */
export function personRegion<R extends Region>(recordsPrimaryFirstThenOldest: readonly R[]): R | null {
  let best: R | null = null;
  for (const r of recordsPrimaryFirstThenOldest) if (regionSpecificity(r) > (best ? regionSpecificity(best) : 0)) best = r;
  return best;
}

/** The instant an entry counts at: the capture time, never later than the server received it. */
export function entryInstant(capturedAt: string, receivedAt: string): string {
  return Date.parse(capturedAt) <= Date.parse(receivedAt) ? capturedAt : receivedAt;
}

function parts(iso: string, timeZone: string): Record<string, string> {
  const formatted = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  return Object.fromEntries(formatted.map((p) => [p.type, p.value]));
}

/** The show day (YYYY-MM-DD) of an instant in the event's time zone. */
export function showDay(iso: string, timeZone: string): string {
  const p = parts(iso, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

export function isTimeZoneName(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.length > 0 && tz.length <= 64;
  } catch {
    return false;
  }
}
