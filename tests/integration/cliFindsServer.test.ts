/**
 * Issue 18 item 8: the CLI as an operator runs it beside a running server. Real processes: a server
 * on its own DATA_DIR, then `npx showfloor` (the package's bin) without that DATA_DIR stops and
 * names the server instead of opening a second database in ./data; with it, `export` to stdout is
 * the file and nothing else (no npm banner); times are printed in the event's time zone; the
 * server's note is gone once it stops.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/postgres';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('the CLI beside a running server (PGlite)', () => {
  let root: string;
  let dataDir: string;
  let runtime: string;
  let base: NodeJS.ProcessEnv;
  let server: ChildProcess | undefined;
  let serverLog = '';
  let port = 0;

  // As an operator types it in another folder: `npx showfloor …`, through npm's own npx.
  const npx = (args: string[], env: NodeJS.ProcessEnv): Promise<Run> =>
    new Promise((resolve, reject) => {
      const child = spawn('npx', ['--prefix', ROOT, 'showfloor', ...args], { cwd: root, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'showfloor-find-'));
    dataDir = path.join(root, 'server-data');
    runtime = path.join(root, 'run');
    base = { ...process.env, SHOWFLOOR_RUNTIME_DIR: runtime, DATABASE_URL: '', LOG_LEVEL: 'warn', STATIC_DIR: path.join(root, 'no-app') };
    delete base.DATA_DIR;
    delete base.PORT;
    port = await freePort();
    server = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts')], { cwd: ROOT, env: { ...base, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' } });
    server.stdout?.on('data', (d: Buffer) => (serverLog += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (serverLog += d.toString()));
    const deadline = Date.now() + 120_000;
    for (;;) {
      expect(server.exitCode, serverLog).toBeNull();
      if (await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.ok, () => false)) break;
      expect(Date.now() < deadline, serverLog).toBe(true);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 180_000);

  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('stops and names the running server when run without its DATA_DIR, creating nothing', async () => {
    const run = await npx(['pair', '--role', 'desk'], base);
    expect(run.code, run.stderr).toBe(69);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`port ${port}`);
    expect(run.stderr).toContain(`DATA_DIR=${dataDir}`);
    expect(run.stderr).not.toMatch(/Pairing code/);
    // It opened nothing: no second database beside the package, none in the folder it was run from.
    expect(existsSync(path.join(root, 'data'))).toBe(false);
  }, 120_000);

  it('with the server’s DATA_DIR: a clean export on stdout and times in the event’s time zone', async () => {
    const env = { ...base, DATA_DIR: dataDir };
    const exported = await npx(['export', '--what', 'badges', '--format', 'csv'], env);
    expect(exported.code, exported.stderr).toBe(0);
    // The file and nothing else: a BOM for Excel, then the header row (no "> showfloor@… cli" banner).
    expect(exported.stdout.startsWith('\uFEFF')).toBe(true);
    expect(exported.stdout).not.toMatch(/^>|npm /m);

    const pair = await npx(['pair', '--role', 'desk'], env);
    expect(pair.code, pair.stderr).toBe(0);
    expect(pair.stdout).toMatch(/valid until \d{4}-\d\d-\d\d \d\d:\d\d Asia\/Shanghai/);
    expect(pair.stdout).not.toMatch(/\d\dT\d\d:\d\d/);
  }, 180_000);

  it('takes its note back when the server stops', async () => {
    expect(readdirSync(runtime).filter((n) => n.startsWith('server-'))).toHaveLength(1);
    const exited = new Promise((r) => server?.once('exit', r));
    server?.kill('SIGTERM');
    await exited;
    expect(readdirSync(runtime).filter((n) => n.startsWith('server-'))).toEqual([]);
  }, 60_000);
});
