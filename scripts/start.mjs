// `npm start`: build the app when its sources changed since the last build, then run the server.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const stampFile = path.join(root, 'dist', '.build-stamp');
const inputs = ['src/app', 'src/core', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'package.json'];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), s.mtimeMs);
}

const newest = String(Math.max(...inputs.map((p) => newestMtime(path.join(root, p)))));
const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
if (built !== newest || !existsSync(path.join(root, 'dist', 'index.html'))) {
  console.log('Building the app (first start or sources changed)…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, newest);
}

const server = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'src/server/main.ts')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
