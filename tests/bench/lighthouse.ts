/**
 * Lighthouse (the npm package) on the system Chromium, launched with chrome-launcher: performance,
 * accessibility and best-practices scores of /desk and /kiosk as the paired tablets that use them
 * (mobile profile: a tablet's screen, slow 4G and a 4× slower CPU, simulated) and of /console as
 * the organizer's laptop (desktop profile). Each page is audited in its own browser profile where
 * a device was paired first (Playwright drives the same Chromium over CDP), and storage is kept
 * between pairing and audit, or the pages would only show "pair this device".
 * `benchAxe`: the axe-core tour of tests/e2e/a11y.spec.ts, reported as a count of serious violations.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';
import { A11yTour } from '../e2e/support/a11yTour';
import { importRoster, pairDevice } from '../e2e/support/app';
import { startServer, type E2EServer } from '../e2e/support/server';
import type { Report } from './report';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** A Chromium with its own profile, and a Playwright page in its default context to prepare it. */
async function browserWithProfile(): Promise<{ chrome: LaunchedChrome; page: Page; dispose(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'showfloor-lh-'));
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, userDataDir: profile });
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  // tsx keeps function names with a __name() helper the browser does not have.
  await context.addInitScript('window.__name = (fn) => fn');
  const page = await context.newPage();
  return {
    chrome,
    page,
    async dispose() {
      await browser.close().catch(() => undefined);
      chrome.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const METRICS: Array<[string, string]> = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['speed-index', 'SI'],
  ['cumulative-layout-shift', 'CLS'],
];

interface Audit {
  scores: Record<string, number>;
  /** The performance metrics behind the score, as Lighthouse prints them. */
  metrics: string;
}

/**
 * Runs per page: Lighthouse's own guidance for noisy machines is the median of several. On this
 * machine one build's scores spread by ±4 points, so five (decisions, 36).
 */
const RUNS = 5;

async function auditOnce(port: number, url: string, desktop: boolean): Promise<Audit> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], disableStorageReset: true }, desktop ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
    metrics: METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? '?'}`).join(', '),
  };
}

/** The run with the median performance score, with the range of all runs. */
async function audit(port: number, url: string, desktop: boolean): Promise<Audit> {
  const runs: Audit[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await auditOnce(port, url, desktop));
  runs.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const median = runs[Math.floor(runs.length / 2)] as Audit;
  const range = runs.map((r) => r.scores.performance).join('/');
  return { ...median, metrics: `median of ${RUNS} runs (performance ${range}): ${median.metrics}` };
}

/** The service worker controls the page (the first visit installs it; a reload hands control over). */
async function ready(page: Page): Promise<void> {
  for (let i = 0; i < 10 && !(await page.evaluate(() => navigator.serviceWorker.controller !== null)); i++) {
    await page.reload();
    await page.locator('#root > *').first().waitFor();
  }
}

export async function benchLighthouse(report: Report): Promise<void> {
  buildIfNeeded();
  const server: E2EServer = await startServer();
  try {
    await importRoster(server, 50);
    const scores: Array<[string, string, Audit]> = [];

    const desk = await browserWithProfile();
    try {
      await pairDevice(server, desk.page, 'desk', 'Lighthouse desk');
      await desk.page.goto(`${server.url}/desk`);
      await desk.page.getByTestId('roster-count').filter({ hasText: /^50$/ }).waitFor({ timeout: 60_000 });
      await ready(desk.page);
      scores.push(['/desk', 'tablet (mobile profile)', await audit(desk.chrome.port, `${server.url}/desk`, false)]);
      // The console on the organizer's laptop, logged in.
      expect200(await desk.page.request.post(`${server.url}/api/v1/console/setup`, { data: { username: 'organizer', password: 'correct horse battery' } }));
      scores.push(['/console', 'laptop (desktop profile)', await audit(desk.chrome.port, `${server.url}/console`, true)]);
    } finally {
      await desk.dispose();
    }

    const kiosk = await browserWithProfile();
    try {
      await pairDevice(server, kiosk.page, 'kiosk', 'Lighthouse kiosk');
      await kiosk.page.goto(`${server.url}/kiosk`);
      await kiosk.page.locator('#kiosk-pin').fill('2580');
      await kiosk.page.locator('#kiosk-pin-repeat').fill('2580');
      await kiosk.page.locator('form button[type=submit]').click();
      await kiosk.page.getByTestId('kiosk-start').waitFor();
      await ready(kiosk.page);
      scores.push(['/kiosk', 'tablet (mobile profile)', await audit(kiosk.chrome.port, `${server.url}/kiosk`, false)]);
    } finally {
      await kiosk.dispose();
    }

    for (const [page, profile, a] of scores) {
      for (const category of CATEGORIES) {
        report.add({ issue: '#7', name: `Lighthouse ${category}: ${page}`, value: String(a.scores[category]), target: '≥ 90', note: category === 'performance' ? `${profile}; ${a.metrics}` : profile });
      }
    }

  } finally {
    await server.stop();
  }
}

/** axe-core over every screen, on a fresh server (the same tour the a11y end-to-end test asserts on). */
export async function benchAxe(report: Report): Promise<void> {
  buildIfNeeded();
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const tour = new A11yTour(server, browser);
    await tour.console();
    await tour.devices();
    await tour.portal();
    const { scanned, problems } = tour.result;
    report.add({
      issue: '#7',
      name: `axe-core: serious or critical violations on ${scanned.length} screens`,
      value: String(problems.length),
      target: '0',
      note: problems.length ? problems.map((p) => `${p.page}: ${p.rule}`).join('; ') : 'WCAG 2.1 A/AA and best practices; also asserted by tests/e2e/a11y.spec.ts',
    });
  } finally {
    await browser.close();
    await server.stop();
  }
}

function expect200(res: { status(): number }): void {
  if (res.status() !== 200) throw new Error(`console setup answered ${res.status()}`);
}
