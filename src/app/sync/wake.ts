/**
 * "Something changed, sync soon": from a capture in this tab or any other tab of the app.
 * Captures call requestSync() after their transaction commits.
 */
const CHANNEL = 'showfloor-sync';
type Listener = () => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

function getChannel(): BroadcastChannel | null {
  if (!channel && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => listeners.forEach((l) => l());
  }
  return channel;
}

export function requestSync(): void {
  listeners.forEach((l) => l());
  getChannel()?.postMessage('poke');
}

export function onSyncRequested(listener: Listener): () => void {
  getChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
