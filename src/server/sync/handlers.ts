/**
 * How each mutation type lands in the organizer database. Handlers insert many rows in one
 * statement (jsonb_to_recordset) because a batch is up to 500 mutations and PGlite pays per statement.
 */
import type { MutationData, MutationKey } from '../../core/schema/mutations';
import type { Queryable } from '../db/types';
import type { DeviceIdentity } from '../services/devices';

export interface Applicable<K extends MutationKey> {
  mutationId: string;
  data: MutationData<K>;
}

/** Checks a mutation against the pushing device before anything is written; returns a reason to reject. */
export type Precheck<K extends MutationKey> = (device: DeviceIdentity, data: MutationData<K>) => string | null;

export interface Handler<K extends MutationKey> {
  precheck: Precheck<K>;
  applyMany(tx: Queryable, device: DeviceIdentity, items: ReadonlyArray<Applicable<K>>): Promise<void>;
}

const sameDevice = (device: DeviceIdentity, data: { eventId: string; deviceId: string }): string | null => {
  if (data.eventId !== device.eventId) return 'record belongs to another event';
  if (data.deviceId !== device.id && !device.lineage.includes(data.deviceId)) return 'record was captured by another device';
  return null;
};

export const HANDLERS: { [K in MutationKey]: Handler<K> } = {
  'checkin.create': {
    precheck: sameDevice,
    async applyMany(tx, device, items) {
      const rows = items.map(({ mutationId, data }) => ({
        id: data.id,
        event_id: device.eventId,
        // The identity that captured it (an earlier one of this tablet after re-pairing).
        device_id: data.deviceId,
        mutation_id: mutationId,
        attendee_id: data.attendeeId,
        code: data.code,
        method: data.method,
        category: data.category,
        name: data.name,
        company: data.company,
        flags: data.flags,
        captured_at: data.capturedAt,
      }));
      // A check-in id already stored under another mutation id is the same capture sent twice:
      // keep the first, never count it again.
      await tx.query(
        `INSERT INTO checkins (id, event_id, device_id, mutation_id, attendee_id, code, method, category, name, company, flags, captured_at)
         SELECT id, event_id, device_id, mutation_id, attendee_id, code, method, category, name, company,
                ARRAY(SELECT jsonb_array_elements_text(flags)), captured_at
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, event_id uuid, device_id uuid, mutation_id uuid, attendee_id uuid, code text,
                method text, category text, name text, company text, flags jsonb, captured_at timestamptz)
         ON CONFLICT (id) DO NOTHING`,
        [JSON.stringify(rows)],
      );
    },
  },
};
