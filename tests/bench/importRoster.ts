/**
 * Roster import at show scale (issue 17, item 7; issue 13, item 6): 200,000 rows, every badge
 * signed, through the CLI of a running server, on PGlite and on PostgreSQL. Meanwhile the bench
 * asks the server's health every 100 ms and reports how long it took to answer. Times are taken as
 * the CLI prints them: the roster is in (desks can pull it) when the summary line arrives; the
 * classification for the figures follows.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';
import { startServer, type E2EServer } from '../e2e/support/server';
import { startPostgres } from '../support/postgres';
import { rosterCsv } from './deskBrowser';
import { percentile, type Report } from './report';

const ROSTER = Number(process.env.IMPORT_BENCH_ROWS ?? 200_000);
const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);

interface Timed {
  importedS: number;
  totalS: number;
  health: number[];
  summary: string;
}

async function timedImport(server: E2EServer, file: string, env: NodeJS.ProcessEnv): Promise<Timed> {
  const health: number[] = [];
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const t0 = performance.now();
      const ok = await fetch(`${server.directUrl}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      );
      // A refused or failed answer counts as never answered within the run.
      health.push(ok ? performance.now() - t0 : Infinity);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const started = performance.now();
  let importedS = NaN;
  let summary = '';
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/cli/main.ts'), 'import-roster', file], { cwd: ROOT, env });
    child.stdout.on('data', (d: Buffer) => {
      if (/Imported/.test(d.toString())) {
        importedS = (performance.now() - started) / 1000;
        summary = d.toString().trim();
      }
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (c) => (c === 0 ? resolve(0) : reject(new Error(`import-roster exited ${c}: ${err.slice(-2000)}\nserver: ${server.log().slice(-3000)}`))));
  });
  const totalS = (performance.now() - started) / 1000;
  probing = false;
  await probe;
  if (code !== 0) throw new Error('import failed');
  return { importedS, totalS, health, summary };
}

function add(report: Report, db: string, t: Timed): void {
  report.add({
    issue: '#17',
    name: `Import a ${ROSTER.toLocaleString('en')}-row roster, every badge signed (CLI through the running server, ${db})`,
    value: `${t.importedS.toFixed(1)} s`,
    target: '≤ 30 s',
    note: `roster in and pullable; classification for the figures done at ${t.totalS.toFixed(1)} s. ${t.summary}`,
  });
  report.add({
    issue: '#13',
    name: `Health answers while that import runs (${db}, every 100 ms)`,
    value: `p50 ${percentile(t.health, 50).toFixed(0)} ms, p95 ${percentile(t.health, 95).toFixed(0)} ms, max ${Math.max(...t.health).toFixed(0)} ms`,
    target: '≤ 100 ms',
    note: `${t.health.length} requests`,
  });
}

export async function benchImport(report: Report): Promise<void> {
  buildIfNeeded();
  const pglite = await startServer();
  try {
    const file = path.join(pglite.dataDir, 'roster.csv');
    writeFileSync(file, rosterCsv(ROSTER));
    add(report, 'PGlite', await timedImport(pglite, file, { ...process.env, DATA_DIR: pglite.dataDir, DATABASE_URL: '' }));
  } finally {
    await pglite.stop();
  }
  const cluster = await startPostgres();
  try {
    const env = { DATABASE_URL: cluster.url };
    const server = await startServer({ env });
    try {
      const file = path.join(server.dataDir, 'roster.csv');
      writeFileSync(file, rosterCsv(ROSTER));
      add(report, 'PostgreSQL 15', await timedImport(server, file, { ...process.env, DATA_DIR: server.dataDir, ...env }));
    } finally {
      await server.stop();
    }
  } finally {
    cluster.stop();
  }
}
