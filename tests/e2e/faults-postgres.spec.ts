/**
 * The server on PostgreSQL, and PostgreSQL restarting while two desks push: pushes fail over to
 * retries and every record arrives once.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createDatabase, startPostgres, type PgCluster } from '../support/postgres';
import { goOffline, goOnline, importRoster, serverCheckins, type BadgeRow } from './support/app';
import { expectAllDelivered, openDesk } from './support/delivery';
import { inPage } from './support/inPage';
import { startServer, type E2EServer } from './support/server';

let cluster: PgCluster;
let server: E2EServer;
let badges: BadgeRow[];
test.beforeAll(async () => {
  cluster = await startPostgres();
  server = await startServer({ env: { DATABASE_URL: await createDatabase(cluster.url, 'faults_e2e') } });
  badges = await importRoster(server, 10);
});
test.afterAll(async () => {
  await server?.stop();
  cluster?.stop();
});

async function desk(browser: Browser, name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openDesk(server, page, name, badges.length);
  return { context, page };
}

test('PostgreSQL restarts while two desks push: the pushes are retried and every record arrives once', async ({ browser }) => {
  const desks = [await desk(browser, 'PG desk 1'), await desk(browser, 'PG desk 2')];
  try {
    const failures: number[] = [];
    for (const { context, page } of desks) {
      page.on('response', (r) => {
        if (r.url().endsWith('/api/v1/sync/push') && r.status() >= 500) failures.push(r.status());
      });
      await goOffline(server, context);
      expect(await inPage(page, 'captureCheckins', 1000, 250, page === desks[0]!.page ? 'PG1' : 'PG2')).toMatchObject({ done: 1000, failed: 0 });
    }

    // Both come online; once the first batch is on its way, PostgreSQL restarts under them.
    const first = server.net.trapNext('POST /api/v1/sync/push', 'watch');
    await Promise.all(desks.map(({ context }) => goOnline(server, context)));
    await first.requested;
    await cluster.restartInBackground();

    for (const [i, { page }] of desks.entries()) expect(await expectAllDelivered(server, page, { deviceName: `PG desk ${i + 1}` })).toHaveLength(1000);
    expect(await serverCheckins(server)).toHaveLength(2000);
    // The restart did break pushes: the server answered 5xx and the devices tried again.
    expect(failures.length).toBeGreaterThan(0);
  } finally {
    for (const { context } of desks) await context.close();
  }
});
