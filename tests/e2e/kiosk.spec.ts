/**
 * The information-booth kiosk for real, offline: five visitors answer in two languages while the
 * organizer publishes a new version of the survey; a half-filled survey is discarded after the idle
 * time; leaving kiosk mode fails without the staff PIN and works with it; a complaint is recorded
 * at the desk. Back online, the server has exactly those five responses, under the version they
 * were given on, and the console shows a respondent's HTML as text without running it.
 */
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import type { FeedbackList } from '../../src/core/feedback/console';
import type { SurveyDetail } from '../../src/core/surveys/console';
import type { SurveyResults } from '../../src/core/surveys/results';
import type { SurveyContent } from '../../src/core/surveys/schema';
import { goOffline, goOnline, pairDevice, waitForServiceWorker } from './support/app';
import { startServer, type E2EServer } from './support/server';

const USER = 'organizer';
const PASSWORD = 'correct horse battery';
const PIN = '2580';
const XSS = '<img src=x onerror=alert(1)>';
const L = (en: string, zhCN: string, zhTW: string) => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

const SURVEY: SurveyContent = {
  title: L('Visitor survey', '观众满意度调查', '觀眾滿意度調查'),
  intro: L('', '', ''),
  thanks: L('', '', ''),
  audience: 'public_visitor',
  questions: [
    { id: 'recommend', type: 'nps', required: true, text: L('How likely are you to recommend the show?', '您有多大可能向朋友推荐本展会？', '您有多大可能向朋友推薦本展會？') },
    { id: 'satisfaction', type: 'csat', style: 'faces', required: true, text: L('How satisfied are you overall?', '您对本届展会总体满意吗？', '您對本屆展會整體滿意嗎？') },
    { id: 'comment', type: 'text', required: false, text: L('Anything else you want to tell us?', '您还有什么想告诉我们的？', '您還有什麼想告訴我們的？') },
  ],
};

/** Labels of the kiosk's buttons in the two languages the visitors use. */
const UI = {
  'zh-CN': { language: '简体中文', skip: '不扫描，继续', next: '下一题', submit: '提交', satisfied: '非常满意', dissatisfied: '不满意' },
  en: { language: 'English', skip: 'Continue without a badge', next: 'Next', submit: 'Submit', satisfied: 'Very satisfied', dissatisfied: 'Dissatisfied' },
} as const;

let server: E2EServer;
let organizer: APIRequestContext;
let surveyId: string;

test.beforeAll(async () => {
  server = await startServer();
  // The first account can only be made from the server machine: the test runs there.
  organizer = await request.newContext({ baseURL: server.directUrl });
  expect((await organizer.post('/api/v1/console/setup', { data: { username: USER, password: PASSWORD } })).status()).toBe(200);
  const created = (await (await organizer.post('/api/v1/console/surveys', { data: SURVEY })).json()) as SurveyDetail;
  surveyId = created.id;
  expect((await organizer.post(`/api/v1/console/surveys/${surveyId}/active`, { data: { active: true } })).status()).toBe(200);
});
test.afterAll(async () => {
  await organizer?.dispose();
  await server?.stop();
});

/** The survey versions this kiosk holds, read straight from its IndexedDB. */
function kioskSurveyVersions(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('showfloor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('config').objectStore('config').getAll();
          all.onsuccess = () => {
            resolve((all.result as Array<{ kind: string; data: { version: number } }>).filter((r) => r.kind === 'survey').map((r) => r.data.version));
            open.result.close();
          };
        };
      }),
  );
}

/** Taps the tile of a choice (the label around the radio button, as a finger would). */
async function tap(page: Page, name: string): Promise<void> {
  await page.locator('label.option', { has: page.getByRole('radio', { name, exact: true }) }).click();
}

async function answer(page: Page, lang: keyof typeof UI, score: number, happy: boolean, comment: string): Promise<void> {
  const ui = UI[lang];
  await page.getByRole('button', { name: ui.language }).click();
  await page.getByRole('button', { name: ui.skip }).click();
  await tap(page, String(score));
  await page.getByRole('button', { name: ui.next }).click();
  await tap(page, happy ? ui.satisfied : ui.dissatisfied);
  await page.getByRole('button', { name: ui.next }).click();
  if (comment) await page.locator('#kiosk-q-comment').fill(comment);
  await page.getByRole('button', { name: ui.submit }).click();
  await expect(page.getByTestId('kiosk-thanks')).toBeVisible();
  // The thank-you stays 5 s, then the kiosk starts over for the next visitor.
  await page.clock.fastForward(5_100);
  await expect(page.getByTestId('kiosk-start')).toBeVisible();
}

test('offline kiosk: five answers in two languages, idle reset, staff PIN, delivered once under the version answered', async ({ page, context, browser }) => {
  const dialogs: string[] = [];
  await pairDevice(server, page, 'kiosk', 'Info kiosk E2E');
  // The kiosk's clock is controlled (idle time, thank-you time); it still runs by itself otherwise.
  await page.clock.install();
  await page.goto(`${server.url}/kiosk?lang=en`);
  await expect(page.getByTestId('set-pin')).toBeVisible();
  await waitForServiceWorker(page);
  await page.locator('#kiosk-pin').fill(PIN);
  await page.locator('#kiosk-pin-repeat').fill(PIN);
  await page.getByRole('button', { name: 'Save PIN and start the kiosk' }).click();
  await expect(page.getByTestId('kiosk-start')).toBeVisible();
  await expect.poll(() => kioskSurveyVersions(page), { timeout: 30_000 }).toEqual([1]);

  await goOffline(server, context);
  // While the kiosk is offline the organizer changes the survey: version 2.
  const edited = { ...SURVEY, questions: [...SURVEY.questions, { id: 'parking', type: 'rating', max: 5, required: true, text: L('Parking?', '停车是否方便？', '停車是否方便？') }] };
  const saved = (await (await organizer.put(`/api/v1/console/surveys/${surveyId}`, { data: edited })).json()) as { survey: SurveyDetail };
  expect(saved.survey.currentVersion).toBe(2);

  const historyBefore = await page.evaluate(() => history.length);
  await answer(page, 'zh-CN', 10, true, '展会组织得很好 👍');
  await answer(page, 'en', 9, true, XSS);
  await answer(page, 'zh-CN', 4, false, '');
  await answer(page, 'en', 7, true, 'المعرض رائع — שלום');
  await answer(page, 'zh-CN', 8, true, '');
  // No respondent left an entry in the browser history to go back to.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  // A sixth visitor walks away half-way: after 60 s a countdown, then the answers are gone.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: UI.en.skip }).click();
  await tap(page, '3');
  await page.clock.fastForward(61_000);
  await expect(page.getByTestId('kiosk-idle')).toBeVisible();
  await page.clock.fastForward(16_000);
  await expect(page.getByTestId('kiosk-start')).toBeVisible();
  await expect(page.getByTestId('kiosk-idle')).toBeHidden();

  // Leaving kiosk mode: a wrong PIN keeps it locked, the right one opens the information desk.
  await page.getByRole('button', { name: 'Staff: leave kiosk mode' }).click();
  await page.getByLabel('Staff PIN').fill('1111');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Wrong PIN. 4 tries left.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('kiosk-start')).toBeVisible();
  await expect(page.getByTestId('staff-home')).toHaveCount(0);
  await page.getByRole('button', { name: 'Staff: leave kiosk mode' }).click();
  await page.getByLabel('Staff PIN').fill(PIN);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('staff-home')).toBeVisible();

  // Staff record a complaint at the desk, still offline.
  await page.getByRole('link', { name: 'Complaint or suggestion' }).click();
  await page.getByLabel('What happened?').fill('Hall 3 toilets out of paper since 10:00');
  await page.getByLabel('Severity').selectOption('high');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('feedback-saved')).toBeVisible();

  const responsesOn = async () => ((await (await organizer.get(`/api/v1/console/surveys/${surveyId}`)).json()) as SurveyDetail).versions.map((v) => [v.version, v.responses]);
  expect(await responsesOn()).toEqual([
    [1, 0],
    [2, 0],
  ]);

  await goOnline(server, context);
  await expect.poll(responsesOn, { timeout: 60_000, intervals: [500] }).toEqual([
    [1, 5],
    [2, 0],
  ]);
  const v1 = (await (await organizer.get(`/api/v1/console/surveys/${surveyId}/results?version=1&tz=Asia/Shanghai`)).json()) as SurveyResults;
  expect(v1.total).toBe(5);
  // 10 and 9 promote, 8 and 7 are passive, 4 detracts: (2 − 1) / 5 = +20.
  expect(v1.headline.nps).toMatchObject({ n: 5, promoters: 2, passives: 2, detractors: 1, score: 20 });
  expect(v1.headline.csat).toMatchObject({ n: 5, satisfied: 4 });
  const csv = await (await organizer.get(`/api/v1/console/surveys/${surveyId}/export?format=csv&lang=en&version=1`)).text();
  expect(csv.match(/,zh-CN,/g)).toHaveLength(3);
  expect(csv.match(/,en,/g)).toHaveLength(2);
  await expect.poll(async () => ((await (await organizer.get('/api/v1/console/feedback')).json()) as FeedbackList).items.map((c) => [c.description, c.severity, c.deviceName]), { timeout: 30_000 }).toEqual([
    ['Hall 3 toilets out of paper since 10:00', 'high', 'Info kiosk E2E'],
  ]);

  // The console shows the visitor's HTML as text: nothing runs, no image is made of it.
  const consoleContext = await browser.newContext();
  const consolePage = await consoleContext.newPage();
  consolePage.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await consolePage.goto(`${server.url}/console?lang=en`);
  await consolePage.getByLabel('User name').fill(USER);
  await consolePage.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await consolePage.getByRole('button', { name: 'Log in' }).click();
  await consolePage.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Surveys' }).click();
  await consolePage.getByRole('link', { name: 'Results of Visitor survey' }).click();
  await expect(consolePage.getByTestId('results-total')).toHaveText('5');
  await expect(consolePage.getByTestId('results-nps')).toHaveText('20');
  const texts = consolePage.getByTestId('free-texts');
  await expect(texts.getByText(XSS, { exact: true })).toBeVisible();
  await expect(texts.getByText('展会组织得很好 👍')).toBeVisible();
  await expect(texts.getByText('المعرض رائع — שלום')).toBeVisible();
  await expect(texts.locator('img')).toHaveCount(0);
  await consoleContext.close();
  expect(dialogs).toEqual([]);
});
