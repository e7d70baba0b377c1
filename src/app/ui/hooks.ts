/** Live views of the device database for screens (they never touch Dexie tables directly elsewhere). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../db/open';
import type { DeadLetterRow, DeviceRow } from '../db/schema';
import { EMPTY_STATUS, readStatus, type SyncStatus } from '../sync/status';
import { sharedLiveQuery } from './sharedLiveQuery';

const useDeviceRow = sharedLiveQuery(async () => ({ device: await db().device.get('this') }));
const useStatusRow = sharedLiveQuery(readStatus);
const useOutboxCount = sharedLiveQuery(() => db().outbox.count());

export function useDevice(): { device: DeviceRow | undefined; loading: boolean } {
  const result = useDeviceRow();
  return { device: result?.device, loading: result === undefined };
}

export function useSyncStatus(): SyncStatus {
  return useStatusRow() ?? EMPTY_STATUS;
}

export function useUnsyncedCount(): number {
  return useOutboxCount() ?? 0;
}

export function useDeadLetters(): DeadLetterRow[] {
  return useLiveQuery(() => db().deadLetters.orderBy('failedAt').reverse().toArray(), []) ?? [];
}

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** Re-renders every `ms` so relative times ("2 min ago") stay true. */
export function useNow(ms = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}
