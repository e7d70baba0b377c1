import type { TestProject } from 'vitest/node';
import { startPostgres, type PgCluster } from '../support/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

let cluster: PgCluster | undefined;

/** One PostgreSQL cluster for the whole integration run; each test file makes its own database in it. */
export async function setup(project: TestProject): Promise<void> {
  cluster = await startPostgres({ fsync: false });
  project.provide('pgUrl', cluster.url);
}

export function teardown(): void {
  cluster?.stop();
}
