/**
 * A migrated, empty PGlite database made once per test run. A new PGlite runs initdb, about 4 s
 * of CPU each time; the suites open one per file and database kind, so they start from a copy of
 * this one instead (1 s). It is made by the product's own migrations, so it is the database a
 * first start would make.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { migrate } from '../../src/server/db/migrate';
import { pgliteDb } from '../../src/server/db/pglite';

/** Writes the dump of a freshly migrated in-memory database to `file`. */
export async function writePgliteTemplate(file: string): Promise<void> {
  const pg = new PGlite();
  await pg.waitReady;
  await migrate(pgliteDb(pg));
  const dump = await pg.dumpDataDir('none');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await pg.close();
}

export function readPgliteTemplate(file: string): Blob {
  return new Blob([readFileSync(file)]);
}
