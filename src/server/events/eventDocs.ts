/** Server-owned documents devices pull with their config (the visitor form, taxonomies, surveys…). */
import type { Role } from '../../core/schema/common';
import type { Queryable } from '../db/types';

export async function getEventDoc<T>(db: Queryable, eventId: string, kind: string, key = 'default'): Promise<T | null> {
  const { rows } = await db.query<{ data: T }>('SELECT data FROM event_docs WHERE event_id = $1 AND kind = $2 AND key = $3', [eventId, kind, key]);
  return rows[0]?.data ?? null;
}

export async function putEventDoc(db: Queryable, eventId: string, kind: string, data: unknown, roles: readonly Role[], key = 'default'): Promise<void> {
  await db.query(
    `INSERT INTO event_docs (event_id, kind, key, roles, data) VALUES ($1, $2, $3, $4::text[], $5::jsonb)
     ON CONFLICT (event_id, kind, key) DO UPDATE SET roles = EXCLUDED.roles, data = EXCLUDED.data, updated_at = now()`,
    [eventId, kind, key, roles, JSON.stringify(data)],
  );
}
