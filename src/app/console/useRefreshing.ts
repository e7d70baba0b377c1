import { useCallback, useEffect, useState } from 'react';

/** Loads data now and every `intervalMs` while the screen is open, keeping the last good value on errors. */
export function useRefreshing<T>(load: () => Promise<T>, intervalMs: number): { data: T | null; error: unknown; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let live = true;
    const run = () =>
      load().then(
        (d) => {
          if (!live) return;
          setData(d);
          setError(null);
        },
        (e: unknown) => live && setError(e),
      );
    void run();
    const timer = setInterval(() => void run(), intervalMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [load, intervalMs, tick]);
  return { data, error, reload };
}
