/**
 * Camera scanning as a hook: one call starts the camera, every new frame goes to the decoder
 * worker (one in flight at a time, so a slow frame is skipped rather than queued), a code read is
 * handed to `onScan` once (RepeatFilter), and scanning carries on for the next visitor.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { MAX_SCANNED_TEXT_LENGTH, type ScanFormats } from '../../core/scan/decoding';
import { cameraProblemOf, hasTorch, listCameras, openCamera, setTorch, stopStream, type CameraInfo, type CameraProblem } from './camera';
import { DecodeError, sharedDecoder, type FrameStream } from './decoderClient';
import { ScanSignals } from './signals';
import { readCamera, readFormats, writeCamera, writeFormats } from './preferences';
import { RepeatFilter } from './repeatFilter';

/** What the page made of a code: drives the sound and the scanner's own message. */
export type ScanVerdict = 'success' | 'error';
export type ScanHandler = (code: string) => void | ScanVerdict | Promise<void | ScanVerdict>;

export type ScannerPhase = 'idle' | 'starting' | 'scanning' | 'problem';
/** Why the scanner is not scanning: the camera could not open, it went away while scanning ('lost'), or the decoder failed. */
export type ScannerProblem = CameraProblem | 'lost' | 'decoder';

/** The scanner's latest message to staff (an i18n key of the scan namespace and its values). */
export interface ScannerNotice {
  tone: 'ok' | 'bad';
  key: 'accepted' | 'rejected' | 'tooLong' | 'photoNoCode' | 'photoNotImage' | 'photoFailed';
  values?: Record<string, string | number>;
  /** Counts notices, so the same message twice is still announced and testable. */
  serial: number;
}

export interface CameraScanner {
  videoRef: RefObject<HTMLVideoElement | null>;
  phase: ScannerPhase;
  problem: ScannerProblem | null;
  problemDetail: string;
  notice: ScannerNotice | null;
  cameras: CameraInfo[];
  cameraId: string | null;
  torchAvailable: boolean;
  torchOn: boolean;
  muted: boolean;
  formats: ScanFormats;
  start(): Promise<void>;
  stop(): void;
  chooseCamera(deviceId: string): Promise<void>;
  toggleTorch(): Promise<void>;
  toggleMuted(): void;
  setFormats(formats: ScanFormats): void;
  scanPhoto(file: Blob): Promise<void>;
}

interface Session {
  stream: MediaStream;
  /** Set when the worker decodes the camera's frames itself. */
  frames: FrameStream | null;
  stopped: boolean;
  /** Resolves the wait for the next frame, so stopping does not leave the loop hanging. */
  wake: (() => void) | null;
}

/** Consecutive decoder failures before the scanner gives up and says so (one is a blip, e.g. a frame the browser could not copy). */
const DECODER_FAILURES_BEFORE_PROBLEM = 3;

function nextFrame(video: HTMLVideoElement, session: Session): Promise<void> {
  return new Promise((resolve) => {
    session.wake = resolve;
    if (typeof video.requestVideoFrameCallback === 'function') video.requestVideoFrameCallback(() => resolve());
    else setTimeout(resolve, 33);
  });
}

export function useCameraScanner(onScan: ScanHandler, defaultFormats: ScanFormats = 'qr'): CameraScanner {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [phase, setPhase] = useState<ScannerPhase>('idle');
  const [problem, setProblem] = useState<ScannerProblem | null>(null);
  const [problemDetail, setProblemDetail] = useState('');
  const [notice, setNoticeState] = useState<ScannerNotice | null>(null);
  const [cameras, setCameras] = useState<CameraInfo[]>([]);
  const [cameraId, setCameraId] = useState<string | null>(() => readCamera());
  const [torchAvailable, setTorchAvailable] = useState(false);
  const [torchOn, setTorchOn] = useState(false);
  const [formats, setFormatsState] = useState<ScanFormats>(() => readFormats(defaultFormats));
  const [signals] = useState(() => new ScanSignals());
  const [muted, setMutedState] = useState(() => signals.muted);
  const [repeats] = useState(() => new RepeatFilter());

  const session = useRef<Session | null>(null);
  /** Bumped by every start and stop: a camera that opens after staff pressed stop (or chose another) is closed again. */
  const attempt = useRef(0);
  const onScanRef = useRef(onScan);
  const formatsRef = useRef(formats);
  const serial = useRef(0);
  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);
  useEffect(() => {
    formatsRef.current = formats;
    session.current?.frames?.setFormats(formats);
  }, [formats]);

  const setNotice = useCallback((n: Omit<ScannerNotice, 'serial'> | null) => {
    setNoticeState(n ? { ...n, serial: ++serial.current } : null);
  }, []);

  const showProblem = useCallback((p: ScannerProblem, detail: string) => {
    setProblem(p);
    setProblemDetail(detail);
    setPhase('problem');
  }, []);

  /** Hands a code to the page and tells staff what came of it. */
  const deliver = useCallback(
    async (text: string, fromCamera: boolean) => {
      const code = text.trim();
      if (!code) return;
      if (fromCamera && !repeats.accept(code, performance.now())) return;
      if (code.length > MAX_SCANNED_TEXT_LENGTH) {
        signals.play('error');
        setNotice({ tone: 'bad', key: 'tooLong', values: { length: code.length } });
        return;
      }
      let verdict: ScanVerdict;
      try {
        verdict = (await onScanRef.current(code)) ?? 'success';
      } catch {
        // The page shows its own error; here it only decides the sound and that scanning goes on.
        verdict = 'error';
      }
      signals.play(verdict);
      setNotice({ tone: verdict === 'success' ? 'ok' : 'bad', key: verdict === 'success' ? 'accepted' : 'rejected' });
    },
    [signals, repeats, setNotice],
  );

  const halt = useCallback(() => {
    const s = session.current;
    session.current = null;
    if (!s) return;
    s.stopped = true;
    s.wake?.();
    s.frames?.stop();
    stopStream(s.stream);
    const video = videoRef.current;
    if (video) video.srcObject = null;
    setTorchOn(false);
    setTorchAvailable(false);
  }, []);

  const run = useCallback(
    async (s: Session, video: HTMLVideoElement) => {
      const decoder = sharedDecoder();
      const track = s.stream.getVideoTracks()[0];
      // Codes the worker finds while the page is still handling the previous one are dropped,
      // not queued: the badge is still in front of the camera and is seen again in a moment.
      let busy = false;
      const frames = track
        ? decoder.decodeTrack(track, formatsRef.current, (result) => {
            if (busy || s.stopped) return;
            busy = true;
            void deliver(result.text, true).finally(() => (busy = false));
          })
        : null;
      if (frames) {
        s.frames = frames;
        try {
          await frames.done;
        } catch (error) {
          if (s.stopped) return;
          halt();
          showProblem('decoder', (error as Error).message);
        }
        return;
      }

      // No frame streaming (Safari, Firefox): grab each new frame on the page and send it over.
      let failures = 0;
      while (!s.stopped) {
        await nextFrame(video, s);
        if (s.stopped) return;
        if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) continue;
        try {
          const { result } = await decoder.decodeVideo(video, formatsRef.current);
          failures = 0;
          if (s.stopped) return;
          if (result) await deliver(result.text, true);
        } catch (error) {
          if (s.stopped) return;
          if (++failures >= DECODER_FAILURES_BEFORE_PROBLEM || (error instanceof DecodeError && error.kind === 'decoder')) {
            halt();
            showProblem('decoder', (error as Error).message);
            return;
          }
        }
      }
    },
    [deliver, halt, showProblem],
  );

  const open = useCallback(
    async (deviceId: string | null) => {
      halt();
      const mine = ++attempt.current;
      setPhase('starting');
      setProblem(null);
      setNotice(null);
      // The wasm compiles while the browser asks for the camera.
      const warm = sharedDecoder()
        .warmup()
        .catch((error: Error) => error);
      let stream: MediaStream;
      try {
        stream = await openCamera(deviceId ?? undefined);
      } catch (error) {
        if (mine === attempt.current) showProblem(cameraProblemOf(error), error instanceof Error ? error.message : String(error));
        return;
      }
      const video = videoRef.current;
      if (!video || mine !== attempt.current) {
        stopStream(stream);
        return;
      }
      const s: Session = { stream, frames: null, stopped: false, wake: null };
      session.current = s;
      video.srcObject = stream;
      try {
        await video.play();
      } catch (error) {
        // Autoplay refusal cannot happen for a muted, inline video started by a tap; anything else is a camera problem.
        if (s.stopped) return;
        halt();
        showProblem('failed', (error as Error).message);
        return;
      }
      const track = stream.getVideoTracks()[0];
      // The camera went away under us (unplugged, taken by another app, revoked in settings).
      track?.addEventListener('ended', () => {
        if (s.stopped) return;
        halt();
        showProblem('lost', 'the camera stopped');
      });
      setTorchAvailable(hasTorch(track));
      setCameraId(track?.getSettings().deviceId ?? deviceId);
      setPhase('scanning');
      void listCameras()
        .then(setCameras)
        .catch(() => setCameras([]));
      const warmed = await warm;
      if (warmed instanceof Error) {
        if (s.stopped) return;
        halt();
        showProblem('decoder', warmed.message);
        return;
      }
      void run(s, video);
    },
    [halt, run, setNotice, showProblem],
  );

  const start = useCallback(async () => {
    signals.unlock();
    // Starting the camera is staff asking for a scan now: a badge seen just before counts again.
    repeats.clear();
    await open(readCamera());
  }, [signals, open, repeats]);

  const stop = useCallback(() => {
    attempt.current++;
    halt();
    setPhase('idle');
    setNotice(null);
  }, [halt, setNotice]);

  const chooseCamera = useCallback(
    async (deviceId: string) => {
      writeCamera(deviceId);
      setCameraId(deviceId);
      await open(deviceId);
    },
    [open],
  );

  const toggleTorch = useCallback(async () => {
    const track = session.current?.stream.getVideoTracks()[0];
    if (!track) return;
    const on = !torchOn;
    try {
      await setTorch(track, on);
      setTorchOn(on);
    } catch {
      // The camera claimed a torch it cannot switch (some Android devices): stop offering it.
      setTorchAvailable(false);
    }
  }, [torchOn]);

  const toggleMuted = useCallback(() => {
    signals.setMuted(!signals.muted);
    setMutedState(signals.muted);
  }, [signals]);

  const setFormats = useCallback((f: ScanFormats) => {
    writeFormats(f);
    setFormatsState(f);
  }, []);

  const scanPhoto = useCallback(
    async (file: Blob) => {
      signals.unlock();
      try {
        const { result } = await sharedDecoder().decodeFile(file, formatsRef.current);
        if (result) return await deliver(result.text, false);
        signals.play('error');
        setNotice({ tone: 'bad', key: 'photoNoCode' });
      } catch (error) {
        signals.play('error');
        const notImage = error instanceof DecodeError && error.kind === 'not_an_image';
        setNotice({ tone: 'bad', key: notImage ? 'photoNotImage' : 'photoFailed', values: { detail: (error as Error).message } });
      }
    },
    [deliver, signals, setNotice],
  );

  // Leaving the page releases the camera (its light goes off) and the audio output.
  useEffect(
    () => () => {
      attempt.current++;
      halt();
      signals.close();
    },
    [signals, halt],
  );

  return {
    videoRef,
    phase,
    problem,
    problemDetail,
    notice,
    cameras,
    cameraId,
    torchAvailable,
    torchOn,
    muted,
    formats,
    start,
    stop,
    chooseCamera,
    toggleTorch,
    toggleMuted,
    setFormats,
    scanPhoto,
  };
}
