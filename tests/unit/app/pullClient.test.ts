/**
 * The main thread's side of the pull worker (src/app/sync/pullClient.ts), with a stand-in Worker:
 * a failure the worker reports comes back as the error class the engine acts on (401 asks to pair
 * again, a network error is retried), and a worker that cannot run leaves the pull on this thread.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PullWorkerRequest, PullWorkerResponse } from '../../../src/app/sync/pullProtocol';

type Reply = (req: PullWorkerRequest) => PullWorkerResponse | 'crash';

function fakeWorker(reply: Reply) {
  return class {
    onmessage: ((e: MessageEvent<PullWorkerResponse>) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    postMessage(req: PullWorkerRequest): void {
      queueMicrotask(() => {
        const res = reply(req);
        if (res === 'crash') this.onerror?.(new ErrorEvent('error', { message: 'worker script failed to load', cancelable: true }));
        else this.onmessage?.(new MessageEvent('message', { data: res }));
      });
    }
    terminate(): void {}
  };
}

const emptyPage = { checkpoint: '0', changes: [], more: false, remaining: 0 };

beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify(emptyPage), { status: 200, headers: { 'content-type': 'application/json' } }))));
});
afterEach(() => vi.unstubAllGlobals());

describe('pull worker client', () => {
  it('hands back pages, and failures as the errors the engine tells apart', async () => {
    vi.stubGlobal(
      'Worker',
      fakeWorker((req) =>
        req.since === '401'
          ? { id: req.id, ok: false, error: { kind: 'http', status: 401, code: 'unauthorized', message: 'token revoked' } }
          : req.since === 'offline'
            ? { id: req.id, ok: false, error: { kind: 'network', message: 'Failed to fetch' } }
            : { id: req.id, ok: true, page: { checkpoint: '9', more: false, remaining: 0, count: 1, roster: [], rosterDeletes: ['x'], others: [] } },
      ),
    );
    const { fetchPage } = await import('../../../src/app/sync/pullClient');
    const { HttpError, NetworkError } = await import('../../../src/app/net/http');
    await expect(fetchPage('t', 'roster', '0', 10)).resolves.toMatchObject({ checkpoint: '9', rosterDeletes: ['x'] });
    const refused = await fetchPage('t', 'roster', '401', 10).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 401 });
    await expect(fetchPage('t', 'roster', 'offline', 10)).rejects.toBeInstanceOf(NetworkError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a worker that cannot run fails the page in hand, and later pages are fetched on this thread', async () => {
    vi.stubGlobal('Worker', fakeWorker(() => 'crash'));
    const { fetchPage } = await import('../../../src/app/sync/pullClient');
    await expect(fetchPage('t', 'roster', '0', 10)).rejects.toThrow('worker script failed to load');
    await expect(fetchPage('t', 'roster', '0', 10)).resolves.toMatchObject({ checkpoint: '0', count: 0 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
