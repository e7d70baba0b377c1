/** The real organizer server (production build, embedded database) in a child process, behind a NetSwitch. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/postgres';
import { NetSwitch } from './netSwitch';

const ROOT = path.resolve(new URL('../../..', import.meta.url).pathname);

/** The production build this test run serves (made by globalSetup). */
export function builtApp(): string {
  return process.env.SHOWFLOOR_E2E_DIST ?? path.join(ROOT, 'dist');
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface E2EServer {
  /** What the browser uses: through the switch. */
  url: string;
  /** Straight to the server, for test assertions that must not depend on the switch. */
  directUrl: string;
  dataDir: string;
  net: NetSwitch;
  cli(...args: string[]): Promise<CliResult>;
  /** SIGKILL: the process dies on the spot, mid-request or mid-transaction, as in a power cut. */
  kill(): Promise<void>;
  /** Starts the server again on the same port and data directory (after kill()). */
  restart(): Promise<void>;
  /** What the server printed so far, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** The e2e run's bundle (support/serverBundle.ts), or the sources through tsx (benchmarks start servers without it). */
function serverCommand(): string[] {
  const bundled = process.env.SHOWFLOOR_E2E_SERVER;
  // tsx as a loader inside the server's own process (not its CLI, which runs the server in a
  // child): a signal to this pid reaches the server itself, so kill() really kills it.
  return bundled ? ['--enable-source-maps', bundled] : ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts')];
}

function cliCommand(): string[] {
  const bundled = process.env.SHOWFLOOR_E2E_CLI;
  return bundled ? [bundled] : ['--import', 'tsx', path.join(ROOT, 'src/server/cli/main.ts')];
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function waitHealthy(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log()}`);
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy:\n${log()}`);
}

export async function startServer(opts: { staticDir?: string; env?: Record<string, string> } = {}): Promise<E2EServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'showfloor-e2e-'));
  const template = process.env.SHOWFLOOR_E2E_DATA_TEMPLATE;
  if (template && !opts.env?.DATABASE_URL) cpSync(path.join(template, 'pglite'), path.join(dataDir, 'pglite'), { recursive: true });
  const port = await freePort();
  const net = new NetSwitch(port);
  const proxyPort = await net.start();
  const url = `http://127.0.0.1:${proxyPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    STATIC_DIR: opts.staticDir ?? builtApp(),
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    ...opts.env,
  };
  let output = '';
  let child: ChildProcess;
  const spawnServer = async () => {
    child = spawn(process.execPath, serverCommand(), { cwd: ROOT, env });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    await waitHealthy(directUrl, child, () => output);
  };
  const directUrl = `http://127.0.0.1:${port}`;
  await spawnServer();
  return {
    url,
    directUrl,
    dataDir,
    net,
    cli: (...args) => run(process.execPath, [...cliCommand(), ...args], env),
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
    restart: spawnServer,
    log: () => output,
    async stop() {
      await net.stop();
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
