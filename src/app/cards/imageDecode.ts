/**
 * Photo → pixels for OCR with bounded memory: the image's size (and camera orientation) is read
 * from its header first, then the browser decodes it straight to at most DECODE_MAX_SIDE pixels a
 * side, so a 40-megapixel photo never becomes a 160 MB bitmap here. Runs in the OCR worker.
 */
import type { RgbaImage } from '../../core/cards/ocr/geometry';

/** Longest side photos are read at (the CLI uses the same, src/server/cards/reader.ts). */
export const DECODE_MAX_SIDE = 2048;
/** Beyond this the file is not a photo anyone took of a card; refuse it before decoding. */
export const MAX_PIXELS = 150_000_000;

export class ImageDecodeError extends Error {
  constructor(
    readonly kind: 'not-image' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

export interface ImageHeader {
  width: number;
  height: number;
  /** EXIF orientation 1–8; 5–8 swap width and height. */
  orientation: number;
}

const u16 = (b: Uint8Array, i: number, le: boolean) => (le ? (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) : ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0));
const u32 = (b: Uint8Array, i: number, le: boolean) => (le ? u16(b, i, true) + u16(b, i + 2, true) * 65536 : u16(b, i, false) * 65536 + u16(b, i + 2, false));

function exifOrientation(b: Uint8Array, start: number, end: number): number {
  // "Exif\0\0" then a TIFF header: byte order, magic 42, offset of the first IFD.
  if (String.fromCharCode(...b.subarray(start, start + 4)) !== 'Exif') return 1;
  const tiff = start + 6;
  const le = b[tiff] === 0x49;
  const ifd = tiff + u32(b, tiff + 4, le);
  const entries = u16(b, ifd, le);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) break;
    if (u16(b, entry, le) === 0x0112) return u16(b, entry + 8, le) || 1;
  }
  return 1;
}

/** Width, height and orientation from the first bytes of a PNG, JPEG, GIF, WebP or BMP file; null if unknown. */
export function readImageHeader(b: Uint8Array): ImageHeader | null {
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return { width: u32(b, 16, false), height: u32(b, 20, false), orientation: 1 };
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return { width: u16(b, 6, true), height: u16(b, 8, true), orientation: 1 };
  if (b[0] === 0x42 && b[1] === 0x4d) return { width: Math.abs(u32(b, 18, true) | 0), height: Math.abs(u32(b, 22, true) | 0), orientation: 1 };
  if (String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP') {
    const chunk = String.fromCharCode(...b.subarray(12, 16));
    if (chunk === 'VP8X') return { width: 1 + ((b[24] ?? 0) | ((b[25] ?? 0) << 8) | ((b[26] ?? 0) << 16)), height: 1 + ((b[27] ?? 0) | ((b[28] ?? 0) << 8) | ((b[29] ?? 0) << 16)), orientation: 1 };
    if (chunk === 'VP8L') {
      const bits = u32(b, 21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, orientation: 1 };
    }
    if (chunk === 'VP8 ') return { width: u16(b, 26, true) & 0x3fff, height: u16(b, 28, true) & 0x3fff, orientation: 1 };
    return null;
  }
  if (b[0] === 0xff && b[1] === 0xd8) {
    let orientation = 1;
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1] as number;
      if (marker === 0xff) {
        i++;
        continue;
      }
      const length = u16(b, i + 2, false);
      if (marker === 0xe1) orientation = exifOrientation(b, i + 4, Math.min(b.length, i + 2 + length));
      // Start of frame (baseline, progressive…), not DHT (C4), JPG (C8) or DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: u16(b, i + 5, false), width: u16(b, i + 7, false), orientation };
      }
      i += 2 + length;
    }
  }
  return null;
}

/** Decodes a photo for OCR, shrunk on decode to DECODE_MAX_SIDE, upright as the camera meant it. */
export async function decodeForOcr(blob: Blob, maxSide = DECODE_MAX_SIDE): Promise<RgbaImage> {
  // The header of a JPEG with a big EXIF thumbnail can be long; 512 KB covers any camera's.
  const header = readImageHeader(new Uint8Array(await blob.slice(0, 512 * 1024).arrayBuffer()));
  if (header && header.width * header.height > MAX_PIXELS) {
    throw new ImageDecodeError('too-large', `${header.width} × ${header.height} pixels is more than any photo of a card needs`);
  }
  let options: ImageBitmapOptions = { imageOrientation: 'from-image' };
  if (header && header.width > 0 && header.height > 0) {
    const swap = header.orientation >= 5;
    const w = swap ? header.height : header.width;
    const h = swap ? header.width : header.height;
    const scale = Math.min(1, maxSide / Math.max(w, h));
    if (scale < 1) options = { ...options, resizeWidth: Math.max(1, Math.round(w * scale)), resizeHeight: Math.max(1, Math.round(h * scale)), resizeQuality: 'high' };
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, options);
  } catch (error) {
    throw new ImageDecodeError('not-image', (error as Error).message || 'the file is not an image the browser can read');
  }
  try {
    // An image whose header we could not read was decoded at full size: shrink it now.
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const w = Math.max(1, Math.round(bitmap.width * scale));
    const h = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new ImageDecodeError('not-image', 'no 2D canvas in this browser');
    ctx.drawImage(bitmap, 0, 0, w, h);
    const data = ctx.getImageData(0, 0, w, h);
    return { width: w, height: h, data: data.data };
  } finally {
    bitmap.close();
  }
}
