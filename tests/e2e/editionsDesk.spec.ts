/**
 * Issue 15 at the desk: a visitor who came to last year's edition is greeted as returning at
 * check-in, offline, from the roster alone (it carries a returning mark and the edition count,
 * nothing else of other editions); a first-time visitor is not.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { goOffline, pairDevice, scanWithWedge, waitForServiceWorker, type BadgeRow } from './support/app';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => server?.stop());

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

test('the desk greets a visitor of last year’s edition as returning, offline', async ({ page, context }) => {
  const [last] = JSON.parse(await cli('events', 'list', '--json')) as Array<{ id: string }>;
  await cli('events', 'set', last!.id, '--name', 'Expo 2025', '--starts', '2025-05-13', '--ends', '2025-05-15');
  await cli('import-roster', roster('2025.csv', ['张伟,华强电子,13800138001,zw@hq.com,专业观众,2', '王芳,上海贸易,13800138002,,专业观众,否']), '--event', last!.id);
  const next = JSON.parse(await cli('events', 'add', 'Expo 2026', '--starts', '2026-05-12', '--ends', '2026-05-14', '--json')) as { id: string };
  await cli('events', 'use', next.id);
  // 张伟 comes again with a new mobile (found by his email); 王芳 registered last year but never came; 李新 is new.
  await cli('import-roster', roster('2026.csv', ['张伟,华强电子,13900139001,zw@hq.com,专业观众,', '王芳,上海贸易,13800138002,,专业观众,', '李新,新公司,13800138003,,专业观众,']));
  const badges = JSON.parse(await cli('export', '--what', 'badges', '--format', 'json')) as BadgeRow[];
  const badge = (name: string) => badges.find((b) => b.name === name)!.badge_code;

  await pairDevice(server, page, 'desk', 'Desk returning');
  await page.goto(`${server.url}/desk?lang=en`);
  await expect(page.getByTestId('roster-count')).toHaveText('3', { timeout: 30_000 });
  await waitForServiceWorker(page);
  await goOffline(server, context);
  await page.reload();
  await expect(page.getByTestId('connectivity')).toHaveText('Offline');

  await scanWithWedge(page, badge('张伟'));
  const result = page.getByTestId('scan-result');
  await expect(result).toHaveAttribute('data-verdict', 'admitted');
  await expect(page.getByTestId('returning-greeting')).toHaveText('Welcome back: came to the last edition');
  await expect(page.getByTestId('returning-greeting')).toHaveAttribute('data-editions', '1');

  for (const name of ['王芳', '李新']) {
    await scanWithWedge(page, badge(name));
    await expect(result).toContainText(name);
    await expect(result).toHaveAttribute('data-verdict', 'admitted');
    await expect(page.getByTestId('returning-greeting')).toHaveCount(0);
  }

  // The same greeting in Chinese.
  await page.goto(`${server.url}/desk?lang=zh-CN`);
  await scanWithWedge(page, badge('张伟'));
  await expect(page.getByTestId('returning-greeting')).toHaveText('欢迎再次光临：往届参加过 1 届，含上一届');
});
