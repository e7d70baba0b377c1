/**
 * `decode PATH...`: reads the badge code in each image, with the decoder and options the desk's
 * camera uses (src/core/scan/decoding.ts, ZXing-C++ as wasm), so organizers can check a batch of
 * printed badges before the show. One JSON line per file: {file, text, format, ms}, text null when
 * no code was found, plus "error" when the file could not be read as an image.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { OutputInfo } from 'sharp';
import { readBarcodes } from 'zxing-wasm/reader';
import { decoderOptions, firstDecoded, isScanFormats, MAX_PHOTO_SIDE, type ScanFormats } from '../../../core/scan/decoding';
import { loadSharp } from '../../lazyModules';
import { prepareDecoder } from '../../scan/zxing';
import { UsageError, type CliCommand } from '../context';

export interface DecodeLine {
  file: string;
  text: string | null;
  format: string | null;
  ms: number;
  error?: string;
}

/** Files under `target` (itself if a file), in name order; hidden files (.DS_Store, …) are not images anyone printed. */
async function filesUnder(target: string, shown: string): Promise<Array<{ absolute: string; shown: string }>> {
  const info = await stat(target);
  if (!info.isDirectory()) return [{ absolute: target, shown }];
  const entries = (await readdir(target, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  const out: Array<{ absolute: string; shown: string }> = [];
  for (const entry of entries) {
    if (entry.isDirectory() || entry.isFile()) out.push(...(await filesUnder(path.join(target, entry.name), path.join(shown, entry.name))));
  }
  return out;
}

export async function decodeImageFile(file: string, formats: ScanFormats): Promise<Omit<DecodeLine, 'file'>> {
  // Compiling the wasm is done once, before the clock starts: `ms` is the time per image.
  await prepareDecoder();
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  let pixels: { data: Buffer; info: OutputInfo };
  try {
    // rotate(): honour the camera's EXIF orientation, as browsers do for photos.
    const sharp = await loadSharp();
    pixels = await sharp(file, { failOn: 'error' })
      .rotate()
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: 'inside', withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    return { text: null, format: null, ms: elapsed(), error: `not a readable image (${(error as Error).message})` };
  }
  const { data, info } = pixels;
  // ImageData's shape (zxing-wasm takes it duck-typed in Node); sharp's buffers are never shared memory.
  const image = { data: new Uint8ClampedArray(data.buffer as ArrayBuffer, data.byteOffset, data.length), width: info.width, height: info.height, colorSpace: 'srgb' as const };
  const found = firstDecoded(await readBarcodes(image, decoderOptions(formats)));
  return { text: found?.text ?? null, format: found?.format ?? null, ms: elapsed() };
}

/** Exit codes: 0 every file was read as an image (with or without a code), 2 some files were not, 1 none was. */
export const decodeCommand: CliCommand = {
  summary: 'read the badge code in images (files or folders): one JSON line per image',
  usage: 'decode PATH... [--formats qr|qr+1d]',
  needsDb: false,
  async run(ctx, args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { formats: { type: 'string', default: 'qr' } } });
    if (positionals.length === 0) throw new UsageError('give at least one image file or folder');
    if (!isScanFormats(values.formats)) throw new UsageError('--formats is qr (QR codes only) or qr+1d (also 1D barcodes)');
    const formats = values.formats;

    let images = 0;
    let withCode = 0;
    let failed = 0;
    for (const given of positionals) {
      let files: Array<{ absolute: string; shown: string }>;
      try {
        files = await filesUnder(path.resolve(ctx.cwd, given), given);
      } catch (error) {
        failed++;
        const code = (error as NodeJS.ErrnoException).code;
        ctx.out(JSON.stringify({ file: given, text: null, format: null, ms: 0, error: code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? (error as Error).message})` } satisfies DecodeLine));
        continue;
      }
      for (const { absolute, shown } of files) {
        const line: DecodeLine = { file: shown, ...(await decodeImageFile(absolute, formats)) };
        ctx.out(JSON.stringify(line));
        if (line.error) failed++;
        else {
          images++;
          if (line.text !== null) withCode++;
        }
      }
    }
    ctx.err(`${images} image${images === 1 ? '' : 's'} read: ${withCode} with a code, ${images - withCode} without${failed ? `; ${failed} file${failed === 1 ? '' : 's'} could not be read` : ''}`);
    if (failed === 0) return 0;
    return images > 0 ? 2 : 1;
  },
};
