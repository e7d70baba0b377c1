/**
 * Runs a roster file's reading, checking and preparation (readWorker.ts) in a worker thread, with a
 * memory ceiling of its own: the server keeps answering while a 200,000-row file is read and
 * 200,000 badges are signed, and a file that would need more memory than allowed fails alone.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadJob, ReadMessage } from './readProtocol';

/** Heap for the worker: a 300,000-row file with its prepared rows fits; a bomb that slipped past the limits does not take the server with it. */
const WORKER_HEAP_MB = 1_536;

function startWorker(job: ReadJob): Worker {
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  // From the TypeScript sources (npm start and npm run cli run under tsx, tests under vitest) the
  // worker loads its .ts entry through tsx's loader; from a bundle, its own bundled entry beside it.
  if (import.meta.url.endsWith('.ts')) {
    const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const entry = new URL('./readWorker.ts', import.meta.url).href;
    return new Worker(`import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`, { ...options, eval: true });
  }
  return new Worker(new URL('./rosterReadWorker.mjs', import.meta.url), options);
}

export type ReadResult = Extract<ReadMessage, { type: 'read' }> | Extract<ReadMessage, { type: 'failed' }>;

export function readInWorker(job: ReadJob, onProgress: (p: Extract<ReadMessage, { type: 'progress' }>) => void): Promise<ReadResult> {
  return new Promise((resolve) => {
    const worker = startWorker(job);
    let settled = false;
    const settle = (result: ReadResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    worker.on('message', (m: ReadMessage) => (m.type === 'progress' ? onProgress(m) : settle(m)));
    worker.on('error', (error: Error & { code?: string }) =>
      settle({
        type: 'failed',
        message:
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `reading the file needed more than ${WORKER_HEAP_MB} MB of memory; split it into several files`
            : `the file could not be read (${error.message})`,
        crashed: error.code !== 'ERR_WORKER_OUT_OF_MEMORY',
      }),
    );
    worker.on('exit', (code) => settle({ type: 'failed', message: `the file could not be read (the reader stopped with code ${code})`, crashed: true }));
  });
}
