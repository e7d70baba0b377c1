/**
 * The page's side of the decoder worker: one worker per page (the wasm module is compiled once),
 * camera frames streamed straight to it where the browser can, photos and single frames by
 * request. A decoder that fails takes every waiting caller down with it and is replaced on the
 * next request: a wasm that failed to load stays failed in that worker.
 */
import type { Decoded, ScanFormats } from '../../core/scan/decoding';
import type { DecodeFailure, DecodeRequest, DecodeResponse } from './decoderProtocol';

export class DecodeError extends Error {
  constructor(
    readonly kind: DecodeFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface DecodeOutcome {
  result: Decoded | null;
  /** Time spent in the worker, from receiving the request to the answer. */
  ms: number;
}

type Pending = { resolve: (r: DecodeOutcome) => void; reject: (e: Error) => void };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Payload = DistributiveOmit<DecodeRequest, 'id'>;

/** A camera being decoded in the worker, frame after frame. */
export interface FrameStream {
  setFormats(formats: ScanFormats): void;
  stop(): void;
  /** Settles when decoding ends: resolves (with the number of frames decoded) when stopped or the camera ended, rejects if the decoder failed. */
  done: Promise<{ frames: number }>;
}

interface StreamListener {
  onCode(result: Decoded, ms: number): void;
  resolve(summary: { frames: number }): void;
  reject(error: Error): void;
}

// Insertable Streams (MediaStreamTrackProcessor) are not in TypeScript's DOM library yet.
type TrackProcessorClass = new (init: { track: MediaStreamTrack }) => { readable: ReadableStream<VideoFrame> };

/** Largest frame side handed over when the pixels must be read on the page (no OffscreenCanvas in workers). */
const FALLBACK_MAX_SIDE = 960;

function createWorker(): Worker {
  return new Worker(new URL('./decoder.worker.ts', import.meta.url), { type: 'module', name: 'showfloor-decoder' });
}

export class DecoderClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly streams = new Map<number, StreamListener>();
  private fallbackCanvas: HTMLCanvasElement | null = null;

  constructor(private readonly factory: () => Worker = createWorker) {}

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.factory();
    worker.onmessage = (event: MessageEvent<DecodeResponse>) => {
      const response = event.data;
      if ('stream' in response) return this.onStream(response);
      if (!response.ok && response.error === 'decoder') return this.fail(new DecodeError('decoder', response.message));
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      this.pending.delete(response.id);
      if (response.ok) waiting.resolve({ result: response.result, ms: response.ms });
      else waiting.reject(new DecodeError(response.error, response.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new DecodeError('decoder', event.message || 'the decoder worker failed'));
    };
    this.worker = worker;
    return worker;
  }

  private onStream(response: Extract<DecodeResponse, { stream: unknown }>): void {
    if (response.stream === 'end' && response.error) return this.fail(new DecodeError(response.error, response.message ?? 'the decoder failed'));
    const listener = this.streams.get(response.id);
    if (!listener) return;
    if (response.stream === 'code') return listener.onCode(response.result, response.ms);
    this.streams.delete(response.id);
    listener.resolve({ frames: response.frames });
  }

  private fail(error: Error): void {
    const waiting = [...this.pending.values(), ...this.streams.values()];
    this.pending.clear();
    this.streams.clear();
    this.restart();
    for (const w of waiting) w.reject(error);
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private send(payload: Payload, transfer: Transferable[] = []): Promise<DecodeOutcome> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<DecodeOutcome>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...payload, id }, transfer);
    });
  }

  /** Loads and compiles the decoder now, so the first frame with a badge does not wait for it. */
  async warmup(): Promise<void> {
    await this.send({ kind: 'warmup' });
  }

  /**
   * Streams `track`'s frames to the worker, which decodes the newest one whenever it is free and
   * reports codes to `onCode`. Null where the browser cannot stream frames to a worker: the caller
   * then grabs frames itself (decodeVideo).
   */
  decodeTrack(track: MediaStreamTrack, formats: ScanFormats, onCode: (result: Decoded, ms: number) => void): FrameStream | null {
    const Processor = (globalThis as { MediaStreamTrackProcessor?: TrackProcessorClass }).MediaStreamTrackProcessor;
    if (!Processor) return null;
    let frames: ReadableStream<VideoFrame>;
    try {
      frames = new Processor({ track }).readable;
    } catch {
      return null;
    }
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const done = new Promise<{ frames: number }>((resolve, reject) => this.streams.set(id, { onCode, resolve, reject }));
    try {
      worker.postMessage({ id, kind: 'stream', frames, formats } satisfies DecodeRequest, [frames]);
    } catch {
      // Streams cannot be transferred in this browser.
      this.streams.delete(id);
      void frames.cancel().catch(() => undefined);
      return null;
    }
    return {
      setFormats: (f) => worker.postMessage({ id, kind: 'streamFormats', formats: f } satisfies DecodeRequest),
      stop: () => worker.postMessage({ id, kind: 'streamStop' } satisfies DecodeRequest),
      done,
    };
  }

  /** Decodes the frame the video shows now. */
  async decodeVideo(video: HTMLVideoElement, formats: ScanFormats): Promise<DecodeOutcome> {
    if (typeof OffscreenCanvas !== 'undefined' && typeof createImageBitmap === 'function') {
      const bitmap = await createImageBitmap(video);
      return this.send({ kind: 'bitmap', bitmap, formats }, [bitmap]);
    }
    const { data, width, height } = this.readOnPage(video);
    return this.send({ kind: 'pixels', data: data.buffer, width, height, formats }, [data.buffer]);
  }

  async decodeFile(file: Blob, formats: ScanFormats): Promise<DecodeOutcome> {
    return this.send({ kind: 'file', file, formats });
  }

  private readOnPage(video: HTMLVideoElement): ImageData {
    const scale = Math.min(1, FALLBACK_MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    const canvas = (this.fallbackCanvas ??= document.createElement('canvas'));
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new DecodeError('decoder', 'no 2D canvas');
    context.drawImage(video, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  }

  dispose(): void {
    this.fail(new DecodeError('decoder', 'the decoder was closed'));
  }
}

let shared: DecoderClient | null = null;

/** The page's decoder: created on first use, kept for the page's lifetime. */
export function sharedDecoder(): DecoderClient {
  return (shared ??= new DecoderClient());
}
