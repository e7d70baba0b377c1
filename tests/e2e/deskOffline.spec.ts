/**
 * The product's core loop, for real: a paired desk pulls the roster, loses the network (page and
 * service worker), reloads, checks in three visitors by scanner keystrokes, reloads again, and
 * when the network returns the server ends up with exactly those three check-ins, even when the
 * same push is delivered twice.
 */
import { expect, test } from '@playwright/test';
import { goOffline, goOnline, importRoster, pairDevice, scanWithWedge, serverCheckins, waitForServiceWorker } from './support/app';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => server?.stop());

test('desk check-in offline is delivered exactly once', async ({ page, context }) => {
  const badges = await importRoster(server, 25);
  await pairDevice(server, page, 'desk', 'Desk E2E');

  await page.goto(`${server.url}/desk?lang=en`);
  await expect(page.getByTestId('roster-count')).toHaveText('25', { timeout: 30_000 });
  await waitForServiceWorker(page);

  const pushes: Array<{ body: string; token: string }> = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/sync/push') && request.method() === 'POST') {
      pushes.push({ body: request.postData() ?? '', token: request.headers()['authorization'] ?? '' });
    }
  });

  await goOffline(server, context);
  await page.reload();
  await expect(page.getByTestId('connectivity')).toHaveText('Offline');

  const chosen = [badges[3], badges[11], badges[20]].map((b) => b!);
  for (const badge of chosen) {
    await scanWithWedge(page, badge.badge_code);
    const result = page.getByTestId('scan-result');
    await expect(result).toHaveAttribute('data-verdict', 'admitted');
    await expect(result).toContainText(badge.name);
  }

  await page.reload();
  await expect(page.getByTestId('checkin-row')).toHaveCount(3);
  await expect(page.locator('[data-testid=checkin-row][data-synced="0"]')).toHaveCount(3);
  await expect(page.getByTestId('unsynced-count')).toHaveAttribute('data-count', '3');
  expect(await serverCheckins(server)).toHaveLength(0);

  await goOnline(server, context);
  await expect.poll(async () => (await serverCheckins(server)).length, { timeout: 60_000, intervals: [500] }).toBe(3);
  const stored = await serverCheckins(server);
  expect(stored.map((c) => c.attendeeId).sort()).toEqual(chosen.map((b) => b.attendee_id).sort());
  expect(stored.every((c) => c.deviceName === 'Desk E2E' && c.flags.length === 0)).toBe(true);
  await expect(page.locator('[data-testid=checkin-row][data-synced="1"]')).toHaveCount(3);
  await expect(page.getByTestId('unsynced-count')).toHaveAttribute('data-count', '0');

  // The network drops the answer and the device sends the same batch again: nothing is stored twice.
  const delivered = pushes.find((p) => (JSON.parse(p.body) as { mutations: unknown[] }).mutations.length === 3);
  expect(delivered).toBeDefined();
  const replay = await fetch(`${server.directUrl}/api/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: delivered!.token },
    body: delivered!.body,
  });
  expect(replay.status).toBe(200);
  const { results } = (await replay.json()) as { results: Array<{ status: string }> };
  expect(results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
  expect(await serverCheckins(server)).toHaveLength(3);
});

test('a re-entry and an unknown code are recorded and flagged, never lost', async ({ page }) => {
  await pairDevice(server, page, 'desk', 'Desk 2');
  await page.goto(`${server.url}/desk?lang=en`);
  // A badge is vouched for by the event's keys or the roster, both pulled after pairing: until
  // then a desk records every scan as unknown. Staff see the roster count before the doors open.
  await expect(page.getByTestId('roster-count')).toHaveText('25', { timeout: 30_000 });
  const badges = JSON.parse((await server.cli('export', '--what', 'badges', '--format', 'json')).stdout) as Array<{ badge_code: string }>;
  const before = (await serverCheckins(server)).length;
  await scanWithWedge(page, badges[5]!.badge_code);
  await expect(page.getByTestId('scan-result')).toHaveAttribute('data-verdict', 'admitted');
  await scanWithWedge(page, badges[5]!.badge_code);
  await expect(page.getByTestId('scan-result')).toHaveAttribute('data-verdict', 'reentry');
  await scanWithWedge(page, 'NOT-A-BADGE-12345');
  await expect(page.getByTestId('scan-result')).toHaveAttribute('data-verdict', 'unknown');
  await expect.poll(async () => (await serverCheckins(server)).length, { timeout: 60_000 }).toBe(before + 3);
  const mine = (await serverCheckins(server)).filter((c) => c.deviceName === 'Desk 2');
  expect(mine.map((c) => c.flags.join(',')).sort()).toEqual(['', 'reentry', 'unknown']);
});
