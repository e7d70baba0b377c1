/**
 * The event's taxonomies: edited in the console, stored as the event document devices pull
 * (kind 'taxonomies'), the defaults until the organizer saves a version of their own.
 */
import { DEFAULT_TAXONOMIES, eventTaxonomiesSchema, type EventTaxonomies } from '../../core/taxonomy/schema';
import type { Db, Queryable } from '../db/types';
import { putEventDoc } from '../events/eventDocs';

const KIND = 'taxonomies';

/**
 * The last parsed version per event, keyed by its sync sequence. Classification builds its place
 * dictionary and keyword matchers once per taxonomy object (~80 ms); parsing the document afresh
 * for every pushed batch would rebuild them every time. Derived data only: a stale entry can never
 * be served because the key is the document's sequence number.
 */
const parsed = new Map<string, { seq: string; taxonomies: EventTaxonomies }>();

export async function loadTaxonomies(db: Queryable, eventId: string): Promise<EventTaxonomies> {
  const { rows } = await db.query<{ seq: string; data: unknown }>(`SELECT seq::text AS seq, data FROM event_docs WHERE event_id = $1 AND kind = $2 AND key = 'default'`, [
    eventId,
    KIND,
  ]);
  const row = rows[0];
  if (!row) return DEFAULT_TAXONOMIES;
  const cached = parsed.get(eventId);
  if (cached?.seq === row.seq) return cached.taxonomies;
  const result = eventTaxonomiesSchema.safeParse(row.data);
  const taxonomies = result.success ? result.data : DEFAULT_TAXONOMIES;
  parsed.set(eventId, { seq: row.seq, taxonomies });
  return taxonomies;
}

export async function isCustomised(db: Queryable, eventId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM event_docs WHERE event_id = $1 AND kind = $2', [eventId, KIND]);
  return rows.length > 0;
}

/**
 * Stores the taxonomies (every device role receives them) and marks every record of the event for
 * classification again: the lists changed, so inferred values may change. Corrections stay.
 */
export async function saveTaxonomies(db: Db, eventId: string, taxonomies: EventTaxonomies): Promise<{ stale: number }> {
  return db.transaction(async (tx) => {
    await putEventDoc(tx, eventId, KIND, taxonomies, ['desk', 'booth', 'kiosk']);
    const { rowCount } = await tx.query('UPDATE visitor_profiles SET stale = true WHERE event_id = $1 AND NOT stale', [eventId]);
    const { rows } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM visitor_profiles WHERE event_id = $1 AND stale', [eventId]);
    return { stale: rows[0]?.n ?? rowCount };
  });
}
