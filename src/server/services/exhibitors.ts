import { newId } from '../../core/ids';
import type { Queryable } from '../db/types';

export interface Exhibitor {
  id: string;
  name: string;
}

export async function createExhibitor(db: Queryable, eventId: string, name: string): Promise<Exhibitor> {
  const clean = name.normalize('NFC').trim();
  if (!clean) throw new Error('exhibitor name is required');
  if (clean.length > 200) throw new Error('exhibitor name is longer than 200 characters');
  const id = newId();
  await db.query('INSERT INTO exhibitors (id, event_id, name) VALUES ($1, $2, $3)', [id, eventId, clean]);
  return { id, name: clean };
}

export async function listExhibitors(db: Queryable, eventId: string): Promise<Exhibitor[]> {
  const { rows } = await db.query<Exhibitor>('SELECT id, name FROM exhibitors WHERE event_id = $1 ORDER BY name, id', [eventId]);
  return rows;
}
