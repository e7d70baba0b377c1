/**
 * Sync status, stored in the device database so every tab shows the same thing (only one tab
 * runs the engine; the others read this row through live queries).
 */
import { db } from '../db/open';
import type { PullStream } from '../../core/schema/sync';

export interface SyncStatus {
  /** A sync pass is under way (the app must not reload for an update meanwhile). */
  running: boolean;
  /** The last time every queued record was delivered and pulls were current. */
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  /** Why the last attempt failed, as an i18n key plus detail. */
  lastError: { key: string; detail?: string } | null;
  /** The server could not be reached on the last attempt (the network may still claim to be up). */
  unreachable: boolean;
  failures: number;
  nextAttemptAt: string | null;
  /** Progress of a long pull (the roster), for the progress bar. */
  pulling: { stream: PullStream; done: number; total: number } | null;
}

export const EMPTY_STATUS: SyncStatus = {
  running: false,
  lastSuccessAt: null,
  lastAttemptAt: null,
  lastError: null,
  unreachable: false,
  failures: 0,
  nextAttemptAt: null,
  pulling: null,
};

const KEY = 'status';

export async function readStatus(): Promise<SyncStatus> {
  const row = await db().syncState.get(KEY);
  return { ...EMPTY_STATUS, ...((row?.value as Partial<SyncStatus> | undefined) ?? {}) };
}

/** Never throws: a status that cannot be written (storage full) must not stop the sync it describes. */
export async function updateStatus(patch: Partial<SyncStatus>): Promise<void> {
  try {
    await db().transaction('rw', db().syncState, async () => {
      const current = await readStatus();
      await db().syncState.put({ key: KEY, value: { ...current, ...patch } });
    });
  } catch (error) {
    console.warn('sync status not saved', error);
  }
}
