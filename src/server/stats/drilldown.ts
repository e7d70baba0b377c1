/**
 * The records behind a figure, a page at a time. Each figure on the dashboard and in the report
 * links here with the filter that defines it, and the total of the drill-down is the figure: both
 * are read with the same conditions from the same tables.
 */
import type { VisitorFilter } from '../../core/stats/filters';
import type { ScanRow, VisitRow } from '../../core/stats/schema';
import type { Queryable } from '../db/types';
import { personConditions } from '../visitors/where';

interface Page<T> {
  total: number;
  rows: T[];
  next: string | null;
}

/** Visits (person × show day) of counted visitors the filter selects; `after` is "personId|day". */
export async function listVisits(db: Queryable, eventId: string, filter: VisitorFilter, page: { after?: string | null; limit: number }): Promise<Page<VisitRow>> {
  const params: unknown[] = [eventId];
  const { day, ...personFilter } = filter;
  const onPersons = personConditions(personFilter, params);
  const where = ['d.event_id = $1', 'd.is_visitor', ...onPersons];
  if (day) {
    params.push(day);
    where.push(`d.day = $${params.length}::date`);
  }
  // Counting needs persons only when the filter asks about them (person_days carries is_visitor);
  // the rows join the person's primary record for the name, and a LEFT JOIN so they are never fewer than the count.
  const counted = onPersons.length ? 'FROM person_days d JOIN persons p ON p.id = d.person_id' : 'FROM person_days d';
  const from = 'FROM person_days d JOIN persons p ON p.id = d.person_id LEFT JOIN attendees a ON a.id = p.id';
  const { rows: total } = await db.query<{ n: number }>(`SELECT count(*)::int AS n ${counted} WHERE ${where.join(' AND ')}`, [...params]);
  if (page.after) {
    const [person, afterDay] = page.after.split('|');
    params.push(person, afterDay);
    where.push(`(d.person_id, d.day) > ($${params.length - 1}::uuid, $${params.length}::date)`);
  }
  params.push(page.limit + 1);
  const { rows } = await db.query<{ person_id: string; name: string | null; company: string | null; category: string; day: string }>(
    `SELECT d.person_id, a.name, a.company, p.category, to_char(d.day, 'YYYY-MM-DD') AS day ${from}
      WHERE ${where.join(' AND ')} ORDER BY d.person_id, d.day LIMIT $${params.length}`,
    params,
  );
  const shown = rows.slice(0, page.limit).map((r) => ({ personId: r.person_id, name: r.name ?? '', company: r.company ?? '', category: r.category, day: r.day }));
  const last = shown.at(-1);
  return { total: total[0]?.n ?? 0, rows: shown, next: rows.length > page.limit && last ? `${last.personId}|${last.day}` : null };
}

/** Scans of one local hour ("YYYY-MM-DDTHH" in the event's time zone), admitted or flagged; `after` is the last check-in id. */
export async function listScans(db: Queryable, eventId: string, hour: string, admitted: boolean, page: { after?: string | null; limit: number }): Promise<Page<ScanRow>> {
  // The hour's scans are found first by the index on the entry instant (an hour of slack either
  // side of the local hour covers DST changes), then counted and paged. Left to itself the planner
  // read the whole show in id order to fill a page (1.5 s at 2 million check-ins); the
  // materialized CTE keeps it to the hour's rows.
  const hourScans = `WITH tz AS (SELECT time_zone FROM events WHERE id = $1),
    hour_scans AS MATERIALIZED (
      SELECT c.id, c.device_id, c.attendee_id, c.name, c.company, c.category, c.flags, LEAST(c.captured_at, c.received_at) AS at
        FROM tz, checkins c
       WHERE c.event_id = $1
         AND LEAST(c.captured_at, c.received_at) >= ($2::timestamp AT TIME ZONE tz.time_zone) - interval '1 hour'
         AND LEAST(c.captured_at, c.received_at) < ($2::timestamp AT TIME ZONE tz.time_zone) + interval '2 hours'
         AND date_trunc('hour', LEAST(c.captured_at, c.received_at) AT TIME ZONE tz.time_zone) = $2::timestamp
         AND c.undone_by IS NULL
         AND sf_admits(c.attendee_id, c.flags) = $3)`;
  const params: unknown[] = [eventId, `${hour.replace('T', ' ')}:00:00`, admitted];
  const { rows: total } = await db.query<{ n: number }>(`${hourScans} SELECT count(*)::int AS n FROM hour_scans`, params);
  // The device's name for the rows; a LEFT JOIN, so the rows are exactly the ones counted.
  const { rows } = await db.query<{ id: string; at: Date; device: string | null; attendee_id: string | null; name: string | null; company: string | null; category: string | null; flags: string[] }>(
    `${hourScans} SELECT c.id, c.at, dv.name AS device, c.attendee_id, c.name, c.company, c.category, c.flags
       FROM hour_scans c LEFT JOIN devices dv ON dv.id = c.device_id
      WHERE ($4::uuid IS NULL OR c.id > $4::uuid) ORDER BY c.id LIMIT $5`,
    [...params, page.after ?? null, page.limit + 1],
  );
  const shown = rows.slice(0, page.limit).map((r) => ({
    id: r.id,
    at: new Date(r.at).toISOString(),
    device: r.device ?? '',
    attendeeId: r.attendee_id,
    name: r.name,
    company: r.company,
    category: r.category,
    flags: r.flags,
  }));
  return { total: total[0]?.n ?? 0, rows: shown, next: rows.length > page.limit ? (shown.at(-1)?.id ?? null) : null };
}
