/**
 * In Chromium against the real server: how long a desk takes to pull a 200,000-row roster into
 * IndexedDB, and how long from a scanner's Enter to the check-in on screen (committed first).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';
import { startServer } from '../e2e/support/server';
import { scanInPage } from './scanInPage';
import { percentile, type Report } from './report';

const ROSTER = 200_000;
const SCANS = 200;

/** A roster of `count` people as a registration system exports it (also the import bench's file). */
export function rosterCsv(count: number): string {
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英';
  const lines = ['姓名,公司,职位,手机,邮箱,类别'];
  for (let i = 0; i < count; i++) {
    const name = `${surnames[i % surnames.length]}${given[(i * 7) % given.length]}${given[(i * 13) % given.length]}`;
    lines.push(`${name},示例${i % 5000}科技有限公司,经理,1${35 + (i % 5)}${String(i).padStart(8, '0')},v${i}@example.cn,专业观众`);
  }
  return `${lines.join('\n')}\n`;
}

export async function benchDeskBrowser(report: Report): Promise<void> {
  buildIfNeeded();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    const file = path.join(server.dataDir, 'roster.csv');
    writeFileSync(file, rosterCsv(ROSTER));
    const importStarted = performance.now();
    const imported = await server.cli('import-roster', file);
    if (imported.code !== 0) throw new Error(imported.stderr);
    report.add({ issue: '#2', name: `Import a ${ROSTER.toLocaleString('en')}-row roster (CLI, PGlite, signing every badge)`, value: `${((performance.now() - importStarted) / 1000).toFixed(1)} s`, target: '–' });

    const context = await browser.newContext();
    // tsx compiles this file with esbuild's keepNames, which wraps functions in __name(); the
    // functions handed to page.evaluate run in the browser, where that helper does not exist.
    await context.addInitScript('window.__name = (fn) => fn');
    const page = await context.newPage();
    const { url } = JSON.parse((await server.cli('pair', '--role', 'desk', '--json')).stdout) as { url: string };
    await page.goto(url);
    await page.locator('#pair-name').fill('Bench desk');
    const started = performance.now();
    await page.locator('form button[type=submit]').click();
    // Count what is really in IndexedDB (not what the screen shows). Counting 200,000 rows every
    // 250 ms is itself 3–4 s of work for the browser's IndexedDB backend, the part of the pull that
    // is already the busiest (decision 34), so the bench follows the app's cheap progress row until
    // the last pages are under way, and counts only then.
    const readInPage = (what: 'count' | 'progress') =>
      page.evaluate(
        (mode) =>
          new Promise<number | null>((resolve) => {
            const open = indexedDB.open('showfloor');
            open.onsuccess = () => {
              const idb = open.result;
              const store = mode === 'count' ? 'roster' : 'syncState';
              if (!idb.objectStoreNames.contains(store)) {
                idb.close();
                return resolve(mode === 'count' ? 0 : null);
              }
              const req = mode === 'count' ? idb.transaction(store).objectStore(store).count() : idb.transaction(store).objectStore(store).get('status');
              req.onsuccess = () => {
                idb.close();
                if (mode === 'count') return resolve(req.result as number);
                const value = (req.result as { value?: { pulling?: { done: number } | null } } | undefined)?.value;
                resolve(value?.pulling ? value.pulling.done : null);
              };
            };
            open.onerror = () => resolve(null);
          }),
        what,
      );
    const waitUntil = async (done: () => Promise<boolean>) => {
      while (!(await done())) {
        if (performance.now() - started > 600_000) throw new Error('the roster did not arrive within 10 minutes');
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    let seenPulling = false;
    await waitUntil(async () => {
      const done = await readInPage('progress');
      if (done !== null) seenPulling = true;
      // Near the end, or the pass already over (the progress row is cleared when it ends).
      return (done !== null && done >= ROSTER - 10_000) || (seenPulling && done === null);
    });
    await waitUntil(async () => ((await readInPage('count')) ?? 0) >= ROSTER);
    const pullSeconds = (performance.now() - started) / 1000;
    report.add({ issue: '#2', name: `Pull a ${ROSTER.toLocaleString('en')}-row roster into IndexedDB (Chromium)`, value: `${pullSeconds.toFixed(1)} s`, target: '≤ 30 s' });

    const badges = JSON.parse((await server.cli('export', '--what', 'badges', '--format', 'json')).stdout) as Array<{ badge_code: string }>;
    const codes = Array.from({ length: SCANS }, (_, i) => badges[Math.floor((i * 997) % badges.length)]!.badge_code);
    await page.goto(`${server.url}/desk`);
    await page.getByTestId('roster-count').filter({ hasText: String(ROSTER) }).waitFor({ timeout: 60_000 });
    const scan = async (list: string[]) => (await scanInPage(page, list, { selector: '[data-testid=scan-result]', attribute: 'data-checkin-id' })).shown;
    const status = () => page.locator('#roster-search ~ p[role=status]').textContent();
    // The first minute after the desk opens, its search worker reads the whole roster from
    // IndexedDB to build its index; scans then share IndexedDB and the CPU with it.
    const whileIndexing = await scan(codes.slice(0, 50));
    const loadingSince = performance.now();
    while (/…/.test((await status()) ?? '')) {
      if (performance.now() - loadingSince > 300_000) throw new Error(`the search index was still loading after 5 minutes: ${await status()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const latencies = await scan(codes.slice(50));
    report.add({
      issue: '#2',
      name: `Scanner keystrokes → check-in committed → shown (Chromium, ${ROSTER.toLocaleString('en')} roster, ${latencies.length} scans)`,
      value: `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`,
      target: 'p95 ≤ 50 ms',
      note: `once the search index is built; the first ${whileIndexing.length} scans, while it was being built: p50 ${percentile(whileIndexing, 50).toFixed(1)} ms, p95 ${percentile(whileIndexing, 95).toFixed(1)} ms`,
    });

    // Roster search as staff use it: type into the field, time until the results list shows the answer.
    const queries = ['zhangwei', 'wangw', 'lmj', '8123', '4567', '示例123', '王伟', 'v1234@', 'chenjun', 'zq'];
    const searchMs = await page.evaluate(async (list) => {
      const input = document.getElementById('roster-search') as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const status = () => document.querySelector('#roster-search ~ p[role=status]')?.textContent ?? '';
      // Wait until the index has loaded every visitor.
      const loadingSince = performance.now();
      while (/…/.test(status())) {
        if (performance.now() - loadingSince > 300_000) throw new Error(`the search index was still loading after 5 minutes: ${status()}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const out: number[] = [];
      for (let round = 0; round < 10; round++) {
        for (const q of list) {
          setValue.call(input, '');
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const results = document.querySelector('[data-testid=search-results]')!;
          // The emptied field must be on screen first, or an answer that looks like the last one
          // ("0 found" twice) would never change the page.
          const clearedBy = performance.now() + 2000;
          while ((results.children.length > 0 || /\b0\b/.test(status()) || status() === '') && performance.now() < clearedBy) await new Promise((r) => setTimeout(r, 10));
          const t0 = performance.now();
          setValue.call(input, q);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no answer shown for "${q}": ${status()}`)), 10_000);
            const done = () => {
              if (results.children.length > 0 || status().match(/\b0\b/)) {
                observer.disconnect();
                clearTimeout(timer);
                resolve();
              }
            };
            const observer = new MutationObserver(done);
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          });
          out.push(performance.now() - t0);
        }
      }
      return out;
    }, queries);
    report.add({
      issue: '#3',
      name: `Roster search, typed → results on screen (Chromium, ${ROSTER.toLocaleString('en')} roster, ${searchMs.length} searches)`,
      value: `p50 ${percentile(searchMs, 50).toFixed(1)} ms, p95 ${percentile(searchMs, 95).toFixed(1)} ms`,
      target: 'p95 ≤ 50 ms',
    });
  } finally {
    await browser.close();
    await server.stop();
  }
}
