/** A scan becomes a check-in: who it is, worked out offline, and the record with its outbox row. */
import { decodeBadge, verifyBadge } from '../../core/badge/codec';
import { hasBadgeShape } from '../../core/badge/shape';
import type { VisitorCategory } from '../../core/categories';
import { newId } from '../../core/ids';
import type { RosterEntry } from '../../core/schema/config';
import { checkinSchema, type CheckinFlag } from '../../core/schema/records';
import { db } from '../db/open';
import { requestSync } from './changes';
import { attendeeById, MAX_CODE_LENGTH, type CheckinMethod, type CheckinOutcome } from './checkins';
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

export async function captureCheckin(rawCode: string, method: CheckinMethod): Promise<CheckinOutcome> {
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
