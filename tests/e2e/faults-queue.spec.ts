/**
 * Fault injection in the queue itself: the device's token revoked in the middle of a sync, and a
 * record the server will always refuse sitting in the middle of the queue. Each test ends with an
 * exact count of check-ins on the server.
 */
import { expect, test } from '@playwright/test';
import { goOffline, goOnline, importRoster, serverCheckins, type BadgeRow } from './support/app';
import { codes, expectAllDelivered, openDesk } from './support/delivery';
import { inPage } from './support/inPage';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
let badges: BadgeRow[];
test.beforeAll(async () => {
  server = await startServer();
  badges = await importRoster(server, 20);
});
test.afterAll(async () => server?.stop());

test('the token is revoked during a sync: the queue is kept, the device asks to pair again, then everything arrives once', async ({ page, context }) => {
  const name = 'Revoked desk';
  await openDesk(server, page, name, badges.length);
  await goOffline(server, context);
  expect(await inPage(page, 'captureCheckins', 600, 200, 'REVOKE')).toMatchObject({ done: 600, failed: 0 });

  // The first batch of 200 is applied; the device is revoked before it hears so.
  const first = server.net.trapNext('POST /api/v1/sync/push', 'hold');
  await goOnline(server, context);
  await first.sprung;
  const revoked = await server.cli('devices', 'revoke', (await inPage(page, 'localState')).deviceId!);
  expect(revoked.code, revoked.stderr).toBe(0);
  first.release();

  // The next batch is refused: staff are told, in words, and nothing is dropped.
  const notice = page.getByTestId('needs-repair');
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText('The server no longer accepts this device. Records are kept; pair it again.');
  const local = await inPage(page, 'localState');
  expect(local.needsRepair).toBe(true);
  expect(local.checkinIds).toHaveLength(600);
  expect(local.outbox).toHaveLength(400);

  // Pairing again, with a new code from the organizer, resumes the sync where it stopped.
  const code = JSON.parse((await server.cli('pair', '--role', 'desk', '--json')).stdout) as { code: string };
  await notice.getByRole('link', { name: 'Pair again' }).click();
  await page.getByRole('button', { name: 'Pair again' }).click();
  await page.locator('#pair-code').fill(code.code);
  await page.locator('#pair-name').fill(name);
  await page.locator('form button[type=submit]').click();
  await expect(page.getByTestId('paired')).toBeVisible();
  await expect(page.getByTestId('needs-repair')).toHaveCount(0);

  const ids = await expectAllDelivered(server, page, { deviceName: name });
  expect(ids).toHaveLength(600);
});

test('a record the server always rejects sits mid-queue: it becomes a dead letter shown with its reason, everything behind it arrives', async ({ page, context }) => {
  const name = 'Dead-letter desk';
  await openDesk(server, page, name, badges.length);
  await goOffline(server, context);
  // 250 check-ins, then a walk-in whose badge the server cannot verify, then 250 more: the bad one is in the second batch.
  expect(await inPage(page, 'captureCheckins', 250, 250, 'BEFORE')).toMatchObject({ done: 250, failed: 0 });
  const badVisitor = await inPage(page, 'registerUnverifiableWalkIn', '无法核验');
  expect(await inPage(page, 'checkIn', codes(badges, 250), 1)).toMatchObject({ done: 250, failed: 0 });

  await goOnline(server, context);
  await expect.poll(async () => (await inPage(page, 'localState')).outbox.length, { timeout: 60_000 }).toBe(0);

  // The walk-in's own check-in is accepted (it is a scan like any other): 250 + 1 + 250.
  const local = await inPage(page, 'localState');
  expect(local.checkinIds).toHaveLength(501);
  expect(local.deadLetters).toEqual([{ type: 'visitor', error: `the badge of visitor ${badVisitor} was not issued by the desk that registered it` }]);
  const stored = (await serverCheckins(server)).filter((c) => c.deviceName === name);
  expect(stored).toHaveLength(501);
  expect(new Set(stored.map((c) => c.id))).toEqual(new Set(local.checkinIds));
  const badges2 = JSON.parse((await server.cli('export', '--what', 'badges', '--format', 'json')).stdout) as BadgeRow[];
  expect(badges2.some((b) => b.attendee_id === badVisitor)).toBe(false);

  // Staff see it, with the reason.
  const toggle = page.getByTestId('dead-letters-toggle');
  await expect(toggle).toHaveText('1 rejected record');
  await toggle.click();
  const list = page.getByTestId('dead-letters');
  await expect(list).toContainText('Records the server rejected');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText(`the badge of visitor ${badVisitor} was not issued by the desk that registered it`);
  await expectAllDelivered(server, page, { deviceName: name });
});
