/**
 * Reads codes from camera frames and photos with ZXing-C++ (zxing-wasm), off the UI thread: a
 * hard frame takes tens of milliseconds to decode, which on the page would stall taps and the
 * check-in animation. Where the browser can stream the camera's frames here
 * (MediaStreamTrackProcessor), the page does no per-frame work at all. The .wasm is a build asset
 * served by our server and precached by the service worker, so decoding works offline and nothing
 * is fetched from a CDN.
 */
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { decoderOptions, firstDecoded, MAX_PHOTO_SIDE, type ScanFormats } from '../../core/scan/decoding';
import type { DecodeRequest, DecodeResponse } from './decoderProtocol';

/** The parts of DedicatedWorkerGlobalScope used here (the app compiles against the DOM library). */
interface WorkerScope {
  location: { href: string };
  onmessage: ((event: MessageEvent<DecodeRequest>) => void) | null;
  postMessage(message: DecodeResponse): void;
}
const scope = self as unknown as WorkerScope;

// zxing-wasm's default locateFile points at jsDelivr; ours resolves to the hashed asset next to this worker.
const wasmHref = new URL(wasmUrl, scope.location.href).href;
const ready = prepareZXingModule({
  overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmHref : prefix + path) },
  fireImmediately: true,
});
// A failed load is reported to whichever request awaits it; until one does, it is not "unhandled".
ready.catch(() => undefined);

let canvas: OffscreenCanvas | null = null;

function pixelsOf(source: ImageBitmap | VideoFrame, maxSide = Infinity): ImageData {
  const [sourceWidth, sourceHeight] = 'displayWidth' in source ? [source.displayWidth, source.displayHeight] : [source.width, source.height];
  const scale = Math.min(1, maxSide / Math.max(sourceWidth, sourceHeight));
  const width = Math.max(1, Math.round(sourceWidth * scale));
  const height = Math.max(1, Math.round(sourceHeight * scale));
  // One canvas for every frame: camera frames all have the same size.
  if (!canvas || canvas.width !== width || canvas.height !== height) canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D context in the worker');
  context.drawImage(source, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}

async function decode(image: ImageData, formats: ScanFormats) {
  return firstDecoded(await readBarcodes(image, decoderOptions(formats)));
}

async function handle(request: Exclude<DecodeRequest, { kind: 'stream' | 'streamFormats' | 'streamStop' }>): Promise<DecodeResponse> {
  const started = performance.now();
  const { id } = request;
  try {
    await ready;
    switch (request.kind) {
      case 'warmup':
        return { id, ok: true, result: null, ms: performance.now() - started };
      case 'bitmap': {
        const image = pixelsOf(request.bitmap);
        request.bitmap.close();
        return { id, ok: true, result: await decode(image, request.formats), ms: performance.now() - started };
      }
      case 'pixels': {
        const image = new ImageData(new Uint8ClampedArray(request.data), request.width, request.height);
        return { id, ok: true, result: await decode(image, request.formats), ms: performance.now() - started };
      }
      case 'file': {
        let bitmap: ImageBitmap;
        try {
          bitmap = await createImageBitmap(request.file);
        } catch (error) {
          return { id, ok: false, error: 'not_an_image', message: (error as Error).message };
        }
        const image = pixelsOf(bitmap, MAX_PHOTO_SIDE);
        bitmap.close();
        return { id, ok: true, result: await decode(image, request.formats), ms: performance.now() - started };
      }
    }
  } catch (error) {
    return { id, ok: false, error: 'decoder', message: error instanceof Error ? error.message : String(error) };
  }
}

interface FrameStream {
  formats: ScanFormats;
  stopped: boolean;
  reader: ReadableStreamDefaultReader<VideoFrame>;
  /** The newest frame not yet decoded; older ones are closed unread. */
  latest: VideoFrame | null;
  wake: (() => void) | null;
  /** Frames decoded so far (for the benchmark and the record; skipped frames are not counted). */
  decoded: number;
}

const streams = new Map<number, FrameStream>();

function endStream(s: FrameStream): void {
  s.stopped = true;
  s.wake?.();
  void s.reader.cancel().catch(() => undefined);
}

/**
 * Decodes the camera's frames for as long as it runs. Frames arrive faster than hard ones decode:
 * a reader keeps only the newest, so each decode starts on what the camera sees now rather than
 * on a backlog, and every frame is closed promptly (an unclosed VideoFrame stalls the camera).
 */
async function runStream(id: number, frames: ReadableStream<VideoFrame>, formats: ScanFormats): Promise<void> {
  const s: FrameStream = { formats, stopped: false, reader: frames.getReader(), latest: null, wake: null, decoded: 0 };
  streams.set(id, s);
  const reading = (async () => {
    try {
      for (;;) {
        const { value, done } = await s.reader.read();
        if (done) break;
        if (s.stopped) {
          value.close();
          break;
        }
        s.latest?.close();
        s.latest = value;
        s.wake?.();
      }
    } catch {
      // The camera stopped or the stream was cancelled: either way, no more frames.
    }
    s.stopped = true;
    s.wake?.();
  })();
  try {
    await ready;
    while (!s.stopped) {
      const frame = s.latest;
      if (!frame) {
        await new Promise<void>((resolve) => (s.wake = resolve));
        s.wake = null;
        continue;
      }
      s.latest = null;
      const started = performance.now();
      let image: ImageData;
      try {
        image = pixelsOf(frame);
      } finally {
        frame.close();
      }
      const result = await decode(image, s.formats);
      s.decoded++;
      if (result && !s.stopped) scope.postMessage({ id, stream: 'code', result, ms: performance.now() - started });
    }
    scope.postMessage({ id, stream: 'end', frames: s.decoded });
  } catch (error) {
    endStream(s);
    scope.postMessage({ id, stream: 'end', frames: s.decoded, error: 'decoder', message: error instanceof Error ? error.message : String(error) });
  } finally {
    await reading;
    s.latest?.close();
    s.latest = null;
    streams.delete(id);
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.kind) {
    case 'stream':
      void runStream(request.id, request.frames, request.formats);
      return;
    case 'streamFormats': {
      const s = streams.get(request.id);
      if (s) s.formats = request.formats;
      return;
    }
    case 'streamStop': {
      const s = streams.get(request.id);
      if (s) endStream(s);
      return;
    }
    default:
      void handle(request).then((response) => scope.postMessage(response));
  }
};
