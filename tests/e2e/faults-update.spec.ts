/**
 * A new version deployed while a desk is offline: nothing reloads until the device is online and
 * no sync is running, and afterwards no tab fails to load a lazy chunk, neither the one that
 * updated nor another tab still running the old version under the new service worker.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { installBuild } from '../../scripts/build-if-needed.mjs';
import { goOffline, goOnline, importRoster, type BadgeRow } from './support/app';
import { expectAllDelivered, openDesk } from './support/delivery';
import { buildVersion } from './support/deploy';
import { inPage } from './support/inPage';
import { builtApp, startServer, type E2EServer } from './support/server';

let server: E2EServer;
let served: string;
let staging: string;
let nextVersion: Promise<void>;
let badges: BadgeRow[];
test.beforeAll(async () => {
  // Serve a copy of this run's build; the next version builds meanwhile, to be deployed over it mid-test.
  served = mkdtempSync(path.join(tmpdir(), 'showfloor-served-'));
  cpSync(builtApp(), served, { recursive: true });
  staging = path.join(mkdtempSync(path.join(tmpdir(), 'showfloor-next-')), 'app');
  nextVersion = buildVersion(staging, 'faults-next');
  nextVersion.catch(() => undefined);
  server = await startServer({ staticDir: served });
  badges = await importRoster(server, 5);
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(served, { recursive: true, force: true });
  rmSync(path.dirname(staging), { recursive: true, force: true });
});

/** Marks the document: the mark is gone if the page ever reloads. */
async function mark(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
}
async function stillHere(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true);
}

test('a new version deployed while the device is offline: no reload until online and idle, no lazy chunk fails to load', async ({ context }) => {
  test.setTimeout(180_000);
  const name = 'Updating desk';
  const a = await context.newPage();
  await openDesk(server, a, name, badges.length);
  const b = await context.newPage();
  await b.goto(`${server.url}/desk?lang=en`);
  await expect(b.getByTestId('roster-count')).toHaveText(String(badges.length));
  const firstBuild = await a.locator('html').getAttribute('data-build');
  const problems: string[] = [];
  for (const page of [a, b]) {
    await mark(page);
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url().includes('/assets/')) problems.push(`${response.status()} ${response.url()}`);
    });
  }

  // Offline, the desk keeps working while the organizer deploys the next version.
  await goOffline(server, context);
  expect(await inPage(a, 'checkIn', [badges[0]!.badge_code])).toMatchObject({ done: 1, failed: 0 });
  await nextVersion;
  installBuild(staging, served);
  await expect(a.getByTestId('connectivity')).toHaveText('Offline');

  // Back online with a sync under way: the new version is offered at once, but waits for the sync.
  const push = server.net.trapNext('POST /api/v1/sync/push', 'hold');
  await goOnline(server, context);
  await push.sprung;
  const banner = a.getByTestId('update-banner');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner.getByRole('button', { name: 'Update now' })).toBeDisabled();
  await expect(banner).toContainText('The update waits until the sync has finished.');
  push.release();
  await expect(banner.getByRole('button', { name: 'Update now' })).toBeEnabled();
  for (const page of [a, b]) {
    expect(await stillHere(page)).toBe(true);
    expect(await page.locator('html').getAttribute('data-build')).toBe(firstBuild);
  }

  // Before the update is accepted, the running version's lazy chunks load (from its precache).
  await a.getByRole('link', { name: 'Register walk-in' }).click();
  await expect(a.locator('#walkin-name')).toBeVisible();

  // Staff accept in tab A: it reloads into the new version, whose lazy chunks load too.
  await Promise.all([a.waitForEvent('load'), banner.getByRole('button', { name: 'Update now' }).click()]);
  await expect(a.locator('html')).toHaveAttribute('data-build', 'faults-next');
  await a.goto(`${server.url}/desk/register?lang=en`);
  await expect(a.locator('#walkin-name')).toBeVisible();

  // Tab B still runs the old version, now under the new service worker: the chunks only the old
  // version has still load, from the server (not from a browser cache that may have dropped them).
  await (await context.newCDPSession(b)).send('Network.clearBrowserCache');
  const loaded: string[] = [];
  b.on('request', (request) => {
    if (request.url().includes('/assets/') && request.url().endsWith('.js')) loaded.push(path.basename(new URL(request.url()).pathname));
  });
  await b.getByRole('link', { name: 'Register walk-in' }).click();
  await expect(b.locator('#walkin-name')).toBeVisible();
  expect(await stillHere(b)).toBe(true);
  expect(await b.locator('html').getAttribute('data-build')).toBe(firstBuild);
  const nextOwn = JSON.parse(readFileSync(path.join(served, '.own-assets.json'), 'utf8')) as string[];
  expect(loaded.filter((f) => !nextOwn.includes(f)).length).toBeGreaterThan(0);
  expect(problems).toEqual([]);

  // And the check-in made offline reached the server, once.
  expect(await expectAllDelivered(server, a, { deviceName: name })).toHaveLength(1);
});
