/**
 * The benchmark page (built by tests/bench/decode.ts, driven by Playwright): html5-qrcode's own
 * decoder and ours (the app's DecoderClient and worker, unchanged) on the same pictures and the
 * same camera, timed in the page, with the main thread's long tasks recorded.
 */
import { Html5Qrcode, Html5QrcodeSupportedFormats } from 'html5-qrcode';
import { DecoderClient } from '../../../src/app/scan/decoderClient';

export interface Attempt {
  text: string | null;
  ms: number;
}

export interface CameraRun {
  /** Frames decoded (ours) or decode attempts made (html5-qrcode). */
  attempts: number;
  found: number;
  longTasks: number[];
}

const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });

const ours = new DecoderClient();
const theirs = new Html5Qrcode('reader', { formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE], useBarCodeDetectorIfSupported: false, verbose: false });

async function picture(name: string): Promise<File> {
  const response = await fetch(`/img/${encodeURIComponent(name)}`);
  return new File([await response.blob()], name, { type: response.headers.get('content-type') ?? '' });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const bench = {
  async ours(name: string): Promise<Attempt> {
    const file = await picture(name);
    const started = performance.now();
    try {
      const { result } = await ours.decodeFile(file, 'qr');
      return { text: result?.text ?? null, ms: performance.now() - started };
    } catch {
      return { text: null, ms: performance.now() - started };
    }
  },

  async html5qrcode(name: string): Promise<Attempt> {
    const file = await picture(name);
    const started = performance.now();
    try {
      const result = await theirs.scanFileV2(file, false);
      return { text: result.decodedText, ms: performance.now() - started };
    } catch {
      // html5-qrcode rejects when it finds no code.
      return { text: null, ms: performance.now() - started };
    }
  },

  takeLongTasks(): number[] {
    return longTasks.splice(0);
  },

  /** Our camera scanning, as useCameraScanner runs it: the camera's frames streamed to the worker. */
  async cameraOurs(seconds: number): Promise<CameraRun> {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } } });
    const video = document.getElementById('camera') as HTMLVideoElement;
    video.srcObject = stream;
    await video.play();
    await ours.warmup();
    longTasks.splice(0);
    let found = 0;
    const frames = ours.decodeTrack(stream.getVideoTracks()[0]!, 'qr', () => found++);
    if (!frames) throw new Error('this browser cannot stream camera frames to a worker');
    await sleep(seconds * 1000);
    frames.stop();
    const { frames: attempts } = await frames.done;
    for (const track of stream.getTracks()) track.stop();
    return { attempts, found, longTasks: longTasks.splice(0) };
  },

  /** html5-qrcode's camera scanning, as its documentation sets it up (10 decodes a second at most). */
  async cameraHtml5qrcode(seconds: number): Promise<CameraRun> {
    let found = 0;
    let failed = 0;
    await theirs.start(
      { facingMode: 'environment' },
      { fps: 10 },
      () => found++,
      () => failed++,
    );
    longTasks.splice(0);
    found = 0;
    failed = 0;
    await sleep(seconds * 1000);
    await theirs.stop();
    return { attempts: found + failed, found, longTasks: longTasks.splice(0) };
  },
};

export type DecodeBench = typeof bench;
(window as unknown as { bench: DecodeBench }).bench = bench;
document.title = 'ready';
