/**
 * Issue 6, end to end in Chromium against the real server: a show with known figures (roster
 * imported with the CLI, check-ins pushed by three gates over two days, a duplicate registration,
 * press and exhibitor staff, a forged scan, leads rated at a booth) gives the post-show report those figures in Chinese and
 * in English, on screen, in the print layout and in the XLSX download; the live dashboard shows
 * them, every figure opens the records behind it, and a check-in that arrives while the console
 * is open shows up without a reload. A walk-in typed at a desk is classified there, corrected by
 * staff, and reaches the console classified again by the server with the correction kept.
 */
import ExcelJS from 'exceljs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { pairDevice, type BadgeRow } from './support/app';
import { startServer, type E2EServer } from './support/server';
import { consolePut, importRows, organizerSession, pairBooth, pairGate, pushLeads, pushScans, shanghai, type Gate } from './support/showData';

test.describe.configure({ mode: 'serial' });

const SHOW = '2026 深圳国际电子展';
let server: E2EServer;
let organizer: BrowserContext;
let badges: Map<string, BadgeRow>;
let gates: Gate[];

const badge = (name: string, company: string): BadgeRow => {
  const b = badges.get(`${name}|${company}`);
  if (!b) throw new Error(`no badge for ${name} / ${company}`);
  return b;
};

test.beforeAll(async ({ browser }) => {
  server = await startServer();
  badges = await importRows(server, [
    ['编号', '姓名', '公司', '手机', '邮箱', '类别', '地址', '员工人数'],
    ['K1', '张伟', '深圳华强电子有限公司', '13800138001', 'zw@huaqiang.cn', '专业观众', '广东省深圳市南山区科技园', '120'],
    ['K2', '李娜', '南方日报', '13800138002', '', '媒体', '广州市天河区', ''],
    ['K3', '王强', '华南机械有限公司', '13800138003', '', '展商', '', ''],
    ['K4', '陈静', '上海精密仪器有限公司', '13800138004', '', '专业观众', '上海市浦东新区', ''],
    ['K5', 'Tom Smith', 'Acme Trading Ltd', '+44 7400 123456', 'tom@acme.co.uk', '普通观众', 'London', ''],
    ['K6', 'Kelly Chan', 'Harbour Logistics', '+852 9123 4567', '', '专业观众', '香港九龙', ''],
    ['K7', '赵敏', '北京精工机械有限公司', '13800138007', '', '专业观众', '北京市朝阳区', ''],
    // The same person registered twice (same mobile): merged, counted once.
    ['K8', '陈静', '上海精密仪器', '13800138004', '', '专业观众', '', ''],
  ]);
  gates = [await pairGate(server, 'Gate 1'), await pairGate(server, 'Gate 2'), await pairGate(server, 'Gate 3')];
  const [g1, g2, g3] = gates as [Gate, Gate, Gate];
  await pushScans(server, g1, [
    { badge: badge('张伟', '深圳华强电子有限公司'), at: shanghai('2026-05-12 09:00') },
    { badge: badge('李娜', '南方日报'), at: shanghai('2026-05-12 09:10') },
    { badge: badge('王强', '华南机械有限公司'), at: shanghai('2026-05-12 08:00') },
    { badge: null, at: shanghai('2026-05-12 09:41'), flags: ['unknown'] },
  ]);
  await pushScans(server, g2, [
    { badge: badge('张伟', '深圳华强电子有限公司'), at: shanghai('2026-05-12 13:00'), flags: ['reentry'] },
    { badge: badge('陈静', '上海精密仪器有限公司'), at: shanghai('2026-05-12 10:00') },
  ]);
  await pushScans(server, g3, [
    { badge: badge('Tom Smith', 'Acme Trading Ltd'), at: shanghai('2026-05-12 11:00') },
    { badge: badge('张伟', '深圳华强电子有限公司'), at: shanghai('2026-05-13 10:00') },
    { badge: badge('Kelly Chan', 'Harbour Logistics'), at: shanghai('2026-05-13 11:00') },
  ]);
  await pushScans(server, g1, [{ badge: badge('陈静', '上海精密仪器'), at: shanghai('2026-05-13 12:00') }]);

  organizer = await browser.newContext();
  await organizerSession(organizer.request, server);
  await consolePut(organizer.request, server, '/api/v1/console/event', { name: SHOW, startsOn: '2026-05-12', endsOn: '2026-05-14', venue: '深圳会展中心（福田）' });
  const exhibitorIds: string[] = [];
  for (const [name, country] of [
    ['华强电子', 'CN'],
    ['Müller Maschinenbau GmbH', 'DE'],
  ] as const) {
    const added = await server.cli('exhibitors', 'add', name, '--json');
    expect(added.code, added.stderr).toBe(0);
    const { id } = JSON.parse(added.stdout) as { id: string };
    exhibitorIds.push(id);
    await consolePut(organizer.request, server, `/api/v1/console/exhibitors/${id}/profile`, { country, productCategories: [] });
  }
  // Business intent: 华强电子's booth scans four visitors and rates three of them.
  const booth = await pairBooth(server, '华强电子 booth', exhibitorIds[0]!);
  await pushLeads(server, booth, [
    { badge: badge('张伟', '深圳华强电子有限公司'), rating: 'hot' },
    { badge: badge('陈静', '上海精密仪器有限公司'), rating: 'warm' },
    { badge: badge('Kelly Chan', 'Harbour Logistics'), rating: 'cold' },
    { badge: badge('Tom Smith', 'Acme Trading Ltd'), rating: null },
  ]);
  await consolePut(organizer.request, server, '/api/v1/console/report/details', {
    organizers: ['深圳市会展促进会', '中国电子商会'],
    partners: ['深圳会展中心'],
    netAreaSqm: 12000,
    booths: 650,
    sideEvents: [{ title: '智能制造高峰论坛', date: '2026-05-12', participants: 320 }],
    nextEdition: { startsOn: '2027-05-11', endsOn: '2027-05-13', venue: '深圳国际会展中心', note: '' },
  });
});

test.afterAll(async () => {
  await organizer?.close();
  await server?.stop();
});

/** The figures of the known show, as every view must give them. */
const KNOWN = { unique: '4', visits: '6', tradeShare: '75.0%', mainland: '2', hkMoTw: '1', international: '1' };

async function expectKnownFigures(page: Page): Promise<void> {
  const report = page.getByTestId('report');
  await expect(report.getByTestId('report-unique')).toHaveText(KNOWN.unique);
  await expect(report.getByTestId('report-visits')).toHaveText(KNOWN.visits);
  await expect(report.getByTestId('report-trade-share')).toHaveText(KNOWN.tradeShare);
  await expect(report.getByTestId('report-mainland')).toHaveText(KNOWN.mainland);
  await expect(report.getByTestId('report-hkmotw')).toHaveText(KNOWN.hkMoTw);
  await expect(report.getByTestId('report-international')).toHaveText(KNOWN.international);
  await expect(report.getByTestId('report-net-area')).toHaveText('12,000');
  await expect(report.getByTestId('report-booths')).toHaveText('650');
  // Counted from the exhibitor list by home country.
  await expect(report.getByTestId('report-exhibitors-domestic')).toHaveText('1');
  await expect(report.getByTestId('report-exhibitors-international')).toHaveText('1');
  await expect(report.getByTestId('report-days').locator('tbody tr')).toHaveText([/2026-05-12\s*3/, /2026-05-13\s*3/]);
  await expect(report.getByTestId('report-dates')).toHaveText('2026-05-12 – 2026-05-14');
}

/** Rows of the first sheet as label → value. */
async function summaryOf(download: Buffer): Promise<{ summary: Map<string, unknown>; sheets: string[]; provinces: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(download as unknown as ArrayBuffer);
  const first = workbook.worksheets[0]!;
  const summary = new Map<string, unknown>();
  first.eachRow((row, n) => n > 1 && summary.set(String(row.getCell(1).value), row.getCell(2).value));
  const provinces: unknown[][] = [];
  workbook.worksheets[2]!.eachRow((row, n) => n > 1 && provinces.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]));
  return { summary, sheets: workbook.worksheets.map((w) => w.name), provinces };
}

async function downloadXlsx(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /XLSX|下载/ }).click()]);
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

test('the post-show report gives the known figures in Chinese and English, on screen, in print and as XLSX', async () => {
  const page = await organizer.newPage();
  await page.goto(`${server.url}/console/report?lang=en`);

  // Simplified Chinese is the report's default language, whatever the console speaks.
  const report = page.getByTestId('report');
  await expect(report).toHaveAttribute('data-lang', 'zh-CN');
  await expect(report.getByTestId('report-title')).toHaveText(`${SHOW}展后报告`);
  await expectKnownFigures(page);
  await expect(report.getByTestId('report-organizers')).toHaveText('深圳市会展促进会；中国电子商会');
  await expect(report.getByTestId('report-provinces').locator('tbody tr')).toHaveText([/上海市\s*1\s*25\.0%/, /广东省\s*1\s*25\.0%/, /香港特别行政区\s*1\s*25\.0%/]);
  await expect(report.getByTestId('report-not-counted')).toContainText('媒体 1 人，展商人员 1 人');
  await expect(report.getByTestId('report-side-events')).toContainText('智能制造高峰论坛 · 2026-05-12');
  await expect(report.getByTestId('report-next')).toContainText('2027-05-11 – 2027-05-13 · 深圳国际会展中心');
  await expect(report.getByTestId('report-leads')).toHaveText('展商共记录线索 4 条：高意向 1 条，中意向 1 条，低意向 1 条，未评级 1 条。');

  const zh = await summaryOf(await downloadXlsx(page));
  expect(zh.sheets).toEqual(['概况', '每日观众', '国内地区分布', '国家和地区', '行业', '企业规模', '关注产品', '同期活动', '客户保持与流失']);
  expect(zh.summary.get('展会名称')).toBe(SHOW);
  expect(zh.summary.get('观众人数（去重）')).toBe(4);
  expect(zh.summary.get('观众人次')).toBe(6);
  expect(zh.summary.get('专业观众占比')).toBe(75);
  expect(zh.summary.get('中国大陆观众')).toBe(2);
  expect(zh.summary.get('中国香港观众')).toBe(1);
  expect(zh.summary.get('境外观众')).toBe(1);
  expect(zh.summary.get('媒体（不计入观众）')).toBe(1);
  expect(zh.summary.get('展商人员（不计入观众）')).toBe(1);
  expect(zh.summary.get('净展出面积（平方米）')).toBe(12000);
  expect(zh.summary.get('主办单位')).toBe('深圳市会展促进会; 中国电子商会');
  expect([zh.summary.get('高意向线索'), zh.summary.get('中意向线索'), zh.summary.get('低意向线索')]).toEqual([1, 1, 1]);
  expect(zh.provinces).toEqual(expect.arrayContaining([['广东省', 1, 25], ['上海市', 1, 25], ['香港特别行政区', 1, 25]]));

  // The print layout: only the report, none of the console around it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Console sections' })).toBeHidden();
  await expect(page.locator('header').first()).toBeHidden();
  await expect(report.getByTestId('report-unique')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
  await page.emulateMedia({ media: 'screen' });

  // English.
  await page.getByLabel('Language of the report').selectOption('en');
  await expect(report).toHaveAttribute('data-lang', 'en');
  await expect(report.getByTestId('report-title')).toHaveText(`${SHOW} — post-show report`);
  await expectKnownFigures(page);
  await expect(report.getByTestId('report-organizers')).toHaveText('深圳市会展促进会; 中国电子商会');
  await expect(report.getByTestId('report-provinces').locator('tbody tr')).toHaveText([/Shanghai\s*1\s*25\.0%/, /Guangdong\s*1\s*25\.0%/, /Hong Kong\s*1\s*25\.0%/]);
  await expect(report.getByTestId('report-not-counted')).toContainText('1 press, 1 exhibitor staff');
  await expect(report.getByTestId('report-leads')).toHaveText('4 leads recorded by exhibitors: 1 hot, 1 warm, 1 cold, 1 not rated.');
  await expect(report).toContainText('How we count');

  const en = await summaryOf(await downloadXlsx(page));
  expect(en.sheets[0]).toBe('Summary');
  expect(en.summary.get('Unique visitors')).toBe(4);
  expect(en.summary.get('Visits')).toBe(6);
  expect(en.summary.get('Trade visitor share')).toBe(75);
  expect(en.summary.get('Visitors from mainland China')).toBe(2);
  expect(en.summary.get('International visitors')).toBe(1);
  expect([en.summary.get('Hot leads'), en.summary.get('Warm leads'), en.summary.get('Cold leads')]).toEqual([1, 1, 1]);
  expect(en.provinces).toEqual(expect.arrayContaining([['Guangdong', 1, 25], ['Shanghai', 1, 25], ['Hong Kong', 1, 25]]));

  // `cli stats --json` prints the same figures.
  const cli = await server.cli('stats', '--json');
  expect(cli.code, cli.stderr).toBe(0);
  const printed = JSON.parse(cli.stdout) as { visitors: { uniqueVisitors: number; visits: number; tradeShare: number } };
  expect(printed.visitors).toMatchObject({ uniqueVisitors: 4, visits: 6, tradeShare: 0.75 });
  await page.close();
});

test('the dashboard shows the figures, opens the records behind them, and refreshes by itself when a check-in arrives', async () => {
  const page = await organizer.newPage();
  await page.goto(`${server.url}/console/dashboard?lang=en`);
  await expect(page.getByTestId('dash-unique')).toHaveText(KNOWN.unique);
  await expect(page.getByTestId('dash-visits')).toHaveText(KNOWN.visits);
  await expect(page.getByTestId('dash-trade')).toHaveText('3');
  await expect(page.getByTestId('dash-hk')).toHaveText('1');
  await expect(page.getByTestId('dash-press')).toHaveText('1');
  await expect(page.getByTestId('dash-exhibitor-staff')).toHaveText('1');
  await expect(page.getByTestId('dash-flagged')).toHaveText('1');
  await expect(page.getByTestId('dash-leads')).toContainText('Hot 1 · warm 1 · cold 1 · not rated 1');
  await expect(page.getByTestId('dash-leads').locator('tr', { hasText: '华强电子' })).toContainText('4');

  // The records behind "unique visitors": the four people, the duplicate registration once.
  await page.getByRole('link', { name: 'Unique visitors, all days: 4, show the details' }).click();
  await expect(page.getByTestId('drill-total')).toHaveAttribute('data-total', '4');
  const people = page.getByTestId('person-table').locator('tbody tr');
  await expect(people).toHaveCount(4);
  for (const name of ['张伟', '陈静', 'Tom Smith', 'Kelly Chan']) await expect(people.filter({ hasText: name })).toHaveCount(1);
  // Two show days, two registration records, one person.
  await expect(people.filter({ hasText: '陈静' }).locator('td.num')).toHaveText(['2', '2']);

  // The visits behind "visits": one row per person and day.
  await page.goBack();
  await page.getByRole('link', { name: 'Visits (person × day): 6, show the details' }).click();
  await expect(page.getByTestId('drill-total')).toHaveAttribute('data-total', '6');
  await expect(page.getByTestId('drilldown').locator('tbody tr')).toHaveCount(6);

  // Press are admitted but not visitors: their own figure, their own records.
  await page.goBack();
  await page.getByRole('link', { name: 'Press: 1, show the details' }).click();
  await expect(page.getByTestId('person-table').locator('tbody tr')).toHaveText([/李娜/]);

  // A visitor checks in at a gate while the dashboard is open: it updates without a reload.
  await page.goBack();
  await expect(page.getByTestId('dash-unique')).toHaveText(KNOWN.unique);
  const navigations: string[] = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));
  await pushScans(server, gates[1]!, [{ badge: badge('赵敏', '北京精工机械有限公司'), at: new Date().toISOString() }]);
  await expect(page.getByTestId('dash-unique')).toHaveText('5', { timeout: 30_000 });
  await expect(page.getByTestId('dash-visits')).toHaveText('7');
  await expect(page.getByTestId('dash-unique-today')).toHaveText('1');
  expect(navigations).toEqual([]);
  await page.close();
});

test('a walk-in is classified on the desk as it is typed, corrected by staff, and reaches the console with the correction', async ({ browser }) => {
  const tablet = await browser.newContext();
  const desk = await tablet.newPage();
  await pairDevice(server, desk, 'desk', 'Desk 1');
  await desk.goto(`${server.url}/desk/register?lang=en`);
  await desk.locator('#walkin-name').fill('Li Lei');
  await desk.locator('#walkin-company').fill('Acme Semiconductor Ltd');
  await desk.locator('#walkin-mobile').fill('+44 7400 123457');
  await desk.getByLabel('I agree that the organizer stores').check();

  // What the rules make of it, on the tablet, before anything is saved.
  const panel = desk.getByTestId('walkin-classification');
  // Folded at the desk (it is the organizer's table): staff open it to check or correct.
  await panel.locator('summary').click();
  await expect(panel.locator('tr[data-field="country"]')).toHaveAttribute('data-status', 'inferred');
  await expect(panel.getByTestId('classification-value-country')).toHaveText('United Kingdom');
  await expect(panel.locator('tr[data-field="country"]')).toContainText('country code of the phone number');
  await expect(panel.locator('tr[data-field="industry"]')).toHaveAttribute('data-rule', 'industry.company-name');
  await expect(panel.locator('tr[data-field="industry"]')).toContainText('trade stated in the company name');
  await expect(panel.getByTestId('classification-value-industry')).toHaveText('Electronics and components');

  // The visitor makes machines, not chips: staff correct it, and it is declared from then on.
  await panel.getByRole('button', { name: 'Correct Industry' }).click();
  await panel.getByLabel('Correct value of Industry').selectOption({ label: 'Machinery and equipment' });
  await panel.getByRole('button', { name: 'Save correction' }).click();
  await expect(panel.locator('tr[data-field="industry"]')).toHaveAttribute('data-rule', 'corrected');
  await expect(panel.getByTestId('classification-value-industry')).toHaveText('Machinery and equipment');
  await desk.getByRole('button', { name: 'Register and check in' }).click();
  await expect(desk.getByTestId('walkin-saved')).toBeVisible();

  // The server classified it again on receipt and kept the correction.
  let person: { person_id: string; industry: string; country: string; industry_status: string; industry_rule: string } | undefined;
  await expect
    .poll(
      async () => {
        const exported = await server.cli('export', '--what', 'visitors', '--format', 'json', '--lang', 'en');
        person = (JSON.parse(exported.stdout) as Array<NonNullable<typeof person> & { name: string }>).find((p) => p.name === 'Li Lei');
        return person ? [person.industry, person.country, person.industry_status, person.industry_rule] : null;
      },
      { timeout: 30_000 },
    )
    .toEqual(['machinery', 'GB', 'Corrected by staff', 'correction by staff']);
  const page = await organizer.newPage();
  await page.goto(`${server.url}/console/visitors/${person!.person_id}?lang=en`);
  const industry = page.getByTestId('classification').locator('tr[data-field="industry"]');
  await expect(industry.locator('td[data-status]')).toHaveAttribute('data-status', 'declared');
  await expect(industry).toContainText('corrected by staff');
  await expect(industry).toContainText('corrected by staff at registration desk');
  await expect(industry).toContainText('previously Electronics and components (Inferred, trade stated in the company name)');
  await expect(industry).not.toContainText('industry.');
  const country = page.getByTestId('classification').locator('tr[data-field="country"]');
  await expect(country.locator('td[data-status]')).toHaveAttribute('data-status', 'inferred');
  await page.close();
  await tablet.close();
});
