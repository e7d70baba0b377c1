/// <reference lib="webworker" />
/**
 * Fetches and reads pull pages off the main thread: decoding and parsing a 5,000-attendee page
 * (about 3 MB of JSON) and reading its rows then overlaps the main thread's IndexedDB writes of
 * the page before (decisions, 34).
 */
import { HttpError, NetworkError } from '../net/http';
import { fetchSortedPage } from './pullPage';
import type { PullFailure, PullWorkerRequest, PullWorkerResponse } from './pullProtocol';

declare const self: DedicatedWorkerGlobalScope;

function failure(error: unknown): PullFailure {
  if (error instanceof HttpError) return { kind: 'http', status: error.status, code: error.code, message: error.message };
  if (error instanceof NetworkError) return { kind: 'network', message: error.message };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

self.onmessage = (event: MessageEvent<PullWorkerRequest>) => {
  const { id, token, stream, since, limit } = event.data;
  fetchSortedPage(token, stream, since, limit).then(
    (page) => self.postMessage({ id, ok: true, page } satisfies PullWorkerResponse),
    (error: unknown) => self.postMessage({ id, ok: false, error: failure(error) } satisfies PullWorkerResponse),
  );
};
