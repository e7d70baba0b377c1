/**
 * The server and the CLI compiled once per e2e run into plain JavaScript. Run through tsx, every
 * CLI call took 2 s of CPU to load ~200 TypeScript modules, and the suites make hundreds of them
 * (roster imports, exports, polling the server's records) beside two Chromiums on two cores;
 * bundled, a call takes 0.6 s. The code is the same source, bundled with its packages left
 * outside. The bundle sits two folders below the root, as src/server does, so the paths the
 * server derives from its own location (ROOT_DIR, migrations) hold.
 */
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

export interface ServerBundle {
  server: string;
  cli: string;
}

export function bundleServer(root: string, outDir: string): ServerBundle {
  mkdirSync(outDir, { recursive: true });
  const bundle = (entry: string, name: string) => {
    const outfile = path.join(outDir, name);
    buildSync({
      entryPoints: [path.join(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'warning',
    });
    return outfile;
  };
  cpSync(path.join(root, 'src/server/db/migrations'), path.join(outDir, 'migrations'), { recursive: true });
  // The card reader's worker thread, where the server looks for it beside its own bundle (cards/readerPool.ts).
  bundle('src/server/cards/readerWorker.ts', 'cardReaderWorker.mjs');
  // Worker threads the server starts, beside the bundles that start them (roster/readInWorker.ts).
  bundle('src/server/roster/readWorker.ts', 'rosterReadWorker.mjs');
  return { server: bundle('src/server/main.ts', 'main.mjs'), cli: bundle('src/server/cli/main.ts', 'cli.mjs') };
}
