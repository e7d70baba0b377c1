/**
 * What a failed write tells staff: IndexedDB and Dexie errors sorted into the few problems the
 * screens explain in words (storage full, blocked by another tab, unavailable, closed).
 */
import Dexie from 'dexie';

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
