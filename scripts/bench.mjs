// `npm run bench [name…]`: runs the benchmarks (tests/bench) and writes bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureSystemDeps } from './system-deps.mjs';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const benches = process.argv.slice(2);
ensureSystemDeps({ needCardFonts: benches.length === 0 || benches.includes('cardfamilies') });
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'tests/bench/run.ts'), ...benches], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
