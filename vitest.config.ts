import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { reactOnPreact } from './vite.config';

// Two projects: fast unit/component tests in jsdom, and integration tests of the server
// against real databases (PGlite and a throw-away PostgreSQL cluster).
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // Node would load their CommonJS builds, whose require('react') no alias reaches.
      { find: /^dexie-react-hooks$/, replacement: fileURLToPath(new URL('node_modules/dexie-react-hooks/dist/dexie-react-hooks.mjs', import.meta.url)) },
      { find: /^react-router$/, replacement: fileURLToPath(new URL('node_modules/react-router/dist/development/index.mjs', import.meta.url)) },
      ...reactOnPreact,
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
          // Libraries that import React are run through the aliases too, or they would bring react-dom
          // back; Preact itself (and its testing library) too, so there is one copy of it, not two.
          server: { deps: { inline: [/preact/, /react-i18next/, /dexie-react-hooks/, /react-router/, /zustand/] } },
          // Vitest leaves a core free by default; on a two-core CI machine that halves the unit run.
          maxWorkers: 2,
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
