import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writePgliteTemplate } from '../support/pgliteTemplate';
import { startPostgres, type PgCluster } from '../support/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
    /** A dump of a migrated, empty PGlite database (tests/support/pgliteTemplate.ts). */
    pgliteTemplate: string;
  }
}

let cluster: PgCluster | undefined;
let templateDir: string | undefined;

/**
 * One PostgreSQL cluster for the whole integration run; each test file makes its own database in
 * it. Each PGlite database starts from one migrated template.
 */
export async function setup(project: TestProject): Promise<void> {
  templateDir = mkdtempSync(path.join(tmpdir(), 'showfloor-pglite-template-'));
  const template = path.join(templateDir, 'pglite.tar');
  const [started] = await Promise.all([startPostgres({ fsync: false }), writePgliteTemplate(template)]);
  cluster = started;
  project.provide('pgUrl', cluster.url);
  project.provide('pgliteTemplate', template);
}

export function teardown(): void {
  cluster?.stop();
  if (templateDir) rmSync(templateDir, { recursive: true, force: true });
}
