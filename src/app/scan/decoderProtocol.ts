/** Messages between the page and the decoder worker (decoder.worker.ts). */
import type { Decoded, ScanFormats } from '../../core/scan/decoding';

export type DecodeRequest =
  | { id: number; kind: 'warmup' }
  /** A camera frame grabbed on the page (createImageBitmap), where frames cannot be streamed. */
  | { id: number; kind: 'bitmap'; bitmap: ImageBitmap; formats: ScanFormats }
  /** RGBA pixels, where a browser cannot draw bitmaps in a worker. */
  | { id: number; kind: 'pixels'; data: ArrayBuffer; width: number; height: number; formats: ScanFormats }
  /** A photo file (JPEG, PNG, …) chosen by staff. */
  | { id: number; kind: 'file'; file: Blob; formats: ScanFormats }
  /** The camera's frames as they come (MediaStreamTrackProcessor): decoded until 'streamStop'. */
  | { id: number; kind: 'stream'; frames: ReadableStream<VideoFrame>; formats: ScanFormats }
  | { id: number; kind: 'streamFormats'; formats: ScanFormats }
  | { id: number; kind: 'streamStop' };

export type DecodeFailure = 'not_an_image' | 'decoder';

export type DecodeResponse =
  | { id: number; ok: true; result: Decoded | null; ms: number }
  | { id: number; ok: false; error: DecodeFailure; message: string }
  /** A code found in a streamed frame (frames without one are not reported). */
  | { id: number; stream: 'code'; result: Decoded; ms: number }
  /** The stream ended: stopped, camera gone, or (with error) the decoder failed. */
  | { id: number; stream: 'end'; frames: number; error?: DecodeFailure; message?: string };
