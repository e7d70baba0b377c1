/**
 * The counting rules of rules.ts as one pure function over plain records: the executable
 * definition the server's incremental SQL is checked against, and small enough to read in one
 * sitting. The server never calls it on a whole show (it would load every check-in); tests do.
 */
import { countsAsVisitor, type VisitorCategory } from '../categories';
import { admits, entryInstant, isTradeVisitor, personCategory, personRegion, scopeOf, showDay, type Region, type Scope } from './rules';

export interface CountRecord extends Region {
  id: string;
  category: VisitorCategory;
  /** The person the record belongs to after merging (its own id when never merged). Records come oldest first. */
  personId: string;
}

export interface CountCheckin {
  attendeeId: string | null;
  flags: readonly string[];
  capturedAt: string;
  receivedAt: string;
  /** Undone by staff (a correcting record names it): counts nowhere, as if never scanned. */
  undone?: boolean;
}

export interface ReferenceCounts {
  uniqueVisitors: number;
  visits: number;
  tradeVisitors: number;
  publicVisitors: number;
  byScope: Partial<Record<Scope, number>>;
  /** People admitted who are not visitors, by their category. */
  nonVisitors: Partial<Record<VisitorCategory, number>>;
  /** Unique visitors per show day. */
  byDay: Record<string, number>;
  admittedEntries: number;
  flaggedScans: number;
}

export function countReference(records: readonly CountRecord[], checkins: readonly CountCheckin[], timeZone: string): ReferenceCounts {
  const byId = new Map(records.map((r) => [r.id, r]));
  const categories = new Map<string, VisitorCategory[]>();
  const recordsOf = new Map<string, CountRecord[]>();
  const ordered = [...records.filter((r) => r.id === r.personId), ...records.filter((r) => r.id !== r.personId)];
  for (const r of ordered) {
    categories.set(r.personId, [...(categories.get(r.personId) ?? []), r.category]);
    recordsOf.set(r.personId, [...(recordsOf.get(r.personId) ?? []), r]);
  }
  const daysOf = new Map<string, Set<string>>();
  let admittedEntries = 0;
  let flaggedScans = 0;
  for (const c of checkins) {
    if (c.undone) continue;
    const record = c.attendeeId ? byId.get(c.attendeeId) : undefined;
    if (!admits(c)) {
      flaggedScans++;
      continue;
    }
    admittedEntries++;
    // A valid badge whose record has not reached the server yet admits someone we cannot count yet.
    if (!record) continue;
    const day = showDay(entryInstant(c.capturedAt, c.receivedAt), timeZone);
    daysOf.set(record.personId, (daysOf.get(record.personId) ?? new Set()).add(day));
  }
  const counts: ReferenceCounts = { uniqueVisitors: 0, visits: 0, tradeVisitors: 0, publicVisitors: 0, byScope: {}, nonVisitors: {}, byDay: {}, admittedEntries, flaggedScans };
  for (const [personId, days] of daysOf) {
    const category = personCategory(categories.get(personId) ?? []);
    if (!category) continue;
    if (!countsAsVisitor(category)) {
      counts.nonVisitors[category] = (counts.nonVisitors[category] ?? 0) + 1;
      continue;
    }
    counts.uniqueVisitors++;
    counts.visits += days.size;
    if (isTradeVisitor(category)) counts.tradeVisitors++;
    else counts.publicVisitors++;
    const region = personRegion(recordsOf.get(personId) ?? []);
    const scope: Scope = region ? scopeOf(region.country, region.province) : 'unknown';
    counts.byScope[scope] = (counts.byScope[scope] ?? 0) + 1;
    for (const day of days) counts.byDay[day] = (counts.byDay[day] ?? 0) + 1;
  }
  return counts;
}
