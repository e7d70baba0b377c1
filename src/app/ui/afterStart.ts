/**
 * Work a screen can do without, started once the screen has settled: a quiet moment at least
 * `START_SETTLE_MS` after it was asked for. An idle callback alone fired while the first screen
 * was still waiting on IndexedDB, so the sync runner and the search index were loaded and compiled
 * in the middle of a slow tablet's start (decisions, 35).
 */
export const START_SETTLE_MS = 1500;

export function afterStart(task: () => void): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if ('requestIdleCallback' in window) idle = requestIdleCallback(task, { timeout: 2000 });
    else task();
  }, START_SETTLE_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
