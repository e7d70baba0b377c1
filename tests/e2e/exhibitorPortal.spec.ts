/**
 * The exhibitor's own page, for real: the organizer makes an exhibitor login in the console and
 * sets a question for every booth; the exhibitor logs in at /exhibitor, sees only its team's leads
 * (taken on its booth tablet; another exhibitor's lead stays out), downloads CSV and XLSX, turns a
 * few business-card photos into leads read on the server, and edits its product list, which its
 * booth tablet receives at its next sync.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ensureCardSet, type CardSample } from '../support/cards/generate';
import { fieldMatches } from '../support/cards/score';
import { importRoster, pairDevice, scanWithWedge, type BadgeRow } from './support/app';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
let cards: CardSample[];
test.beforeAll(async () => {
  // One Chinese, one English, one bilingual card, as designed (the server reads them).
  const all = await ensureCardSet(17);
  cards = [all[0]!, all[9]!, all[16]!];
  server = await startServer();
});
test.afterAll(async () => server?.stop());

interface PortalLead {
  id: string;
  source: string;
  attendeeId: string | null;
  contact: { name: string | null; mobile: string | null; email: string | null };
}

async function addExhibitor(name: string): Promise<string> {
  const r = await server.cli('exhibitors', 'add', name, '--json');
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }).id;
}

async function serverLeadCount(exhibitorId: string): Promise<number> {
  const r = await server.cli('leads', 'list', '--exhibitor', exhibitorId);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as unknown[]).length;
}

/** A booth tablet of `exhibitorId` scans these badges online; returns when the server has them. */
async function boothScans(page: Page, exhibitorId: string, name: string, badges: BadgeRow[]): Promise<void> {
  await pairDevice(server, page, 'booth', name, ['--exhibitor', exhibitorId]);
  await page.goto(`${server.url}/booth?lang=en`);
  await expect(page.getByTestId('booth-exhibitor')).toBeVisible({ timeout: 60_000 });
  // The event's badge keys arrive with the first config pull: until then a scan is "not a badge of this show".
  for (const b of badges) {
    await expect(async () => {
      await scanWithWedge(page, b.badge_code);
      await expect(page.getByTestId('booth-notice')).toContainText(`New lead: ${b.name}`, { timeout: 5_000 });
    }).toPass({ timeout: 120_000 });
  }
  await expect.poll(() => serverLeadCount(exhibitorId), { timeout: 120_000, intervals: [1000] }).toBe(badges.length);
}

async function download(page: Page, name: string): Promise<{ file: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name }).click()]);
  return { file: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('exhibitor portal: login from the console, own leads only, exports, card photos to leads, products to the booth', async ({ browser }) => {
  test.setTimeout(20 * 60_000);
  const badges = await importRoster(server, 6);
  const acme = await addExhibitor('Acme 机械');
  const other = await addExhibitor('Other Ltd.');

  // Leads: two at Acme's booth tablet, one at the other exhibitor's.
  const acmeBooth = await (await browser.newContext()).newPage();
  await boothScans(acmeBooth, acme, 'Booth 王', [badges[0]!, badges[2]!]);
  const otherBooth = await (await browser.newContext()).newPage();
  await boothScans(otherBooth, other, 'Other booth', [badges[4]!]);
  await otherBooth.context().close();

  // The organizer: first account, then an exhibitor login and a question for every booth.
  const consolePage = await (await browser.newContext()).newPage();
  await consolePage.goto(`${server.url}/console?lang=en`);
  await expect(consolePage.getByRole('heading', { name: 'Create the organizer account' })).toBeVisible({ timeout: 60_000 });
  await consolePage.getByLabel('User name').fill('organizer');
  await consolePage.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await consolePage.getByLabel('Repeat the password').fill('correct horse battery');
  await consolePage.getByRole('button', { name: 'Create account' }).click();
  await expect(consolePage.getByText('Check-ins', { exact: true })).toBeVisible({ timeout: 60_000 });
  await consolePage.goto(`${server.url}/console/leads?lang=en`);
  const logins = consolePage.locator('form', { has: consolePage.getByRole('button', { name: 'Create login' }) });
  await logins.getByLabel('Exhibitor').selectOption({ label: 'Acme 机械' });
  await logins.getByLabel('User name').fill('acme-sales');
  await logins.getByLabel('Password').fill('acme sales password');
  await logins.getByRole('button', { name: 'Create login' }).click();
  // The answer is said below the form, where the logins' own actions also report.
  await expect(consolePage.getByRole('status').filter({ hasText: 'Login acme-sales created for Acme 机械.' })).toBeVisible({ timeout: 30_000 });

  const everyBooth = consolePage.getByTestId('organizer-questions');
  await everyBooth.getByRole('button', { name: 'Add a question' }).click();
  await everyBooth.getByLabel('Question text').fill('采购时间');
  await everyBooth.getByLabel('Answer type').selectOption({ label: 'One choice' });
  await everyBooth.getByLabel('Choices, one per line').fill('三个月内\n今年内');
  await everyBooth.getByRole('button', { name: 'Save' }).click();
  await expect(everyBooth.getByText('Saved. Booth devices get the change at their next sync.')).toBeVisible({ timeout: 30_000 });

  // The exhibitor logs in and sees its team's two leads, not the other exhibitor's.
  const portal = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await portal.goto(`${server.url}/exhibitor?lang=en`);
  await portal.getByLabel('User name').fill('acme-sales');
  await portal.getByLabel('Password').fill('acme sales password');
  await portal.getByRole('button', { name: 'Log in' }).click();
  await expect(portal.getByRole('heading', { name: 'Acme 机械', level: 1 })).toBeVisible({ timeout: 30_000 });
  const table = portal.getByTestId('exhibitor-leads');
  await expect(table.locator('tbody tr')).toHaveCount(2, { timeout: 30_000 });
  await expect(table).toContainText(badges[0]!.name);
  await expect(table).toContainText(badges[2]!.name);
  await expect(table).not.toContainText(badges[4]!.name);

  // CSV: UTF-8 with BOM, Chinese intact; XLSX: the same people.
  const csv = await download(portal, 'Export CSV');
  expect(csv.file).toMatch(/\.csv$/);
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
  const header = rows[0]!;
  const csvNames = rows.slice(1).map((r) => r[header.indexOf('Name')]);
  expect(csvNames.sort()).toEqual([badges[0]!.name, badges[2]!.name].sort());
  expect(rows.slice(1).map((r) => r[header.indexOf('Company')]).sort()).toEqual([badges[0]!.company, badges[2]!.company].sort());
  const xlsx = await download(portal, 'Export Excel (XLSX)');
  expect(xlsx.file).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const xlsxNames: unknown[] = [];
  workbook.worksheets[0]!.eachRow((row, i) => i > 1 && xlsxNames.push(row.getCell(1).value));
  expect(xlsxNames.sort()).toEqual([badges[0]!.name, badges[2]!.name].sort());

  // Card photos become leads, read on the server (the first read loads the models: minutes on a busy machine).
  await portal.getByLabel('Choose photos').setInputFiles(cards.map((c) => c.clean));
  await expect(table.locator('tbody tr')).toHaveCount(2 + cards.length, { timeout: 10 * 60_000 });
  const listed = (await (await portal.request.get(`${server.url}/api/v1/exhibitor/leads`)).json()) as { leads: PortalLead[] };
  const cardLeads = listed.leads.filter((l) => l.source === 'card');
  expect(cardLeads).toHaveLength(cards.length);
  for (const card of cards) {
    const lead = cardLeads.find((l) => fieldMatches('email', card.truth.email, l.contact.email));
    expect(lead, `${card.id}: no lead with email ${card.truth.email}`).toBeDefined();
    expect(fieldMatches('mobile', card.truth.mobile, lead!.contact.mobile), `${card.id}: mobile ${card.truth.mobile} read as ${lead!.contact.mobile}`).toBe(true);
  }
  expect(await serverLeadCount(other)).toBe(1);

  // The exhibitor's product list reaches its booth tablet with the next sync.
  const own = portal.getByTestId('exhibitor-profile');
  await own.getByRole('button', { name: 'Add a product' }).click();
  await own.getByLabel('Product 1', { exact: true }).fill('工业机器人');
  await own.getByRole('button', { name: 'Add a product' }).click();
  await own.getByLabel('Product 2', { exact: true }).fill('激光切割机');
  await own.getByRole('button', { name: 'Save' }).click();
  await expect(own.getByText('Saved. Booth devices get the change at their next sync.')).toBeVisible({ timeout: 30_000 });
  await portal.reload();
  await expect(portal.getByTestId('exhibitor-profile').getByLabel('Product 2', { exact: true })).toHaveValue('激光切割机', { timeout: 30_000 });

  const qualify = acmeBooth.getByTestId('lead-qualify');
  await expect(async () => {
    await acmeBooth.reload();
    await scanWithWedge(acmeBooth, badges[0]!.badge_code);
    await expect(qualify.getByLabel('激光切割机')).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 180_000 });
  await expect(qualify.getByLabel('工业机器人')).toBeVisible();
  await expect(qualify.getByRole('group', { name: '采购时间' })).toBeVisible();
  await expect(qualify.getByLabel('三个月内')).toBeVisible();
});
