/** The main thread's handle on the search worker: promises in, answers out. */
import { create } from 'zustand';
import type { IndexStatus, SearchRequest, SearchResponse } from './protocol';
import type { SearchEntry, SearchHit } from './rosterIndex';

export const useSearchIndexStatus = create<{ size: number; loading: boolean }>(() => ({ size: 0, loading: true }));

type Pending = (res: SearchResponse) => void;
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SearchResponse | IndexStatus>) => {
      const msg = event.data;
      if (msg.type === 'status') {
        useSearchIndexStatus.setState({ size: msg.size, loading: msg.loading });
        return;
      }
      pending.get(msg.id)?.(msg);
      pending.delete(msg.id);
    };
  }
  return worker;
}

type Req = SearchRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function ask<T extends SearchResponse['type']>(req: Req & { type: T }): Promise<Extract<SearchResponse, { type: T }>> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve as Pending);
    getWorker().postMessage({ ...req, id });
  });
}

/** Starts loading the index early (when the desk opens), so the first search is instant. */
export function warmUpSearch(): void {
  getWorker();
}

export async function searchRoster(query: string, limit = 20): Promise<{ hits: SearchHit[]; ms: number }> {
  const res = await ask({ type: 'search', query, limit });
  return { hits: res.hits, ms: res.ms };
}

export async function findExistingVisitor(mobile: string, email: string): Promise<SearchEntry[]> {
  if (!mobile && !email) return [];
  return (await ask({ type: 'contact', mobile, email })).entries;
}
