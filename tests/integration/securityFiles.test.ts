/**
 * Issue 13, item 3: other accounts of the server machine can neither read nor change the embedded
 * database (visitors' data, the badge-signing key in its write-ahead log) or the CLI's exports.
 * Real processes: the CLI creates the database, an older install's permissions are put back
 * (files 0666, folders 0777, as PGlite writes them), then the server starts on it, a forwarded CLI
 * export and a direct one write files, and every entry of DATA_DIR and every export is owner-only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/postgres';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every entry under `dir` whose mode lets anyone but the owner in (symbolic links aside). */
function openToOthers(dir: string): string[] {
  const open: string[] = [];
  const walk = (entry: string) => {
    const stat = lstatSync(entry);
    if (stat.isSymbolicLink()) return;
    if (stat.mode & 0o077) open.push(`${path.relative(dir, entry) || '.'} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of readdirSync(entry)) walk(path.join(entry, name));
  };
  walk(dir);
  return open;
}

function loosen(entry: string): number {
  const stat = lstatSync(entry);
  chmodSync(entry, stat.isDirectory() ? 0o777 : 0o666);
  return 1 + (stat.isDirectory() ? readdirSync(entry).reduce((n, name) => n + loosen(path.join(entry, name)), 0) : 0);
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('file modes of the data directory and exports (PGlite)', () => {
  let root: string;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let server: ChildProcess | undefined;
  let serverLog = '';

  // The umask a careless shell leaves: what the CLI and server must not rely on.
  const cli = (args: string[], cwd = root): Promise<Run> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/cli/main.ts'), ...args], { cwd: ROOT, env: { ...env, INIT_CWD: cwd } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'showfloor-modes-'));
    chmodSync(root, 0o755);
    dataDir = path.join(root, 'data');
    env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', STATIC_DIR: path.join(root, 'no-app') };
  });
  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('a new DATA_DIR is created owner-only by the CLI, database and lock included', async () => {
    const made = await cli(['exhibitors', 'add', '机密展商']);
    expect(made.code, made.stderr).toBe(0);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(readdirSync(path.join(dataDir, 'pglite')).length).toBeGreaterThan(5);
    expect(openToOthers(dataDir)).toEqual([]);
  }, 180_000);

  it('an install left open to everyone is made private when the server starts, and stays private while it runs', async () => {
    const loosened = loosen(dataDir);
    expect(openToOthers(dataDir).length).toBe(loosened);

    const port = await freePort();
    server = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts')], { cwd: ROOT, env: { ...env, PORT: String(port), HOST: '127.0.0.1' } });
    server.stdout?.on('data', (d: Buffer) => (serverLog += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (serverLog += d.toString()));
    const deadline = Date.now() + 120_000;
    for (;;) {
      expect(server.exitCode, serverLog).toBeNull();
      if (await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.ok, () => false)) break;
      expect(Date.now() < deadline, serverLog).toBe(true);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(serverLog).toMatch(new RegExp(`Made ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} private: ${loosened} file\\(s\\) or folder\\(s\\)`));
    expect(openToOthers(dataDir)).toEqual([]);

    // Writing while it runs (the CLI forwarded to it) creates nothing readable by others either.
    const pair = await cli(['pair', '--role', 'desk', '--json']);
    expect(pair.code, pair.stderr).toBe(0);
    const add = await cli(['exhibitors', 'add', '另一家展商', '--json']);
    expect(add.code, add.stderr).toBe(0);
    expect(openToOthers(dataDir)).toEqual([]);
  }, 240_000);

  it('exports written with --out are owner-only, through the server or not, also over an existing readable file', async () => {
    const exports = path.join(root, 'exports');
    mkdirSync(exports, { mode: 0o755 });
    writeFileSync(path.join(exports, 'badges.csv'), 'old', { mode: 0o644 });
    chmodSync(path.join(exports, 'badges.csv'), 0o644);
    const exhibitors = JSON.parse((await cli(['exhibitors', '--json'])).stdout) as Array<{ id: string }>;
    const runs = [
      await cli(['export', '--what', 'badges', '--format', 'csv', '--out', 'badges.csv'], exports),
      await cli(['export', '--what', 'visitors', '--format', 'xlsx', '--out', path.join(exports, 'visitors.xlsx')], exports),
      await cli(['leads', 'list', '--exhibitor', exhibitors[0]?.id ?? '', '--format', 'csv', '--out', 'leads.csv'], exports),
    ];
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const files = readdirSync(exports).sort();
    expect(files).toEqual(['badges.csv', 'leads.csv', 'visitors.xlsx']);
    for (const f of files) expect((statSync(path.join(exports, f)).mode & 0o777).toString(8), f).toBe('600');

    // And with the server stopped: the CLI opens the database itself.
    const exited = new Promise((r) => server?.once('exit', r));
    server?.kill('SIGTERM');
    await exited;
    const direct = await cli(['export', '--what', 'checkins', '--format', 'json', '--out', 'checkins.json'], exports);
    expect(direct.code, direct.stderr).toBe(0);
    expect((statSync(path.join(exports, 'checkins.json')).mode & 0o777).toString(8)).toBe('600');
    expect(openToOthers(dataDir)).toEqual([]);
    expect(openToOthers(exports)).toEqual(['. 755']);
  }, 240_000);
});
