/** Messages between the page and the card-reading worker (src/app/cards/ocr.worker.ts). */
import type { CardField, CardFields } from '../../core/cards/fields';
import type { OcrLine } from '../../core/cards/ocr/pipeline';

export interface CardReading {
  /** Every line read, in reading order. */
  text: string;
  lines: OcrLine[];
  fields: CardFields;
  /** Fields the reader was unsure of (core/cards/unsure.ts): the confirm screen marks them. */
  unsure: CardField[];
  /** Decode + OCR + parse, in the worker. */
  ms: number;
  /** Time to load the models, when this read had to load them first. */
  loadMs: number | null;
}

/**
 * Why a read failed: the models are not on the device; the file is not an image; the image is
 * absurdly large; or the OCR itself failed (out of memory, a broken model file).
 */
export type CardReadFailure = 'models-missing' | 'not-image' | 'too-large' | 'failed';

export type CardWorkerRequest = { id: number; type: 'read'; image: Blob } | { id: number; type: 'load' };

export type CardWorkerResponse =
  | { id: number; ok: true; reading: CardReading }
  | { id: number; ok: true; loadMs: number }
  | { id: number; ok: false; kind: CardReadFailure; message: string };
