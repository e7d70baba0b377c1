/**
 * Desk check-in: whatever was scanned is recorded. A good badge admits; a re-entry, an unknown
 * code, a forged, revoked or foreign badge is recorded with its flag and shown to staff.
 */
import type { VisitorCategory } from '../../core/categories';
import type { RosterEntry } from '../../core/schema/config';
import type { CheckinFlag } from '../../core/checkins/schema';
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

export function recentCheckins(limit = 20): Promise<LocalCheckin[]> {
  return db().checkins.orderBy('capturedAt').reverse().limit(limit).toArray();
}

export function countCheckinsSince(sinceIso: string): Promise<number> {
  return db().checkins.where('capturedAt').aboveOrEqual(sinceIso).count();
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
