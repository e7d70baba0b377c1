import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from '../../../playwright.config';
import { buildIfNeeded, root } from '../../../scripts/build-if-needed.mjs';
import { bundleServer } from './serverBundle';

/**
 * Each run tests its own production build: a build shared with `npm start` or another run could
 * be replaced mid-test, leaving a service worker whose precache points at deleted files.
 */
export default function globalSetup(): () => void {
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
  return () => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(serverDir, { recursive: true, force: true });
  };
}
