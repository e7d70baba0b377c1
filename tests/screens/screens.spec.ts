/**
 * `npm run screens`: what a user sees, in zh-CN, kept in docs/screens/ and linked from the README
 * (issue 18). A real server and the production build in the system Chromium, as the e2e tests run
 * them: a show with a roster, a published survey, check-ins at the desk, a walk-in being typed, a
 * booth on a phone, the kiosk and the post-show report. Run it again after changing a screen.
 */
import path from 'node:path';
import { expect, request, test, type Browser, type Page } from '@playwright/test';
import { importRoster, pairDevice, scanWithWedge, type BadgeRow } from '../e2e/support/app';
import { startServer, type E2EServer } from '../e2e/support/server';

const OUT = path.resolve(import.meta.dirname, '../../docs/screens');
const L = (zhCN: string, zhTW: string, en: string) => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });
const TABLET = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let server: E2EServer;
let badges: BadgeRow[] = [];
let exhibitorId = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startServer();
  const organizer = await request.newContext({ baseURL: server.directUrl });
  expect((await organizer.post('/api/v1/console/setup', { data: { username: 'organizer', password: 'correct horse battery' } })).status()).toBe(200);
  expect((await organizer.put('/api/v1/console/event', { data: { name: '2026 深圳国际电子元器件展览会', startsOn: '2026-05-12', endsOn: '2026-05-14', venue: '深圳国际会展中心' } })).status()).toBe(200);
  const survey = await (
    await organizer.post('/api/v1/console/surveys', {
      data: {
        title: L('观众满意度调查', '觀眾滿意度調查', 'Visitor survey'),
        intro: L('', '', ''),
        thanks: L('感谢您的宝贵意见！', '感謝您的寶貴意見！', 'Thank you for your opinion!'),
        audience: 'public_visitor',
        questions: [
          { id: 'satisfaction', type: 'csat', style: 'faces', required: true, text: L('您对本届展会总体满意吗？', '您對本屆展會整體滿意嗎？', 'How satisfied are you overall?') },
          { id: 'recommend', type: 'nps', required: true, text: L('您有多大可能向朋友推荐本展会？', '您有多大可能向朋友推薦本展會？', 'How likely are you to recommend the show?') },
        ],
      },
    })
  ).json();
  expect((await organizer.post(`/api/v1/console/surveys/${(survey as { id: string }).id}/active`, { data: { active: true } })).status()).toBe(200);
  for (const [name, country] of [['华强电子', 'CN'], ['Acme GmbH', 'DE'], ['东莞精密连接器', 'CN']] as const) {
    const added = (await (await organizer.post('/api/v1/console/exhibitors', { data: { name, country } })).json()) as { id: string };
    exhibitorId ||= added.id;
  }
  await organizer.dispose();
  badges = await importRoster(server, 12);
});

test.afterAll(async () => {
  await server?.stop();
});

async function tablet(browser: Browser, size = TABLET): Promise<Page> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1, locale: 'zh-CN' });
  return context.newPage();
}

const zh = (p: string) => `${server.url}${p}${p.includes('?') ? '&' : '?'}lang=zh-CN`;
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`), animations: 'disabled' });

test('desk and walk-in form', async ({ browser }) => {
  const page = await tablet(browser);
  await pairDevice(server, page, 'desk', '1 号入口');
  await page.goto(zh('/desk'));
  await expect(page.getByTestId('roster-count')).not.toHaveText('0', { timeout: 60_000 });
  for (const b of badges.slice(0, 3)) {
    await scanWithWedge(page, b.badge_code);
    await expect(page.getByTestId('scan-result')).toBeVisible();
  }
  // As staff see it once the check-ins have reached the server.
  await expect(page.locator('header')).toContainText('0 条未同步', { timeout: 60_000 });
  await shot(page, 'desk');

  await page.goto(zh('/desk/register'));
  const form = page.locator('main form').first();
  await form.waitFor();
  await page.getByLabel(/^姓名/).fill('李明');
  await page.getByLabel(/^公司/).first().fill('东莞市远拓电子有限公司');
  await page.getByLabel(/^手机/).fill('13922001234');
  await page.waitForTimeout(500);
  await shot(page, 'walk-in');
  await page.getByTestId('walkin-classification').scrollIntoViewIfNeeded();
  await shot(page, 'walk-in-classification');
  await page.context().close();
});

test('booth on a phone', async ({ browser }) => {
  const page = await tablet(browser, PHONE);
  await pairDevice(server, page, 'booth', '华强电子展位', ['--exhibitor', exhibitorId]);
  await page.goto(zh('/booth'));
  await page.locator('main').getByRole('heading').first().waitFor();
  await page.waitForTimeout(1_000);
  await shot(page, 'booth-phone');
  await page.context().close();
});

test('kiosk', async ({ browser }) => {
  const page = await tablet(browser);
  await pairDevice(server, page, 'kiosk', '服务台平板');
  await page.goto(zh('/kiosk'));
  await page.locator('#kiosk-pin').fill('2580');
  await page.locator('#kiosk-pin-repeat').fill('2580');
  await page.getByTestId('set-pin').locator('button[type=submit]').click();
  await expect(page.getByTestId('kiosk-event-name')).toBeVisible({ timeout: 60_000 });
  await shot(page, 'kiosk');
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByRole('button', { name: '不扫描，继续' }).click();
  await expect(page.getByRole('radio', { name: '非常满意' })).toBeVisible();
  await shot(page, 'kiosk-question');
  await page.context().close();
});

test('report', async ({ browser }) => {
  const page = await tablet(browser);
  await page.goto(zh('/console'));
  await page.locator('#username').fill('organizer');
  await page.locator('input[type=password]').first().fill('correct horse battery');
  await page.locator('main form button[type=submit]').first().click();
  await page.getByTestId('figure-checkins').waitFor();
  await page.goto(zh('/console/report'));
  await page.getByTestId('report-title').waitFor();
  // The scale section: exhibitors counted from the list by country.
  await page.getByTestId('report-exhibitors-domestic').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, 'report');
  await page.goto(zh('/console/dashboard'));
  await page.getByTestId('chart').first().waitFor();
  await page.getByTestId('chart').first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(1_000);
  await shot(page, 'dashboard');
  await page.context().close();
});
