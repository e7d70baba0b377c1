/**
 * ZXing-C++ (zxing-wasm) in Node, for the CLI's `decode` and the card reader's QR codes. The wasm
 * comes from the installed package: no download, works on an offline show laptop.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { RgbaImage } from '../../core/cards/ocr/geometry';
import { decoderOptions, firstDecoded, type Decoded, type ScanFormats } from '../../core/scan/decoding';

let prepared: Promise<unknown> | null = null;

export function prepareDecoder(): Promise<unknown> {
  if (prepared) return prepared;
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  prepared = prepareZXingModule({
    overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
    fireImmediately: true,
  });
  return prepared;
}

/** The first code in an RGBA image, or null. */
export async function decodePixels(image: RgbaImage, formats: ScanFormats = 'qr'): Promise<Decoded | null> {
  await prepareDecoder();
  // ImageData's shape (zxing-wasm takes it duck-typed in Node).
  const data = new Uint8ClampedArray(image.data.buffer as ArrayBuffer, image.data.byteOffset, image.data.byteLength);
  return firstDecoded(await readBarcodes({ data, width: image.width, height: image.height, colorSpace: 'srgb' as const }, decoderOptions(formats)));
}
