import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run screens`: the README's screenshots (tests/screens), with the e2e setup (build, bundle, Chromium). */
export default defineConfig({ ...base, testDir: 'tests/screens', workers: 1, timeout: 300_000 });
