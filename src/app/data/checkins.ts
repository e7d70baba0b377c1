/**
 * Desk check-in: whatever was scanned is recorded. A good badge admits; a re-entry, an unknown
 * code, a forged, revoked or foreign badge is recorded with its flag and shown to staff.
 */
import type { VisitorCategory } from '../../core/categories';
import type { RosterEntry } from '../../core/schema/config';
import type { CheckinFlag } from '../../core/checkins/schema';
import { countReference } from '../../core/stats/count';
import { showDay } from '../../core/stats/rules';
import { db } from '../db/open';
import type { LocalCheckin } from '../db/schema';
import type * as CaptureModuleNs from './checkinCapture';

type CaptureModule = typeof CaptureModuleNs;

export type CheckinMethod = LocalCheckin['method'];
export const MAX_CODE_LENGTH = 4096;

export interface CheckinOutcome {
  checkin: LocalCheckin;
  /** How many times this visitor (or this unknown code) was checked in on this device before. */
  previousVisits: number;
  /** The roster entry when the visitor is pre-registered and the roster has been pulled. */
  attendee: RosterEntry | null;
}

/**
 * Records a scan. The capture itself (badge signatures, the record's schema) is loaded at the
 * desk's first key or touch (preloadCheckIn), or by this first scan, so none of it is built while
 * the desk's first screen is drawn (decisions, 36).
 */
export async function checkIn(rawCode: string, method: CheckinMethod, findShortCode: ShortCodeFinder = noShortCodes): Promise<CheckinOutcome> {
  const { captureCheckin } = await preloadCheckIn();
  return captureCheckin(rawCode, method, findShortCode);
}

/** Who holds a typed short code: the desk's search index knows (the roster keeps no index of them). */
export type ShortCodeFinder = (code: string) => Promise<{ id: string; category: VisitorCategory; name: string; company: string }[]>;
const noShortCodes: ShortCodeFinder = () => Promise.resolve([]);

let capture: Promise<CaptureModule> | undefined;
export function preloadCheckIn(): Promise<CaptureModule> {
  // A failed load (a tablet mid-update) is not remembered: the next scan tries again.
  capture ??= import('./checkinCapture').catch((error: unknown) => {
    capture = undefined;
    throw error;
  });
  return capture;
}

/** The roster entry, or this desk's own walk-in not yet back from the server. */
export async function attendeeById(id: string): Promise<RosterEntry | null> {
  const d = db();
  const fromRoster = await d.roster.get(id);
  if (fromRoster) return fromRoster;
  const v = await d.visitors.get(id);
  if (!v) return null;
  return { id: v.id, name: v.name, company: v.company, title: v.title, category: v.category, mobile: v.mobile, email: v.email, badgeCode: v.badgeCode, pinyin: '', initials: '', shortCode: v.shortCode ?? '' };
}

export type RecentCheckin = LocalCheckin & { undone: boolean; today: boolean };

export async function recentCheckins(limit = 20): Promise<RecentCheckin[]> {
  const d = db();
  const rows = await d.checkins.orderBy('capturedAt').reverse().limit(limit).toArray();
  const undone = new Set((await d.checkinUndos.where('checkinId').anyOf(rows.map((r) => r.id)).toArray()).map((u) => u.checkinId));
  const tz = deskTimeZone();
  const today = showDay(new Date().toISOString(), tz);
  return rows.map((r) => ({ ...r, undone: undone.has(r.id), today: showDay(r.capturedAt, tz) === today }));
}

/**
 * The desk keeps no copy of the event's time zone: it stands at the venue, whose clock is its own.
 * (The server counts in the event's zone; a desk set to another zone would split days elsewhere.)
 */
export function deskTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export interface DeskDayFigures {
  /** People admitted today (unique persons, the report's rules: core/stats). */
  people: number;
  /** Every scan recorded today, undone ones left out. */
  scans: number;
  /** Scans that need a second look: unknown, forged, revoked, another event's badge, re-entries. */
  flagged: number;
}

/**
 * Today's figures from this desk's own check-ins, counted by the report's own function: a person
 * scanned three times is one person; a flagged scan admits nobody; an undone check-in counts nowhere.
 */
export async function deskDayFigures(now = new Date()): Promise<DeskDayFigures> {
  const d = db();
  const tz = deskTimeZone();
  const today = showDay(now.toISOString(), tz);
  // A day is at most 26 hours long in any zone: read a little more and keep the day's.
  const since = new Date(now.getTime() - 30 * 3600_000).toISOString();
  const rows = (await d.checkins.where('capturedAt').aboveOrEqual(since).toArray()).filter((c) => showDay(c.capturedAt, tz) === today);
  const undone = new Set((await d.checkinUndos.where('checkinId').anyOf(rows.map((r) => r.id)).toArray()).map((u) => u.checkinId));
  // Only the total of people is shown here, so a check-in without a category counts under any.
  const records = [...new Map(rows.flatMap((c) => (c.attendeeId ? [[c.attendeeId, { id: c.attendeeId, personId: c.attendeeId, category: c.category ?? 'public', country: '', province: '', city: '' }] as const] : []))).values()];
  const checkins = rows.map((c) => ({ attendeeId: c.attendeeId, flags: c.flags, capturedAt: c.capturedAt, receivedAt: c.capturedAt, undone: undone.has(c.id) }));
  const counts = countReference(records, checkins, tz);
  const people = counts.uniqueVisitors + Object.values(counts.nonVisitors).reduce((a, b) => a + b, 0);
  const kept = rows.filter((c) => !undone.has(c.id));
  return { people, scans: kept.length, flagged: kept.filter((c) => c.flags.length > 0).length };
}

/** Whether staff undid this check-in. */
export async function isUndone(checkinId: string): Promise<boolean> {
  return (await db().checkinUndos.where('checkinId').equals(checkinId).count()) > 0;
}

/**
 * Undoes a check-in of this desk made by mistake, the same day: a correcting record of its own,
 * synced like any capture (the server takes the check-in out of its figures); the check-in stays.
 * Its schema comes with the capture module, loaded on first use like a scan's.
 */
export async function undoCheckin(checkinId: string): Promise<void> {
  const { captureUndo } = await preloadCheckIn();
  return captureUndo(checkinId);
}

export function rosterSize(): Promise<number> {
  return db().roster.count();
}

/** The verdict staff see for a check-in, from its flags (worst first). */
export type Verdict = 'admitted' | 'reentry' | 'unknown' | 'forged' | 'revoked' | 'other_event';
export function verdictOf(flags: readonly CheckinFlag[]): Verdict {
  for (const f of ['forged', 'revoked', 'other_event', 'unknown'] as const) if (flags.includes(f)) return f;
  return flags.includes('reentry') ? 'reentry' : 'admitted';
}
