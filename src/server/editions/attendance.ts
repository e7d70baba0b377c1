/**
 * Attendance of a past edition from its registration file. The days a row states replace the days
 * the file stated before for that visitor (re-import updates); a row that does not state it keeps
 * them. They count through attendee_days like check-ins (migration 010, sf_apply_imported_attendance),
 * so the report, the dashboard and retention read them with the same rules.
 */
import type { Queryable } from '../db/types';

const CHUNK = 5_000;

/** Stores the stated attendance of the records with these import keys, in the caller's transaction. */
export async function storeAttendance(tx: Queryable, eventId: string, byImportKey: ReadonlyMap<string, readonly string[]>): Promise<number> {
  const entries = [...byImportKey];
  let stored = 0;
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK).map(([key, days]) => ({ key, days }));
    const { rows } = await tx.query<{ id: string; days: string[] }>(
      `SELECT a.id, x.days FROM jsonb_to_recordset($2::jsonb) AS x(key text, days text[]) JOIN attendees a ON a.event_id = $1 AND a.import_key = x.key`,
      [eventId, JSON.stringify(chunk)],
    );
    const ids = rows.map((r) => r.id);
    await tx.query('DELETE FROM attendance_imports WHERE attendee_id = ANY($1::uuid[])', [ids]);
    await tx.query(
      `INSERT INTO attendance_imports (attendee_id, day, event_id) SELECT x.id, d::date, $1 FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, days text[]), unnest(x.days) AS d`,
      [eventId, JSON.stringify(rows)],
    );
    if (rows.length) await tx.query('SELECT sf_apply_imported_attendance($1::uuid[])', [rows.map((r) => r.id)]);
    stored += rows.length;
  }
  return stored;
}
