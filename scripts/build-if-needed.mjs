// Builds the app when its sources changed since the last build (npm start and the e2e tests use it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(new URL('..', import.meta.url).pathname);
const inputs = ['src/app', 'src/core', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'package.json'];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), s.mtimeMs);
}

export function buildIfNeeded({ outDir = path.join(root, 'dist'), env = {}, force = false } = {}) {
  const stampFile = path.join(outDir, '.build-stamp');
  const stamp = JSON.stringify({ newest: Math.max(...inputs.map((p) => newestMtime(path.join(root, p)))), env });
  const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
  if (!force && built === stamp && existsSync(path.join(outDir, 'index.html'))) return false;
  console.log(`Building the app into ${path.relative(root, outDir) || '.'} (first start or sources changed)…`);
  // Built beside the served one and swapped in when complete: a failed build leaves the old app in place.
  const staging = `${outDir}.next`;
  rmSync(staging, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', staging, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error('the app build failed');
  writeFileSync(path.join(staging, '.build-stamp'), stamp);
  installBuild(staging, outDir);
  return true;
}

const OWN_ASSETS = '.own-assets.json';

/**
 * Puts a finished build in place of the served one, keeping the replaced build's hashed files in
 * assets/. A tablet still running the previous version (it updates only when staff accept, never
 * offline or mid-sync) may be handed to the new service worker by another tab's update, and then
 * loads its lazy chunks from the server: they must still be there. One generation is kept: each
 * build lists its own files, and only those are carried into the next.
 */
export function installBuild(builtDir, outDir) {
  const assetsOf = (dir) => (existsSync(path.join(dir, 'assets')) ? readdirSync(path.join(dir, 'assets')) : []);
  const own = assetsOf(builtDir);
  writeFileSync(path.join(builtDir, OWN_ASSETS), JSON.stringify(own));
  let previous = assetsOf(outDir);
  try {
    previous = JSON.parse(readFileSync(path.join(outDir, OWN_ASSETS), 'utf8'));
  } catch {
    // A build from before this list existed: all its assets are its own.
  }
  const fresh = new Set(own);
  for (const name of previous) {
    const from = path.join(outDir, 'assets', name);
    if (!fresh.has(name) && existsSync(from)) copyFileSync(from, path.join(builtDir, 'assets', name));
  }
  const retired = `${outDir}.old`;
  rmSync(retired, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, retired);
  renameSync(builtDir, outDir);
  rmSync(retired, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
