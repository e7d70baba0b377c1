import { generateBadgeKeyPair } from '../../core/badge/keys';
import { newId } from '../../core/ids';
import type { EventConfig } from '../../core/schema/config';
import { nativeSigner } from '../auth/secrets';
import type { Db, Queryable } from '../db/types';

interface EventRow {
  id: string;
  name: string;
  starts_on: string | null;
  ends_on: string | null;
  venue: string;
}

const EVENT_COLUMNS = `id, name, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, venue`;

export function toEventConfig(row: EventRow): EventConfig {
  return { id: row.id, name: row.name, startsOn: row.starts_on, endsOn: row.ends_on, venue: row.venue };
}

/**
 * The console and the CLI work on one event at a time: the current edition of the organizer's
 * show. The first start creates it (edition 1 of a show) with its badge-signing key; the organizer
 * names it in the console and adds later editions with `events add`.
 */
export async function ensureEvent(db: Db): Promise<EventConfig> {
  const existing = await currentEvent(db);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7405521)');
    const again = await currentEvent(tx);
    if (again) return again;
    const id = newId();
    const showId = newId();
    await tx.query(`INSERT INTO shows (id, name) VALUES ($1, $2)`, [showId, 'Showfloor']);
    await tx.query(`INSERT INTO events (id, name, show_id, edition, is_current) VALUES ($1, $2, $3, 1, true)`, [id, 'Showfloor', showId]);
    await createEventKey(tx, id);
    const created = await currentEvent(tx);
    if (!created) throw new Error('event was not created');
    return created;
  });
}

/** The organizer's badge-signing key of a new event. */
export async function createEventKey(tx: Queryable, eventId: string): Promise<void> {
  const key = generateBadgeKeyPair();
  await tx.query(`INSERT INTO badge_keys (kid, event_id, owner, public_key, secret_key) VALUES ($1, $2, 'event', $3, $4)`, [key.kid, eventId, key.publicKey, key.secretKey]);
}

/** The current edition (`events use`, server/editions/editions.ts); the first event made when none is marked. */
export async function currentEvent(db: Queryable): Promise<EventConfig | null> {
  const { rows } = await db.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY is_current DESC, created_at, id LIMIT 1`);
  return rows[0] ? toEventConfig(rows[0]) : null;
}

export async function requireEvent(db: Queryable): Promise<EventConfig> {
  const event = await currentEvent(db);
  if (!event) throw new Error('no event: the server creates one at start-up');
  return event;
}

export async function updateEvent(db: Queryable, id: string, patch: Omit<EventConfig, 'id'>): Promise<EventConfig> {
  const { rows } = await db.query<EventRow>(
    `UPDATE events SET name = $2, starts_on = $3, ends_on = $4, venue = $5 WHERE id = $1 RETURNING ${EVENT_COLUMNS}`,
    [id, patch.name, patch.startsOn, patch.endsOn, patch.venue],
  );
  if (!rows[0]) throw new Error(`no event ${id}`);
  return toEventConfig(rows[0]);
}

export interface EventSigner {
  kid: string;
  sign: (message: Uint8Array) => Uint8Array;
}

export async function eventSigner(db: Queryable, eventId: string): Promise<EventSigner> {
  const { rows } = await db.query<{ kid: string; secret_key: string }>(
    `SELECT kid, secret_key FROM badge_keys WHERE event_id = $1 AND owner = 'event' AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
    [eventId],
  );
  const row = rows[0];
  if (!row) throw new Error('the event has no badge key');
  return { kid: row.kid, sign: nativeSigner(row.secret_key) };
}
