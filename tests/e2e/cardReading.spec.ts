/**
 * Business cards on a booth tablet, in Chromium against the real server: card reading is not in
 * the first download; "prepare card reading" fetches the models from our server with a byte
 * progress bar; then, with no network at all and after a reload, cards are read on the device
 * into fields staff can correct. Broken and huge images get a clear answer; a device that never
 * prepared card reading still keeps the photo offline.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { corruptedJpeg, hugePhoto } from '../support/cards/badImages';
import { ensureCardSet, type CardSample } from '../support/cards/generate';
import { goOffline, goOnline, pairDevice, waitForServiceWorker } from './support/app';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
let samples: CardSample[];
test.beforeAll(async () => {
  server = await startServer();
  samples = await ensureCardSet(17);
});
test.afterAll(async () => server?.stop());
// Each test starts with the network on (the switch is shared by the file's tests).
test.beforeEach(() => server.net.restore());

/** Booth devices belong to an exhibitor. */
async function pairBooth(page: Page, name: string): Promise<void> {
  const added = await server.cli('exhibitors', 'add', `${name} Ltd.`, '--json');
  expect(added.code, added.stderr).toBe(0);
  const { id } = JSON.parse(added.stdout) as { id: string };
  await pairDevice(server, page, 'booth', name, ['--exhibitor', id]);
}

async function openCardCapture(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Read a business card' }).click();
  await expect(page.getByRole('heading', { name: 'Business card' })).toBeVisible();
}

async function readAndCheck(page: Page, sample: CardSample, which: 'clean' | 'degraded'): Promise<void> {
  const file = sample[which];
  await page.getByLabel('Choose an image').setInputFiles({ name: `${sample.id}.${which === 'clean' ? 'png' : 'jpg'}`, mimeType: which === 'clean' ? 'image/png' : 'image/jpeg', buffer: readFileSync(file) });
  const fields = page.getByTestId('card-fields');
  await expect(fields.getByLabel('Mobile')).toHaveValue(sample.truth.mobile ?? '', { timeout: 90_000 });
  await expect(fields.getByLabel('Email')).toHaveValue(sample.truth.email ?? '');
  // Every field stays editable: staff confirm or correct.
  await fields.getByLabel('Job title').fill('Corrected title');
  await expect(fields.getByLabel('Job title')).toHaveValue('Corrected title');
  await page.getByRole('button', { name: 'Another photo' }).click();
}

test('prepares card reading with a progress bar, then reads cards offline after a reload', async ({ page, context }) => {
  const modelRequests: string[] = [];
  page.on('request', (r) => {
    if (/card-models|\.onnx$|ppocr_keys|ort-wasm/.test(r.url())) modelRequests.push(r.url());
  });
  await pairBooth(page, 'Booth cards');
  await page.goto(`${server.url}/booth?lang=en`);
  await waitForServiceWorker(page);
  // The app started without the models: nothing of card reading was fetched.
  expect(modelRequests).toEqual([]);

  await openCardCapture(page);
  const prepare = page.getByTestId('card-prepare');
  await expect(prepare).toContainText(/one-time download of about \d+ MB/);
  // Watch the progress bar from the page itself: every value it showed, not only the last one.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid=card-prepare] [role=progressbar]');
      const value = Number(bar?.getAttribute('aria-valuenow'));
      if (bar && seen.at(-1) !== value) seen.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await prepare.getByRole('button', { name: 'Prepare card reading' }).click();
  await expect(page.getByTestId('card-ready')).toHaveText('Card reading is ready on this device, also offline.', { timeout: 120_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(seen.some((v) => v > 0 && v < 100), `progress values seen: ${seen.join(', ')}`).toBe(true);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  // Every model file came from our own server.
  expect(modelRequests.filter((u) => /\.onnx$|ppocr_keys|ort-wasm/.test(u))).toHaveLength(4);
  for (const url of modelRequests) expect(url.startsWith(`${server.url}/card-models/`), url).toBe(true);

  await goOffline(server, context);
  await page.reload();
  await openCardCapture(page);
  await expect(page.getByTestId('card-ready')).toBeVisible();
  const zh = samples.find((s) => s.lang === 'zh') as CardSample;
  const en = samples.find((s) => s.lang === 'en') as CardSample;
  const bi = samples.find((s) => s.lang === 'bi') as CardSample;
  await readAndCheck(page, zh, 'clean');
  await readAndCheck(page, en, 'degraded');
  await readAndCheck(page, bi, 'degraded');

  // A 40-megapixel photo is shrunk while it is decoded, and read.
  await page.getByLabel('Choose an image').setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: await hugePhoto(zh.clean) });
  await expect(page.getByTestId('card-fields').getByLabel('Mobile')).toHaveValue(zh.truth.mobile ?? '', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Another photo' }).click();

  // A broken file: a clear message, and the capture goes on.
  await page.getByLabel('Choose an image').setInputFiles({ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: corruptedJpeg() });
  await expect(page.getByTestId('card-capture').getByRole('alert')).toHaveText('This file is not an image that can be read. Choose a photo (JPEG, PNG or WebP).');
  await expect(page.getByLabel('Choose an image')).toBeAttached();

  // A blank image: read, nothing found, and staff are told why.
  const white = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1200, 800);
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 1200, 800);
    return Array.from(new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer()));
  });
  await page.getByLabel('Choose an image').setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: Buffer.from(white) });
  await expect(page.getByText('No text was found: the photo looks blank or too dark.', { exact: false })).toBeVisible({ timeout: 60_000 });
});

test('without card reading prepared and offline, the photo is still kept to be read later', async ({ page, context }) => {
  await pairBooth(page, 'Booth without models');
  await page.goto(`${server.url}/booth?lang=en`);
  await waitForServiceWorker(page);
  await goOffline(server, context);
  await page.reload();
  await openCardCapture(page);
  await expect(page.getByTestId('card-prepare')).toHaveText('No network now: card reading can be prepared when the device is online.');
  const sample = samples[0] as CardSample;
  await page.getByLabel('Take a photo of the card').setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: readFileSync(sample.clean) });
  await expect(page.getByTestId('card-unread')).toHaveText('Card reading is not prepared on this device and there is no network. The photo is kept with the lead, to be read later.');
  await expect(page.getByRole('img', { name: 'Photo of the business card' })).toBeVisible();
  await page.getByTestId('card-fields').getByLabel('Name').fill(sample.truth.name ?? '');
  await page.getByRole('button', { name: 'Keep the photo, read later' }).click();
  await expect(page.getByTestId('card-capture')).toHaveCount(0);
});

test('at the desk a business card fills the walk-in form, registered offline and delivered once', async ({ page, context }) => {
  await pairDevice(server, page, 'desk', 'Desk cards');
  await page.goto(`${server.url}/desk?lang=en`);
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: 'Register walk-in' }).click();
  await page.getByRole('button', { name: 'Fill from a business card' }).click();
  await page.getByTestId('card-prepare').getByRole('button', { name: 'Prepare card reading' }).click();
  await expect(page.getByTestId('card-ready')).toBeVisible({ timeout: 120_000 });

  await goOffline(server, context);
  const zh = samples.find((s) => s.lang === 'zh' && s.truth.mobile && s.truth.email && s.truth.name) as CardSample;
  await page.getByLabel('Choose an image').setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: readFileSync(zh.clean) });
  const fields = page.getByTestId('card-fields');
  await expect(fields.getByLabel('Mobile')).toHaveValue(zh.truth.mobile ?? '', { timeout: 90_000 });
  await page.getByRole('button', { name: 'Save card' }).click();

  // Back on the form, filled from the card, for staff to check before saving.
  await expect(page.getByTestId('walkin-from-card')).toBeVisible();
  await expect(page.locator('#walkin-name')).toHaveValue(zh.truth.name ?? '');
  await expect(page.locator('#walkin-email')).toHaveValue(zh.truth.email ?? '');
  await page.getByLabel('I agree that the organizer stores').check();
  await page.getByRole('button', { name: 'Register and check in' }).click();
  await expect(page.getByTestId('walkin-saved')).toContainText(zh.truth.name ?? '');

  await goOnline(server, context);
  const visitors = async () =>
    (JSON.parse((await server.cli('export', '--what', 'visitors', '--format', 'json')).stdout) as Array<{ name: string; email: string | null }>).filter((v) => v.name === zh.truth.name);
  await expect.poll(async () => (await visitors()).length, { timeout: 60_000 }).toBe(1);
  expect((await visitors())[0]?.email).toBe(zh.truth.email?.toLowerCase());
});
