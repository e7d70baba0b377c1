// `npm test`: lint, typecheck, unit, integration (PGlite and PostgreSQL) and end-to-end (Chromium), in that order.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureSystemDeps } from './system-deps.mjs';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);

ensureSystemDeps();

const steps = [
  ['lint', bin('eslint', 'bin/eslint.js'), ['--max-warnings=0', '.']],
  ['typecheck', bin('typescript', 'bin/tsc'), ['-b', 'tsconfig.json']],
  ['unit', bin('vitest', 'vitest.mjs'), ['run', '--project', 'unit']],
  ['integration', bin('vitest', 'vitest.mjs'), ['run', '--project', 'integration']],
  ['e2e', bin('@playwright/test', 'cli.js'), ['test']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [cmd, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${result.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (result.status !== 0) {
    console.error(`\n${results.join('\n')}\n\n${name} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n${results.join('\n')}`);
