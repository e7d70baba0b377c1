/** The edition this device is paired to, as the server last sent it (pulled with the config). */
import type { EventConfig } from '../../core/schema/config';
import { db } from '../db/open';

export async function loadEventConfig(): Promise<EventConfig | null> {
  const row = await db().config.where('kind').equals('event').first();
  return (row?.data as EventConfig | undefined) ?? null;
}
