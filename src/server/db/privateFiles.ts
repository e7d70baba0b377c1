/**
 * The embedded database holds visitors' personal data and the event's badge-signing key: no other
 * account on the server machine may read or change it. PGlite writes most of its files 0666
 * whatever the umask (its file system layer sets the mode itself), so the data directory is the
 * barrier: DATA_DIR is owner-only (0700), and everything of ours in it is made owner-only too,
 * before PGlite opens it and again once it has (initdb and recovery write files on opening).
 * Files the CLI exports (`--out`) are written owner-only as well.
 */
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export class DataDirPermissionError extends Error {}

/** No new file of this process is readable by others (PGlite's own chmod aside, see above). */
export function ownerOnlyUmask(): void {
  process.umask(0o077);
}

async function tighten(entry: string, counter: { changed: number }): Promise<void> {
  const stat = await lstat(entry).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null; // removed meanwhile (a temporary file)
    throw error;
  });
  if (!stat || stat.isSymbolicLink()) return; // never follow a link out of the directory
  if (stat.mode & 0o077) {
    await chmod(entry, stat.mode & 0o700);
    counter.changed++;
  }
  if (stat.isDirectory()) for (const name of await readdir(entry)) await tighten(path.join(entry, name), counter);
}

/**
 * Makes DATA_DIR owner-only: creates it 0700, or tightens it and what Showfloor keeps in it (the
 * database folder, the lock file). Returns how many entries were open to others. Refuses, with
 * the command that fixes it, when that cannot be done (the folder belongs to another account).
 */
export async function secureDataDir(dataDir: string, ours: readonly string[] = ['pglite', 'showfloor.lock']): Promise<number> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const counter = { changed: 0 };
  try {
    const stat = await lstat(dataDir);
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) {
      throw new DataDirPermissionError(`${dataDir} belongs to another account of this machine; run the server as its owner, or set DATA_DIR to a folder of your own`);
    }
    if (stat.mode & 0o077) {
      await chmod(dataDir, 0o700);
      counter.changed++;
    }
    for (const name of ours) await tighten(path.join(dataDir, name), counter);
  } catch (error) {
    if (error instanceof DataDirPermissionError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM' || code === 'EACCES') {
      throw new DataDirPermissionError(`${dataDir} is open to other accounts of this machine and could not be made private (${code}); run  chmod -R go-rwx ${JSON.stringify(dataDir)}  as its owner`);
    }
    throw error;
  }
  return counter.changed;
}

/**
 * Writes an export owner-only (0600), also over an existing file that was readable by others: a
 * new file is written beside it and renamed over it, so the old file's mode (or a link put there)
 * never applies.
 */
export async function writePrivateFile(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.chmod(0o600);
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, file);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}
