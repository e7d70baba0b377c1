/**
 * Card reading off the event loop. Reading one photo is seconds of CPU (tens for a page of small
 * print) in onnxruntime's wasm backend, which runs on the thread that calls it: on the server's
 * main thread it froze every desk's push, every device's pull and the console for that long. Here
 * it runs in worker threads (readerWorker.ts), with bounds so that one login cannot take them all:
 *
 * - `workers` threads (CARD_READERS; default one per spare core, at most two), started on the
 *   first card and stopped after `idleMs` without one (each holds the models, ~150 MB);
 * - at most `perAccount` cards of one login in the pool at once (being decoded, waiting or being
 *   read) and `maxWaiting` waiting in all: beyond that `CardReadingBusy`, which the route answers
 *   429 with Retry-After estimated from the recent reading times;
 * - a card that takes longer than `jobTimeoutMs` stops its worker (a fresh one takes its place).
 *
 * This is capacity, not state: another server instance has its own pool, and a refused card is
 * simply sent again.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RgbaImage } from '../../core/cards/ocr/geometry';
import { CardImageError, type CardReading } from './reader';
import type { ReadAnswer, ReadRequest } from './readerWorker';

export interface CardPoolOptions {
  workers: number;
  maxWaiting: number;
  perAccount: number;
  jobTimeoutMs: number;
  idleMs: number;
}

export function defaultCardPoolOptions(workers?: number): CardPoolOptions {
  return {
    // Leave a core to the event loop and the embedded database.
    workers: workers ?? Math.max(1, Math.min(2, availableParallelism() - 1)),
    maxWaiting: 8,
    perAccount: 2,
    // A backstop: maxBoxes (core/cards/ocr/pipeline.ts) already bounds the work of one image, and
    // a machine under load reads slowly.
    jobTimeoutMs: 300_000,
    idleMs: 10 * 60_000,
  };
}

export class CardReadingBusy extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly scope: 'server' | 'account',
  ) {
    super(
      scope === 'account'
        ? `this login already has cards being read; send this one again in ${retryAfterSeconds} s`
        : `the server is reading other cards; send this one again in ${retryAfterSeconds} s`,
    );
  }
}

interface Job {
  id: number;
  image: RgbaImage;
  resolve(reading: CardReading): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  started: number;
  timer: NodeJS.Timeout | null;
  idle: NodeJS.Timeout | null;
}

/**
 * A worker thread running readerWorker: the bundled file beside a bundled server, else the
 * TypeScript source, with tsx's loader registered in the thread first (`--import` in a worker's
 * execArgv does not reach its entry on Node 20).
 */
function startWorker(): Worker {
  const bundled = new URL('./cardReaderWorker.mjs', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return new Worker(bundled);
  const require = createRequire(import.meta.url);
  const tsxDir = path.dirname(require.resolve('tsx/package.json'));
  const { exports } = require('tsx/package.json') as { exports: Record<string, { import?: { default?: string } }> };
  const api = pathToFileURL(path.join(tsxDir, exports['./esm/api']?.import?.default ?? 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./readerWorker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

export class CardReaderPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  /** Cards of each login in the pool (being decoded, waiting or read). */
  private readonly perAccount = new Map<string, number>();
  private nextId = 1;
  /** Recent reading time, for Retry-After. */
  private averageMs = 8_000;
  private closed = false;

  constructor(readonly options: CardPoolOptions = defaultCardPoolOptions()) {}

  /** What the pool is doing now (for tests and the health of the pool, not for decisions elsewhere). */
  stats(): { workers: number; reading: number; waiting: number } {
    return { workers: this.slots.length, reading: this.slots.filter((s) => s.job).length, waiting: this.waiting.length };
  }

  private retryAfter(): number {
    const ahead = this.waiting.length + this.slots.filter((s) => s.job).length;
    return Math.min(300, Math.max(2, Math.ceil((this.averageMs * Math.max(1, ahead)) / this.options.workers / 1000)));
  }

  /**
   * Reads one card for `account`: admitted at once or refused with CardReadingBusy before any
   * work is done; `decode` (off the event loop too: sharp works on libuv's threads) then runs,
   * and the decoded image waits for a worker.
   */
  async read(account: string, decode: () => Promise<RgbaImage>): Promise<CardReading> {
    if (this.closed) throw new Error('the card reader is shutting down');
    const mine = this.perAccount.get(account) ?? 0;
    if (mine >= this.options.perAccount) throw new CardReadingBusy(this.retryAfter(), 'account');
    const idle = this.slots.some((s) => !s.job) || this.slots.length < this.options.workers;
    if (!idle && this.waiting.length >= this.options.maxWaiting) throw new CardReadingBusy(this.retryAfter(), 'server');
    this.perAccount.set(account, mine + 1);
    try {
      const image = await decode();
      return await new Promise<CardReading>((resolve, reject) => {
        this.waiting.push({ id: this.nextId++, image, resolve, reject });
        this.pump();
      });
    } finally {
      const left = (this.perAccount.get(account) ?? 1) - 1;
      if (left > 0) this.perAccount.set(account, left);
      else this.perAccount.delete(account);
    }
  }

  private pump(): void {
    while (this.waiting.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.options.workers) slot = this.spawn();
      if (!slot) return;
      this.start(slot, this.waiting.shift() as Job);
    }
  }

  private spawn(): Slot {
    const worker = startWorker();
    worker.unref();
    const slot: Slot = { worker, job: null, started: 0, timer: null, idle: null };
    worker.on('message', (answer: ReadAnswer) => {
      const job = slot.job;
      if (!job || job.id !== answer.id) return;
      this.finish(slot);
      this.averageMs = this.averageMs * 0.7 + (Date.now() - slot.started) * 0.3;
      if ('error' in answer) job.reject(new CardImageError(`the card could not be read: ${answer.error}`));
      else job.resolve(answer.reading);
      this.pump();
    });
    const lost = (error: Error) => {
      this.drop(slot);
      slot.job?.reject(error);
      slot.job = null;
      this.pump();
    };
    worker.on('error', (error) => lost(error));
    worker.on('exit', (code) => lost(new Error(`the card reader stopped (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    slot.job = job;
    slot.started = Date.now();
    slot.timer = setTimeout(() => {
      this.drop(slot);
      void slot.worker.terminate();
      const late = slot.job;
      slot.job = null;
      late?.reject(new CardImageError(`reading this image took longer than ${Math.round(this.options.jobTimeoutMs / 1000)} s and was stopped`));
      this.pump();
    }, this.options.jobTimeoutMs);
    slot.timer.unref();
    // A copy of our own moves to the worker: sharp's buffer may not be detachable.
    const pixels = new Uint8Array(job.image.data);
    const request: ReadRequest = { id: job.id, width: job.image.width, height: job.image.height, data: pixels };
    slot.worker.postMessage(request, [pixels.buffer]);
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.idle = setTimeout(() => {
      if (slot.job) return;
      this.drop(slot);
      void slot.worker.terminate();
    }, this.options.idleMs);
    slot.idle.unref();
  }

  private drop(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.idle) clearTimeout(slot.idle);
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new Error('the server is stopping'));
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.job?.reject(new Error('the server is stopping'));
      slot.job = null;
      this.drop(slot);
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
