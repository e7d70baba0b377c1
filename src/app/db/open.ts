/**
 * The one open database of this tab. Opening can fail in ways staff must hear about in words
 * (storage full, another tab holding an old version, the browser refusing storage); the error is
 * kept and shown instead of the app silently losing captures.
 */
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
