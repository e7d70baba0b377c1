/**
 * Business-card reading (issue #4), in Chromium through the app a booth tablet runs, against the
 * real server: generated Chinese, English and bilingual cards in six layouts and several fonts,
 * each clean and photographed badly (rotation ±10°, perspective, blur, JPEG quality 40, uneven
 * light). Reports field accuracy per field (exact match after normalisation, over the cards that
 * print the field), card → fields time once the models are loaded, the one-time download and the
 * model load time. Figures are printed beside their targets, never asserted.
 */
import { chromium } from '@playwright/test';
import config, { CHROMIUM } from '../../playwright.config';
import { CARD_FIELDS, type CardField } from '../../src/core/cards/fields';
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';
import { ensureCardSet } from '../support/cards/generate';
import { AccuracyTally } from '../support/cards/score';
import { openCapture, readOne, readyBoothReader } from './cardReading';
import { startServer } from '../e2e/support/server';
import { percentile, type Report } from './report';

const CARDS = Number(process.env.CARDS_BENCH_COUNT ?? 120);
/**
 * The parser's rules were tuned while looking at misreads of cards 0–63 of the generated set;
 * cards 64 and up were never looked at, and are reported apart as held out.
 */
const TUNED_CARDS = 64;
const LOAD_SAMPLES = 3;
const TARGETS: Partial<Record<CardField, string>> = { mobile: '≥ 97%', email: '≥ 97%', name: '≥ 92%', company: '≥ 92%', address: '≥ 85%' };

export async function benchCards(report: Report): Promise<void> {
  const started = performance.now();
  const samples = await ensureCardSet(CARDS);
  console.log(`  ${samples.length} generated cards ready after ${((performance.now() - started) / 1000).toFixed(0)} s`);
  buildIfNeeded();
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: config.use?.launchOptions?.args ?? [] });
  try {
    const { page, prepareSeconds } = await readyBoothReader(server, browser);
    const manifest = (await (await fetch(`${server.directUrl}/card-models/manifest.json`)).json()) as { files: Array<{ bytes: number }> };
    const mb = manifest.files.reduce((s, f) => s + f.bytes, 0) / 2 ** 20;
    report.add({ issue: '#4', name: `Prepare card reading: download ${mb.toFixed(1)} MB of models into the device cache (loopback)`, value: `${prepareSeconds.toFixed(1)} s`, target: '–', note: 'once per device; not in the first download' });

    // Model load: Cache Storage → wasm compile → sessions, in the worker, on a fresh page each time.
    const loads: number[] = [];
    for (let i = 0; i < LOAD_SAMPLES; i++) {
      await openCapture(page, server);
      await page.waitForFunction(() => performance.getEntriesByName('showfloor:card-models-load').length > 0, undefined, { timeout: 120_000 });
      loads.push(await page.evaluate(() => performance.getEntriesByName('showfloor:card-models-load')[0]?.duration ?? NaN));
    }
    report.add({ issue: '#4', name: 'Card models load time (Chromium, cached models → ready worker)', value: `median ${(percentile(loads, 50) / 1000).toFixed(2)} s (${loads.map((l) => (l / 1000).toFixed(2)).join(', ')})`, target: '–' });

    const tallies = { clean: new AccuracyTally(), degraded: new AccuracyTally(), all: new AccuracyTally(), heldOut: new AccuracyTally() };
    const times: number[] = [];
    const misses: string[] = [];
    for (const [i, sample] of samples.entries()) {
      for (const kind of ['clean', 'degraded'] as const) {
        const { fields, ms } = await readOne(page, sample[kind]);
        times.push(ms);
        const wrong = tallies[kind].add(sample.truth, fields);
        tallies.all.add(sample.truth, fields);
        if (i >= TUNED_CARDS) tallies.heldOut.add(sample.truth, fields);
        for (const f of wrong) misses.push(`${sample.id} ${kind} ${f}: ${JSON.stringify(sample.truth[f])} → ${JSON.stringify(fields[f])}`);
      }
      if ((i + 1) % 10 === 0) console.log(`  … ${i + 1}/${samples.length} cards, median ${(percentile(times, 50) / 1000).toFixed(2)} s`);
    }
    const images = samples.length * 2;
    for (const f of CARD_FIELDS) {
      const all = tallies.all.byField.get(f);
      const clean = tallies.clean.percent(f);
      const degraded = tallies.degraded.percent(f);
      report.add({
        issue: '#4',
        name: `Card field accuracy: ${f} (${images} images of ${samples.length} cards)`,
        value: `${tallies.all.percent(f).toFixed(1)}%`,
        target: TARGETS[f] ?? '–',
        note: `clean ${clean.toFixed(1)}%, degraded ${degraded.toFixed(1)}%, held-out cards ${tallies.heldOut.percent(f).toFixed(1)}%; on ${all?.present ?? 0} images printing it; ${all?.spurious ?? 0} false finds`,
      });
    }
    report.add({
      issue: '#4',
      name: `Card → fields in Chromium, models loaded (${times.length} images)`,
      value: `median ${(percentile(times, 50) / 1000).toFixed(2)} s, p95 ${(percentile(times, 95) / 1000).toFixed(2)} s`,
      target: 'median ≤ 3 s',
      note: 'decode + detect + recognise + parse, in the worker',
    });
    if (misses.length) console.log(`  misses (${misses.length}):\n    ${misses.join('\n    ')}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
