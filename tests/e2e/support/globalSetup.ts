import { existsSync } from 'node:fs';
import { CHROMIUM } from '../../../playwright.config';
import { buildIfNeeded } from '../../../scripts/build-if-needed.mjs';

export default function globalSetup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  }
  buildIfNeeded();
}
