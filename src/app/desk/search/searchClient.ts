/** The main thread's handle on the search worker: promises in, answers out. */
import { create } from 'zustand';
import { db } from '../../db/open';
import type { IndexStatus, SearchRequest, SearchResponse } from './protocol';
import type { SearchService } from './searchService';
import type { SearchEntry, SearchHit } from './rosterIndex';

export const useSearchIndexStatus = create<{ size: number; loading: boolean }>(() => ({ size: 0, loading: true }));

type Pending = (res: SearchResponse) => void;
interface Channel {
  postMessage(req: SearchRequest): void;
}
let channel: Channel | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function receive(msg: SearchResponse | IndexStatus): void {
  if (msg.type === 'status') {
    useSearchIndexStatus.setState({ size: msg.size, loading: msg.loading });
    return;
  }
  pending.get(msg.id)?.(msg);
  pending.delete(msg.id);
}

function getWorker(): Channel {
  if (!channel) {
    if (typeof Worker !== 'undefined') {
      const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<SearchResponse | IndexStatus>) => receive(event.data);
      channel = worker;
    } else {
      // No workers here (tests, very old browsers): the same service on this thread, loaded on
      // first use so its pinyin tables stay out of the first download. Requests keep their order
      // because each waits on the same import.
      let service: SearchService | null = null;
      const loaded = import('./searchService');
      channel = {
        postMessage: (req) =>
          void loaded.then(({ SearchService }) => {
            service ??= new SearchService(db(), receive);
            void service.handle(req).then(receive);
          }),
      };
    }
  }
  return channel;
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

/** Who holds a short code typed at the desk (canonical, core/badge/shortCode.ts): the roster and this desk's walk-ins. */
export async function findByShortCode(code: string): Promise<SearchEntry[]> {
  return (await ask({ type: 'short', code })).entries;
}
