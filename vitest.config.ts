import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Two projects: fast unit/component tests in jsdom, and integration tests of the server
// against real databases (PGlite and a throw-away PostgreSQL cluster).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
          // Vitest leaves a core free by default; on a two-core CI machine that halves the unit run.
          maxWorkers: 2,
          // Speed is measured by the benchmarks, never by a test's deadline: on a shared two-core
          // machine a component test or the 200,000-row search index takes several times its usual
          // time, and the defaults (5 s, hooks 10 s) failed tests that were only slow.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // The suites share one PostgreSQL cluster (a database each) and PGlite is CPU-heavy: two at a time on two cores.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          // `npm run test:load`: minutes of simulated tablets against server processes on PostgreSQL.
          name: 'load',
          include: ['tests/load/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30 * 60_000,
          hookTimeout: 10 * 60_000,
        },
      },
    ],
  },
});
