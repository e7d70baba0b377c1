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
  /** When staff undid it (its correcting record's capture time), or null: an undone check-in counts nowhere. */
  undoneAt: string | null;
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
    undone_at: Date | null;
  }>(
    `SELECT c.id, c.captured_at, c.received_at, c.device_id, d.name AS device_name, c.attendee_id, c.name, c.company, c.category, c.method, c.flags, c.code, c.code_verbatim, u.captured_at AS undone_at
       FROM checkins c JOIN devices d ON d.id = c.device_id LEFT JOIN checkin_undos u ON u.id = c.undone_by
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
    undoneAt: r.undone_at ? new Date(r.undone_at).toISOString() : null,
  }));
}
