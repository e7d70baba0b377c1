/**
 * A card-reading worker thread (readerPool.ts): loads the models once, then reads the decoded
 * images it is handed, one at a time. Reading a dense image takes tens of seconds of CPU in
 * onnxruntime's wasm backend; here that time is this thread's, never the server's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { CardReader } from './reader';

export interface ReadRequest {
  id: number;
  width: number;
  height: number;
  data: Uint8Array;
}

export type ReadAnswer = { id: number; reading: Awaited<ReturnType<CardReader['readImage']>> } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('readerWorker.ts runs as a worker thread');

const reader = CardReader.load();
reader.catch(() => undefined); // reported with each job below

port.on('message', (job: ReadRequest) => {
  void (async () => {
    try {
      const reading = await (await reader).readImage({ width: job.width, height: job.height, data: job.data });
      port.postMessage({ id: job.id, reading } satisfies ReadAnswer);
    } catch (error) {
      port.postMessage({ id: job.id, error: (error as Error).message || String(error) } satisfies ReadAnswer);
    }
  })();
});
