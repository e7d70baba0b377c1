// Builds the app when its sources changed since the last build (npm start and the e2e tests use it).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error('the app build failed');
  writeFileSync(stampFile, stamp);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
