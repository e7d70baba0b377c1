/**
 * Exhibitor lead capture, for real: a booth tablet paired to one exhibitor goes offline, scans
 * three visitors' badges (one of them twice: their lead opens again, no second lead), qualifies
 * them, exports CSV and XLSX and reads the files back; when the network returns the server has
 * exactly those three leads for this exhibitor, and another exhibitor's booth tablet and login see
 * none of them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { goOffline, goOnline, importRoster, pairDevice, scanWithWedge, waitForServiceWorker } from './support/app';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => server?.stop());

interface ServerLead {
  id: string;
  attendeeId: string | null;
  exhibitorId: string;
  rating: string | null;
  notes: string;
  interests: string[];
  staff: string;
}

async function addExhibitor(name: string): Promise<string> {
  const r = await server.cli('exhibitors', 'add', name, '--json');
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }).id;
}

async function serverLeads(exhibitorId: string): Promise<ServerLead[]> {
  const r = await server.cli('leads', 'list', '--exhibitor', exhibitorId);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as ServerLead[];
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function exhibitorLogin(username: string, password: string): Promise<string> {
  const res = await fetch(`${server.directUrl}/api/v1/exhibitor/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  expect(res.status).toBe(200);
  return /sf_exhibitor=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
}

test('booth leads offline: three visitors, one scanned twice, qualified, exported, delivered once, isolated', async ({ page, context, browser }) => {
  const badges = await importRoster(server, 8);
  const acme = await addExhibitor('Acme 机械');
  const other = await addExhibitor('Other Ltd.');
  const profile = path.join(server.dataDir, 'acme-profile.json');
  writeFileSync(
    profile,
    JSON.stringify({
      products: [
        { id: 'lathe', name: '数控车床' },
        { id: 'mill', name: '加工中心' },
      ],
      questions: [{ id: 'budget', label: 'Budget', type: 'single', options: [{ id: 'small', label: '< 1M' }, { id: 'large', label: '≥ 1M' }] }],
    }),
  );
  expect((await server.cli('leads', 'products', acme, profile)).code).toBe(0);

  await pairDevice(server, page, 'booth', 'Booth 王', ['--exhibitor', acme]);
  await page.goto(`${server.url}/booth?lang=en`);
  await expect(page.getByTestId('booth-exhibitor')).toContainText('Acme 机械', { timeout: 30_000 });
  await waitForServiceWorker(page);

  await goOffline(server, context);
  await page.reload();
  await expect(page.getByTestId('connectivity')).toHaveText('Offline');
  await expect(page.getByTestId('booth-exhibitor')).toContainText('Acme 机械');

  const [first, second, third] = [badges[1]!, badges[4]!, badges[6]!];
  const qualify = page.getByTestId('lead-qualify');
  const plans = [
    { badge: first, rating: 'Hot', product: '数控车床', budget: '≥ 1M', notes: '=HYPERLINK("http://evil") 要样品', followUp: 'Quotation', due: '2030-05-01' },
    { badge: second, rating: 'Warm', product: '加工中心', budget: '< 1M', notes: '下月回访', followUp: 'Call back', due: '' },
    { badge: third, rating: 'Cold', product: null, budget: null, notes: '', followUp: null, due: '' },
  ];
  const leadIds: string[] = [];
  for (const plan of plans) {
    await scanWithWedge(page, plan.badge.badge_code);
    await expect(page.getByTestId('booth-notice')).toContainText(`New lead: ${plan.badge.name}`);
    await expect(qualify).toContainText(plan.badge.name);
    leadIds.push((await qualify.getAttribute('data-lead-id'))!);
    await qualify.getByRole('button', { name: plan.rating }).click();
    if (plan.product) await qualify.getByLabel(plan.product).check();
    if (plan.budget) await qualify.getByLabel(plan.budget).check();
    if (plan.notes) await qualify.getByLabel('Notes').fill(plan.notes);
    if (plan.followUp) await qualify.getByLabel('Follow-up').selectOption({ label: plan.followUp });
    if (plan.due) await qualify.getByLabel('Due date').fill(plan.due);
    await qualify.getByTestId('lead-save').click();
    await expect(qualify.getByTestId('lead-save-state')).toHaveAttribute('data-state', 'saved');
  }

  // The first visitor comes back: their lead opens, with what was recorded; no second lead.
  await scanWithWedge(page, first.badge_code);
  await expect(page.getByTestId('booth-notice')).toContainText(`Already a lead: ${first.name}`);
  await expect(qualify).toHaveAttribute('data-lead-id', leadIds[0]!);
  await expect(qualify.getByRole('button', { name: 'Hot' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('lead-row')).toHaveCount(3);

  // Delete with undo.
  await page.getByRole('button', { name: `Delete the lead of ${third.name}` }).click();
  await expect(page.getByTestId('lead-row')).toHaveCount(2);
  await page.getByTestId('lead-undo').click();
  await expect(page.getByTestId('lead-row')).toHaveCount(3);

  // Filters: by rating, by interest.
  await page.getByLabel('Rating', { exact: true }).last().selectOption({ label: 'Hot' });
  await expect(page.getByTestId('lead-row')).toHaveCount(1);
  await page.getByLabel('Rating', { exact: true }).last().selectOption({ label: 'All' });
  await page.getByLabel('Interest', { exact: true }).selectOption({ label: '加工中心' });
  await expect(page.getByTestId('lead-row')).toHaveCount(1);
  await page.getByLabel('Interest', { exact: true }).selectOption({ label: 'All' });
  await expect(page.getByTestId('lead-row')).toHaveCount(3);

  // Exports, offline. CSV: UTF-8 with BOM, Chinese intact, the formula-looking note escaped.
  const csv = await download(page, 'export-csv');
  expect(csv.name).toMatch(/\.csv$/);
  const text = csv.bytes.toString('utf8');
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  const header = rows[0]!;
  const byName = new Map(rows.slice(1).map((r) => [r[header.indexOf('Name')], r]));
  expect([...byName.keys()].sort()).toEqual([first.name, second.name, third.name].sort());
  expect(byName.get(first.name)?.[header.indexOf('Company')]).toBe(first.company);
  expect(byName.get(first.name)?.[header.indexOf('Notes')]).toBe('\'=HYPERLINK("http://evil") 要样品');
  expect(byName.get(first.name)?.[header.indexOf('Product interests')]).toBe('数控车床');
  expect(byName.get(first.name)?.[header.indexOf('Budget')]).toBe('≥ 1M');
  expect(byName.get(second.name)?.[header.indexOf('Rating')]).toBe('Warm');
  expect(byName.get(second.name)?.[header.indexOf('Notes')]).toBe('下月回访');

  const xlsx = await download(page, 'export-xlsx');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const names: unknown[] = [];
  sheet.eachRow((row, i) => i > 1 && names.push(row.getCell(1).value));
  expect(names.sort()).toEqual([first.name, second.name, third.name].sort());

  expect(await serverLeads(acme)).toHaveLength(0);

  // Back online: exactly three leads for this exhibitor, as qualified on the tablet.
  await goOnline(server, context);
  await expect.poll(async () => (await serverLeads(acme)).length, { timeout: 60_000, intervals: [500] }).toBe(3);
  await expect(page.locator('[data-testid=lead-row][data-synced="1"]')).toHaveCount(3, { timeout: 30_000 });
  const stored = await serverLeads(acme);
  expect(stored.map((l) => l.attendeeId).sort()).toEqual([first, second, third].map((b) => b.attendee_id).sort());
  const hot = stored.find((l) => l.attendeeId === first.attendee_id)!;
  expect(hot).toMatchObject({ rating: 'hot', interests: ['lathe'], staff: 'Booth 王', exhibitorId: acme });
  expect(await serverLeads(other)).toHaveLength(0);

  // Another exhibitor's booth tablet pulls its own (empty) lead list.
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await pairDevice(server, otherPage, 'booth', 'Other booth', ['--exhibitor', other]);
  await otherPage.goto(`${server.url}/booth?lang=en`);
  await expect(otherPage.getByTestId('booth-exhibitor')).toContainText('Other Ltd.', { timeout: 30_000 });
  const token = await otherPage.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('showfloor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('device').objectStore('device').get('this');
          get.onsuccess = () => resolve((get.result as { token: string }).token);
        };
      }),
  );
  const pulled = (await (await fetch(`${server.directUrl}/api/v1/sync/pull?stream=leads`, { headers: { authorization: `Bearer ${token}` } })).json()) as { changes: Array<{ kind: string }> };
  expect(pulled.changes.filter((c) => c.kind === 'lead')).toHaveLength(0);
  await expect(otherPage.getByTestId('lead-row')).toHaveCount(0);
  await otherContext.close();

  // Exhibitor logins: Acme's sees three, the other exhibitor's none.
  expect((await server.cli('leads', 'account', acme, 'acme-sales', '--password', 'acme sales password')).code).toBe(0);
  expect((await server.cli('leads', 'account', other, 'other-sales', '--password', 'other sales password')).code).toBe(0);
  const acmeLeads = (await (await fetch(`${server.directUrl}/api/v1/exhibitor/leads`, { headers: { cookie: await exhibitorLogin('acme-sales', 'acme sales password') } })).json()) as { leads: ServerLead[] };
  const otherLeads = (await (await fetch(`${server.directUrl}/api/v1/exhibitor/leads`, { headers: { cookie: await exhibitorLogin('other-sales', 'other sales password') } })).json()) as { leads: ServerLead[] };
  expect(acmeLeads.leads).toHaveLength(3);
  expect(otherLeads.leads).toHaveLength(0);
});
