/**
 * Business-card reading in Node with the real PaddleOCR models and the same pipeline and parser
 * the devices run: generated Chinese and English cards, clean and photographed badly, give the
 * right mobile and email; images that are no card, blank, black, huge or broken give a clear
 * answer and no crash; `npm run cli -- cards` prints one JSON line per image.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCardFields, type CardFields } from '../../src/core/cards/fields';
import { CardImageError, CardReader, DECODE_MAX_SIDE, decodeCardImage } from '../../src/server/cards/reader';
import { ensureCardSet, type CardSample } from '../support/cards/generate';
import { fieldMatches } from '../support/cards/score';
import { blankPhoto, corruptedJpeg, hugePhoto, notACardPhoto } from '../support/cards/badImages';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

// Cards 0–9 of the generated set: Chinese (0–8) and English (9…) as the generator interleaves them,
// plus two more English and one bilingual card, every layout among them.
const CARD_IDS = [0, 1, 2, 3, 9, 10, 11, 13, 16];

let reader: CardReader;
let samples: CardSample[];
let dir: string;

beforeAll(async () => {
  const all = await ensureCardSet(Math.max(...CARD_IDS) + 1);
  samples = CARD_IDS.map((i) => all[i] as CardSample);
  reader = await CardReader.load();
  dir = mkdtempSync(path.join(tmpdir(), 'showfloor-cards-'));
}, 180_000);

afterAll(async () => {
  await reader?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function check(sample: CardSample, fields: CardFields): void {
  for (const f of ['mobile', 'email'] as const) {
    expect(fieldMatches(f, sample.truth[f], fields[f]), `${sample.id} ${f}: expected ${sample.truth[f]}, read ${fields[f]}`).toBe(true);
  }
}

describe('reading generated business cards', () => {
  it('covers Chinese, English and bilingual cards', () => {
    expect(new Set(samples.map((s) => s.lang))).toEqual(new Set(['zh', 'en', 'bi']));
  });

  it('reads the right mobile and email from clean cards', async () => {
    for (const sample of samples) check(sample, (await reader.read(sample.clean)).fields);
  }, 300_000);

  it('reads the right mobile and email from bad photos of them (rotated, tilted, blurred, JPEG 40, uneven light)', async () => {
    for (const sample of samples) check(sample, (await reader.read(sample.degraded)).fields);
  }, 300_000);
});

describe('images that are not a readable card', () => {
  it('finds no card fields in a photo of something else', async () => {
    const reading = await reader.read(await notACardPhoto());
    expect(countCardFields(reading.fields)).toBe(0);
  }, 60_000);

  it('finds no text at all in a blank white or a black image', async () => {
    for (const colour of ['#ffffff', '#000000']) {
      const reading = await reader.read(await blankPhoto(colour));
      expect(reading.text, colour).toBe('');
      expect(countCardFields(reading.fields), colour).toBe(0);
    }
  }, 60_000);

  it('reads a 40-megapixel photo shrunk on decode, with memory bounded', async () => {
    const huge = await hugePhoto((samples[0] as CardSample).clean);
    const meta = await sharp(huge).metadata();
    expect((meta.width ?? 0) * (meta.height ?? 0)).toBeGreaterThanOrEqual(40_000_000);
    const image = await decodeCardImage(huge);
    expect(Math.max(image.width, image.height)).toBe(DECODE_MAX_SIDE);
    // The decoded image is what OCR holds: 2048 × 1170 × 4 bytes, never the 160 MB of the full photo.
    expect(image.data.byteLength).toBeLessThanOrEqual(DECODE_MAX_SIDE * DECODE_MAX_SIDE * 4);
    const rssBefore = process.memoryUsage().rss;
    const reading = await reader.readImage(image);
    check(samples[0] as CardSample, reading.fields);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 * 1024 * 1024);
  }, 120_000);

  it('refuses a corrupted file and a non-image with a clear error', async () => {
    await expect(decodeCardImage(corruptedJpeg())).rejects.toThrow(CardImageError);
    await expect(decodeCardImage(corruptedJpeg())).rejects.toThrow(/not a readable image|could not be decoded/);
    await expect(decodeCardImage(Buffer.from('BEGIN:VCARD\nEND:VCARD\n'))).rejects.toThrow(CardImageError);
  });
});

interface CliLine {
  file: string;
  fields: CardFields;
  text: string;
  error?: string;
  warning?: string;
}

function cli(cwd: string, ...args: string[]): Promise<{ code: number; lines: CliLine[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, path.join(ROOT, 'src/server/cli/main.ts'), 'cards', ...args], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: cwd, DATA_DIR: path.join(cwd, 'no-data-dir'), DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? 1,
        stderr,
        lines: stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as CliLine),
      }),
    );
  });
}

describe('npm run cli -- cards', () => {
  it('reads files and folders into one JSON line per image, and reports a broken file without stopping', async () => {
    const folder = path.join(dir, 'box');
    mkdirSync(path.join(folder, 'day2'), { recursive: true });
    const [zh, en] = [samples[0] as CardSample, samples[4] as CardSample];
    copyFileSync(zh.clean, path.join(folder, 'a-zh.png'));
    copyFileSync(en.degraded, path.join(folder, 'day2', 'b-en.jpg'));
    writeFileSync(path.join(folder, 'notes.txt'), 'not an image, and not named like one: skipped in folders');
    writeFileSync(path.join(dir, 'broken.jpg'), corruptedJpeg());

    const result = await cli(dir, 'box', 'broken.jpg');
    expect(result.lines.map((l) => l.file)).toEqual([path.join('box', 'a-zh.png'), path.join('box', 'day2', 'b-en.jpg'), 'broken.jpg']);
    const [a, b, broken] = result.lines as [CliLine, CliLine, CliLine];
    expect(Object.keys(a.fields).sort()).toEqual(['address', 'company', 'email', 'fax', 'mobile', 'name', 'phone', 'title', 'website']);
    check(zh, a.fields);
    check(en, b.fields);
    expect(a.text).toContain(zh.truth.email?.split('@')[1]);
    expect(broken.error).toMatch(/not a readable image|could not be decoded/);
    expect(countCardFields(broken.fields)).toBe(0);
    expect(result.stderr).toContain('broken.jpg');
    // Some images read, one not: exit code 2, as for other batch commands.
    expect(result.code).toBe(2);
  }, 240_000);

  it('explains usage mistakes with exit code 64', async () => {
    const none = await cli(dir);
    expect(none.code).toBe(64);
    expect(none.stderr).toMatch(/usage: npx showfloor cards PATH/);
    const missing = await cli(dir, 'no-such-folder');
    expect(missing.code).toBe(64);
    expect(missing.stderr).toContain('no-such-folder');
  }, 60_000);
});
