/**
 * The card reader's tuning loop, on the TUNING families only (tests/support/cardset/tuning): the
 * Chromium bench takes half an hour on this machine, a parser change here takes seconds.
 *
 *   npx tsx tests/bench/cardTuning.ts ocr [FAMILY…]     OCR every tuning image in Node (same
 *                                                        core pipeline as the app) and cache the
 *                                                        boxes in .tmp/cardset/ocr/
 *   npx tsx tests/bench/cardTuning.ts score [FAMILY…]   layout + parser on the cached boxes,
 *                                                        scored like the bench; misses listed
 *   npx tsx tests/bench/cardTuning.ts show ID [clean|photo]  the lines and fields of one image
 *
 * It never reads the held-out side: the set is rendered with `ensureFamilySet(['tuning'])` only.
 * The cache key holds the OCR options, so a changed option re-reads (CARD_OCR_TAG names a variant).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CARD_FIELDS, type CardField, type CardFields } from '../../src/core/cards/fields';
import { layoutLines, type OcrBox, type OcrOptions } from '../../src/core/cards/ocr/pipeline';
import { readCardText } from '../../src/core/cards/readCard';
import { CardReader } from '../../src/server/cards/reader';
import { decodeQrInNode } from '../../src/server/cards/qr';
import { cardsetDir, ensureFamilySet, type FamilySample } from '../support/cardset/generate';
import { Tally } from '../support/cardset/score';

const OCR_DIR = path.join(path.dirname(cardsetDir('tuning')), 'ocr');
const OPTIONS: OcrOptions = JSON.parse(process.env.CARD_OCR_OPTIONS ?? '{}') as OcrOptions;
const TAG = createHash('sha256').update(JSON.stringify(OPTIONS) + (process.env.CARD_OCR_TAG ?? '')).digest('hex').slice(0, 8);

interface Cached {
  boxes: OcrBox[];
  qr: string | null;
  ms: number;
  cpuMs: number;
}

function cacheFile(sample: FamilySample, kind: 'clean' | 'photo'): string {
  return path.join(OCR_DIR, TAG, `${sample.id.replace('/', '_')}-${kind}.json`);
}

async function samples(filter: string[]): Promise<FamilySample[]> {
  const all = await ensureFamilySet(['tuning']);
  return all.filter((s) => !filter.length || filter.some((f) => s.id.startsWith(f)));
}

async function ocr(filter: string[]): Promise<void> {
  const reader = await CardReader.load();
  mkdirSync(path.join(OCR_DIR, TAG), { recursive: true });
  const list = await samples(filter);
  let done = 0;
  for (const s of list) {
    for (const kind of ['clean', 'photo'] as const) {
      const file = cacheFile(s, kind);
      if (existsSync(file)) continue;
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = await reader.ocr(s[kind], OPTIONS);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const qr = await decodeQrInNode(s[kind]);
      writeFileSync(file, JSON.stringify({ boxes: result.boxes, qr, ms, cpuMs: (used.user + used.system) / 1000 } satisfies Cached));
    }
    done++;
    if (done % 10 === 0) console.log(`  ${done}/${list.length}`);
  }
  await reader.close();
}

function readCached(s: FamilySample, kind: 'clean' | 'photo'): Cached | null {
  const file = cacheFile(s, kind);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Cached) : null;
}

function fieldsOf(c: Cached): { fields: CardFields; unsure: CardField[]; lines: string[] } {
  const lines = layoutLines(c.boxes);
  const reading = readCardText(lines, c.qr);
  return { fields: reading.fields, unsure: reading.unsure, lines: lines.map((l) => `${l.text}  [h ${l.height.toFixed(0)}, ${l.score.toFixed(2)}]`) };
}

async function score(filter: string[]): Promise<void> {
  const list = await samples(filter);
  const groups = new Map<string, Tally>();
  const get = (k: string) => groups.get(k) ?? (groups.set(k, new Tally()), groups.get(k) as Tally);
  const misses: string[] = [];
  const cpu: number[] = [];
  // How well "unsure" marks the misses: flagged among wrong fields, and among right ones.
  const flags = { wrong: 0, wrongFlagged: 0, right: 0, rightFlagged: 0 };
  for (const s of list) {
    for (const kind of ['clean', 'photo'] as const) {
      const c = readCached(s, kind);
      if (!c) continue;
      cpu.push(c.cpuMs);
      const { fields, unsure } = fieldsOf(c);
      const sc = get(s.family).add(s.truth, fields);
      for (const f of CARD_FIELDS) {
        if (!fields[f]) continue;
        const wrong = sc.wrong.includes(f);
        flags[wrong ? 'wrong' : 'right']++;
        if (unsure.includes(f)) flags[wrong ? 'wrongFlagged' : 'rightFlagged']++;
      }
      get('all').add(s.truth, fields);
      get(kind === 'clean' ? 'clean' : `photo:${s.condition}`).add(s.truth, fields);
      get(kind).add(s.truth, fields);
      for (const f of sc.wrong) misses.push(`${s.id} ${kind === 'clean' ? 'clean' : s.condition} ${f}: ${JSON.stringify(s.truth.fields[f])} → ${JSON.stringify(fields[f])}${unsure.includes(f) ? ' [unsure]' : ''}`);
      for (const [f, src] of sc.crossFills) misses.push(`${s.id} ${kind === 'clean' ? 'clean' : s.condition} ${f} holds ${src}: ${JSON.stringify(fields[f])}`);
    }
  }
  const row = (t: Tally) => `${CARD_FIELDS.map((f: CardField) => `${f.slice(0, 4)} ${Number.isNaN(t.percent(f)) ? '  –' : t.percent(f).toFixed(0).padStart(3)}`).join(' ')}  cross ${t.crossFillPercent().toFixed(1)}% (${t.images})`;
  for (const [k, t] of [...groups].sort()) console.log(`${k.padEnd(22)} ${row(t)}`);
  console.log(`unsure: ${flags.wrongFlagged}/${flags.wrong} wrong filled fields flagged, ${flags.rightFlagged}/${flags.right} right ones flagged`);
  cpu.sort((a, b) => a - b);
  console.log(`OCR cpu per image: median ${(cpu[Math.floor(cpu.length / 2)] ?? 0).toFixed(0)} ms, p95 ${(cpu[Math.floor(cpu.length * 0.95)] ?? 0).toFixed(0)} ms`);
  const out = path.join(OCR_DIR, `misses-${TAG}.txt`);
  writeFileSync(out, `${misses.join('\n')}\n`);
  console.log(`${misses.length} misses in ${out}`);
}

async function show(id: string, kind: 'clean' | 'photo'): Promise<void> {
  const s = (await samples([id])).find((x) => x.id === id);
  if (!s) throw new Error(`no tuning card ${id}`);
  const c = readCached(s, kind);
  if (!c) throw new Error('not read yet: run ocr first');
  const { fields, unsure, lines } = fieldsOf(c);
  console.log(lines.join('\n'));
  console.log('unsure:', unsure.join(', '));
  console.log('qr:', c.qr);
  for (const f of CARD_FIELDS) console.log(`${fields[f] === s.truth.fields[f] ? ' ' : '≠'} ${f.padEnd(8)} ${JSON.stringify(fields[f])}   truth ${JSON.stringify(s.truth.fields[f])}`);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'ocr') await ocr(args);
else if (command === 'score') await score(args);
else if (command === 'show') await show(args[0] ?? '', (args[1] as 'clean' | 'photo' | undefined) ?? 'clean');
else console.log('usage: cardTuning.ts ocr|score|show …');
