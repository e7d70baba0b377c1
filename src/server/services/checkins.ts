import { headline } from '../stats/figures';
import type { Queryable } from '../db/types';

export interface CheckinExportRow {
  id: string;
  capturedAt: string;
  receivedAt: string;
  deviceId: string;
  deviceName: string;
  attendeeId: string | null;
  name: string | null;
  company: string | null;
  category: string | null;
  method: string;
  flags: string[];
  code: string;
  /** The code as scanned, in escaped form, when it held characters the database cannot store (else null). */
  codeVerbatim: string | null;
}

export async function listCheckins(db: Queryable, eventId: string): Promise<CheckinExportRow[]> {
  const { rows } = await db.query<{
    id: string;
    captured_at: Date;
    received_at: Date;
    device_id: string;
    device_name: string;
    attendee_id: string | null;
    name: string | null;
    company: string | null;
    category: string | null;
    method: string;
    flags: string[];
    code: string;
    code_verbatim: string | null;
  }>(
    `SELECT c.id, c.captured_at, c.received_at, c.device_id, d.name AS device_name, c.attendee_id, c.name, c.company, c.category, c.method, c.flags, c.code, c.code_verbatim
       FROM checkins c JOIN devices d ON d.id = c.device_id
      WHERE c.event_id = $1 ORDER BY c.received_at, c.captured_at, c.id`,
    [eventId],
  );
  return rows.map((r) => ({
    id: r.id,
    capturedAt: new Date(r.captured_at).toISOString(),
    receivedAt: new Date(r.received_at).toISOString(),
    deviceId: r.device_id,
    deviceName: r.device_name,
    attendeeId: r.attendee_id,
    name: r.name,
    company: r.company,
    category: r.category,
    method: r.method,
    flags: r.flags,
    code: r.code,
    codeVerbatim: r.code_verbatim,
  }));
}

export interface CheckinCounts {
  checkins: number;
  flagged: number;
  uniqueAttendees: number;
}

/**
 * The console overview's figures, read from the dashboard's own counters (decisions, 21): the
 * overview and the dashboard always agree, and neither counts 2 million check-ins per refresh.
 * A scan is flagged when it did not admit anyone (forged, unknown, revoked, another event).
 */
export async function checkinCounts(db: Queryable, eventId: string): Promise<CheckinCounts> {
  const h = await headline(db, eventId);
  return { checkins: h.admittedEntries + h.flaggedScans, flagged: h.flaggedScans, uniqueAttendees: h.uniqueVisitors };
}
