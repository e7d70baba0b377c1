/** Messages between the main thread and the pull worker (pull.worker.ts). */
import type { PullStream } from '../../core/schema/sync';
import type { HttpError } from '../net/http';
import type { SortedPage } from './pullPage';

export interface PullWorkerRequest {
  id: number;
  token: string;
  stream: PullStream;
  since: string;
  limit: number;
}

/** An error does not survive postMessage as its class: the engine needs to tell these apart (401, offline…). */
export type PullFailure =
  | { kind: 'http'; status: number; code: HttpError['code']; message: string }
  | { kind: 'network'; message: string }
  | { kind: 'other'; message: string };

export type PullWorkerResponse = { id: number; ok: true; page: SortedPage } | { id: number; ok: false; error: PullFailure };
