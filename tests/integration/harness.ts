/**
 * Runs a suite against both databases the product supports: embedded PGlite and a real
 * PostgreSQL. Each call gets a fresh, migrated database and a server app built on it.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp, type AppOptions } from '../../src/server/app';
import { loadConfig, type ServerConfig } from '../../src/server/config';
import { migrate } from '../../src/server/db/migrate';
import { openPglite } from '../../src/server/db/pglite';
import { openPostgres } from '../../src/server/db/postgres';
import type { Db } from '../../src/server/db/types';
import { ensureEvent } from '../../src/server/events/events';
import type { EventConfig } from '../../src/core/schema/config';
import { readPgliteTemplate } from '../support/pgliteTemplate';
import { createDatabase } from '../support/postgres';

export const DATABASES = ['pglite', 'postgres'] as const;
export type DatabaseKind = (typeof DATABASES)[number];

export interface TestServer {
  db: Db;
  app: FastifyInstance;
  config: ServerConfig;
  event: EventConfig;
  close(): Promise<void>;
}

export async function openTestDb(kind: DatabaseKind): Promise<Db> {
  const db =
    kind === 'pglite'
      ? await openPglite(undefined, { loadDataDir: readPgliteTemplate(inject('pgliteTemplate')) })
      : openPostgres(await createDatabase(inject('pgUrl'), `t_${randomBytes(6).toString('hex')}`));
  await migrate(db);
  return db;
}

export interface TestServerOptions {
  /** Environment for loadConfig (TRUST_PROXY…). */
  env?: Record<string, string>;
  onRoute?: AppOptions['onRoute'];
}

export async function startTestServer(kind: DatabaseKind, opts: TestServerOptions = {}): Promise<TestServer> {
  const db = await openTestDb(kind);
  const event = await ensureEvent(db);
  const config = { ...loadConfig(opts.env ?? {}), staticDir: '/nonexistent', publicUrl: 'http://showfloor.test' };
  // Every answer is checked against its declared schema: one that drifts from the contract fails the suite.
  const app = await buildApp({ db, config, checkResponses: true, ...(opts.onRoute ? { onRoute: opts.onRoute } : {}) });
  await app.ready();
  return {
    db,
    app,
    config,
    event,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
