/** Steps the fault-injection suites share: a desk ready to capture, and exact comparison of what the device holds with what the server stored. */
import { expect, type Page } from '@playwright/test';
import { pairDevice, serverCheckins, waitForServiceWorker, type BadgeRow } from './app';
import { inPage } from './inPage';
import type { E2EServer } from './server';

/** Pairs `page` as a desk, opens /desk with the roster pulled and the service worker in control. */
export async function openDesk(server: E2EServer, page: Page, name: string, rosterSize: number): Promise<void> {
  await pairDevice(server, page, 'desk', name);
  await page.goto(`${server.url}/desk?lang=en`);
  await expect(page.getByTestId('roster-count')).toHaveText(String(rosterSize), { timeout: 30_000 });
  await waitForServiceWorker(page);
}

/** `count` badge codes cycling through the roster (repeats are re-entries: still one record each). */
export function codes(badges: readonly BadgeRow[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => badges[i % badges.length]!.badge_code);
}

/**
 * Waits until the device has nothing left to send, then checks the server holds exactly the
 * check-ins the device captured: the same ids, each once.
 */
export async function expectAllDelivered(server: E2EServer, page: Page, opts: { deviceName?: string; timeout?: number } = {}): Promise<string[]> {
  const timeout = opts.timeout ?? 60_000;
  await expect.poll(async () => (await inPage(page, 'localState')).outbox.length, { timeout, intervals: [500] }).toBe(0);
  const local = await inPage(page, 'localState');
  expect(local.syncedCheckins).toBe(local.checkinIds.length);
  const stored = (await serverCheckins(server)).filter((c) => !opts.deviceName || c.deviceName === opts.deviceName);
  expect(stored.length).toBe(local.checkinIds.length);
  expect(new Set(stored.map((c) => c.id))).toEqual(new Set(local.checkinIds));
  return local.checkinIds;
}
