import path from 'node:path';
import type { ServerConfig } from './config';
import { stopRunsOfGoneProcesses } from './roster/importRuns';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import { openPostgres } from './db/postgres';
import { secureDataDir } from './db/privateFiles';
import type { Db } from './db/types';

/**
 * Opens the configured database and brings its schema up to date. The caller holds the data-dir
 * lock for PGlite; the data directory is made owner-only before it opens and once it has (see
 * db/privateFiles.ts). `onTightened` hears how many entries were open to other accounts.
 */
export async function openDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>, onTightened?: (entries: number) => void): Promise<Db> {
  if (!config.databaseUrl) {
    const open = await secureDataDir(config.dataDir);
    if (open) onTightened?.(open);
  }
  const db = config.databaseUrl ? openPostgres(config.databaseUrl) : await openPglite(path.join(config.dataDir, 'pglite'));
  try {
    await migrate(db);
    // PGlite runs no autovacuum: refresh planner statistics at every start.
    if (db.kind === 'pglite') {
      await db.exec('ANALYZE');
      // Whoever had the embedded database before is gone: an import it left unfinished stopped.
      await stopRunsOfGoneProcesses(db);
      // PGlite sets its own files' modes (0666) when it creates them, whatever the umask.
      await secureDataDir(config.dataDir);
    }
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}

export function describeDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): string {
  if (!config.databaseUrl) return `PGlite (embedded) in ${path.join(config.dataDir, 'pglite')}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
