import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from '../../../playwright.config';
import { buildIfNeeded, root } from '../../../scripts/build-if-needed.mjs';
import { openDatabase } from '../../../src/server/database';
import { bundleServer } from './serverBundle';

/**
 * Each run tests its own production build: a build shared with `npm start` or another run could
 * be replaced mid-test, leaving a service worker whose precache points at deleted files.
 */
export default async function globalSetup(): Promise<() => void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  }
  const outDir = path.join(root, '.tmp', `e2e-dist-${process.pid}`);
  buildIfNeeded({ outDir, force: true });
  process.env.SHOWFLOOR_E2E_DIST = outDir;
  const serverDir = path.join(root, '.tmp', `e2e-server-${process.pid}`);
  const bundle = bundleServer(root, serverDir);
  process.env.SHOWFLOOR_E2E_SERVER = bundle.server;
  process.env.SHOWFLOOR_E2E_CLI = bundle.cli;
  // A new PGlite data directory costs 5 s of initdb; each suite's server starts from a copy of
  // one made (and migrated) here by the product's own code (tests/e2e/support/server.ts).
  const templateDir = path.join(root, '.tmp', `e2e-data-${process.pid}`);
  mkdirSync(templateDir, { recursive: true });
  await (await openDatabase({ dataDir: templateDir, databaseUrl: undefined })).close();
  process.env.SHOWFLOOR_E2E_DATA_TEMPLATE = templateDir;
  return () => {
    rmSync(templateDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    rmSync(serverDir, { recursive: true, force: true });
  };
}
