/**
 * Script injection stored through every way text gets in (a roster import, a desk's check-in, a
 * kiosk's complaint, device and exhibitor names) is shown as text in the console: no injected
 * element appears in the page, no handler runs, no dialog opens, and the text reads exactly as it
 * was typed. (The CSP would also block inline handlers; the test checks the escaping itself by
 * looking for the injected elements, not only for their effects.)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { newId } from '../../src/core/ids';
import { startServer, type E2EServer } from './support/server';

const IMG = `<img src=x onerror="window.__xss='img';alert('img')">`;
const SCRIPT = `"><script>window.__xss='script'</script>`;
const SVG = `<svg/onload="window.__xss='svg'">`;
const LINK = `<a href="javascript:window.__xss='link'">点我</a>`;

let server: E2EServer;
let attendeeId = '';
let feedbackId = '';

async function pairOverHttp(role: 'desk' | 'kiosk', deviceName: string): Promise<{ deviceId: string; token: string; eventId: string }> {
  const created = await server.cli('pair', '--role', role, '--json');
  expect(created.code, created.stderr).toBe(0);
  const { code } = JSON.parse(created.stdout) as { code: string };
  const res = await fetch(`${server.directUrl}/api/v1/devices/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, deviceName }) });
  expect(res.status).toBe(200);
  return (await res.json()) as { deviceId: string; token: string; eventId: string };
}

async function pushOne(device: { deviceId: string; token: string }, type: string, data: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${server.directUrl}/api/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${device.token}` },
    body: JSON.stringify({ deviceId: device.deviceId, mutations: [{ id: newId(), seq: 1, type, op: 'create', data, capturedAt: data.capturedAt }] }),
  });
  const { results } = (await res.json()) as { results: Array<{ status: string; error?: string }> };
  expect(results[0], JSON.stringify(results)).toMatchObject({ status: 'applied' });
}

test.beforeAll(async () => {
  server = await startServer();
  // A roster row whose name and company are markup.
  const file = path.join(server.dataDir, 'hostile.csv');
  writeFileSync(file, `\ufeff姓名,公司,邮箱\n"${IMG.replace(/"/g, '""')}","${SCRIPT.replace(/"/g, '""')}",xss@example.com\n`);
  const imported = await server.cli('import-roster', file);
  expect(imported.code, imported.stderr).toBe(0);
  const badges = JSON.parse((await server.cli('export', '--what', 'badges', '--format', 'json')).stdout) as Array<{ attendee_id: string; badge_code: string }>;
  attendeeId = badges[0]?.attendee_id ?? '';

  // A desk named with markup checks the visitor in; a kiosk records a complaint full of markup.
  const desk = await pairOverHttp('desk', SVG);
  const now = new Date().toISOString();
  await pushOne(desk, 'checkin', {
    id: newId(),
    eventId: desk.eventId,
    deviceId: desk.deviceId,
    capturedAt: now,
    code: badges[0]?.badge_code ?? '',
    method: 'scanner',
    attendeeId,
    category: 'trade',
    name: IMG,
    company: SCRIPT,
    flags: [],
  });
  const kiosk = await pairOverHttp('kiosk', LINK);
  feedbackId = newId();
  await pushOne(kiosk, 'feedback', {
    id: feedbackId,
    eventId: kiosk.eventId,
    deviceId: kiosk.deviceId,
    capturedAt: now,
    type: 'complaint',
    category: 'other',
    severity: 'high',
    description: `${IMG} ${SCRIPT}`,
    channel: 'desk',
    audience: 'public_visitor',
    contactName: SVG,
    contactEmail: 'xss@example.com',
    contactPhone: '',
    preferredLanguage: 'en',
    consentContact: true,
    attendeeId: null,
    hasPhoto: false,
  });
});
test.afterAll(async () => server?.stop());

/** Nothing injected ran or exists, and `texts` are on the page as text. */
async function expectInert(page: Page, texts: string[]): Promise<void> {
  for (const text of texts) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.locator('img[src="x"], svg[onload], a[href^="javascript:"], main script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
}

test('markup stored from every source is shown as text in the console, and none of it runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const setup = await page.request.post(`${server.url}/api/v1/console/setup`, { data: { username: 'organizer', password: 'correct horse battery' } });
  expect(setup.status()).toBe(200);
  const exhibitor = await page.request.post(`${server.url}/api/v1/console/exhibitors`, { data: { name: LINK } });
  expect(exhibitor.status()).toBe(200);

  await page.goto(`${server.url}/console/devices?lang=en`);
  await expectInert(page, [SVG, LINK]);

  await page.goto(`${server.url}/console/visitors?lang=en`);
  await expectInert(page, [IMG]);

  await page.goto(`${server.url}/console/visitors/${attendeeId}?lang=en`);
  await expectInert(page, [IMG, SCRIPT]);

  await page.goto(`${server.url}/console/feedback?lang=en`);
  await expectInert(page, [IMG]);

  await page.goto(`${server.url}/console/feedback/${feedbackId}?lang=en`);
  await expectInert(page, [`${IMG} ${SCRIPT}`, SVG]);

  await page.goto(`${server.url}/console/report?lang=en`);
  await page.locator('main').waitFor();
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
});
