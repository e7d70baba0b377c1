/**
 * Reads business-card images in Node with the same models, OCR pipeline and parser as the
 * devices: onnxruntime-web's wasm backend (no native binaries to download at install) and sharp
 * to decode and shrink the image, so a 40-megapixel photo never sits in memory at full size.
 */
import { readFileSync } from 'node:fs';
import type { InferenceSession } from 'onnxruntime-web';
import { loadOrt, loadSharp, type Ort } from '../lazyModules';
import { parseCardText } from '../../core/cards/parseText';
import type { CardFields } from '../../core/cards/fields';
import { ctcClasses, runOcr, type ModelRunner, type OcrLine } from '../../core/cards/ocr/pipeline';
import type { RgbaImage } from '../../core/cards/ocr/geometry';
import { cardModelSet } from './models';

/** Longest side images are decoded at: enough for the smallest print on a card photographed whole. */
export const DECODE_MAX_SIDE = 2048;
/** Most pixels an image may have (a 48-megapixel phone photo fits): decoding more is memory and time for nothing. */
export const CARD_MAX_PIXELS = 50_000_000;
/** What phones, cameras and scanners save; not SVG, PDF or other formats a decoder library also reads. */
export const CARD_IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'tiff'] as const;

export class CardImageError extends Error {}

/**
 * Reads the image's header only (no pixels) and refuses what would not be decoded anyway, before
 * any work: an unknown or unexpected format, or more than CARD_MAX_PIXELS.
 */
export async function inspectCardImage(input: Buffer): Promise<{ format: string; width: number; height: number }> {
  const sharp = await loadSharp();
  let meta;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new CardImageError(`not a readable image (${(error as Error).message.split('\n')[0]})`);
  }
  const format = meta.format ?? 'unknown';
  if (!(CARD_IMAGE_FORMATS as readonly string[]).includes(format)) throw new CardImageError(`a ${format} file is not read: send a JPEG, PNG, WebP or TIFF photo`);
  const { width = 0, height = 0 } = meta;
  if (!width || !height) throw new CardImageError('the image has no size');
  if (width * height > CARD_MAX_PIXELS) {
    throw new CardImageError(`the photo has ${Math.round((width * height) / 1e6)} megapixels; at most ${CARD_MAX_PIXELS / 1e6} are read: send it at a smaller size`);
  }
  return { format, width, height };
}

export interface CardReading {
  text: string;
  lines: OcrLine[];
  fields: CardFields;
  /** Size the image was read at (after shrinking). */
  width: number;
  height: number;
}

export async function decodeCardImage(input: string | Buffer, maxSide = DECODE_MAX_SIDE): Promise<RgbaImage> {
  try {
    // rotate(): apply EXIF orientation, as phones store portrait photos sideways.
    const sharp = await loadSharp();
    const { data, info } = await sharp(input, { failOn: 'error', limitInputPixels: CARD_MAX_PIXELS })
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 4) throw new CardImageError(`unexpected ${info.channels} channels`);
    return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } catch (error) {
    if (error instanceof CardImageError) throw error;
    const message = (error as Error).message;
    if (/unsupported image format|bad seek|corrupt|premature|truncated|invalid|vipsload|not a known file format|Input buffer|Input file/i.test(message)) {
      throw new CardImageError(`not a readable image (${message.split('\n')[0]})`);
    }
    throw new CardImageError(`the image could not be decoded: ${message.split('\n')[0]}`);
  }
}

export class CardReader {
  private constructor(
    private readonly ort: Ort,
    private readonly det: InferenceSession,
    private readonly rec: InferenceSession,
    private readonly classes: string[],
  ) {}

  static async load(): Promise<CardReader> {
    const files = new Map(cardModelSet().files.map((f) => [f.id, f.path]));
    // One thread: the CLI may run beside the server on a two-core machine.
    const ort = await loadOrt();
    ort.env.wasm.numThreads = 1;
    const options: InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
    const det = await ort.InferenceSession.create(readFileSync(files.get('det') as string), options);
    const rec = await ort.InferenceSession.create(readFileSync(files.get('rec') as string), options);
    return new CardReader(ort, det, rec, ctcClasses(readFileSync(files.get('dict') as string, 'utf8')));
  }

  // Recognition calls arrive all at once; a session runs one at a time.
  private queue: Promise<unknown> = Promise.resolve();

  private readonly runner: ModelRunner = {
    run: (model, input, dims) => {
      const next = this.queue.then(async () => {
        const session = model === 'det' ? this.det : this.rec;
        const outputs = await session.run({ [session.inputNames[0] as string]: new this.ort.Tensor('float32', input, [...dims]) });
        const out = outputs[session.outputNames[0] as string];
        if (!out) throw new Error(`the ${model} model returned nothing`);
        return { data: out.data as Float32Array, dims: out.dims };
      });
      this.queue = next.catch(() => undefined);
      return next;
    },
  };

  async readImage(image: RgbaImage): Promise<CardReading> {
    const result = await runOcr(image, this.runner, this.classes);
    return { text: result.text, lines: result.lines, fields: parseCardText(result.lines), width: image.width, height: image.height };
  }

  async read(input: string | Buffer): Promise<CardReading> {
    return this.readImage(await decodeCardImage(input));
  }

  async close(): Promise<void> {
    await this.det.release();
    await this.rec.release();
  }
}
