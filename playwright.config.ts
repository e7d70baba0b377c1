import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the system Chromium (never a downloaded browser) against the production
 * build served by the real server. Two workers, one test file each at a time: every file starts
 * its own server on its own ports and data directory, and most of a test's time is spent waiting
 * (on the network switch, the sync runner, service workers), so two files share two cores well.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for every Chromium the tests and benchmarks launch. No `--disable-features` here: Chromium
 * keeps only the last one, so it would replace the list Playwright and Lighthouse pass (decisions, 36).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/support/globalSetup.ts',
  use: {
    browserName: 'chromium',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
  },
});
