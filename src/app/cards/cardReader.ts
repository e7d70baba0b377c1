/**
 * The page's side of card reading: one worker, created on the first read (the app starts without
 * it or the models), answering one request at a time. Reads and model loads are measured with the
 * User Timing API ("showfloor:card-read", "showfloor:card-models-load"), which developer tools and
 * the benchmark read.
 */
import type { CardReadFailure, CardReading, CardWorkerRequest, CardWorkerResponse } from './protocol';

export type { CardReading, CardReadFailure } from './protocol';

export class CardReadError extends Error {
  constructor(
    readonly kind: CardReadFailure,
    message: string,
  ) {
    super(message);
  }
}

type Pending = { resolve: (r: CardWorkerResponse) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./ocr.worker.ts', import.meta.url), { type: 'module', name: 'showfloor-cards' });
  w.onmessage = (event: MessageEvent<CardWorkerResponse>) => {
    pending.get(event.data.id)?.resolve(event.data);
    pending.delete(event.data.id);
  };
  w.onerror = (event) => {
    // The worker died (out of memory on a huge image, a broken chunk): fail what was asked, start afresh next time.
    for (const [id, p] of pending) p.resolve({ id, ok: false, kind: 'failed', message: event.message || 'the card reader stopped' });
    pending.clear();
    w.terminate();
    if (worker === w) worker = null;
  };
  worker = w;
  return w;
}

type Payload = CardWorkerRequest extends infer R ? (R extends CardWorkerRequest ? Omit<R, 'id'> : never) : never;

function ask(request: Payload): Promise<CardWorkerResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve });
    getWorker().postMessage({ ...request, id } as CardWorkerRequest);
  });
}

/** Loads the models into the worker ahead of the first card; resolves with the load time in ms. */
export async function warmUpCardReader(): Promise<number> {
  const started = performance.now();
  const response = await ask({ type: 'load' });
  if (!response.ok) throw new CardReadError(response.kind, response.message);
  const loadMs = 'loadMs' in response ? response.loadMs : 0;
  // Only a load that happened now is a model load time; a warm worker answers at once.
  if (loadMs > 0 && loadMs <= performance.now() - started) performance.measure('showfloor:card-models-load', { start: started, end: performance.now() });
  return loadMs;
}

/** Reads a card photo (any image the browser decodes) into text and fields. */
export async function readCard(image: Blob): Promise<CardReading> {
  const started = performance.now();
  const response = await ask({ type: 'read', image });
  if (!response.ok) throw new CardReadError(response.kind, response.message);
  if (!('reading' in response)) throw new CardReadError('failed', 'unexpected answer from the card reader');
  performance.measure('showfloor:card-read', { start: started, end: performance.now() });
  return response.reading;
}

/** Frees the worker and its models (about 100 MB) when no card will be read for a while. */
export function releaseCardReader(): void {
  for (const [id, p] of pending) p.resolve({ id, ok: false, kind: 'failed', message: 'card reading was closed' });
  pending.clear();
  worker?.terminate();
  worker = null;
}
