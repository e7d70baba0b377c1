/**
 * Cold start offline: a paired desk tablet whose browser was closed is opened again with no
 * network at all, from the service worker's cache, on a CPU slowed 4× (Chromium's
 * Emulation.setCPUThrottlingRate, roughly a mid-range tablet). Measured from navigation start to
 * the desk being interactive: the scanner listener is attached and the badge field takes input
 * (html[data-scanner=listening]), read from performance.now() inside the page.
 *
 * In the same run, launch for launch, the same is measured on a bare React 19 page (an empty app
 * shell behind the same service worker, served by the same server: tests/bench/bareReact). The
 * ratio of the two is the part of the start that is ours; the rest is the browser, the service
 * worker and React, which a slower or busier machine stretches alike.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';
import { pwaOptions } from '../../vite.config';
import { startServer, type E2EServer } from '../e2e/support/server';
import { percentile, type Report } from './report';

const RUNS = 7;
const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);

/**
 * Set by the page itself the moment the desk can take a scan, and said on the console. The bench
 * waits for that message rather than with a locator: a locator injects Playwright's own script
 * into the starting page, about 180 ms of the tablet's main thread at 4× (decisions, 35).
 */
const READY = 'showfloor-desk-interactive';
const MARK_READY = `
  (() => {
    const mark = () => {
      if (!window.__interactiveAt && document.documentElement.dataset.scanner === 'listening' && document.querySelector('input#badge-code')) {
        window.__interactiveAt = performance.now();
        console.log('${READY}');
      }
    };
    new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
  })();
`;

async function open(profile: string, offline: boolean): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, offline, serviceWorkers: 'allow' });
  // tsx keeps function names with a __name() helper the browser does not have; the app's CSP
  // forbids eval, so waits use functions, not strings.
  await context.addInitScript('window.__name = (fn) => fn');
  return context;
}

const controlled = () => navigator.serviceWorker.controller !== null;

/** The bare React page, built as the app is built (React plugin, the app's service worker and public files). */
async function buildBareReact(): Promise<string> {
  const outDir = path.join(ROOT, '.tmp', 'bench-bare-react');
  await build({
    configFile: false,
    root: path.join(ROOT, 'tests/bench/bareReact'),
    publicDir: path.join(ROOT, 'public'),
    base: '/',
    logLevel: 'warn',
    plugins: [react(), VitePWA(pwaOptions)],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return outDir;
}

/** Opens /desk until the service worker controls it, so the next launches start from its cache. */
async function install(profile: string, url: string, ready: (page: Page) => Promise<void>): Promise<void> {
  const context = await open(profile, false);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/desk`);
  await ready(page);
  for (let i = 0; i < 10 && !(await page.evaluate(controlled)); i++) {
    await page.reload();
    await ready(page);
  }
  if (!(await page.evaluate(controlled))) throw new Error(`no service worker controls ${url}/desk`);
  await context.close();
}

/** One launch of a closed browser with no network: milliseconds from navigation to interactive. */
async function launch(profile: string, url: string, cpuSlowdown: number): Promise<number> {
  const context = await open(profile, true);
  try {
    const tab = context.pages()[0] ?? (await context.newPage());
    await tab.addInitScript(MARK_READY);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const ready = tab.waitForEvent('console', { predicate: (message) => message.text() === READY, timeout: 60_000 });
    await tab.goto(`${url}/desk`, { waitUntil: 'commit' });
    await ready;
    return await tab.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt);
  } finally {
    await context.close();
  }
}

export async function benchColdStart(report: Report): Promise<void> {
  buildIfNeeded();
  const bareDir = await buildBareReact();
  const servers: E2EServer[] = [];
  const profile = mkdtempSync(path.join(tmpdir(), 'showfloor-coldstart-'));
  const bareProfile = mkdtempSync(path.join(tmpdir(), 'showfloor-coldstart-bare-'));
  try {
    const server = await startServer();
    servers.push(server);
    const bare = await startServer({ staticDir: bareDir });
    servers.push(bare);
    const lines = ['姓名,公司,手机,邮箱'];
    for (let i = 0; i < 2_000; i++) lines.push(`访客${i},示例公司${i % 50},138${String(i).padStart(8, '0')},v${i}@example.cn`);
    const file = path.join(server.dataDir, 'roster.csv');
    writeFileSync(file, `\ufeff${lines.join('\n')}\n`);
    if ((await server.cli('import-roster', file)).code !== 0) throw new Error('roster import failed');

    // Install: pair, pull the roster, let the service worker take control and cache the app.
    console.log('  installing the app on a desk profile, and the bare React page on another…');
    const setup = await open(profile, false);
    const page = setup.pages()[0] ?? (await setup.newPage());
    const { url } = JSON.parse((await server.cli('pair', '--role', 'desk', '--json')).stdout) as { url: string };
    await page.goto(url);
    await page.locator('#pair-name').fill('Cold start desk');
    await page.locator('form button[type=submit]').click();
    await page.getByTestId('paired').waitFor();
    await setup.close();
    await install(profile, server.url, (p) => p.getByTestId('roster-count').filter({ hasText: /^2[,.\s]?000$/ }).waitFor({ timeout: 120_000 }));
    await install(bareProfile, bare.url, (p) => p.locator('#badge-code').waitFor());

    server.net.cut();
    bare.net.cut();
    console.log('  measuring offline starts, the app and the bare page in turn…');
    const measure = async (cpuSlowdown: number): Promise<{ app: number[]; bare: number[] }> => {
      const times = { app: [] as number[], bare: [] as number[] };
      for (let run = 0; run < RUNS; run++) {
        // Alternating which goes first, so neither always follows the other's page cache or CPU state.
        const order = run % 2 ? (['bare', 'app'] as const) : (['app', 'bare'] as const);
        for (const which of order) times[which].push(await launch(which === 'app' ? profile : bareProfile, which === 'app' ? server.url : bare.url, cpuSlowdown));
      }
      return times;
    };
    const slow = await measure(4);
    const fast = await measure(1);
    const median = (values: number[]) => percentile(values, 50);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const ms = (values: number[]) => `median ${s(median(values))}, worst ${s(Math.max(...values))}`;
    const ratio = (t: { app: number[]; bare: number[] }) => `${(median(t.app) / median(t.bare)).toFixed(2)}×`;
    report.add({
      issue: '#7',
      name: 'Cold start offline from the service-worker cache to an interactive /desk, Chromium, 4× CPU slowdown',
      value: ms(slow.app),
      target: '≤ 1.5 s',
      note: `${RUNS} launches of a closed browser with no network; 2,000-visitor roster on the device; without slowdown ${ms(fast.app)}`,
    });
    report.add({
      issue: '#14',
      name: 'Cold start as a multiple of a bare React 19 page (empty shell, same service worker and server), measured launch for launch in the same run, 4× CPU slowdown',
      value: ratio(slow),
      target: '–',
      note: `bare page ${ms(slow.bare)} against the desk's ${s(median(slow.app))}; without slowdown ${ratio(fast)} (bare ${ms(fast.bare)})`,
    });
  } finally {
    for (const s of servers) await s.stop();
    rmSync(profile, { recursive: true, force: true });
    rmSync(bareProfile, { recursive: true, force: true });
  }
}
