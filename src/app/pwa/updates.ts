/**
 * Service worker registration and updates (workbox-window). A new version waits until staff
 * press "update"; the button is refused while offline or while a sync is running, so the app
 * never reloads itself in the middle of work or into a version it cannot fully load.
 */
import { Workbox } from 'workbox-window';
import { create } from 'zustand';

interface UpdateState {
  available: boolean;
  registered: boolean;
  apply: (() => void) | null;
}

export const useUpdateState = create<UpdateState>(() => ({ available: false, registered: false, apply: null }));

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    useUpdateState.setState({
      available: true,
      apply: () => {
        // Reload once the new worker has taken control, never before.
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  void wb.register().then(() => useUpdateState.setState({ registered: true }));
  // Tablets stay open for days: look for a new version every hour while online, and as soon as
  // the network is back (a version deployed while this device was offline is offered at once).
  setInterval(() => {
    if (navigator.onLine) void wb.update();
  }, 60 * 60_000);
  window.addEventListener('online', () => void wb.update().catch(() => undefined));
}
