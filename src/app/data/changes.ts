/**
 * Change notices, posted after the writing transaction commits and heard by every tab and worker
 * of the app:
 * - "these rows changed" (`notifyChanged`): in-memory views (the roster search index in its
 *   worker) follow the device database without re-reading it;
 * - "records wait to be sent" (`requestSync`): a capture, or staff asking to sync now, wakes the
 *   sync runner in whichever tab holds its lock.
 * One BroadcastChannel per tab or worker, which does not echo to its sender: listeners in the
 * posting context are called directly, the others hear the channel.
 */
export type ChangedTable = 'roster' | 'visitors';
export interface ChangeNotice {
  table: ChangedTable;
  /** Ids written (put) and removed. */
  put: string[];
  removed: string[];
}

type Notice = { kind: 'rows'; rows: ChangeNotice } | { kind: 'sync' };

const CHANNEL = 'showfloor-changes';
const listeners = new Set<(notice: Notice) => void>();
let channel: BroadcastChannel | null = null;

function connect(): BroadcastChannel | null {
  if (!channel && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<Notice>) => listeners.forEach((l) => l(event.data));
  }
  return channel;
}

function post(notice: Notice): void {
  listeners.forEach((l) => l(notice));
  connect()?.postMessage(notice);
}

function listen(listener: (notice: Notice) => void): () => void {
  connect();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyChanged(rows: ChangeNotice): void {
  if (rows.put.length || rows.removed.length) post({ kind: 'rows', rows });
}

export function onChanged(listener: (rows: ChangeNotice) => void): () => void {
  return listen((n) => n.kind === 'rows' && listener(n.rows));
}

export function requestSync(): void {
  post({ kind: 'sync' });
}

export function onSyncRequested(listener: () => void): () => void {
  return listen((n) => n.kind === 'sync' && listener());
}
