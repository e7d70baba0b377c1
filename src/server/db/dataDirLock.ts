/**
 * PGlite runs the database inside one process. Server and CLI take this lock file before opening
 * the data directory, so it is never opened by two processes at once; while a server holds it,
 * the CLI sends its command to that server instead (see cli/remote.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface LockInfo {
  pid: number;
  kind: 'server' | 'cli';
  /** Set by a server once it listens. */
  port: number | null;
  /** Shared secret for CLI commands forwarded to the server; the file is readable by its owner only. */
  secret: string;
  startedAt: string;
}

export interface HeldLock {
  info: LockInfo;
  update(patch: Partial<LockInfo>): Promise<void>;
  release(): Promise<void>;
}

export function lockPath(dataDir: string): string {
  return path.join(dataDir, 'showfloor.lock');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function readLock(dataDir: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await readFile(lockPath(dataDir), 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

/** Takes the lock, or returns who holds it. A lock left by a dead process is cleared. */
export async function tryLock(dataDir: string, kind: LockInfo['kind']): Promise<HeldLock | { heldBy: LockInfo }> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = lockPath(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    const info: LockInfo = { pid: process.pid, kind, port: null, secret: randomBytes(24).toString('base64url'), startedAt: new Date().toISOString() };
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(JSON.stringify(info));
      await handle.close();
      return {
        info,
        async update(patch) {
          Object.assign(info, patch);
          const tmp = `${file}.${process.pid}.tmp`;
          await writeFile(tmp, JSON.stringify(info), { mode: 0o600 });
          await rename(tmp, file);
        },
        async release() {
          const current = await readLock(dataDir);
          if (current?.pid === process.pid) await unlink(file).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readLock(dataDir);
      if (holder && alive(holder.pid) && holder.pid !== process.pid) return { heldBy: holder };
      // Stale (its process is gone) or unreadable: remove and try again.
      await unlink(file).catch(() => undefined);
    }
  }
  throw new Error(`could not take the lock ${file}`);
}

export async function waitForLock(
  dataDir: string,
  kind: LockInfo['kind'],
  opts: { timeoutMs: number; onWait?: (holder: LockInfo) => void; stopIf?: (holder: LockInfo) => boolean },
): Promise<HeldLock | { heldBy: LockInfo }> {
  const deadline = Date.now() + opts.timeoutMs;
  let told = false;
  for (;;) {
    const result = await tryLock(dataDir, kind);
    if (!('heldBy' in result)) return result;
    if (opts.stopIf?.(result.heldBy) || Date.now() > deadline) return result;
    if (!told) opts.onWait?.(result.heldBy);
    told = true;
    await new Promise((r) => setTimeout(r, 250));
  }
}
