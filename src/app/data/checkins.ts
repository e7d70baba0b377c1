/**
 * Desk check-in: whatever was scanned is recorded. A good badge admits; a re-entry, an unknown
 * code, a forged, revoked or foreign badge is recorded with its flag and shown to staff.
 */
import { decodeBadge, hasBadgeShape, verifyBadge } from '../../core/badge/codec';
import type { VisitorCategory } from '../../core/categories';
import { newId } from '../../core/ids';
import type { RosterEntry } from '../../core/schema/config';
import { checkinSchema, type CheckinFlag } from '../../core/schema/records';
import { db } from '../db/open';
import type { LocalCheckin } from '../db/schema';
import { requestSync } from '../sync/wake';
import { loadKeyring } from './keyring';
import { captureRecord } from './outbox';
import { requireDevice } from './device';

export type CheckinMethod = LocalCheckin['method'];
export const MAX_CODE_LENGTH = 4096;

export interface CheckinOutcome {
  checkin: LocalCheckin;
  /** How many times this visitor (or this unknown code) was checked in on this device before. */
  previousVisits: number;
  /** The roster entry when the visitor is pre-registered and the roster has been pulled. */
  attendee: RosterEntry | null;
}

interface Identified {
  attendeeId: string | null;
  category: VisitorCategory | null;
  name: string | null;
  company: string | null;
  flags: CheckinFlag[];
  attendee: RosterEntry | null;
}

export async function checkIn(rawCode: string, method: CheckinMethod): Promise<CheckinOutcome> {
  const d = db();
  const device = await requireDevice('desk');
  const code = rawCode.trim().slice(0, MAX_CODE_LENGTH);
  if (!code) throw new Error('empty code');

  // Who it is comes from server-owned data (roster, keys) and is read first: the write transaction
  // holds only the check-ins and the outbox, so a roster page or a sync being written never delays it.
  const who = await identify(code);
  const outcome = await d.transaction('rw', [d.checkins, d.outbox], async () => {
    const previous = who.attendeeId
      ? await d.checkins.where('attendeeId').equals(who.attendeeId).count()
      : await d.checkins.where('code').equals(code).count();
    const flags: CheckinFlag[] = [...who.flags];
    if (previous > 0) flags.unshift('reentry');
    const capturedAt = new Date().toISOString();
    const checkin = await captureRecord('checkin.create', checkinSchema, 'checkins', {
      id: newId(),
      eventId: device.eventId,
      deviceId: device.deviceId,
      capturedAt,
      code,
      method,
      attendeeId: who.attendeeId,
      category: who.category,
      name: who.name,
      company: who.company,
      flags,
    });
    return { checkin, previousVisits: previous, attendee: who.attendee };
  });
  requestSync();
  return outcome;
}

/** The roster entry, or this desk's own walk-in not yet back from the server. */
export async function attendeeById(id: string): Promise<RosterEntry | null> {
  const d = db();
  const fromRoster = await d.roster.get(id);
  if (fromRoster) return fromRoster;
  const v = await d.visitors.get(id);
  if (!v) return null;
  return { id: v.id, name: v.name, company: v.company, title: v.title, category: v.category, mobile: v.mobile, email: v.email, badgeCode: v.badgeCode, pinyin: '', initials: '' };
}

/** Works out who a code belongs to, offline: signed badge first, then the roster's own codes. */
async function identify(code: string): Promise<Identified> {
  const d = db();
  const { keyring } = await loadKeyring(d);
  const none = { attendeeId: null, category: null, name: null, company: null, attendee: null };
  if (keyring) {
    const verdict = verifyBadge(code, keyring);
    if (verdict.status !== 'unreadable') {
      const p = verdict.payload;
      const trusted = verdict.status === 'valid' || verdict.status === 'revoked';
      const attendee = trusted ? await attendeeById(p.attendeeId) : null;
      return {
        // A forged or foreign badge names someone we cannot vouch for: shown, but not counted as them.
        attendeeId: trusted ? p.attendeeId : null,
        category: attendee?.category ?? p.category,
        name: attendee?.name ?? p.name,
        company: attendee?.company ?? p.company,
        attendee,
        flags: verdict.status === 'valid' ? [] : [verdict.status],
      };
    }
  }
  // Codes from an external registration system, imported with the roster; and, before the
  // event's keys have arrived, one of our badges the roster holds exactly as scanned.
  const decoded = hasBadgeShape(code) ? decodeBadge(code) : null;
  const attendee = decoded?.ok
    ? await d.roster.get(decoded.payload.attendeeId).then((r) => (r?.badgeCode === code ? r : undefined))
    : await d.roster.where('externalCode').equals(code).first();
  if (attendee) return { attendeeId: attendee.id, category: attendee.category, name: attendee.name, company: attendee.company, attendee, flags: [] };
  return { ...none, flags: ['unknown'] };
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
