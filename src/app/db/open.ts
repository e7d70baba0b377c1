/**
 * The one open database of this tab. Opening can fail in ways staff must hear about in words
 * (storage full, another tab holding an old version, the browser refusing storage); the error is
 * kept and shown instead of the app silently losing captures.
 */
import Dexie from 'dexie';
import { ShowfloorDb } from './schema';

let instance: ShowfloorDb | null = null;

export function db(): ShowfloorDb {
  if (!instance) {
    instance = new ShowfloorDb();
    // Another tab wants to upgrade the schema: close so it can, and reload to the new version when idle.
    instance.on('versionchange', () => {
      instance?.close();
      instance = null;
      return false;
    });
  }
  return instance;
}

/** For tests: use a database of another name (fake-indexeddb) or reset. */
export function useDatabase(next: ShowfloorDb | null): void {
  instance = next;
}

export type StorageProblem = 'quota' | 'blocked' | 'unavailable' | 'closed' | 'unknown';

/** Sorts a Dexie/IndexedDB error into what we tell staff. */
export function classifyStorageError(error: unknown): StorageProblem {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded) return 'quota';
  if (name === Dexie.errnames.DatabaseClosed || inner === 'InvalidStateError') return 'closed';
  if (name === Dexie.errnames.Version || name === Dexie.errnames.Upgrade) return 'blocked';
  if (name === Dexie.errnames.MissingAPI || name === Dexie.errnames.InvalidAccess || name === 'SecurityError') return 'unavailable';
  return 'unknown';
}
