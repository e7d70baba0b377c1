/**
 * Issue 18 items 2 and 4: the desk's headline counts people admitted today (the report's rules:
 * a re-entry is the same person, a flagged scan admits nobody), with scans and flagged scans apart;
 * staff undo a check-in made by mistake and the desk, the report and `cli stats` follow; the
 * device list reports the desk's own queue after its sync, with the figure's age.
 */
import { expect, test } from '@playwright/test';
import { importRoster, pairDevice, scanWithWedge } from './support/app';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => server?.stop());

interface Figures {
  visitors: { uniqueVisitors: number; admittedEntries: number; flaggedScans: number };
}
async function reportFigures(): Promise<Figures['visitors']> {
  const run = await server.cli('stats', '--json');
  expect(run.code, run.stderr).toBe(0);
  const { uniqueVisitors, admittedEntries, flaggedScans } = (JSON.parse(run.stdout) as Figures).visitors;
  return { uniqueVisitors, admittedEntries, flaggedScans };
}

test('people admitted today are people; scans and flagged scans apart; an undo takes a check-in out everywhere', async ({ page }) => {
  const badges = await importRoster(server, 6);
  await pairDevice(server, page, 'desk', 'Gate counters');
  await page.goto(`${server.url}/desk?lang=en`);
  await expect(page.getByTestId('roster-count')).toHaveText('6', { timeout: 30_000 });
  // Before the first scan the list says what to do.
  await expect(page.getByTestId('no-checkins')).toHaveText('No check-ins yet — scan a badge or search a name.');

  const [a, b, c] = badges as [(typeof badges)[0], (typeof badges)[0], (typeof badges)[0]];
  for (const badge of [a, b, c]) {
    await scanWithWedge(page, badge.badge_code);
    await expect(page.getByTestId('scan-result')).toHaveAttribute('data-verdict', 'admitted');
  }
  await scanWithWedge(page, a.badge_code);
  await expect(page.getByTestId('scan-result')).toHaveAttribute('data-verdict', 'reentry');
  await scanWithWedge(page, 'NOT-A-BADGE-42');
  await expect(page.getByTestId('scan-result')).toHaveAttribute('data-verdict', 'unknown');

  await expect(page.getByTestId('today-count')).toHaveText('3');
  await expect(page.getByTestId('scans-today')).toHaveText('5');
  await expect(page.getByTestId('flagged-today')).toHaveText('2');

  // The server counts the same people once the desk has synced.
  await expect.poll(reportFigures, { timeout: 60_000, intervals: [500] }).toEqual({ uniqueVisitors: 3, admittedEntries: 4, flaggedScans: 1 });

  // B was checked in by mistake: undone beside its row, after one question.
  const row = page.getByTestId('checkin-row').filter({ hasText: b.name });
  await row.getByTestId('undo-checkin').click();
  await row.getByTestId('undo-confirm').click();
  await expect(row).toHaveAttribute('data-undone', 'true');
  await expect(row.getByTestId('checkin-undone')).toHaveText('Undone');
  await expect(page.getByTestId('today-count')).toHaveText('2');
  await expect(page.getByTestId('scans-today')).toHaveText('4');
  await expect.poll(reportFigures, { timeout: 60_000, intervals: [500] }).toEqual({ uniqueVisitors: 2, admittedEntries: 3, flaggedScans: 1 });
  // Still stored: an undo never deletes the check-in.
  const exported = JSON.parse((await server.cli('export', '--what', 'checkins', '--format', 'json')).stdout) as Array<{ attendeeId: string | null }>;
  expect(exported.filter((x) => x.attendeeId === b.attendee_id)).toHaveLength(1);

  // B arrives for real later: a first entry again, not a re-entry.
  await scanWithWedge(page, b.badge_code);
  await expect(page.getByTestId('scan-result')).toHaveAttribute('data-verdict', 'admitted');
  await expect(page.getByTestId('today-count')).toHaveText('3');

  // The device list shows the desk's own queue after its last sync (0), and when it said so.
  await expect
    .poll(
      async () => {
        const list = JSON.parse((await server.cli('devices', '--json')).stdout) as Array<{ name: string; unsynced: number | null; unsyncedReportedAt: string | null }>;
        const desk = list.find((d) => d.name === 'Gate counters');
        return desk && desk.unsynced === 0 && desk.unsyncedReportedAt !== null;
      },
      { timeout: 60_000, intervals: [500] },
    )
    .toBe(true);
  const text = await server.cli('devices');
  expect(text.stdout).toMatch(/Gate counters .* unsynced 0 \(reported (just now|\d+ min ago)\)/);
});
