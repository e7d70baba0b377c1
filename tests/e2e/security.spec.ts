/**
 * Security a browser must see for itself: the production build carries no inline script and runs
 * under its Content-Security-Policy without a single violation; on a kiosk tablet the pages that
 * are not the kiosk (the staff desk, device pairing, the console) stay shut without the staff PIN.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pairDevice, waitForServiceWorker } from './support/app';
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

test('the API reference renders the whole contract from our own files under the same CSP, without a violation', async ({ page }) => {
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
