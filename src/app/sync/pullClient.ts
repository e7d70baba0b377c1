/** The main thread's handle on the pull worker: a page in, the page fetched and sorted out. */
import type { PullStream } from '../../core/schema/sync';
import { HttpError, NetworkError } from '../net/http';
import { fetchSortedPage, type SortedPage } from './pullPage';
import type { PullFailure, PullWorkerRequest, PullWorkerResponse } from './pullProtocol';

interface Pending {
  resolve: (page: SortedPage) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function toError(f: PullFailure): Error {
  if (f.kind === 'http') return new HttpError(f.status, f.code, f.message);
  if (f.kind === 'network') return new NetworkError(f.message);
  return new Error(f.message);
}

function getWorker(): Worker {
  if (!worker) {
    const w = new Worker(new URL('./pull.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<PullWorkerResponse>) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.ok) p?.resolve(msg.page);
      else p?.reject(toError(msg.error));
    };
    // A worker that fails to load or dies: what it was asked fails like a sync attempt (retried
    // with backoff), and later pages are fetched on this thread, slower but never stuck.
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      broken = true;
      const failed = [...pending.values()];
      pending.clear();
      for (const p of failed) p.reject(new Error(event.message || 'pull worker failed'));
    };
    worker = w;
  }
  return worker;
}

/** In a worker where there is one (browsers); on this thread otherwise (unit tests). */
export function fetchPage(token: string, stream: PullStream, since: string, limit: number): Promise<SortedPage> {
  if (typeof Worker === 'undefined' || broken) return fetchSortedPage(token, stream, since, limit);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, token, stream, since, limit } satisfies PullWorkerRequest);
  });
}
