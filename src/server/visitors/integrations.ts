/**
 * Where figures come from tables other features own. Lead capture (booth leads) was being built
 * beside this work; rather than guess its tables, the figures read two views with a fixed shape,
 * which the leads migration creates over its own tables:
 *
 *   booth_scans (event_id uuid, attendee_id uuid, exhibitor_id uuid)
 *     every scan of a visitor's badge at a booth (a visitor may appear many times);
 *   lead_intent (event_id uuid, exhibitor_id uuid, attendee_id uuid NULL, intent text)
 *     one row per lead, intent 'hot' | 'warm' | 'cold' (anything else is counted as unrated).
 *
 * While a view is missing, interest inference from booth visits is off and the dashboard and the
 * report say that lead figures are not available (null), never zero.
 */
import type { BoothScan } from '../../core/classify/interests';
import type { Queryable } from '../db/types';

export async function relationExists(db: Queryable, name: string): Promise<boolean> {
  const { rows } = await db.query<{ ok: boolean }>('SELECT to_regclass($1) IS NOT NULL AS ok', [name]);
  return rows[0]?.ok ?? false;
}

/** Booth scans of the given records, as classification reads them (the exhibitor and its product categories). */
export async function boothScans(db: Queryable, eventId: string, attendeeIds: readonly string[]): Promise<Map<string, BoothScan[]>> {
  const scans = new Map<string, BoothScan[]>();
  if (!attendeeIds.length || !(await relationExists(db, 'booth_scans'))) return scans;
  const { rows } = await db.query<{ attendee_id: string; exhibitor_id: string; categories: string[] }>(
    `SELECT DISTINCT s.attendee_id, s.exhibitor_id, x.product_categories AS categories
       FROM booth_scans s JOIN exhibitors x ON x.id = s.exhibitor_id
      WHERE s.event_id = $1 AND s.attendee_id = ANY($2::uuid[])`,
    [eventId, attendeeIds],
  );
  for (const r of rows) scans.set(r.attendee_id, [...(scans.get(r.attendee_id) ?? []), { exhibitorId: r.exhibitor_id, categories: r.categories }]);
  return scans;
}

export interface LeadFigures {
  total: number;
  intent: { hot: number; warm: number; cold: number; unrated: number };
  perExhibitor: Array<{ exhibitorId: string; name: string; leads: number; hot: number }>;
}

/** Leads per exhibitor and by intent, or null while lead capture has not provided its view. */
export async function leadFigures(db: Queryable, eventId: string): Promise<LeadFigures | null> {
  if (!(await relationExists(db, 'lead_intent'))) return null;
  const { rows } = await db.query<{ exhibitor_id: string; name: string | null; leads: number; hot: number; warm: number; cold: number }>(
    `SELECT l.exhibitor_id, x.name, count(*)::int AS leads,
            count(*) FILTER (WHERE l.intent = 'hot')::int AS hot, count(*) FILTER (WHERE l.intent = 'warm')::int AS warm,
            count(*) FILTER (WHERE l.intent = 'cold')::int AS cold
       FROM lead_intent l LEFT JOIN exhibitors x ON x.id = l.exhibitor_id
      WHERE l.event_id = $1 GROUP BY l.exhibitor_id, x.name ORDER BY leads DESC, x.name`,
    [eventId],
  );
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const total = sum((r) => r.leads);
  const hot = sum((r) => r.hot);
  const warm = sum((r) => r.warm);
  const cold = sum((r) => r.cold);
  return {
    total,
    intent: { hot, warm, cold, unrated: total - hot - warm - cold },
    perExhibitor: rows.map((r) => ({ exhibitorId: r.exhibitor_id, name: r.name ?? r.exhibitor_id, leads: r.leads, hot: r.hot })),
  };
}
