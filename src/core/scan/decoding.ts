/**
 * How codes are read from pictures: one configuration for the camera worker in the app and for
 * `npm run cli -- decode` on the server, so a badge the CLI reads before the show is read the
 * same way at the desk. The names and fields are those of ZXing-C++ (zxing-wasm); they are
 * declared here structurally because core imports no runtime library.
 */

/** What the scanner looks for: QR codes only (the default), or also linear (1D) barcodes. */
export type ScanFormats = 'qr' | 'qr+1d';
export const SCAN_FORMATS: readonly ScanFormats[] = ['qr', 'qr+1d'];

export function isScanFormats(value: unknown): value is ScanFormats {
  return value === 'qr' || value === 'qr+1d';
}

/**
 * Photos larger than this on their long side are scaled down before decoding: a 48 MP phone
 * picture would not fit the wasm heap, and a badge in it stays far larger than a module per pixel.
 */
export const MAX_PHOTO_SIDE = 4096;

/** Longer texts are not codes we store: check-ins keep at most this many characters (core/checkins/schema.ts). */
export const MAX_SCANNED_TEXT_LENGTH = 4096;

/** ZXing-C++ names of the formats we read. */
export const QR_FORMATS = ['QRCode', 'MicroQRCode'] as const;
/**
 * The linear symbologies badges and tickets from other registration systems use. Deliberately
 * not "all linear": every extra symbology is another way for stripes in a camera picture
 * (clothing, table edges, printed text) to be misread as a code.
 */
export const LINEAR_FORMATS = ['Code128', 'Code39', 'Code93', 'Codabar', 'ITF', 'EAN13', 'EAN8', 'UPCA', 'UPCE'] as const;
export type DecoderFormat = (typeof QR_FORMATS)[number] | (typeof LINEAR_FORMATS)[number];

/** The subset of zxing-wasm's ReaderOptions we set (assignable to it). */
export interface DecoderOptions {
  formats: DecoderFormat[];
  tryHarder: boolean;
  tryRotate: boolean;
  tryInvert: boolean;
  tryDownscale: boolean;
  tryDenoise: boolean;
  maxNumberOfSymbols: number;
  minLineCount: number;
  returnErrors: boolean;
  textMode: 'Plain';
}

export function decoderOptions(formats: ScanFormats = 'qr'): DecoderOptions {
  return {
    formats: formats === 'qr' ? [...QR_FORMATS] : [...QR_FORMATS, ...LINEAR_FORMATS],
    // Accuracy over speed: decoding runs off the UI thread, and a missed badge costs a visitor
    // far more time than the extra milliseconds do.
    tryHarder: true,
    tryRotate: true,
    // Badges printed white-on-dark exist; reading them costs little with tryHarder.
    tryInvert: true,
    tryDownscale: true,
    // Measured on the generated hard set: not one more badge read, and ~40% more time on each
    // frame without a code, which is most camera frames.
    tryDenoise: false,
    // One visitor, one badge: stop at the first code found.
    maxNumberOfSymbols: 1,
    // Two agreeing scan lines before a 1D code counts: fewer misreads from stripes in the picture.
    minLineCount: 2,
    returnErrors: false,
    // The text exactly as encoded (no GS1 or ISO 15434 rewriting).
    textMode: 'Plain',
  };
}

/** What a decoder reports per code found (the fields of zxing-wasm's ReadResult we use). */
export interface DecoderResult {
  text: string;
  format: string;
  isValid: boolean;
}

export interface Decoded {
  text: string;
  format: string;
}

/** The first valid code among the results, or null when nothing was read. */
export function firstDecoded(results: readonly DecoderResult[]): Decoded | null {
  const found = results.find((r) => r.isValid && r.text.length > 0);
  return found ? { text: found.text, format: found.format } : null;
}
