/**
 * The registration desk beyond the badge scan: finding a visitor without a badge by pinyin or
 * mobile tail, registering walk-ins offline (signed by the desk, verified by every other desk),
 * offering an existing record instead of a duplicate, printing badges, and flagging forged and
 * revoked badges while recording them.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeBadge, decodeBadge } from '../../src/core/badge/codec';
import { generateBadgeKeyPair, jsSigner } from '../../src/core/badge/keys';
import { newId } from '../../src/core/ids';
import { goOffline, goOnline, importRoster, pairDevice, scanWithWedge, serverCheckins, waitForServiceWorker, type BadgeRow } from './support/app';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
let badges: BadgeRow[];
test.beforeAll(async () => {
  server = await startServer();
  badges = await importRoster(server, 30);
});
test.afterAll(async () => server?.stop());

async function openDesk(page: Page, name: string, rosterSize = 30): Promise<void> {
  await pairDevice(server, page, 'desk', name);
  await page.goto(`${server.url}/desk?lang=en`);
  // At least the imported roster (walk-ins from other tests in this file may come on top).
  await expect.poll(async () => Number(await page.getByTestId('roster-count').textContent()), { timeout: 30_000 }).toBeGreaterThanOrEqual(rosterSize);
  await waitForServiceWorker(page);
}

async function fillWalkIn(page: Page, person: { name: string; company: string; mobile: string; email: string }): Promise<void> {
  await page.getByRole('link', { name: 'Register walk-in' }).click();
  // Labels carry a required-field asterisk; the inputs' ids are stable.
  await page.locator('#walkin-name').fill(person.name);
  await page.locator('#walkin-company').fill(person.company);
  await page.locator('#walkin-mobile').fill(person.mobile);
  await page.locator('#walkin-email').fill(person.email);
  await page.getByLabel('I agree that the organizer stores').check();
}

test('search by pinyin and mobile tail checks in the right visitor', async ({ page }) => {
  await openDesk(page, 'Search desk');
  const search = page.getByLabel('Name, pinyin, company, last 4 digits of mobile, or email');
  // importRoster names people 张测试N, 王测试N…, mobiles 1380013 8000+N.
  await search.fill('8017');
  await expect(page.getByTestId('search-hit')).toHaveCount(1);
  await expect(page.getByTestId('search-hit')).toContainText(badges[17]!.name);
  await search.fill('wangceshi');
  await expect(page.getByTestId('search-hit').first()).toContainText('王测试');
  await search.fill('zcs');
  await expect(page.getByTestId('search-hit').first()).toContainText('张测试');
  await search.fill('8017');
  await page.getByRole('button', { name: `Check in ${badges[17]!.name}` }).click();
  await expect(page.getByTestId('scan-result')).toHaveAttribute('data-verdict', 'admitted');
  await expect(page.getByTestId('scan-result')).toContainText(badges[17]!.name);
  await expect.poll(async () => (await serverCheckins(server)).some((c) => c.attendeeId === badges[17]!.attendee_id), { timeout: 30_000 }).toBe(true);
});

test('walk-ins offline: validated, registered once, duplicate offered, badge printed, verified by another desk', async ({ browser, page, context }) => {
  await openDesk(page, 'Walk-in desk');
  await goOffline(server, context);

  await fillWalkIn(page, { name: '李明', company: '杭州新材料有限公司', mobile: '12345', email: 'not-an-email' });
  await page.getByRole('button', { name: 'Register and check in' }).click();
  // A bad email is an error; an odd number only a warning (it never blocks a registration).
  await expect(page.getByText('This is not a valid email address.')).toBeVisible();
  await expect(page.getByTestId('walkin-mobile-warning')).toContainText('This number does not validate');
  await page.locator('#walkin-mobile').fill('139 1234 5678');
  await page.locator('#walkin-email').fill('LI.MING@Example.CN');
  await page.getByRole('button', { name: 'Register and check in' }).click();
  await expect(page.getByTestId('walkin-saved')).toContainText('李明');

  // The badge prints in every layout with the same structure: band on top, name, company, QR below.
  await page.getByRole('link', { name: 'Print badge' }).click();
  for (const layout of ['A6 (105 × 148 mm)', '90 × 130 mm', '62 mm label roll']) {
    await page.getByLabel(layout).check();
    const badge = page.getByTestId('badge');
    const [box, band, name, company, qr] = await Promise.all(
      [badge, page.getByTestId('badge-band'), page.getByTestId('badge-name'), page.getByTestId('badge-company'), badge.getByTestId('qr')].map((l) => l.boundingBox()),
    );
    expect(box && band && name && company && qr).toBeTruthy();
    expect(band!.y).toBeLessThan(name!.y);
    expect(name!.y).toBeLessThan(company!.y);
    expect(company!.y + company!.height).toBeLessThanOrEqual(qr!.y + 1);
    expect(qr!.y + qr!.height).toBeLessThanOrEqual(box!.y + box!.height + 1);
    expect(Math.abs(band!.width - box!.width)).toBeLessThan(2);
    expect(box!.height / box!.width).toBeGreaterThan(1.3);
  }
  await expect(page.getByTestId('badge-name')).toHaveText('李明');
  const walkInBadge = await page.getByTestId('badge').getByTestId('qr').getAttribute('aria-label');
  expect(walkInBadge).toContain('李明');

  // Same mobile again: the existing visitor is offered instead of a duplicate.
  await page.getByRole('link', { name: 'Register walk-in' }).click();
  await fillWalkIn(page, { name: '李明明', company: '杭州新材料', mobile: '+86 139-1234-5678', email: '' });
  await page.getByRole('button', { name: 'Register and check in' }).click();
  await expect(page.getByTestId('existing-visitor')).toContainText('李明');
  await page.getByRole('button', { name: 'Check in this visitor' }).click();
  await expect(page.getByTestId('walkin-saved')).toContainText('Existing visitor checked in');
  await page.getByRole('link', { name: 'Check in', exact: true }).click();
  await expect(page.getByTestId('walkins-today')).toHaveText('1');

  await goOnline(server, context);
  await expect.poll(async () => JSON.parse((await server.cli('export', '--what', 'badges', '--format', 'json')).stdout).length, { timeout: 60_000 }).toBe(31);
  const all = JSON.parse((await server.cli('export', '--what', 'badges', '--format', 'json')).stdout) as BadgeRow[];
  const walkIn = all.find((b) => b.name === '李明');
  expect(walkIn).toBeDefined();
  await expect.poll(async () => (await serverCheckins(server)).filter((c) => c.attendeeId === walkIn!.attendee_id).length, { timeout: 30_000 }).toBe(2);
  // And the desk knows it: nothing left in its queue.
  await expect(page.getByTestId('unsynced-count')).toHaveAttribute('data-count', '0', { timeout: 30_000 });

  // Another desk, after its config sync, admits the walk-in's desk-signed badge.
  const other = await (await browser.newContext()).newPage();
  await openDesk(other, 'Other desk', 31);
  await scanWithWedge(other, walkIn!.badge_code);
  await expect(other.getByTestId('scan-result')).toHaveAttribute('data-verdict', 'admitted');
  await expect(other.getByTestId('scan-result')).toContainText('李明');

  // Revoke the registering desk: its badges stop verifying elsewhere.
  const devices = JSON.parse((await server.cli('devices', '--json')).stdout) as Array<{ id: string; name: string }>;
  const registering = devices.find((d) => d.name === 'Walk-in desk');
  expect((await server.cli('devices', 'revoke', registering!.id)).code).toBe(0);
  await other.reload();
  await expect.poll(async () => {
    await scanWithWedge(other, walkIn!.badge_code);
    return other.getByTestId('scan-result').getAttribute('data-verdict');
  }, { timeout: 30_000, intervals: [3_500] }).toBe('revoked');
});

test('forged and revoked badges are flagged and recorded', async ({ page }) => {
  await openDesk(page, 'Security desk');
  const genuine = decodeBadge(badges[2]!.badge_code);
  if (!genuine.ok) throw new Error('roster badge does not decode');
  // Valid format and the event's key id, but signed by someone else's key.
  const forged = encodeBadge({ ...genuine.payload, attendeeId: newId(), name: '冒名顶替', company: '伪造公司' }, jsSigner(generateBadgeKeyPair().secretKey));
  // The roster can be in before the event's keys are (a desk without them records unknown, never
  // drops the scan): scanned again until the keys are there, as staff would.
  await expect.poll(async () => {
    await scanWithWedge(page, forged);
    return page.getByTestId('scan-result').getAttribute('data-verdict');
  }, { timeout: 30_000, intervals: [2_000] }).toBe('forged');
  await expect(page.getByTestId('scan-result')).toContainText('Not issued by this event');

  expect((await server.cli('revoke-badge', badges[4]!.attendee_id)).code).toBe(0);
  await page.reload();
  await expect.poll(async () => {
    await scanWithWedge(page, badges[4]!.badge_code);
    return page.getByTestId('scan-result').getAttribute('data-verdict');
  }, { timeout: 30_000, intervals: [3_500] }).toBe('revoked');

  await expect.poll(async () => {
    const mine = (await serverCheckins(server)).filter((c) => c.deviceName === 'Security desk');
    return mine.some((c) => c.flags.includes('forged')) && mine.some((c) => c.flags.includes('revoked'));
  }, { timeout: 30_000 }).toBe(true);
});

test('an existing visitor\'s mobile typed last and Enter pressed at once: offered the existing visitor, nothing registered twice', async ({ page }) => {
  await openDesk(page, 'Fast desk');
  const before = JSON.parse((await server.cli('export', '--what', 'badges', '--format', 'json')).stdout).length as number;
  // badges[7] is 赵测试7, mobile 138 0013 8007 in the roster.
  await page.getByRole('link', { name: 'Register walk-in' }).click();
  await page.locator('#walkin-name').fill('赵测试');
  await page.locator('#walkin-company').fill('深圳示例科技');
  await page.getByLabel('I agree that the organizer stores').check();
  // The mobile last, typed as fast as a scanner would, then Enter twice without a pause: no blur,
  // no waiting for any lookup.
  const mobile = page.locator('#walkin-mobile');
  await mobile.click();
  await mobile.pressSequentially('+86 138 0013 8007', { delay: 0 });
  await mobile.press('Enter');
  await mobile.press('Enter');
  await expect(page.getByTestId('existing-visitor')).toContainText(badges[7]!.name);
  await expect(page.getByTestId('walkin-saved')).toHaveCount(0);
  // Nothing was written on the desk: no walk-in, no check-in, no badge to print.
  const local = await page.evaluate(
    () =>
      new Promise<{ visitors: number; checkins: number }>((resolve) => {
        const open = indexedDB.open('showfloor');
        open.onsuccess = () => {
          const tx = open.result.transaction(['visitors', 'checkins']);
          const v = tx.objectStore('visitors').count();
          const c = tx.objectStore('checkins').count();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ visitors: v.result, checkins: c.result });
          };
        };
      }),
  );
  expect(local).toEqual({ visitors: 0, checkins: 0 });

  // Staff take the offer: the existing visitor is checked in, once, with their own badge.
  await page.getByRole('button', { name: 'Check in this visitor' }).click();
  await expect(page.getByTestId('walkin-saved')).toContainText('Existing visitor checked in');
  await expect.poll(async () => (await serverCheckins(server)).filter((c) => c.attendeeId === badges[7]!.attendee_id).length, { timeout: 30_000 }).toBe(1);
  expect(JSON.parse((await server.cli('export', '--what', 'badges', '--format', 'json')).stdout).length).toBe(before);
});

test('a foreign or unusual number is a warning staff can override, never a block', async ({ page }) => {
  await openDesk(page, 'Foreign desk');
  await fillWalkIn(page, { name: 'Luca Rossi', company: 'Rossi Meccanica S.r.l.', mobile: '347 123 4567', email: 'l.rossi@rossimeccanica.it' });
  await page.locator('#walkin-mobile').press('Enter');
  await expect(page.getByTestId('walkin-keep-mobile')).toContainText('Keep “347 123 4567” as typed?');
  await expect(page.getByTestId('walkin-saved')).toHaveCount(0);
  await page.getByRole('button', { name: 'Keep the number and register' }).click();
  await expect(page.getByTestId('walkin-saved')).toContainText('Luca Rossi');
  // The server has the person, the number exactly as typed.
  await expect
    .poll(async () => (JSON.parse((await server.cli('export', '--what', 'visitors', '--format', 'json')).stdout) as Array<{ name: string; mobile: string }>).find((v) => v.name === 'Luca Rossi')?.mobile, { timeout: 60_000 })
    .toBe('347 123 4567');
  // And a search finds him with the number marked unverified.
  await page.getByRole('link', { name: 'Check in', exact: true }).click();
  await page.getByLabel('Name, pinyin, company, last 4 digits of mobile, or email').fill('rossi');
  await expect(page.getByTestId('search-hit').first()).toContainText('mobile unverified');
  await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-checked-in', 'yes');
});
