/**
 * Generated business cards for tests and benchmarks: rendered by Chromium from HTML templates,
 * each also photographed badly (rotation ±10°, perspective, uneven light in the page; blur and
 * JPEG quality 40 with sharp). Deterministic for a seed and cached under .tmp/cards, so a second
 * run renders nothing.
 *
 *   npx tsx tests/support/cards/generate.ts [COUNT]   pre-renders the set
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import type { CardFields } from '../../../src/core/cards/fields';
import { makeCard, prng, type CardLanguage } from './data';
import { cardHtml, CARD_H, CARD_W, LAYOUTS, photoHtml, type Layout } from './html';

const ROOT = path.resolve(new URL('../../..', import.meta.url).pathname);
/** Bump when the templates or data change: old renders are then ignored. */
const GENERATOR_VERSION = 'v5';
const SEED = 20260417;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface CardSample {
  id: string;
  lang: CardLanguage;
  layout: Layout;
  truth: CardFields;
  /** PNG as designed. */
  clean: string;
  /** JPEG of a bad photo of it. */
  degraded: string;
}

export function cardSetDir(): string {
  return path.join(ROOT, '.tmp', 'cards', GENERATOR_VERSION);
}

interface Pages {
  card: Page;
  photo: Page;
}

async function renderCard(pages: Pages, index: number, dir: string): Promise<CardSample> {
  const id = `card-${String(index).padStart(3, '0')}`;
  const clean = path.join(dir, `${id}.png`);
  const degraded = path.join(dir, `${id}-degraded.jpg`);
  const meta = path.join(dir, `${id}.json`);
  const r = prng(SEED + index * 7919);
  const card = makeCard(r, index);
  const layout = LAYOUTS[index % LAYOUTS.length] as Layout;
  const sample: CardSample = { id, lang: card.lang, layout, truth: card.truth, clean, degraded };
  if (existsSync(meta) && existsSync(clean) && existsSync(degraded)) return sample;

  await pages.card.setContent(cardHtml(r, card, layout));
  await pages.card.evaluate(() => document.fonts.ready);
  const png = await pages.card.locator('#card').screenshot({ type: 'png' });
  writeFileSync(clean, png);
  await pages.photo.setContent(photoHtml(r, png.toString('base64')));
  await pages.photo.locator('#photo img').evaluate((img: HTMLImageElement) => img.decode());
  const photo = await pages.photo.locator('#photo').screenshot({ type: 'png' });
  const sigma = 0.6 + r() * 0.7;
  await sharp(photo).blur(sigma).jpeg({ quality: 40 }).toFile(degraded);
  writeFileSync(meta, JSON.stringify({ ...sample, printed: card }, null, 2));
  return sample;
}

/** The first `count` cards of the set, rendering whatever is not cached yet. */
export async function ensureCardSet(count: number): Promise<CardSample[]> {
  const dir = cardSetDir();
  mkdirSync(dir, { recursive: true });
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => {
    const id = `card-${String(i).padStart(3, '0')}`;
    return !existsSync(path.join(dir, `${id}.json`));
  });
  let browser: Browser | null = null;
  let pages: Pages | null = null;
  if (missing.length) {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
    pages = {
      card: await browser.newPage({ viewport: { width: CARD_W + 40, height: CARD_H + 40 }, deviceScaleFactor: 2 }),
      photo: await browser.newPage({ viewport: { width: 1400, height: 1000 }, deviceScaleFactor: 1 }),
    };
  }
  try {
    const samples: CardSample[] = [];
    for (let i = 0; i < count; i++) {
      if (pages && missing.includes(i)) samples.push(await renderCard(pages, i, dir));
      else samples.push(JSON.parse(readFileSync(path.join(dir, `card-${String(i).padStart(3, '0')}.json`), 'utf8')) as CardSample);
    }
    return samples.map((s) => ({ ...s, clean: path.join(dir, path.basename(s.clean)), degraded: path.join(dir, path.basename(s.degraded)) }));
  } finally {
    await browser?.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 120);
  const started = performance.now();
  const samples = await ensureCardSet(count);
  console.log(`${samples.length} cards (clean + degraded) in ${cardSetDir()} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
