/** A scan becomes a check-in: who it is, worked out offline, and the record with its outbox row. */
import { decodeBadge, verifyBadge } from '../../core/badge/codec';
import { hasBadgeShape } from '../../core/badge/shape';
import { readShortCode } from '../../core/badge/shortCode';
import type { VisitorCategory } from '../../core/categories';
import { newId } from '../../core/ids';
import type { RosterEntry } from '../../core/schema/config';
import { checkinSchema, checkinUndoSchema, type CheckinFlag } from '../../core/checkins/schema';
import { showDay } from '../../core/stats/rules';
import { db } from '../db/open';
import { requestSync } from './changes';
import { attendeeById, deskTimeZone, MAX_CODE_LENGTH, type CheckinMethod, type CheckinOutcome, type ShortCodeFinder } from './checkins';
import { requireDevice } from './device';
import { loadKeyring } from './keyring';
import { captureRecord } from './outbox';

interface Identified {
  attendeeId: string | null;
  category: VisitorCategory | null;
  name: string | null;
  company: string | null;
  flags: CheckinFlag[];
  attendee: RosterEntry | null;
}

export async function captureCheckin(rawCode: string, method: CheckinMethod, findShortCode: ShortCodeFinder): Promise<CheckinOutcome> {
  const d = db();
  const device = await requireDevice('desk');
  const code = rawCode.trim().slice(0, MAX_CODE_LENGTH);
  if (!code) throw new Error('empty code');

  // Who it is comes from server-owned data (roster, keys) and is read first: the write transaction
  // holds only the check-ins and the outbox, so a roster page or a sync being written never delays it.
  // A badge's short code, typed because the QR would not scan, is recorded in its canonical form.
  const short = readShortCode(code);
  const who = short ? await identifyShortCode(short, findShortCode) : await identify(code);
  const outcome = await d.transaction('rw', [d.checkins, d.checkinUndos, d.outbox], async () => {
    const earlier = who.attendeeId ? await d.checkins.where('attendeeId').equals(who.attendeeId).primaryKeys() : await d.checkins.where('code').equals(code).primaryKeys();
    // A check-in undone by staff never happened: the next scan is a first entry, not a re-entry.
    const undone = earlier.length ? await d.checkinUndos.where('checkinId').anyOf(earlier).count() : 0;
    const previous = earlier.length - undone;
    const flags: CheckinFlag[] = [...who.flags];
    if (previous > 0) flags.unshift('reentry');
    const capturedAt = new Date().toISOString();
    const checkin = await captureRecord('checkin.create', checkinSchema, 'checkins', {
      id: newId(),
      eventId: device.eventId,
      deviceId: device.deviceId,
      capturedAt,
      code: short ?? code,
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

/**
 * A typed short code is a key into the roster (not signed): it names whoever the organizer
 * registered with it, and the badge revocations the desk holds apply as they do to the QR. Two
 * holders (walk-ins drawn offline at two desks, 40 random bits each) are not guessed between: the
 * code is recorded as unknown and staff search by name.
 */
async function identifyShortCode(code: string, findShortCode: ShortCodeFinder): Promise<Identified> {
  const { keyring } = await loadKeyring(db());
  const found = await findShortCode(code);
  const only = found.length === 1 ? found[0] : undefined;
  if (!only) return { attendeeId: null, category: null, name: null, company: null, attendee: null, flags: ['unknown'] };
  const attendee = await attendeeById(only.id);
  return {
    attendeeId: only.id,
    category: only.category,
    name: only.name,
    company: only.company,
    attendee,
    flags: keyring?.revokedAttendees.has(only.id) ? ['revoked'] : [],
  };
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

/** Only this desk's check-ins of today can be undone (data/checkins.ts undoCheckin). */
export class UndoRefusedError extends Error {
  override name = 'UndoRefusedError';
}

/**
 * Undoes a check-in of this desk made by mistake, the same day: a correcting record of its own,
 * synced like any capture (the server takes the check-in out of its figures); the check-in stays.
 */
export async function captureUndo(checkinId: string): Promise<void> {
  const d = db();
  const device = await requireDevice('desk');
  await d.transaction('rw', [d.checkins, d.checkinUndos, d.outbox], async () => {
    const checkin = await d.checkins.get(checkinId);
    const tz = deskTimeZone();
    if (!checkin || showDay(checkin.capturedAt, tz) !== showDay(new Date().toISOString(), tz)) throw new UndoRefusedError('only a check-in of today can be undone');
    if (await d.checkinUndos.where('checkinId').equals(checkinId).count()) return;
    await captureRecord('checkin_undo.create', checkinUndoSchema, 'checkinUndos', {
      id: newId(),
      eventId: device.eventId,
      deviceId: device.deviceId,
      capturedAt: new Date().toISOString(),
      checkinId,
    });
  });
  requestSync();
}
