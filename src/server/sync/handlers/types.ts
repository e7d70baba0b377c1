/**
 * What a mutation handler is: how one mutation type lands in the organizer database. Handlers insert many rows in one
 * statement (jsonb_to_recordset) because a batch is up to 500 mutations and PGlite pays per statement.
 */
import type { MutationData, MutationKey } from '../../../core/schema/mutations';
import type { Queryable } from '../../db/types';
import type { DeviceIdentity } from '../../devices/devices';

export interface Applicable<K extends MutationKey> {
  mutationId: string;
  data: MutationData<K>;
  /** Escaped originals of text stored with U+FFFD in place of what the database cannot hold, by path. */
  verbatim?: Record<string, string> | null;
}

/** Checks a mutation against the pushing device before anything is written; returns a reason to reject. */
export type Precheck<K extends MutationKey> = (device: DeviceIdentity, data: MutationData<K>) => string | null;

export interface Handler<K extends MutationKey> {
  precheck: Precheck<K>;
  applyMany(tx: Queryable, device: DeviceIdentity, items: ReadonlyArray<Applicable<K>>): Promise<void>;
  /**
   * After applyMany, when anyone of the event was ever erased: strips this batch's records that
   * belong to an erased visitor, and their copies in the mutation log (visitors/lateErasure.ts).
   * Required: a record kind nobody taught to forget would bring erased people back.
   */
  forgetErased(tx: Queryable, device: DeviceIdentity, items: ReadonlyArray<Applicable<K>>): Promise<void>;
}

/** The record was captured for this device's event by this device (or an earlier identity of it). */
export function sameDevice(device: DeviceIdentity, data: { eventId: string; deviceId: string }): string | null {
  if (data.eventId !== device.eventId) return 'record belongs to another event';
  if (data.deviceId !== device.id && !device.lineage.includes(data.deviceId)) return 'record was captured by another device';
  return null;
}

/**
 * Thrown by a handler for a record that passed its schema but cannot be accepted (a badge not
 * signed by the sending device…). The push turns it into `rejected` with this message.
 */
export class RejectMutation extends Error {
  readonly code = 'SF_REJECT';
}

