/** The booth's card capture driven like staff drive it: the benchmarks' way of reading one card in Chromium. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { pairDevice } from '../e2e/support/app';
import { CARD_FIELDS, type CardField, type CardFields } from '../../src/core/cards/fields';
import type { E2EServer } from '../e2e/support/server';

export async function openCapture(page: Page, server: E2EServer): Promise<void> {
  await page.goto(`${server.url}/booth?lang=en`);
  await page.getByRole('button', { name: 'Read a business card' }).click();
  await page.getByTestId('card-capture').waitFor();
}

/** Sets the photo and waits for the fields; returns what was read and the read time the app measured (NaN when the read failed). */
export async function readOne(page: Page, file: string): Promise<{ fields: CardFields; ms: number }> {
  // A read that fails records no time: NaN then, not the previous card's.
  await page.evaluate(() => performance.clearMeasures('showfloor:card-read'));
  await page.getByLabel('Choose an image').setInputFiles({ name: file.split('/').at(-1) ?? 'card', mimeType: file.endsWith('.png') ? 'image/png' : 'image/jpeg', buffer: readFileSync(file) });
  await page.locator('[data-testid=card-capture][data-phase=review]').waitFor({ timeout: 120_000 });
  // page.evaluate callbacks stay anonymous: tsx would name inner functions with a helper the page lacks.
  const values = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('[data-testid=card-fields] input')).map((i) => [i.name, i.value] as const),
  );
  const ms = await page.evaluate(() => performance.getEntriesByName('showfloor:card-read').at(-1)?.duration ?? NaN);
  await page.getByRole('button', { name: 'Another photo' }).click();
  const fields = Object.fromEntries(CARD_FIELDS.map((f) => [f, null])) as CardFields;
  for (const [name, value] of values) if ((CARD_FIELDS as readonly string[]).includes(name)) fields[name as CardField] = value.trim() || null;
  return { fields, ms };
}

/** A booth paired to the bench server with card reading prepared (models in the device cache), on the capture screen. */
export async function readyBoothReader(server: E2EServer, browser: Browser): Promise<{ page: Page; prepareSeconds: number }> {
  const page = await (await browser.newContext()).newPage();
  const exhibitor = JSON.parse((await server.cli('exhibitors', 'add', 'Bench Exhibitor Ltd.', '--json')).stdout) as { id: string };
  await pairDevice(server, page, 'booth', 'Bench booth', ['--exhibitor', exhibitor.id]);
  await openCapture(page, server);
  const started = performance.now();
  await page.getByRole('button', { name: 'Prepare card reading' }).click();
  await page.getByTestId('card-ready').waitFor({ timeout: 300_000 });
  return { page, prepareSeconds: (performance.now() - started) / 1000 };
}
