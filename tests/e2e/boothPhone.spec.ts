/**
 * Issue 18 item 5: the booth on a phone (390×844). No filters or exports before the first lead;
 * the scan button within one thumb's reach; after a scan the lead being worked is in view and the
 * message stands by the thumb, even when staff were scrolled down; the list is cards, not a table
 * with wrapped headers; the contact section's heading is never empty.
 */
import { expect, test } from '@playwright/test';
import { importRoster, pairDevice, scanWithWedge } from './support/app';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => server?.stop());

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('booth on a phone: lead in view after a scan, messages by the thumb, cards, nothing empty', async ({ page }) => {
  const badges = await importRoster(server, 12);
  const added = await server.cli('exhibitors', 'add', '手机展商', '--json');
  const exhibitor = (JSON.parse(added.stdout) as { id: string }).id;
  await pairDevice(server, page, 'booth', 'Phone booth', ['--exhibitor', exhibitor]);
  await page.goto(`${server.url}/booth?lang=zh-CN`);
  await expect(page.getByTestId('booth-exhibitor')).toContainText('手机展商', { timeout: 30_000 });

  // No leads yet: no filters, no exports.
  await expect(page.getByTestId('export-csv')).toHaveCount(0);
  await expect(page.locator('.lead-filters')).toHaveCount(0);

  // The scan button sits in the bottom third of the screen, where the thumb is.
  const scan = page.getByTestId('camera-scanner').getByRole('button', { name: /扫描|摄像头|相机/ }).first();
  const box = (await scan.boundingBox())!;
  expect(box.y).toBeGreaterThan(844 * 0.66);
  expect(box.y + box.height).toBeLessThanOrEqual(844);

  const qualify = page.getByTestId('lead-qualify');
  for (const badge of badges.slice(0, 6)) {
    await scanWithWedge(page, badge.badge_code);
    await expect(qualify).toContainText(badge.name);
  }
  // Scrolled to the bottom of the list, a scan still brings its lead into view and says so by the thumb.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = badges[7]!;
  await scanWithWedge(page, last.badge_code);
  await expect(qualify).toContainText(last.name);
  await expect(qualify.locator('h2')).toBeInViewport();
  const notice = page.getByTestId('booth-notice');
  await expect(notice).toBeInViewport();
  const noticeBox = (await notice.boundingBox())!;
  expect(noticeBox.y).toBeGreaterThan(844 / 2);

  // The contact section says what it holds.
  const summary = qualify.locator('details summary');
  await expect(summary).toContainText('联系信息');
  await expect(summary).toContainText(last.name);

  // Cards: no table header, each lead a block the width of the screen.
  await expect(page.getByTestId('lead-list').locator('thead')).toBeHidden();
  const row = page.getByTestId('lead-row').first();
  const rowBox = (await row.boundingBox())!;
  expect(rowBox.width).toBeGreaterThan(300);
  await expect(page.getByTestId('export-csv')).toBeVisible();
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath('booth-phone-zh-CN.png'), fullPage: false });
});
