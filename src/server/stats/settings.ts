/** What the organizer sets for figures and the report: the show's time zone, report details, exhibitors' countries. */
import { DEFAULT_TIME_ZONE, isTimeZoneName } from '../../core/stats/rules';
import { EMPTY_REPORT_DETAILS, reportDetailsSchema, type ReportDetails } from '../../core/stats/report';
import type { Db, Queryable } from '../db/types';
import { getEventDoc, putEventDoc } from '../events/eventDocs';
import { relationExists } from '../visitors/integrations';

export async function eventTimeZone(db: Queryable, eventId: string): Promise<string> {
  const { rows } = await db.query<{ time_zone: string }>('SELECT time_zone FROM events WHERE id = $1', [eventId]);
  return rows[0]?.time_zone ?? DEFAULT_TIME_ZONE;
}

/** A new time zone moves show days: the attendance summaries are rebuilt from the check-ins in the same transaction. */
export async function setEventTimeZone(db: Db, eventId: string, timeZone: string): Promise<void> {
  if (!isTimeZoneName(timeZone)) throw new Error(`unknown time zone ${timeZone}`);
  await db.transaction(async (tx) => {
    const { rowCount } = await tx.query('UPDATE events SET time_zone = $2 WHERE id = $1 AND time_zone <> $2', [eventId, timeZone]);
    if (rowCount) await tx.query('SELECT sf_rebuild_attendance($1)', [eventId]);
  });
}

/** Report details are kept as an event document no device receives (no roles). */
export async function reportDetails(db: Queryable, eventId: string): Promise<ReportDetails> {
  const parsed = reportDetailsSchema.safeParse(await getEventDoc(db, eventId, 'report_details'));
  return parsed.success ? parsed.data : EMPTY_REPORT_DETAILS;
}

export async function saveReportDetails(db: Queryable, eventId: string, details: ReportDetails): Promise<ReportDetails> {
  await putEventDoc(db, eventId, 'report_details', details, []);
  return details;
}

export interface ExhibitorProfile {
  id: string;
  name: string;
  country: string;
  productCategories: string[];
}

export async function exhibitorProfiles(db: Queryable, eventId: string): Promise<ExhibitorProfile[]> {
  const { rows } = await db.query<{ id: string; name: string; country: string; product_categories: string[] }>(
    'SELECT id, name, country, product_categories FROM exhibitors WHERE event_id = $1 ORDER BY name, id',
    [eventId],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, country: r.country, productCategories: r.product_categories }));
}

/** Changed product categories change the interests inferred for everyone scanned at the booth: they are classified again. */
export async function updateExhibitorProfile(db: Queryable, eventId: string, id: string, patch: { country: string; productCategories: string[] }): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE exhibitors SET country = $3, product_categories = $4::text[] WHERE event_id = $1 AND id = $2', [
    eventId,
    id,
    patch.country,
    patch.productCategories,
  ]);
  if (rowCount && (await relationExists(db, 'booth_scans'))) {
    await db.query('UPDATE visitor_profiles SET stale = true WHERE event_id = $1 AND attendee_id IN (SELECT attendee_id FROM booth_scans WHERE exhibitor_id = $2)', [eventId, id]);
  }
  return rowCount > 0;
}

/** Exhibitors by home country, from the exhibitor list: mainland China is domestic (Hong Kong, Macao, Taiwan are not). */
export async function exhibitorCounts(db: Queryable, eventId: string): Promise<{ domestic: number; international: number; unknown: number }> {
  const { rows } = await db.query<{ domestic: number; international: number; unknown: number }>(
    `SELECT count(*) FILTER (WHERE country = 'CN')::int AS domestic, count(*) FILTER (WHERE country NOT IN ('CN', ''))::int AS international,
            count(*) FILTER (WHERE country = '')::int AS unknown
       FROM exhibitors WHERE event_id = $1`,
    [eventId],
  );
  return rows[0] ?? { domestic: 0, international: 0, unknown: 0 };
}
