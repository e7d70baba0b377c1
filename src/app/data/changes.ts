/**
 * "These rows changed": lets in-memory views (the roster search index in its worker) follow the
 * device database without re-reading it. Posted after the writing transaction commits; heard by
 * every tab and worker of the app (BroadcastChannel does not echo to its sender, so local
 * listeners are called directly too).
 */
export type ChangedTable = 'roster' | 'visitors';
export interface ChangeNotice {
  table: ChangedTable;
  /** Ids written (put) and removed. */
  put: string[];
  removed: string[];
}

const CHANNEL = 'showfloor-data';
let channel: BroadcastChannel | null = null;
const local = new Set<(n: ChangeNotice) => void>();

function getChannel(): BroadcastChannel | null {
  if (!channel && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(CHANNEL);
  return channel;
}

export function notifyChanged(notice: ChangeNotice): void {
  if (!notice.put.length && !notice.removed.length) return;
  local.forEach((l) => l(notice));
  getChannel()?.postMessage(notice);
}

export function onChanged(listener: (n: ChangeNotice) => void): () => void {
  local.add(listener);
  const ch = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL) : null;
  if (ch) ch.onmessage = (e: MessageEvent<ChangeNotice>) => listener(e.data);
  return () => {
    local.delete(listener);
    ch?.close();
  };
}
