/**
 * Camera scanning at the desk in real Chromium, with its fake camera playing generated clips
 * (--use-file-for-fake-video-capture): a badge held at an angle checks the visitor in with the
 * network cut (decoder, wasm and all from the service worker's cache), is counted once however
 * long it is held up, bad codes get a clear message while scanning goes on, and a blocked or
 * missing camera is explained in words.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import config, { CHROMIUM } from '../../playwright.config';
import { badgeFactory, code128Card, emptyDeskPhoto, plainCodePhoto, writeClip, type ClipSegment } from '../support/badgeImages';
import { goOffline, goOnline, importRoster, pairDevice, serverCheckins, waitForServiceWorker, type BadgeRow } from './support/app';
import { startServer, type E2EServer } from './support/server';

const STANDARD_ARGS = config.use?.launchOptions?.args ?? [];

let server: E2EServer;
let badges: BadgeRow[];
let clips: string;
const browsers: Browser[] = [];

test.beforeAll(async () => {
  server = await startServer();
  badges = await importRoster(server, 12);
  clips = mkdtempSync(path.join(tmpdir(), 'showfloor-clips-'));
});

test.afterAll(async () => {
  for (const b of browsers) await b.close();
  await server?.stop();
  if (clips) rmSync(clips, { recursive: true, force: true });
});

/** Chromium whose camera plays `clip` (or that has no camera at all), allowing it only when `allow`. */
async function launch(clip: string | null, allow: boolean): Promise<Browser> {
  const args = [...STANDARD_ARGS];
  if (clip) args.push('--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${clip}`);
  // Without this flag the permission prompt stays unanswered and Chromium refuses the camera.
  if (allow) args.push('--use-fake-ui-for-media-stream');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args });
  browsers.push(browser);
  return browser;
}

function clip(name: string, segments: ClipSegment[]): string {
  const file = path.join(clips, `${name}.y4m`);
  writeClip(file, segments, { tilt: 35 });
  return file;
}

interface DeskOptions {
  allowCamera?: boolean;
  /** Collects every URL requested by the page, its workers and its service worker. */
  requests?: string[];
  /** Behave like a browser without Insertable Streams (Safari, Firefox). */
  withoutFrameStreaming?: boolean;
}

async function deskPage(browser: Browser, name: string, { allowCamera = true, requests = [], withoutFrameStreaming = false }: DeskOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(allowCamera ? { permissions: ['camera'] } : {});
  context.on('request', (request) => requests.push(request.url()));
  if (withoutFrameStreaming) await context.addInitScript({ content: 'delete window.MediaStreamTrackProcessor;' });
  const page = await context.newPage();
  await pairDevice(server, page, 'desk', name);
  await page.goto(`${server.url}/desk?lang=en`);
  await expect(page.getByTestId('roster-count')).toHaveText(String(badges.length), { timeout: 30_000 });
  return { context, page };
}

const startButton = (page: Page) => page.getByRole('button', { name: 'Scan with camera' });

test('a badge held at an angle to the camera checks the visitor in, offline, once', async () => {
  const visitor = badges[4]!;
  // The clip loops: one second of empty desk, then the badge held up for four.
  const browser = await launch(clip('angled', [{ code: null, seconds: 1 }, { code: visitor.badge_code, seconds: 4 }]), true);
  const requests: string[] = [];
  const { context, page } = await deskPage(browser, 'Camera desk', { requests });
  await waitForServiceWorker(page);
  // The decoder's wasm is one of the precached build assets, from our server.
  const cachedWasm = await page.evaluate(async () => {
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) if (/\/assets\/zxing_reader-[\w-]+\.wasm/.test(request.url)) return request.url;
    }
    return null;
  });
  expect(cachedWasm).toContain(server.url);

  await goOffline(server, context);
  await page.reload();
  await expect(page.getByTestId('connectivity')).toHaveText('Offline');

  await startButton(page).click();
  const result = page.getByTestId('scan-result');
  await expect(result).toHaveAttribute('data-verdict', 'admitted', { timeout: 20_000 });
  await expect(result).toContainText(visitor.name);
  await expect(page.getByTestId('camera-status')).toHaveAttribute('data-notice', 'accepted');
  await expect(page.getByTestId('camera-scanner')).toHaveAttribute('data-phase', 'scanning');

  // The badge stays in view, leaves for a second and comes back (the clip loops): never out of
  // sight for 3 s, so it is not checked in again.
  await page.waitForTimeout(7_000);
  await expect(page.getByTestId('checkin-row')).toHaveCount(1);
  await expect(page.getByTestId('camera-status')).toHaveAttribute('data-serial', '1');

  await goOnline(server, context);
  await expect.poll(async () => (await serverCheckins(server)).filter((c) => c.deviceName === 'Camera desk').length, { timeout: 60_000 }).toBe(1);
  // The export has every column; ServerCheckin names only those other tests use.
  const stored = (await serverCheckins(server)).find((c) => c.deviceName === 'Camera desk') as unknown as { attendeeId: string; method: string; flags: string[] };
  expect(stored).toMatchObject({ attendeeId: visitor.attendee_id, method: 'camera', flags: [] });
  // Nothing came from anywhere but our server: no CDN for the decoder or its wasm.
  expect(requests.some((url) => /\/assets\/zxing_reader-[\w-]+\.wasm$/.test(url))).toBe(true);
  expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
  await context.close();
});

test('a code that is no badge gets an error and scanning goes on to the next visitor', async () => {
  const visitor = badges[7]!;
  const browser = await launch(
    clip('garbage-then-badge', [
      { code: null, seconds: 0.5 },
      { code: 'https://example.com/not-a-badge?utm=flyer', seconds: 2 },
      { code: null, seconds: 0.7 },
      { code: visitor.badge_code, seconds: 3 },
    ]),
    true,
  );
  const { context, page } = await deskPage(browser, 'Camera desk 2');
  await startButton(page).click();
  const result = page.getByTestId('scan-result');
  await expect(result).toHaveAttribute('data-verdict', 'unknown', { timeout: 20_000 });
  await expect(result).toContainText('not a badge of this event');
  await expect(page.getByTestId('camera-status')).toHaveAttribute('data-notice', 'rejected');
  // No tap in between: the next badge in front of the camera is read.
  await expect(result).toHaveAttribute('data-verdict', 'admitted', { timeout: 20_000 });
  await expect(result).toContainText(visitor.name);
  await expect(page.getByTestId('camera-status')).toHaveAttribute('data-notice', 'accepted');
  await context.close();
});

test('where frames cannot be streamed to the worker, they are grabbed on the page and still read', async () => {
  const visitor = badges[10]!;
  const browser = await launch(clip('no-streaming', [{ code: null, seconds: 0.5 }, { code: visitor.badge_code, seconds: 3 }]), true);
  const { context, page } = await deskPage(browser, 'Fallback desk', { withoutFrameStreaming: true });
  expect(await page.evaluate(() => 'MediaStreamTrackProcessor' in window)).toBe(false);
  await startButton(page).click();
  const result = page.getByTestId('scan-result');
  await expect(result).toHaveAttribute('data-verdict', 'admitted', { timeout: 20_000 });
  await expect(result).toContainText(visitor.name);
  await page.waitForTimeout(4_000);
  await expect(page.getByTestId('checkin-row')).toHaveCount(1);
  await context.close();
});

test('bad codes from photos each get a clear message, and the desk keeps working', async () => {
  const browser = await launch(null, false);
  const { context, page } = await deskPage(browser, 'Photo desk');
  const photo = page.getByTestId('camera-photo');
  const result = page.getByTestId('scan-result');
  const status = page.getByTestId('camera-status');
  const foreign = badgeFactory().code({ name: 'Visitor of another show' });
  const cases: Array<{ what: string; text: string; verdict: string; message: RegExp }> = [
    { what: 'garbage', text: '%%%garbage?!/\\0x00', verdict: 'unknown', message: /not a badge of this event/ },
    { what: 'truncated badge', text: badges[1]!.badge_code.slice(0, 60), verdict: 'unknown', message: /not a badge of this event/ },
    { what: 'Chinese text', text: '欢迎光临！这是一张宣传单上的二维码，不是胸卡。', verdict: 'unknown', message: /not a badge of this event/ },
    { what: '2,000 characters', text: 'LONG-'.repeat(400), verdict: 'unknown', message: /not a badge of this event/ },
    { what: 'badge of another event', text: foreign, verdict: 'other_event', message: /belongs to another show/ },
  ];
  let rows = 0;
  for (const c of cases) {
    await photo.setInputFiles({ name: `${c.what}.png`, mimeType: 'image/png', buffer: await plainCodePhoto(c.text) });
    await expect(page.getByTestId('checkin-row'), c.what).toHaveCount(++rows);
    await expect(result, c.what).toHaveAttribute('data-verdict', c.verdict);
    await expect(result, c.what).toContainText(c.message);
    await expect(status, c.what).toHaveAttribute('data-notice', 'rejected');
  }
  // The long and the Chinese text are stored as read, not cut or mangled.
  const codes = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('showfloor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('checkins').objectStore('checkins').getAll();
          request.onsuccess = () => resolve((request.result as Array<{ code: string }>).map((c) => c.code));
        };
      }),
  );
  expect(codes).toEqual(expect.arrayContaining(['LONG-'.repeat(400), cases[2]!.text]));

  await photo.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await expect(status).toHaveAttribute('data-notice', 'photoNotImage');
  await expect(status).toContainText('not a picture');
  await photo.setInputFiles({ name: 'desk.jpg', mimeType: 'image/jpeg', buffer: await emptyDeskPhoto() });
  await expect(status).toHaveAttribute('data-notice', 'photoNoCode');
  await expect(status).toContainText('No code found in this photo');
  await expect(page.getByTestId('checkin-row')).toHaveCount(rows);

  const visitor = badges[9]!;
  await photo.setInputFiles({ name: 'badge.png', mimeType: 'image/png', buffer: await plainCodePhoto(visitor.badge_code, { tilt: 25 }) });
  await expect(result).toHaveAttribute('data-verdict', 'admitted');
  await expect(result).toContainText(visitor.name);
  await expect(status).toHaveAttribute('data-notice', 'accepted');
  await context.close();
});

test('a refused camera is explained, and typing the code still works', async () => {
  const browser = await launch(clip('refused', [{ code: badges[0]!.badge_code, seconds: 1 }]), false);
  const { context, page } = await deskPage(browser, 'Refused desk', { allowCamera: false });
  await startButton(page).click();
  const problem = page.getByTestId('camera-problem');
  await expect(problem).toHaveAttribute('data-problem', 'denied');
  await expect(problem).toContainText('The camera is blocked for this app');
  await expect(page.getByRole('alert').filter({ hasText: 'Allow the camera' })).toBeVisible();
  await expect(startButton(page)).toBeVisible();

  await page.getByLabel('Badge code').fill(badges[2]!.badge_code);
  await page.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByTestId('scan-result')).toHaveAttribute('data-verdict', 'admitted');
  await context.close();
});

test('a device without a camera says so', async () => {
  const browser = await launch(null, true);
  const { context, page } = await deskPage(browser, 'No camera desk');
  await startButton(page).click();
  await expect(page.getByTestId('camera-problem')).toHaveAttribute('data-problem', 'no_camera');
  await expect(page.getByTestId('camera-problem')).toContainText('No camera was found');
  await context.close();
});

test('QR codes only by default; 1D barcodes once switched on', async () => {
  // A visitor whose badge comes from another registration system, printed as a Code 128 barcode.
  const external = 'EXT-2025-0042';
  const file = path.join(server.dataDir, 'external.csv');
  writeFileSync(file, `姓名,公司,类别,胸卡号\n周一维,条码测试有限公司,专业观众,${external}\n`);
  const imported = await server.cli('import-roster', file);
  expect(imported.code, imported.stderr).toBe(0);
  badges = JSON.parse((await server.cli('export', '--what', 'badges', '--format', 'json')).stdout) as BadgeRow[];

  const barcode = await code128Card(external);
  const browser = await launch(clip('code128', [{ code: external, picture: barcode, seconds: 3, tilt: 8, size: 0.75 }]), true);
  const { context, page } = await deskPage(browser, 'Barcode desk');
  const linear = page.getByRole('button', { name: 'Also read 1D barcodes' });
  await expect(linear).toHaveAttribute('aria-pressed', 'false');
  await startButton(page).click();
  await expect(page.getByTestId('camera-scanner')).toHaveAttribute('data-phase', 'scanning');
  // Several loops of the clip with the barcode in full view: nothing is read while QR-only.
  await page.waitForTimeout(6_000);
  await expect(page.getByTestId('checkin-row')).toHaveCount(0);

  await linear.click();
  await expect(linear).toHaveAttribute('aria-pressed', 'true');
  const result = page.getByTestId('scan-result');
  await expect(result).toHaveAttribute('data-verdict', 'admitted', { timeout: 20_000 });
  await expect(result).toContainText('周一维');

  // The switch belongs to the device: it is still on after a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Also read 1D barcodes' })).toHaveAttribute('aria-pressed', 'true');
  await context.close();
});
