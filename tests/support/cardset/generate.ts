/**
 * Renders the card families: each card as designed (PNG, Chromium at 2×) and photographed once
 * under one condition (JPEG, kit/photo.ts). Seeds are fixed per family and card, so the set is
 * the same on every machine; renders are cached in .tmp/cardset/{tuning,heldout}/FAMILY/ and
 * redone only when a card's page or photo plan changes.
 *
 *   npx tsx tests/support/cardset/generate.ts [tuning|heldout|all]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { familiesOf, type Side } from './families';
import { truthOf, type CardLang, type CardTruth } from './kit/card';
import type { Family } from './kit/family';
import { CONDITION_VERSION, CONDITIONS, photoPlan, photoSize, type Condition } from './kit/photo';
import { prng, seedOf } from './kit/random';

const ROOT = path.resolve(new URL('../../..', import.meta.url).pathname);
/** Part of every cache key: bump when kit/photo.ts or the rendering below changes. */
const RENDER_VERSION = 'r2';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface FamilySample {
  /** FAMILY/NN */
  id: string;
  family: string;
  heldOut: boolean;
  lang: CardLang;
  truth: CardTruth;
  clean: string;
  photo: string;
  condition: Condition;
}

interface Meta extends FamilySample {
  key: string;
}

export function cardsetDir(side: Side): string {
  return path.join(ROOT, '.tmp', 'cardset', side);
}

function conditionOf(family: Family, index: number): Condition {
  // Families start at different conditions so each condition meets every family.
  return CONDITIONS[(index + (seedOf(family.id, 0) % CONDITIONS.length)) % CONDITIONS.length] as Condition;
}

interface Renderer {
  browser: Browser;
  card: Page;
  photo: Page;
}

async function renderer(): Promise<Renderer> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
  return {
    browser,
    card: await browser.newPage({ viewport: { width: 640, height: 640 }, deviceScaleFactor: 2 }),
    photo: await browser.newPage({ viewport: photoSize(2, 1), deviceScaleFactor: 1 }),
  };
}

async function renderOne(get: () => Promise<Renderer>, family: Family, side: Side, index: number): Promise<FamilySample> {
  const dir = path.join(cardsetDir(side), family.id);
  mkdirSync(dir, { recursive: true });
  const nn = String(index).padStart(2, '0');
  const design = family.make(prng(seedOf(family.id, index)), index);
  const condition = conditionOf(family, index);
  const key = createHash('sha256').update(`${RENDER_VERSION}\n${condition}${CONDITION_VERSION[condition] > 1 ? ` v${CONDITION_VERSION[condition]}` : ''}\n${design.html}`).digest('hex').slice(0, 16);
  const metaFile = path.join(dir, `${nn}.json`);
  const clean = path.join(dir, `${nn}.png`);
  const photo = path.join(dir, `${nn}-${condition}.jpg`);
  if (existsSync(metaFile) && existsSync(clean) && existsSync(photo)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Meta;
    if (meta.key === key) return { ...meta, clean, photo };
  }
  const sample: FamilySample = { id: `${family.id}/${nn}`, family: family.id, heldOut: side === 'heldout', lang: design.card.lang, truth: truthOf(design.card), clean, photo, condition };
  const r = await get();
  await r.card.setContent(design.html);
  await r.card.evaluate(() => document.fonts.ready);
  if ((await r.card.locator('#card').getAttribute('data-overflow')) === 'true') throw new Error(`card ${family.id}/${nn} does not fit its card: shorten the family's text`);
  const png = await r.card.locator('#card').screenshot({ type: 'png' });
  writeFileSync(clean, png);
  const plan = photoPlan(prng(seedOf(`${family.id}/photo`, index)), condition);
  await r.photo.setViewportSize(photoSize(design.width, design.height));
  await r.photo.setContent(plan.html(png.toString('base64'), design.width, design.height));
  await r.photo.locator('#photo img').evaluate((img: HTMLImageElement) => img.decode());
  writeFileSync(photo, await plan.finish(await r.photo.locator('#photo').screenshot({ type: 'png' })));
  writeFileSync(metaFile, JSON.stringify({ ...sample, key, card: design.card } satisfies Meta & { card: unknown }, null, 2));
  return sample;
}

/** Every card of the families of `sides`, rendering what is missing or changed. */
export async function ensureFamilySet(sides: readonly Side[], onProgress?: (done: number, total: number) => void): Promise<FamilySample[]> {
  let r: Renderer | null = null;
  const get = async (): Promise<Renderer> => (r ??= await renderer());
  const jobs = sides.flatMap((side) => familiesOf(side).flatMap((family) => Array.from({ length: family.count }, (_, i) => ({ side, family, i }))));
  const samples: FamilySample[] = [];
  try {
    for (const job of jobs) {
      samples.push(await renderOne(get, job.family, job.side, job.i));
      onProgress?.(samples.length, jobs.length);
    }
  } finally {
    await (r as Renderer | null)?.browser.close();
  }
  return samples;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = process.argv[2] ?? 'all';
  const sides: Side[] = arg === 'tuning' ? ['tuning'] : arg === 'heldout' ? ['heldout'] : ['tuning', 'heldout'];
  const started = performance.now();
  const samples = await ensureFamilySet(sides, (done, total) => {
    if (done % 20 === 0 || done === total) console.log(`  ${done}/${total}`);
  });
  console.log(`${samples.length} cards (${samples.length * 2} images) in ${sides.map(cardsetDir).join(', ')} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
