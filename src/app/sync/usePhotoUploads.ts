/**
 * Photos (case photos at the kiosk, card photos at the booth) travel apart from the records they
 * belong to, because they are large: they go up whenever the network is there: at once, after
 * every capture, when the tablet comes back online and every 30 s, one upload run at a time.
 */
import { useEffect } from 'react';
import { onSyncRequested } from './wake';

const PHOTO_RETRY_MS = 30_000;

export function usePhotoUploads(upload: () => Promise<unknown>, what: string): void {
  useEffect(() => {
    let running = false;
    const run = () => {
      if (running) return;
      running = true;
      upload()
        .catch((error: unknown) => console.warn(`${what} upload failed`, error))
        .finally(() => {
          running = false;
        });
    };
    run();
    const timer = setInterval(run, PHOTO_RETRY_MS);
    const stop = onSyncRequested(run);
    window.addEventListener('online', run);
    return () => {
      clearInterval(timer);
      stop();
      window.removeEventListener('online', run);
    };
  }, [upload, what]);
}
