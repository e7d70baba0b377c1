/**
 * Issue 15 in the console: the organizer opens retention the day after the show, clicks a number
 * and sees the customers behind it (and takes them away as a CSV that Excel opens in Chinese);
 * then, on a phone-sized screen, enters a prospect and moves it through a development stage.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { organizerSession } from './support/showData';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
let organizer: BrowserContext;

async function cli(...args: string[]): Promise<string> {
  const result = await server.cli(...args);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

function roster(name: string, rows: string[]): string {
  const file = path.join(server.dataDir, name);
  writeFileSync(file, `\ufeff${['姓名,公司,手机,邮箱,类别,到场', ...rows].join('\n')}\n`);
  return file;
}

test.beforeAll(async ({ browser }) => {
  server = await startServer();
  const [first] = JSON.parse(await cli('events', 'list', '--json')) as Array<{ id: string }>;
  await cli('events', 'set', first!.id, '--name', 'Expo 2025', '--starts', '2025-05-13', '--ends', '2025-05-15');
  await cli('import-roster', roster('2025.csv', ['张伟,华强电子,13800138001,zw@hq.com,专业观众,2', '王芳,上海贸易,13800138002,wf@sh.com,专业观众,是', '李娜,广州展览,13800138004,ln@gz.com,专业观众,是']), '--event', first!.id);
  const next = JSON.parse(await cli('events', 'add', 'Expo 2026', '--starts', '2026-05-12', '--ends', '2026-05-14', '--json')) as { id: string };
  await cli('events', 'use', next.id);
  // 张伟 and 李娜 come back, 王芳 does not, 赵六 is new.
  await cli('import-roster', roster('2026.csv', ['张伟,华强电子,13800138001,zw@hq.com,专业观众,是', '李娜,广州展览,13800138004,ln@gz.com,专业观众,是', '赵六,新公司,13800138003,zl@new.com,专业观众,是']));
  organizer = await browser.newContext({ acceptDownloads: true });
  await organizerSession(organizer.request, server);
});
test.afterAll(async () => {
  await organizer?.close();
  await server?.stop();
});

test('the organizer opens retention, clicks a number and sees the customers behind it', async () => {
  const page = await organizer.newPage();
  await page.goto(`${server.url}/console/customers?lang=en`);
  const visitors = page.getByTestId('retention-visitors');
  await expect(visitors.getByTestId('rate-visitors-retention')).toHaveText('66.7 %');
  await expect(page.getByText('Expo 2026 compared with Expo 2025.', { exact: false })).toBeVisible();
  await visitors.getByRole('link', { name: 'Lost: 1, open the list' }).click();
  await expect(page).toHaveURL(/\/console\/customers\/list\?side=visitors&group=lost/);
  const list = page.getByTestId('retention-list');
  await expect(list.getByTestId('list-total')).toHaveText('1 customer');
  await expect(list.getByRole('link', { name: '王芳' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: 'Download CSV (Excel)' }).click()]);
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  expect(bytes.toString('utf8')).toContain('王芳');

  // The name opens the customer's page, with the edition she came to.
  await list.getByRole('link', { name: '王芳' }).click();
  await expect(page.getByTestId('customer-page').getByRole('heading', { name: '王芳' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /1\. Expo 2025/ })).toBeVisible();
});

test('on a phone, the organizer enters a prospect and moves it to the next development stage', async () => {
  const page = await organizer.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/console/customers/pipeline?lang=en`);
  await page.getByLabel('Kind', { exact: true }).last().selectOption('company');
  await page.getByLabel('Company', { exact: true }).fill('未来机器人有限公司');
  await page.locator('#prospect-source').selectOption('trade_press');
  await page.locator('#prospect-owner').fill('李经理');
  await page.getByRole('button', { name: 'Add prospect' }).click();

  const collect = page.getByTestId('column-collect');
  await expect(collect.getByRole('link', { name: '未来机器人有限公司' })).toBeVisible();
  await expect(page.getByTestId('count-collect')).toHaveText('(1)');
  await collect.getByLabel('Move 未来机器人有限公司 to').selectOption('first_contact');
  await collect.getByRole('button', { name: 'Move' }).click();
  const next = page.getByTestId('column-first_contact');
  await expect(next.getByRole('link', { name: '未来机器人有限公司' })).toBeVisible();
  await expect(page.getByTestId('count-first_contact')).toHaveText('(1)');
  await expect(page.getByTestId('count-collect')).toHaveText('(0)');
  // Nothing sticks out sideways on a phone but the board's own scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The move is stored with its time, and the CLI counts it.
  const counts = JSON.parse(await cli('pipeline', '--json')) as { companies: Record<string, number> };
  expect(counts.companies).toMatchObject({ collect: 0, first_contact: 1 });
  await next.getByRole('link', { name: '未来机器人有限公司' }).click();
  await expect(page.getByTestId('customer-stage')).toContainText('First contact');
  await expect(page.getByTestId('timeline')).toContainText('Collect information → First contact');
});
