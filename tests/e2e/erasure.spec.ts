/**
 * A visitor asks for their data and then for its erasure. The organizer downloads it from the
 * visitor's page in the console and erases it there; the desk tablet that holds the roster (and
 * checked the visitor in) forgets them at its next sync: the roster row is gone from its
 * IndexedDB, its search no longer finds them, and its own check-in keeps the time but not the name.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { importRoster, pairDevice, waitForServiceWorker } from './support/app';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => server?.stop());

/** The desk's own IndexedDB: roster ids and the check-ins it holds. */
function deskStore(page: Page): Promise<{ roster: string[]; checkins: Array<{ attendeeId: string | null; name: string | null; code: string }> }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('showfloor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['roster', 'checkins']);
          const roster = tx.objectStore('roster').getAllKeys();
          const checkins = tx.objectStore('checkins').getAll();
          tx.oncomplete = () => {
            resolve({ roster: roster.result as string[], checkins: checkins.result as Array<{ attendeeId: string | null; name: string | null; code: string }> });
            open.result.close();
          };
        };
      }),
  );
}

test('a visitor’s data is downloaded and erased in the console, and the desk forgets them at its next sync', async ({ browser }) => {
  const badges = await importRoster(server, 3);
  const visitor = badges[1]!;

  const tablet = await browser.newContext();
  const desk = await tablet.newPage();
  await pairDevice(server, desk, 'desk', 'Gate A');
  await desk.goto(`${server.url}/desk?lang=en`);
  await expect(desk.getByTestId('roster-count')).toHaveText('3', { timeout: 30_000 });
  await waitForServiceWorker(desk);
  // Typed into the code field (a long code typed by a wedge scanner is another test's subject).
  await desk.getByLabel('Badge code').fill(visitor.badge_code);
  await desk.getByRole('button', { name: 'Check in', exact: true }).click();
  await expect(desk.getByTestId('scan-result')).toHaveAttribute('data-verdict', 'admitted');
  await expect(desk.getByTestId('scan-result')).toContainText(visitor.name);
  await desk.getByLabel('Name, pinyin, company, last 4 digits of mobile, or email').fill(visitor.name);
  await expect(desk.getByTestId('search-hit')).toHaveCount(1);

  const office = await browser.newContext({ acceptDownloads: true });
  const organizer = await office.newPage();
  expect((await organizer.request.post(`${server.url}/api/v1/console/setup`, { data: { username: 'organizer', password: 'correct horse battery' } })).status()).toBe(200);
  await organizer.goto(`${server.url}/console/visitors/${visitor.attendee_id}?lang=en`);
  await expect(organizer.getByRole('heading', { name: visitor.name, exact: true })).toBeVisible();

  const [download] = await Promise.all([organizer.waitForEvent('download'), organizer.getByRole('button', { name: 'Download their data (JSON)' }).click()]);
  const data = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as {
    records: Array<{ name: string; email: string }>;
    checkins: Array<{ device: string }>;
  };
  expect(data.records).toEqual([expect.objectContaining({ name: visitor.name, email: 'visitor1@example.com' })]);
  await expect.poll(async () => ((await (await organizer.request.get(`${server.url}/api/v1/console/visitors/${visitor.attendee_id}/data`)).json()) as typeof data).checkins.length, { timeout: 30_000 }).toBe(1);

  organizer.once('dialog', (d) => void d.accept());
  await organizer.getByRole('button', { name: 'Erase this visitor' }).click();
  await expect(organizer.getByTestId('erased')).toContainText('Erased: 1 registration(s), 1 check-in(s)');
  await expect(organizer.getByText(visitor.name)).toHaveCount(0);

  // The desk's next sync (here: the app starting again) removes the visitor from its own store.
  await desk.reload();
  await expect(desk.getByTestId('roster-count')).toHaveText('2', { timeout: 30_000 });
  const store = await deskStore(desk);
  expect(store.roster).not.toContain(visitor.attendee_id);
  expect(store.checkins).toEqual([expect.objectContaining({ attendeeId: visitor.attendee_id, name: null, code: 'erased' })]);
  await desk.getByLabel('Name, pinyin, company, last 4 digits of mobile, or email').fill(visitor.name);
  await expect(desk.getByText('0 matches')).toBeVisible();
  await expect(desk.getByTestId('search-hit')).toHaveCount(0);
  await expect(desk.getByText(visitor.name)).toHaveCount(0);
});
