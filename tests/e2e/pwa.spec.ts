/**
 * The installable, offline PWA: Chromium finds nothing missing for installation, the shell opens
 * with no network after the first visit, and a new version is offered, never forced: it waits
 * while offline and reloads only when staff accept it.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';
import { goOffline, goOnline, waitForServiceWorker } from './support/app';
import { builtApp, startServer, type E2EServer } from './support/server';

let server: E2EServer;
let served: string;
test.beforeAll(async () => {
  // Serve a copy of the build, so this test can deploy a "new version" over it.
  served = mkdtempSync(path.join(tmpdir(), 'showfloor-served-'));
  cpSync(builtApp(), served, { recursive: true });
  server = await startServer({ staticDir: served });
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(served, { recursive: true, force: true });
});

test('Chromium reports the app installable, with a complete manifest', async ({ browserName: _b }, testInfo) => {
  // Test contexts are incognito, where nothing is installable: use a real profile.
  const profile = mkdtempSync(path.join(tmpdir(), 'showfloor-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...(testInfo.project.use.launchOptions ?? {}), serviceWorkers: 'allow' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/`);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const manifest = (await (await fetch(`${server.directUrl}/manifest.webmanifest`)).json()) as Record<string, unknown> & {
    icons: Array<{ sizes: string; purpose?: string }>;
  };
  expect(manifest).toMatchObject({ name: expect.any(String), short_name: expect.any(String), display: 'standalone', start_url: '/', theme_color: expect.any(String) });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
});

test('every mode route opens offline, in the chosen language, and the language is remembered', async ({ page, context }) => {
  await page.goto(`${server.url}/?lang=zh-TW`);
  await waitForServiceWorker(page);
  await goOffline(server, context);
  for (const route of ['/pair', '/desk', '/booth', '/kiosk']) {
    await page.goto(`${server.url}${route}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await expect(page.locator('header')).toBeVisible();
  }
  await page.goto(`${server.url}/pair?lang=en`);
  await expect(page.getByRole('heading', { name: 'Pair device' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pair device' })).toBeVisible();
  await page.goto(`${server.url}/pair?lang=zh-CN`);
  await expect(page.getByRole('heading', { name: '配对设备' })).toBeVisible();
  await goOnline(server, context);
});

test('a new version is offered, waits while offline, and loads only when accepted', async ({ page, context }) => {
  await page.goto(`${server.url}/pair?lang=en`);
  await waitForServiceWorker(page);
  const firstBuild = await page.locator('html').getAttribute('data-build');
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  // Deploy a new build of the same sources over the served directory.
  const next = mkdtempSync(path.join(tmpdir(), 'showfloor-next-'));
  buildIfNeeded({ outDir: next, env: { SHOWFLOOR_BUILD_ID: 'next-version' }, force: true });
  rmSync(served, { recursive: true, force: true });
  cpSync(next, served, { recursive: true });
  rmSync(next, { recursive: true, force: true });

  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const banner = page.getByTestId('update-banner');
  await expect(banner).toBeVisible({ timeout: 30_000 });

  await goOffline(server, context);
  await expect(banner.getByRole('button', { name: 'Update now' })).toBeDisabled();
  await expect(banner).toContainText('waits until the device is online');
  // Nothing reloaded by itself.
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  expect(await page.locator('html').getAttribute('data-build')).toBe(firstBuild);

  await goOnline(server, context);
  await expect(banner.getByRole('button', { name: 'Update now' })).toBeEnabled();
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Update now' }).click()]);
  await expect(page.locator('html')).toHaveAttribute('data-build', 'next-version');
});
