/**
 * Security a browser must see for itself: the production build carries no inline script and runs
 * under its Content-Security-Policy without a single violation; on a kiosk tablet the pages that
 * are not the kiosk (the staff desk, device pairing, the console) stay shut without the staff PIN;
 * a page on another port of the same host cannot act with the organizer's cookie.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { importRoster, pairDevice, waitForServiceWorker } from './support/app';
import { builtApp, startServer, type E2EServer } from './support/server';

let server: E2EServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => server?.stop());

/** Every CSP violation the page reports, collected from the moment it starts. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.exposeFunction('__reportCsp', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

test('the built app has no inline script or handler, and its pages run under the CSP without a violation', async ({ page }) => {
  const dist = builtApp();
  const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  expect(htmlFiles).toContain('index.html');
  for (const file of htmlFiles) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    for (const [, attrs, body] of scripts) {
      expect(attrs, `${file}: every script is a file`).toMatch(/\bsrc=/);
      expect(body?.trim(), `${file}: no inline script body`).toBe('');
    }
    expect(html, `${file}: no inline event handlers`).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html, `${file}: no javascript: URLs`).not.toMatch(/javascript:/i);
    expect(html, `${file}: no inline styles`).not.toMatch(/<style\b|\sstyle\s*=/i);
  }

  const violations = await watchCsp(page);
  for (const route of ['/', '/pair', '/desk', '/kiosk', '/booth', '/console']) {
    const response = await page.goto(`${server.url}${route}?lang=en`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    await page.locator('header').first().waitFor();
  }
  // The service worker registers from a file too.
  await waitForServiceWorker(page);
  await page.goto(`${server.url}/console?lang=en`);
  await expect(page.getByRole('heading', { name: 'Create the organizer account' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the API reference renders the whole contract from our own files under our CSP (no inline script; inline styles on its pages only), without a violation', async ({ page }) => {
  const violations = await watchCsp(page);
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) external.push(r.url());
  });
  const response = await page.goto(`${server.url}/api/reference/`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.getByRole('heading', { name: /Showfloor API/ })).toBeVisible({ timeout: 30_000 });
  // Every audience is there, with its operations.
  for (const tag of ['public', 'device', 'console', 'exhibitor']) await expect(page.locator(`#operations-tag-${tag}`)).toBeVisible();
  await expect(page.locator('.opblock')).not.toHaveCount(0);
  expect(external).toEqual([]);
  expect(violations).toEqual([]);
});

test('a kiosk tablet keeps the staff desk, device pairing and the console behind the staff PIN', async ({ page }) => {
  await pairDevice(server, page, 'kiosk', 'Entrance kiosk');
  await page.goto(`${server.url}/kiosk?lang=en`);
  await page.locator('#kiosk-pin').fill('8642');
  await page.locator('#kiosk-pin-repeat').fill('8642');
  await page.getByRole('button', { name: 'Save PIN and start the kiosk' }).click();
  await expect(page.getByTestId('kiosk-start')).toBeVisible();

  // Typing the staff desk's address lands back in the kiosk.
  for (const route of ['/kiosk/staff', '/kiosk/staff/feedback', '/kiosk/anything']) {
    await page.goto(`${server.url}${route}?lang=en`);
    await expect(page.getByTestId('kiosk-start')).toBeVisible();
    await expect(page.getByTestId('staff-home')).toHaveCount(0);
    expect(new URL(page.url()).pathname).toBe('/kiosk');
  }

  // Device pairing and the console ask for the PIN first; a wrong one or Cancel shows nothing of them.
  for (const route of ['/pair', '/console']) {
    await page.goto(`${server.url}${route}?lang=en`);
    await expect(page.getByTestId('kiosk-guard')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Unpair' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /organizer account|Log in/ })).toHaveCount(0);
    await page.getByLabel('Staff PIN').fill('1234');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText(/Wrong PIN/)).toBeVisible();
    await expect(page.getByTestId('kiosk-guard')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('kiosk-start')).toBeVisible();
  }

  // With the PIN staff reach them; the console still wants the organizer's own login.
  await page.goto(`${server.url}/pair?lang=en`);
  await page.getByLabel('Staff PIN').fill('8642');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('paired')).toBeVisible();
  await page.goto(`${server.url}/console?lang=en`);
  await page.getByLabel('Staff PIN').fill('8642');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Create the organizer account' })).toBeVisible();
});

test('a page on another port of the same host cannot act with the organizer\'s cookie; the console itself still can', async ({ browser }) => {
  // Its own server: the organizer account this test creates must not show in the tests above.
  const own = await startServer();
  const attacker = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>prize</title><p>You won</p>');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  try {
    const [visitor] = await importRoster(own, 1);
    const id = visitor?.attendee_id ?? '';
    const organizer = await browser.newContext();
    const consolePage = await organizer.newPage();
    await consolePage.goto(`${own.url}/console?lang=en`);
    await consolePage.getByLabel('User name').fill('organizer');
    await consolePage.getByLabel('Password', { exact: true }).fill('correct horse battery');
    await consolePage.getByLabel('Repeat the password').fill('correct horse battery');
    await consolePage.getByRole('button', { name: 'Create account' }).click();
    await expect(consolePage.getByText('Check-ins', { exact: true })).toBeVisible();
    const revokedAt = async () => {
      const data = await consolePage.request.get(`${own.url}/api/v1/console/visitors/${id}/data`);
      expect(data.status()).toBe(200);
      return JSON.stringify(await data.json()).match(/"revoked_?[aA]t":("[^"]+"|null)/)?.[1] ?? 'missing';
    };
    expect(await revokedAt()).toBe('null');

    // Same host, another port: the same *site*, so the browser sends the SameSite=Strict cookie.
    const evil = await organizer.newPage();
    await evil.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
    const target = `${own.url}/api/v1/console/attendees/${id}/revoke-badge`;
    await evil.evaluate(async ({ target, logout }) => {
      const shots: Array<Promise<unknown>> = [
        fetch(target, { method: 'POST', mode: 'no-cors', credentials: 'include' }),
        fetch(target, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: '{}' }),
        fetch(logout, { method: 'POST', mode: 'no-cors', credentials: 'include' }),
      ];
      await Promise.allSettled(shots);
      // A plain form post, the oldest forgery there is.
      const frame = document.createElement('iframe');
      frame.name = 'sink';
      document.body.append(frame);
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = target;
      form.target = 'sink';
      form.enctype = 'text/plain';
      document.body.append(form);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      form.submit();
      await loaded;
    }, { target, logout: `${own.url}/api/v1/console/logout` });

    // Nothing happened: the badge is valid and the organizer still signed in.
    expect(await revokedAt()).toBe('null');
    await consolePage.reload();
    await expect(consolePage.getByText('Check-ins', { exact: true })).toBeVisible();

    // The console's own page, sending JSON as the app does, still revokes.
    const status = await consolePage.evaluate(async (url) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' } })).status, target);
    expect(status).toBe(200);
    expect(await revokedAt()).not.toBe('null');
    await organizer.close();
  } finally {
    attacker.close();
    await own.stop();
  }
});
