/**
 * The card-reading worker: PaddleOCR models on onnxruntime-web's wasm backend, off the main
 * thread so the page stays responsive for the seconds a card takes. Models and the wasm binary
 * come only from the device's own cache (prepared before, see modelStore.ts), never the network.
 *
 * Without cross-origin isolation onnxruntime runs one thread, so on a device with more than one
 * core this worker starts a helper (the same script, in "helper" mode, holding only the
 * recognition model) and reads half of a card's lines there: recognition is most of the time.
 */
import * as ort from 'onnxruntime-web/wasm';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import zxingWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { readCardText } from '../../core/cards/readCard';
import type { RgbaImage } from '../../core/cards/ocr/geometry';
import { decoderOptions, firstDecoded } from '../../core/scan/decoding';
import { ctcClasses, runOcr, type ModelRunner, type TensorOut } from '../../core/cards/ocr/pipeline';
import { decodeForOcr, ImageDecodeError } from './imageDecode';
import { loadCachedModels, type CardModelId } from './modelStore';
import type { CardWorkerRequest, CardWorkerResponse } from './protocol';

type HelperRequest = { id: number; type: 'helper-init' } | { id: number; type: 'helper-rec'; input: Float32Array; dims: number[] };
type HelperResponse = { id: number; ok: true; out?: { data: Float32Array; dims: number[] } } | { id: number; ok: false; message: string };

class ModelsMissing extends Error {}

const SESSION_OPTIONS: ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };

async function cachedFiles(): Promise<Map<CardModelId, ArrayBuffer>> {
  const cached = await loadCachedModels();
  if (!cached) throw new ModelsMissing('card reading is not prepared on this device');
  for (const id of ['wasm', 'det', 'rec', 'dict'] as const) if (!cached.files.has(id)) throw new ModelsMissing(`the ${id} model file is missing`);
  const wasmUrl = cached.manifest.files.find((f) => f.id === 'wasm')?.url;
  // Threads need SharedArrayBuffer, i.e. a cross-origin isolated page; without it one thread.
  ort.env.wasm.numThreads = self.crossOriginIsolated ? Math.min(4, navigator.hardwareConcurrency || 1) : 1;
  ort.env.wasm.proxy = false;
  ort.env.wasm.wasmBinary = cached.files.get('wasm');
  // Never a CDN: should onnxruntime look for its wasm anyway, it finds our server's copy.
  if (wasmUrl) ort.env.wasm.wasmPaths = { wasm: new URL(wasmUrl, self.location.href).href };
  return cached.files;
}

/** Runs a session's calls one at a time (a session is not re-entrant), each call's output copied out. */
function serialRunner(session: ort.InferenceSession): (input: Float32Array, dims: readonly number[]) => Promise<TensorOut> {
  let queue: Promise<unknown> = Promise.resolve();
  return (input, dims) => {
    const next = queue.then(async () => {
      const outputs = await session.run({ [session.inputNames[0] as string]: new ort.Tensor('float32', input, [...dims]) });
      const out = outputs[session.outputNames[0] as string];
      if (!out) throw new Error('the model returned nothing');
      const result = { data: out.data as Float32Array, dims: [...out.dims] };
      out.dispose();
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  };
}

// ─── helper mode: recognition only ─────────────────────────────────────────────────────────────

let helperRec: Promise<(input: Float32Array, dims: readonly number[]) => Promise<TensorOut>> | null = null;

async function onHelperRequest(request: HelperRequest): Promise<void> {
  const post = (m: HelperResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);
  try {
    helperRec ??= cachedFiles().then(async (files) => serialRunner(await ort.InferenceSession.create(new Uint8Array(files.get('rec') as ArrayBuffer), SESSION_OPTIONS)));
    const rec = await helperRec;
    if (request.type === 'helper-init') return post({ id: request.id, ok: true });
    const out = await rec(request.input, request.dims);
    post({ id: request.id, ok: true, out: { data: out.data, dims: [...out.dims] } }, [out.data.buffer]);
  } catch (error) {
    helperRec = null;
    post({ id: request.id, ok: false, message: (error as Error).message });
  }
}

// ─── main mode ─────────────────────────────────────────────────────────────────────────────────

interface Loaded {
  runner: ModelRunner;
  classes: string[];
}

/** The helper worker as a recognition lane; null when it cannot start (one core, no nested workers). */
async function startHelper(): Promise<((input: Float32Array, dims: readonly number[]) => Promise<TensorOut>) | null> {
  if ((navigator.hardwareConcurrency || 1) < 2 || typeof Worker === 'undefined') return null;
  const helper = new Worker(self.location.href, { type: 'module', name: 'showfloor-cards-helper' });
  let nextId = 1;
  const pending = new Map<number, (r: HelperResponse) => void>();
  helper.onmessage = (e: MessageEvent<HelperResponse>) => {
    pending.get(e.data.id)?.(e.data);
    pending.delete(e.data.id);
  };
  const ask = (request: HelperRequest, transfer: Transferable[] = []) =>
    new Promise<HelperResponse>((resolve) => {
      pending.set(request.id, resolve);
      helper.postMessage(request, transfer);
    });
  helper.onerror = () => {
    for (const [id, resolve] of pending) resolve({ id, ok: false, message: 'the helper stopped' });
    pending.clear();
  };
  const init = await ask({ id: nextId++, type: 'helper-init' });
  if (!init.ok) {
    helper.terminate();
    return null;
  }
  return async (input, dims) => {
    const response = await ask({ id: nextId++, type: 'helper-rec', input, dims: [...dims] }, [input.buffer]);
    if (!response.ok || !response.out) throw new Error(response.ok ? 'the helper returned nothing' : response.message);
    return response.out;
  };
}

let loading: Promise<{ loaded: Loaded; ms: number }> | null = null;

async function load(): Promise<{ loaded: Loaded; ms: number }> {
  const started = performance.now();
  const files = await cachedFiles();
  const helperStarting = startHelper().catch(() => null);
  const det = serialRunner(await ort.InferenceSession.create(new Uint8Array(files.get('det') as ArrayBuffer), SESSION_OPTIONS));
  const rec = serialRunner(await ort.InferenceSession.create(new Uint8Array(files.get('rec') as ArrayBuffer), SESSION_OPTIONS));
  const helper = await helperStarting;
  // Each line goes to the lane with less work queued, counted in input columns (what the cost follows).
  const queued = [0, 0];
  const runner: ModelRunner = {
    async run(model, input, dims) {
      if (model === 'det') return det(input, dims);
      if (!helper) return rec(input, dims);
      const cost = (dims[0] ?? 1) * (dims[3] ?? 1);
      const lane = (queued[0] as number) <= (queued[1] as number) ? 0 : 1;
      queued[lane] = (queued[lane] as number) + cost;
      try {
        return lane === 0 ? await rec(input, dims) : await helper(input, dims);
      } finally {
        queued[lane] = (queued[lane] as number) - cost;
      }
    },
  };
  return { loaded: { runner, classes: ctcClasses(new TextDecoder().decode(files.get('dict'))) }, ms: performance.now() - started };
}

function ensureLoaded(): Promise<{ loaded: Loaded; ms: number }> {
  loading ??= load().catch((error: unknown) => {
    // A failed load (models not prepared yet) may succeed later: do not remember the failure.
    loading = null;
    throw error;
  });
  return loading;
}

let qrReady: Promise<unknown> | null = null;

/**
 * The contact QR code a card may carry (vCard, MECARD), read with the desk's decoder; its fields
 * are exact where OCR guesses. The .wasm is the build asset the desk's scanner uses (precached, so
 * offline too). A card without a code, or a decoder that fails, reads as before.
 */
async function cardQr(image: RgbaImage): Promise<string | null> {
  try {
    const href = new URL(zxingWasmUrl, self.location.href).href;
    qrReady ??= prepareZXingModule({
      overrides: { locateFile: (file: string, prefix: string) => (file.endsWith('.wasm') ? href : prefix + file) },
      fireImmediately: true,
    });
    await qrReady;
    const data = new Uint8ClampedArray(image.data.buffer as ArrayBuffer, image.data.byteOffset, image.data.byteLength);
    return firstDecoded(await readBarcodes(new ImageData(data, image.width, image.height), decoderOptions('qr')))?.text ?? null;
  } catch {
    qrReady = null;
    return null;
  }
}

function reply(message: CardWorkerResponse): void {
  (self as unknown as Worker).postMessage(message);
}

async function onRequest(request: CardWorkerRequest): Promise<void> {
  try {
    const firstLoad = loading === null;
    const { loaded, ms: loadMs } = await ensureLoaded();
    if (request.type === 'load') return reply({ id: request.id, ok: true, loadMs });
    const started = performance.now();
    const image = await decodeForOcr(request.image);
    const result = await runOcr(image, loaded.runner, loaded.classes);
    const { fields, unsure } = readCardText(result.lines, await cardQr(image));
    reply({ id: request.id, ok: true, reading: { text: result.text, lines: result.lines, fields, unsure, ms: performance.now() - started, loadMs: firstLoad ? loadMs : null } });
  } catch (error) {
    const message = (error as Error).message || String(error);
    const kind = error instanceof ModelsMissing ? 'models-missing' : error instanceof ImageDecodeError ? error.kind : 'failed';
    reply({ id: request.id, ok: false, kind, message });
  }
}

self.onmessage = (event: MessageEvent<CardWorkerRequest | HelperRequest>) => {
  const request = event.data;
  if (request.type === 'helper-init' || request.type === 'helper-rec') void onHelperRequest(request);
  else void onRequest(request);
};
