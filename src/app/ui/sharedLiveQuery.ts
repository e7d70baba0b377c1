/**
 * One Dexie live query for every component that shows the same thing. The desk shows the sync
 * state in three places and the device in two; with a useLiveQuery each, every one ran its own
 * query, transaction and redraw at the start and at every change (decisions, 36).
 */
import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';

interface Snapshot<T> {
  value: T | undefined;
  error: unknown;
}

/** A hook giving the query's latest answer, `undefined` until the first one (as useLiveQuery). */
export function sharedLiveQuery<T>(query: () => Promise<T>): () => T | undefined {
  let snapshot: Snapshot<T> = { value: undefined, error: null };
  let subscription: Subscription | null = null;
  const listeners = new Set<() => void>();
  const emit = (next: Snapshot<T>) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    subscription ??= liveQuery(query).subscribe({
      next: (value) => emit({ value, error: null }),
      error: (error: unknown) => emit({ value: snapshot.value, error }),
    });
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      subscription?.unsubscribe();
      subscription = null;
      // The next screen starts from "loading", as with useLiveQuery, never from an answer of a
      // database that has since been closed or replaced.
      snapshot = { value: undefined, error: null };
    };
  };
  const getSnapshot = () => snapshot;
  return function useSharedLiveQuery(): T | undefined {
    const { value, error } = useSyncExternalStore(subscribe, getSnapshot);
    // As useLiveQuery: a failing query is the error boundary's to show.
    if (error) throw error;
    return value;
  };
}
