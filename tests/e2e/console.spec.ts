/**
 * The organizer's first hour: create the account, name the event, pair a desk from the console,
 * watch it in the device list, revoke it (its queue is kept and it asks to be paired again),
 * pair it again and see the held record delivered; unpairing with unsynced records is refused
 * until they are exported.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { goOffline, goOnline, scanWithWedge, serverCheckins } from './support/app';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => server?.stop());

async function createCode(consolePage: Page): Promise<string> {
  await consolePage.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Devices' }).click();
  await consolePage.getByLabel('Role').selectOption('desk');
  await consolePage.getByRole('button', { name: 'Create pairing code' }).click();
  const link = consolePage.getByTestId('pairing-code').getByRole('link');
  await expect(link).toBeVisible();
  return (await link.getAttribute('href')) ?? '';
}

test('console: account, event, pairing, fleet, revoke and re-pair', async ({ browser }) => {
  const organizer = await browser.newContext();
  const consolePage = await organizer.newPage();
  await consolePage.goto(`${server.url}/console?lang=en`);
  await expect(consolePage.getByRole('heading', { name: 'Create the organizer account' })).toBeVisible();
  await consolePage.getByLabel('User name').fill('organizer');
  await consolePage.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await consolePage.getByLabel('Repeat the password').fill('correct horse battery');
  await consolePage.getByRole('button', { name: 'Create account' }).click();
  await expect(consolePage.getByText('Check-ins', { exact: true })).toBeVisible();

  await consolePage.getByLabel('Event name').fill('2026 深圳国际电子展');
  await consolePage.getByLabel('Venue').fill('深圳会展中心');
  await consolePage.getByRole('button', { name: 'Save' }).click();
  await expect(consolePage.getByText('Saved.')).toBeVisible();

  // The session survives a reload; a second account cannot be created.
  await consolePage.reload();
  await expect(consolePage.getByLabel('Event name')).toHaveValue('2026 深圳国际电子展');
  const setupAgain = await consolePage.request.post(`${server.url}/api/v1/console/setup`, { data: { username: 'mallory', password: 'another long password' } });
  expect(setupAgain.status()).toBe(409);

  // Pair a tablet with a code from the console.
  const tablet = await browser.newContext();
  const tabletPage = await tablet.newPage();
  await tabletPage.goto(await createCode(consolePage));
  await tabletPage.locator('#pair-name').fill('Gate A');
  await tabletPage.locator('form button[type=submit]').click();
  await expect(tabletPage.getByTestId('paired')).toBeVisible();
  await tabletPage.goto(`${server.url}/desk?lang=en`);
  await scanWithWedge(tabletPage, 'WALKIN-0001');
  await expect.poll(async () => (await serverCheckins(server)).length, { timeout: 30_000 }).toBe(1);

  const row = consolePage.getByTestId('device-row').filter({ hasText: 'Gate A' });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(row).toContainText('Active');
  await consolePage.getByRole('link', { name: 'Overview' }).click();
  await expect(consolePage.getByTestId('figure-checkins')).toHaveText('1', { timeout: 20_000 });
  await consolePage.getByRole('link', { name: 'Devices' }).click();

  // Revoke: the tablet's next request is refused, its queued record stays and it asks to pair again.
  consolePage.once('dialog', (d) => void d.accept());
  await row.getByRole('button', { name: 'Revoke Gate A' }).click();
  await expect(row).toContainText('Revoked');
  await scanWithWedge(tabletPage, 'WALKIN-0002');
  await expect(tabletPage.getByTestId('needs-repair')).toBeVisible({ timeout: 30_000 });
  await expect(tabletPage.getByTestId('unsynced-count')).toHaveAttribute('data-count', '1');
  expect(await serverCheckins(server)).toHaveLength(1);

  // Pair again: the record captured under the revoked identity is delivered.
  await tabletPage.goto(`${server.url}/pair?lang=en`);
  await tabletPage.getByRole('button', { name: 'Pair again' }).click();
  const code = new URL(await createCode(consolePage)).searchParams.get('code') ?? '';
  await tabletPage.locator('#pair-code').fill(code);
  await tabletPage.locator('form button[type=submit]').click();
  await expect(tabletPage.getByTestId('paired')).toBeVisible();
  await expect.poll(async () => (await serverCheckins(server)).length, { timeout: 30_000 }).toBe(2);

  // Unpairing is refused while a record is neither synced nor exported.
  await tabletPage.goto(`${server.url}/desk?lang=en`);
  await goOffline(server, tablet);
  await scanWithWedge(tabletPage, 'WALKIN-0003');
  await expect(tabletPage.getByTestId('unsynced-count')).toHaveAttribute('data-count', '1');
  await tabletPage.goto(`${server.url}/pair?lang=en`);
  await tabletPage.getByRole('button', { name: 'Unpair' }).click();
  await expect(tabletPage.getByTestId('unpair-refused')).toContainText('1 record is not synced yet');
  const [download] = await Promise.all([tabletPage.waitForEvent('download'), tabletPage.getByRole('button', { name: 'Export unsynced records' }).click()]);
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'))) as {
    mutations: Array<{ data: { code: string } }>;
  };
  expect(exported.mutations.map((m) => m.data.code)).toEqual(['WALKIN-0003']);
  await tabletPage.getByRole('button', { name: 'Unpair' }).click();
  await expect(tabletPage.getByRole('heading', { name: 'Pair device' })).toBeVisible();
  await goOnline(server, tablet);

  // The organizer delivers the exported file: exactly once, however often it is replayed.
  const file = path.join(server.dataDir, 'unsynced.json');
  await download.saveAs(file);
  const replayed = await server.cli('replay', file, '--json');
  expect(replayed.code, replayed.stderr).toBe(0);
  expect(JSON.parse(replayed.stdout)).toMatchObject({ applied: 1, duplicate: 0, rejected: 0 });
  expect(JSON.parse((await server.cli('replay', file, '--json')).stdout)).toMatchObject({ applied: 0, duplicate: 1 });
  expect((await serverCheckins(server)).filter((c) => c.deviceName === 'Gate A')).toHaveLength(3);

  // Log out and in again.
  await consolePage.getByRole('button', { name: 'Log out' }).click();
  await expect(consolePage.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await consolePage.getByLabel('User name').fill('organizer');
  await consolePage.getByLabel('Password').fill('wrong password!!');
  await consolePage.getByRole('button', { name: 'Log in' }).click();
  await expect(consolePage.getByText('Wrong user name or password.')).toBeVisible();
  await consolePage.getByLabel('Password').fill('correct horse battery');
  await consolePage.getByRole('button', { name: 'Log in' }).click();
  await consolePage.getByRole('link', { name: 'Overview' }).click();
  await expect(consolePage.getByLabel('Event name')).toHaveValue('2026 深圳国际电子展');
  await organizer.close();
  await tablet.close();
});
