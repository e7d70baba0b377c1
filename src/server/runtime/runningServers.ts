/**
 * Which Showfloor servers run on this machine, for the CLI. A CLI started without the server's
 * DATA_DIR (or DATABASE_URL) would otherwise open a second, empty database in ./data and hand out
 * pairing codes the real server has never heard of. Each server leaves a small file here while it
 * runs (pid, port, where its data is); the CLI reads them before opening a database of its own.
 *
 * The place is per user ($XDG_RUNTIME_DIR, else the temp directory with the user's id) and private
 * (0700): it names data directories, nothing secret. SHOWFLOOR_RUNTIME_DIR moves it (tests).
 */
import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  pid: number;
  port: number;
  /** The PGlite data directory, or null when the server uses PostgreSQL. */
  dataDir: string | null;
  /** "postgres" when DATABASE_URL is set (the URL itself is a secret and is not written). */
  database: 'pglite' | 'postgres';
  startedAt: string;
}

export function runtimeDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SHOWFLOOR_RUNTIME_DIR) return path.resolve(env.SHOWFLOOR_RUNTIME_DIR);
  const uid = typeof process.getuid === 'function' ? String(process.getuid()) : os.userInfo().username;
  return env.XDG_RUNTIME_DIR ? path.join(env.XDG_RUNTIME_DIR, 'showfloor') : path.join(os.tmpdir(), `showfloor-${uid}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Announces this server; returns what takes the announcement back (at stop). */
export async function announceServer(server: Omit<RunningServer, 'pid' | 'startedAt'>, env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<void>> {
  const dir = runtimeDir(env);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `server-${process.pid}.json`);
  const info: RunningServer = { pid: process.pid, startedAt: new Date().toISOString(), ...server };
  await writeFile(file, JSON.stringify(info), { mode: 0o600 });
  return () => unlink(file).catch(() => undefined);
}

/** The servers running now (files of stopped or killed servers are cleared on the way). */
export async function runningServers(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer[]> {
  const dir = runtimeDir(env);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const found: RunningServer[] = [];
  for (const name of names.filter((n) => /^server-\d+\.json$/.test(n))) {
    const file = path.join(dir, name);
    try {
      const info = JSON.parse(await readFile(file, 'utf8')) as RunningServer;
      if (typeof info.pid === 'number' && alive(info.pid)) found.push(info);
      else await unlink(file).catch(() => undefined);
    } catch {
      // Half-written by a server starting this instant, or not ours: not a running server.
    }
  }
  return found;
}

/**
 * Why a CLI command must not open the database it was given, or null. The CLI stops when a server
 * runs on this machine with other data and the operator did not choose a place themselves (no
 * DATA_DIR nor DATABASE_URL in the environment): the default ./data is then almost always a
 * mistake. An operator who sets DATA_DIR means that directory.
 */
export function wrongDatabase(servers: readonly RunningServer[], mine: { dataDir: string; databaseUrl: string | null }, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.DATA_DIR || env.DATABASE_URL || mine.databaseUrl) return null;
  if (servers.some((s) => s.database === 'pglite' && path.resolve(s.dataDir ?? '') === path.resolve(mine.dataDir))) return null;
  const others = servers.filter((s) => s.database === 'postgres' || path.resolve(s.dataDir ?? '') !== path.resolve(mine.dataDir));
  if (!others.length) return null;
  const where = (s: RunningServer) => (s.database === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `DATA_DIR=${s.dataDir}`);
  const lines = others.map((s) => `  pid ${s.pid}, port ${s.port}, ${where(s)}`);
  const first = others[0] as RunningServer;
  const hint = first.database === 'postgres' ? 'DATABASE_URL=<the server’s URL>' : `DATA_DIR=${first.dataDir}`;
  return [
    `a Showfloor server is running on this machine with another database than this command would open (${mine.dataDir}):`,
    ...lines,
    `Run the command with that server’s settings, e.g.  ${hint} npx showfloor ${'…'}`,
    `(to work on ${mine.dataDir} on purpose, set DATA_DIR=${mine.dataDir}).`,
  ].join('\n');
}
