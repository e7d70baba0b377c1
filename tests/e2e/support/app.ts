/** Steps shared by end-to-end tests: roster, pairing, offline switching, scanner keystrokes. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { E2EServer } from './server';

export interface BadgeRow {
  name: string;
  company: string;
  category: string;
  badge_code: string;
  attendee_id: string;
}

/** Imports `count` generated visitors through the CLI (forwarded to the running server) and returns their badges. */
export async function importRoster(server: E2EServer, count: number): Promise<BadgeRow[]> {
  const surnames = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄'];
  const lines = ['姓名,公司,手机,邮箱,类别'];
  for (let i = 0; i < count; i++) {
    lines.push(`${surnames[i % surnames.length]}测试${i},深圳示例科技有限公司${i},1380013${String(8000 + i).padStart(4, '0')},visitor${i}@example.com,专业观众`);
  }
  const file = path.join(server.dataDir, 'roster.csv');
  writeFileSync(file, `\ufeff${lines.join('\n')}\n`);
  const result = await server.cli('import-roster', file);
  expect(result.code, result.stderr).toBe(0);
  const exported = await server.cli('export', '--what', 'badges', '--format', 'json');
  expect(exported.code, exported.stderr).toBe(0);
  return JSON.parse(exported.stdout) as BadgeRow[];
}

export async function pairDevice(server: E2EServer, page: Page, role: 'desk' | 'booth' | 'kiosk', name: string, extra: string[] = []): Promise<void> {
  const result = await server.cli('pair', '--role', role, '--json', ...extra);
  expect(result.code, result.stderr).toBe(0);
  const { url } = JSON.parse(result.stdout) as { code: string; url: string };
  await page.goto(url);
  await page.locator('#pair-name').fill(name);
  await page.locator('form button[type=submit]').click();
  await expect(page.getByTestId('paired')).toBeVisible();
}

/** Waits until the service worker controls the page (the first visit installs it; a reload hands control over). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  for (let i = 0; i < 10; i++) {
    if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
    await page.reload();
    // Keystrokes sent before the app has mounted its listeners would be lost.
    await page.locator('header').waitFor();
  }
  throw new Error('the service worker never took control of the page');
}

/** No network for the page and its service worker alike. */
export async function goOffline(server: E2EServer, context: BrowserContext): Promise<void> {
  server.net.cut();
  await context.setOffline(true);
}

export async function goOnline(server: E2EServer, context: BrowserContext): Promise<void> {
  server.net.restore();
  await context.setOffline(false);
}

/**
 * Types like a USB keyboard-wedge scanner: key after key with no pause, then Enter, with no field
 * focused. (A scanner sends a character every 1–8 ms; with no added delay the keystrokes arrive as
 * fast as the browser takes them, which keeps them inside the wedge window even on a loaded machine.)
 */
export async function scanWithWedge(page: Page, code: string): Promise<void> {
  // Keys sent before the page listens for the scanner would be lost, as on a real tablet still loading.
  await page.locator('html[data-scanner=listening]').waitFor({ state: 'attached' });
  // A USB scanner types the whole code in a few milliseconds, however busy the page is. Key events
  // sent over CDP wait for the page between keys, so a page busy starting up stretched the burst
  // past the detector's 50 ms gap and the code arrived cut in two. The keys are dispatched from
  // inside the page in one go, as the scanner's would arrive.
  await page.evaluate((text) => {
    (document.activeElement as HTMLElement | null)?.blur();
    for (const key of [...text, 'Enter']) document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, code);
}

export interface ServerCheckin {
  id: string;
  capturedAt: string;
  receivedAt: string;
  attendeeId: string | null;
  deviceName: string;
  flags: string[];
}

export async function serverCheckins(server: E2EServer): Promise<ServerCheckin[]> {
  const result = await server.cli('export', '--what', 'checkins', '--format', 'json');
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as ServerCheckin[];
}
