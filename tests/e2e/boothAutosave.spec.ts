/**
 * Issue 18 item 1: nothing typed at the booth is lost. A rating and a note on one lead, then the
 * next badge scanned at once (no save pressed), or another lead opened from the list: the edits
 * are there when the lead is opened again, after a reload too, and reach the server.
 */
import { expect, test } from '@playwright/test';
import { importRoster, pairDevice, scanWithWedge } from './support/app';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => server?.stop());

interface ServerLead {
  attendeeId: string | null;
  rating: string | null;
  notes: string;
}

test('lead edits save as they are made: scanning the next badge or opening another lead keeps them, and they sync', async ({ page }) => {
  const badges = await importRoster(server, 5);
  const added = await server.cli('exhibitors', 'add', 'Autosave 机械', '--json');
  expect(added.code, added.stderr).toBe(0);
  const exhibitor = (JSON.parse(added.stdout) as { id: string }).id;
  await pairDevice(server, page, 'booth', 'Booth autosave', ['--exhibitor', exhibitor]);
  await page.goto(`${server.url}/booth?lang=en`);
  await expect(page.getByTestId('booth-exhibitor')).toContainText('Autosave 机械', { timeout: 30_000 });

  const [a, b, c] = [badges[0]!, badges[1]!, badges[2]!];
  const qualify = page.getByTestId('lead-qualify');

  // A: rated and noted, then B's badge is scanned straight away, with no pause and no save.
  await scanWithWedge(page, a.badge_code);
  await expect(qualify).toContainText(a.name);
  await qualify.getByRole('button', { name: 'Hot' }).click();
  await qualify.getByLabel('Notes').fill('要报价 three lathes');
  await scanWithWedge(page, b.badge_code);
  await expect(qualify).toContainText(b.name);

  // B: a note, then C's lead opened from the list (another way to leave a lead).
  await qualify.getByLabel('Notes').fill('call back Monday');
  await scanWithWedge(page, c.badge_code);
  await expect(qualify).toContainText(c.name);
  await page.getByRole('button', { name: `Open the lead of ${b.name}` }).click();
  await expect(qualify).toContainText(b.name);
  await expect(qualify.getByLabel('Notes')).toHaveValue('call back Monday');
  await qualify.getByRole('button', { name: 'Warm' }).click();
  await page.getByRole('button', { name: `Open the lead of ${a.name}` }).click();

  // A again: its edits are there.
  await expect(qualify).toContainText(a.name);
  await expect(qualify.getByRole('button', { name: 'Hot' })).toHaveAttribute('aria-pressed', 'true');
  await expect(qualify.getByLabel('Notes')).toHaveValue('要报价 three lathes');

  // And after a reload (they are in IndexedDB, not in the page).
  await page.reload();
  await page.getByRole('button', { name: `Open the lead of ${b.name}` }).click();
  await expect(qualify.getByRole('button', { name: 'Warm' })).toHaveAttribute('aria-pressed', 'true');
  await expect(qualify.getByLabel('Notes')).toHaveValue('call back Monday');

  // Synced like any capture.
  const leadOf = async (attendeeId: string) => {
    const r = await server.cli('leads', 'list', '--exhibitor', exhibitor);
    expect(r.code, r.stderr).toBe(0);
    const found = (JSON.parse(r.stdout) as ServerLead[]).find((l) => l.attendeeId === attendeeId);
    return found ? { rating: found.rating, notes: found.notes } : null;
  };
  await expect.poll(() => leadOf(a.attendee_id), { timeout: 60_000, intervals: [500] }).toEqual({ rating: 'hot', notes: '要报价 three lathes' });
  await expect.poll(() => leadOf(b.attendee_id), { timeout: 60_000, intervals: [500] }).toEqual({ rating: 'warm', notes: 'call back Monday' });
});
