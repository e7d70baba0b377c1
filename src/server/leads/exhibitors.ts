import { newId } from '../../core/ids';
import type { BoothProfile, BoothProfileInput } from '../../core/leads/profile';
import type { Queryable } from '../db/types';

export interface Exhibitor {
  id: string;
  name: string;
}

export async function createExhibitor(db: Queryable, eventId: string, name: string, country = ''): Promise<Exhibitor> {
  const clean = name.normalize('NFC').trim();
  if (!clean) throw new Error('exhibitor name is required');
  if (clean.length > 200) throw new Error('exhibitor name is longer than 200 characters');
  const id = newId();
  await db.query('INSERT INTO exhibitors (id, event_id, name, country) VALUES ($1, $2, $3, $4)', [id, eventId, clean, country]);
  return { id, name: clean };
}

export async function listExhibitors(db: Queryable, eventId: string): Promise<Exhibitor[]> {
  const { rows } = await db.query<Exhibitor>('SELECT id, name FROM exhibitors WHERE event_id = $1 ORDER BY name, id', [eventId]);
  return rows;
}

/** The exhibitor's products and own qualification questions; null when it is not of this event. */
export async function getBoothProfile(db: Queryable, eventId: string, exhibitorId: string): Promise<BoothProfile | null> {
  const { rows } = await db.query<{ id: string; name: string; products: BoothProfile['products']; lead_questions: BoothProfile['questions'] }>(
    'SELECT id, name, products, lead_questions FROM exhibitors WHERE id = $1 AND event_id = $2',
    [exhibitorId, eventId],
  );
  const r = rows[0];
  return r ? { exhibitorId: r.id, name: r.name, products: r.products, questions: r.lead_questions } : null;
}

/** Saves them; the exhibitor's booth devices pull the change. Returns false for an unknown exhibitor. */
export async function putBoothProfile(db: Queryable, eventId: string, exhibitorId: string, input: BoothProfileInput): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE exhibitors SET products = $3::jsonb, lead_questions = $4::jsonb WHERE id = $1 AND event_id = $2', [
    exhibitorId,
    eventId,
    JSON.stringify(input.products),
    JSON.stringify(input.questions),
  ]);
  return rowCount > 0;
}
