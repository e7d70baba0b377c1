/**
 * Issue 13 item 6 and issue 17 item 7: a large roster import is saved in short steps (decisions,
 * 48), so the server's other requests are answered while it runs, and an import that stops
 * half-way is reported and completed by importing the same file again, with no one twice.
 * (How long requests wait is measured by `npm run bench -- import`, not asserted here.)
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importRosterCommand } from '../../src/server/cli/commands/importRoster';
import { openDatabase } from '../../src/server/database';
import type { Db } from '../../src/server/db/types';
import { openImportRun } from '../../src/server/roster/importRuns';
import { ensureEvent } from '../../src/server/events/events';
import { createDatabase } from '../support/postgres';
import { DATABASES, type DatabaseKind, type TestServer } from './harness';
import { checkinMutation, pairDevice, push, rosterCsv, rosterPeople, serverWithFiles, tempDir, type TempDir } from './support';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
const ROWS = 4_000;

describe.each(DATABASES)('a large roster import on %s', (kind) => {
  let server: TestServer;
  let files: TempDir;
  serverWithFiles(kind, (s, f) => ((server = s), (files = f)));

  it('health and a desk’s push are answered while the rows are being saved, not after', async () => {
    const desk = await pairDevice(server);
    const file = await files.write('roster.csv', rosterCsv(rosterPeople(ROWS)));
    let saved = -1;
    let finished = false;
    const err: string[] = [];
    const run = importRosterCommand
      .run(
        {
          db: server.db,
          config: server.config,
          cwd: files.dir,
          out: () => undefined,
          err: (t) => err.push(t),
          progress: (label, done) => {
            if (label === 'Saving visitors') saved = done;
          },
        },
        [file],
      )
      .finally(() => (finished = true));

    // Requests go out one after another from the moment the first rows are saved; each notes how
    // many rows were saved when its answer came. Behind one long transaction that is all of them.
    const health: number[] = [];
    const pushes: number[] = [];
    while (!finished && saved < ROWS) {
      if (saved < 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const res = await server.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(res.statusCode).toBe(200);
      health.push(saved);
      if (pushes.length < 3) {
        const [result] = await push(server, desk, [checkinMutation(desk)]);
        expect(result?.status).toBe('applied');
        pushes.push(saved);
      }
      // inject() answers without a trip through the event loop; a real client's next request
      // arrives on a socket, after the import's pending setImmediate has run.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await run, err.join('\n')).toBe(0);
    const during = health.filter((n) => n < ROWS);
    expect(during.length, `health answered with ${health.join(', ')} rows saved`).toBeGreaterThanOrEqual(3);
    expect(pushes.filter((n) => n < ROWS).length, `pushes answered with ${pushes.join(', ')} rows saved`).toBeGreaterThanOrEqual(1);
    const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM attendees WHERE event_id = $1', [server.event.id]);
    expect(rows[0]?.n).toBe(ROWS);
    expect(await openImportRun(server.db, server.event.id)).toBeNull();
  });
});

/** The CLI as the operator runs it, in a process of its own (so it can be killed). */
function cli(env: NodeJS.ProcessEnv, args: string[], killWhen?: (stderr: string) => boolean): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/cli/main.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (killWhen?.(err)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

async function counts(db: Db): Promise<{ rows: number; keys: number; stale: number }> {
  const { rows } = await db.query<{ rows: number; keys: number; stale: number }>(
    `SELECT count(*)::int AS rows, count(DISTINCT import_key)::int AS keys,
            (SELECT count(*)::int FROM visitor_profiles WHERE stale) AS stale FROM attendees`,
  );
  return rows[0] as { rows: number; keys: number; stale: number };
}

describe.each(DATABASES)('an import that stops half-way, on %s', (kind: DatabaseKind) => {
  let files: ReturnType<typeof tempDir>;
  let env: { DATA_DIR: string; DATABASE_URL: string };
  beforeAll(async () => {
    files = tempDir();
    const dataDir = path.join(files.dir, 'data');
    mkdirSync(dataDir, { mode: 0o700 });
    env = { DATA_DIR: dataDir, DATABASE_URL: kind === 'postgres' ? await createDatabase(inject('pgUrl'), `t_${randomBytes(6).toString('hex')}`) : '' };
    const db = await openDatabase({ dataDir, databaseUrl: env.DATABASE_URL || undefined });
    await ensureEvent(db);
    await db.close();
  });
  afterAll(() => files?.remove());
  const open = () => openDatabase({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL || undefined });

  it('is reported with what it saved, and importing the same file again completes it with no one twice', async () => {
    const file = await files.write('roster.csv', rosterCsv(rosterPeople(ROWS)));
    // Killed on the spot (as a power cut or a closed terminal would) once a tenth is saved.
    const first = await cli(env, ['import-roster', file], (err) => /Saving visitors: [1-9]\d?%/.test(err));
    expect(first.signal, first.err).toBe('SIGKILL');

    let db = await open();
    const partial = await counts(db);
    const event = await ensureEvent(db);
    const stopped = await openImportRun(db, event.id);
    await db.close();
    expect(partial.rows).toBeGreaterThan(0);
    expect(partial.rows).toBeLessThan(ROWS);
    expect(stopped).toMatchObject({ state: 'stopped', source: file, done: partial.rows, total: ROWS });

    const again = await cli(env, ['import-roster', file]);
    expect(again.code, again.err).toBe(0);
    expect(again.err).toContain(`stopped after saving ${partial.rows.toLocaleString('en')} of ${ROWS.toLocaleString('en')} visitors; import the same file again to complete it`);
    expect(again.out).toContain(`Imported ${ROWS} visitor(s): ${ROWS - partial.rows} new, 0 updated, ${partial.rows} unchanged.`);

    db = await open();
    try {
      expect(await counts(db)).toEqual({ rows: ROWS, keys: ROWS, stale: 0 });
      expect(await openImportRun(db, event.id)).toBeNull();
    } finally {
      await db.close();
    }
  });
});
