/**
 * Fault injection on the device: the tab crashing or closed mid-capture, storage running out,
 * two tabs open at once, a clock two days wrong. Each test ends with an exact count of check-ins
 * on the server.
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { goOffline, goOnline, importRoster, scanWithWedge, serverCheckins, type BadgeRow } from './support/app';
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

/** Every check-in on the device has its outbox row and every outbox row its check-in (nothing synced yet: offline). */
async function expectRecordsMatchOutbox(page: Page): Promise<number> {
  const local = await inPage(page, 'localState');
  expect(local.syncedCheckins).toBe(0);
  expect(local.outbox.map((o) => o.recordId).sort()).toEqual([...local.checkinIds].sort());
  return local.checkinIds.length;
}

test('the tab crashes, or is closed, in the middle of captures: a record and its outbox row exist together or not at all', async ({ context }) => {
  const first = await context.newPage();
  await openDesk(server, first, 'Crashing desk', badges.length);
  await goOffline(server, context);
  await first.reload();

  // Four scanners' worth of captures in flight when the renderer crashes.
  await inPage(first, 'startBurst', codes(badges, 3000), 4);
  await expect.poll(async () => (await inPage(first, 'burstProgress')).done).toBeGreaterThan(50);
  const crashed = first.waitForEvent('crash');
  const cdp = await context.newCDPSession(first);
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await first.close();

  const second = await context.newPage();
  await second.goto(`${server.url}/desk?lang=en`);
  const afterCrash = await expectRecordsMatchOutbox(second);
  expect(afterCrash).toBeGreaterThan(50);
  expect(afterCrash).toBeLessThan(3000);

  // The same with the tab closed by staff.
  await inPage(second, 'startBurst', codes(badges, 3000), 4);
  await expect.poll(async () => (await inPage(second, 'burstProgress')).done).toBeGreaterThan(50);
  await second.close({ runBeforeUnload: false });

  const third = await context.newPage();
  await third.goto(`${server.url}/desk?lang=en`);
  const afterClose = await expectRecordsMatchOutbox(third);
  expect(afterClose).toBeGreaterThan(afterCrash + 50);
  expect(afterClose).toBeLessThan(afterCrash + 3000);

  await goOnline(server, context);
  const ids = await expectAllDelivered(server, third, { deviceName: 'Crashing desk' });
  expect(ids).toHaveLength(afterClose);
});

test('storage runs out: capture stops with a clear message, and the emergency export of unsynced records delivers them', async ({ page, context }) => {
  const name = 'Full desk';
  await openDesk(server, page, name, badges.length);
  await goOffline(server, context);
  expect(await inPage(page, 'checkIn', codes(badges, 20), 1)).toMatchObject({ done: 20, failed: 0 });

  // Leave the origin a little room (Chromium counts the service worker's cache too), then fill it
  // with big records (Chromium applies a new quota to IndexedDB within about half a minute).
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  const cdp = await context.newCDPSession(page);
  const origin = new URL(server.url).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: (usage ?? 0) + 50_000 });
  const filling = await inPage(page, 'captureCheckins', 100_000, 1, 'FILL', 2000);
  expect(filling.problem).toBe('quota');
  expect(filling.done).toBeGreaterThan(0);

  // Staff scanning now are told the visitor was not recorded, and offered the export.
  await scanWithWedge(page, badges[0]!.badge_code);
  const error = page.getByTestId('capture-error');
  await expect(error).toContainText('Storage on this device is full: the record was NOT saved.');
  await expect(page.getByTestId('scan-result')).toHaveCount(0);
  const local = await inPage(page, 'localState');
  expect(local.outbox).toHaveLength(local.checkinIds.length);
  const [download] = await Promise.all([page.waitForEvent('download'), error.getByRole('button', { name: 'Export unsynced records' }).click()]);
  await expect(page.getByTestId('emergency-export-saved')).toContainText(`Saved ${local.checkinIds.length} records to`);
  // Not under test-results/: another Playwright run starting in this tree would clear it.
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'showfloor-export-')), download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as { mutations: Array<{ data: { id: string } }> };
  expect(exported.mutations.map((m) => m.data.id).sort()).toEqual([...local.checkinIds].sort());

  // The organizer replays the file: every record, once.
  const replayed = await server.cli('replay', file, '--json');
  expect(replayed.code, replayed.stderr).toBe(0);
  expect(JSON.parse(replayed.stdout)).toMatchObject({ applied: local.checkinIds.length, duplicate: 0, rejected: 0 });

  // The device still syncs with its storage full (the server answers duplicate): its queue empties, nothing is stored twice.
  await goOnline(server, context);
  await expect.poll(async () => (await inPage(page, 'localState')).outbox.length, { timeout: 60_000 }).toBe(0);

  // Once there is room again, capture resumes and every record shows as synced.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await scanWithWedge(page, badges[1]!.badge_code);
  await expect(page.getByTestId('scan-result')).toBeVisible();
  const ids = await expectAllDelivered(server, page, { deviceName: name });
  expect(ids).toHaveLength(local.checkinIds.length + 1);
});

test('two tabs of the app on one device: one sync runner, each record delivered once', async ({ context }) => {
  const name = 'Two-tab desk';
  const [a, b] = [await context.newPage(), await context.newPage()];
  await openDesk(server, a, name, badges.length);
  await b.goto(`${server.url}/desk?lang=en`);
  await expect(b.getByTestId('roster-count')).toHaveText(String(badges.length));

  // Every push, by the tab that sent it.
  const pushes: Array<{ tab: 'a' | 'b'; ids: string[] }> = [];
  for (const [tab, page] of [['a', a], ['b', b]] as const) {
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/sync/push')) pushes.push({ tab, ids: (JSON.parse(request.postData() ?? '{}') as { mutations: Array<{ id: string }> }).mutations.map((m) => m.id) });
    });
  }
  await goOffline(server, context);
  await Promise.all([inPage(a, 'captureCheckins', 300, 50, 'TAB-A'), inPage(b, 'captureCheckins', 300, 50, 'TAB-B'), inPage(b, 'checkIn', codes(badges, 20), 1)]);
  await goOnline(server, context);
  await expectAllDelivered(server, a, { deviceName: name });
  await expect(b.getByTestId('unsynced-count')).toHaveAttribute('data-count', '0');

  // One tab ran the sync; no mutation was ever sent twice.
  expect(new Set(pushes.map((p) => p.tab)).size).toBe(1);
  const sent = pushes.flatMap((p) => p.ids);
  expect(sent).toHaveLength(620);
  expect(new Set(sent).size).toBe(620);

  // The runner's tab closes: the other takes over.
  const runner = pushes[0]!.tab === 'a' ? a : b;
  const other = runner === a ? b : a;
  await runner.close();
  pushes.length = 0;
  expect(await inPage(other, 'checkIn', [badges[3]!.badge_code], 1)).toMatchObject({ done: 1, failed: 0 });
  const ids = await expectAllDelivered(server, other, { deviceName: name });
  expect(ids).toHaveLength(621);
  expect(pushes.map((p) => p.tab)).toEqual([other === a ? 'a' : 'b']);
});

const DAY = 24 * 3_600_000;

/** Runs in the page before the app: the tablet's clock says a time `offsetMs` away from the real one. */
function setClockOff(offsetMs: number): void {
  const RealDate = Date;
  class TabletDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offsetMs);
      else super(...(args as [string]));
    }
    static override now(): number {
      return RealDate.now() + offsetMs;
    }
  }
  globalThis.Date = TabletDate as DateConstructor;
}

function dayIn(timeZone: string, at: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

test("a tablet's clock is two days behind: the server's order and per-day figures are still right", async ({ browser }) => {
  const rightContext = await browser.newContext();
  const wrongContext = await browser.newContext();
  await wrongContext.addInitScript(setClockOff, -2 * DAY);
  try {
    const right = await rightContext.newPage();
    const wrong = await wrongContext.newPage();
    await openDesk(server, right, 'Right-clock desk', badges.length);
    await openDesk(server, wrong, 'Wrong-clock desk', badges.length);
    expect(await wrong.evaluate(() => Date.now())).toBeLessThan(Date.now() - 2 * DAY + 60_000);

    // The right clock scans first, the wrong one after: the wrong one's times claim two days earlier.
    expect(await inPage(right, 'checkIn', [badges[10]!.badge_code])).toMatchObject({ done: 1 });
    await expectAllDelivered(server, right, { deviceName: 'Right-clock desk' });
    expect(await inPage(wrong, 'checkIn', [badges[11]!.badge_code, badges[12]!.badge_code])).toMatchObject({ done: 2 });
    await expectAllDelivered(server, wrong, { deviceName: 'Wrong-clock desk' });

    // On the server: capture times on its clock, so the order is the real one.
    const stored = (await serverCheckins(server)).filter((c) => c.deviceName.endsWith('-clock desk'));
    expect(stored).toHaveLength(3);
    for (const c of stored) expect(Math.abs(Date.parse(c.capturedAt) - Date.now())).toBeLessThan(10 * 60_000);
    expect([...stored].sort((x, y) => x.capturedAt.localeCompare(y.capturedAt)).map((c) => c.deviceName)).toEqual(['Right-clock desk', 'Wrong-clock desk', 'Wrong-clock desk']);

    // The day figures count them today, not two days ago.
    const report = JSON.parse((await server.cli('stats', '--json')).stdout) as { timeZone: string; byDay: Array<{ day: string; uniqueVisitors: number }> };
    const days = report.byDay.filter((d) => d.uniqueVisitors > 0).map((d) => d.day);
    expect(days).toEqual([dayIn(report.timeZone, Date.now())]);

    // And the organizer is told which tablet's clock is off, by how much.
    const devices = JSON.parse((await server.cli('devices', '--json')).stdout) as Array<{ name: string; clockSkewMs: number | null }>;
    const skew = devices.find((d) => d.name === 'Wrong-clock desk')?.clockSkewMs ?? 0;
    expect(Math.abs(skew - 2 * DAY)).toBeLessThan(60_000);
    expect(Math.abs(devices.find((d) => d.name === 'Right-clock desk')?.clockSkewMs ?? Infinity)).toBeLessThan(60_000);
  } finally {
    await rightContext.close();
    await wrongContext.close();
  }
});
