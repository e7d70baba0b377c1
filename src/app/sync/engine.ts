/**
 * The sync engine: one runner per device. Every tab starts it, but a Web Lock lets only one tab
 * run at a time; when that tab closes, the next one takes over. The runner pushes the outbox in
 * order, pulls config and the role's streams (a desk's roster, a booth's team leads), uploads
 * waiting photos (booths, kiosks), and sleeps until a capture, the network coming back, or 30 s.
 * Failures back off exponentially with jitter (core/sync/backoff.ts); a 401 keeps the queue and
 * asks staff to pair again.
 */
import { backoffDelay } from '../../core/sync/backoff';
import type { PullStream } from '../../core/schema/sync';
import { db } from '../db/open';
import type { DeviceRow } from '../db/schema';
import { HttpError, NetworkError } from '../net/http';
import { updateStatus } from './status';
import { onSyncRequested } from '../data/changes';

/**
 * Pushing and pulling (with the schemas they check answers with) load at the first pass, each in a
 * task of its own. Loaded with the engine, they made one long task just after a tablet had drawn
 * its first screen, the moment Lighthouse counts as blocking (decisions, 36).
 */
const loadPush = () => import('./push');
const loadPull = () => import('./pull');
const loadPhotos = () => import('./photos');

export const PERIODIC_SYNC_MS = 30_000;
const LOCK_NAME = 'showfloor-sync-runner';

const STREAMS_BY_ROLE: Record<DeviceRow['role'], PullStream[]> = {
  desk: ['config', 'roster'],
  booth: ['config', 'leads'],
  kiosk: ['config'],
};
/** Roles that take photos (lead cards, case photos); a desk never loads the upload code. */
const TAKES_PHOTOS: Record<DeviceRow['role'], boolean> = { desk: false, booth: true, kiosk: true };

/**
 * A capture is pushed within this long, together with whatever else was captured meanwhile. A desk
 * with a queue scans a badge every second or two; pushing after each one meant a sync's writes
 * (outbox, marks, status) were always in progress when the next scan wanted to commit.
 */
export const CAPTURE_GATHER_MS = 1_000;

export interface EngineOptions {
  periodicMs?: number;
  gatherMs?: number;
  random?: () => number;
}

export class SyncEngine {
  private stopped = false;
  private wakeUp: (() => void) | null = null;
  private pendingWake = false;
  private failures = 0;
  private unsubscribe: (() => void) | null = null;
  private readonly periodicMs: number;
  private readonly gatherMs: number;
  private gathering: ReturnType<typeof setTimeout> | null = null;
  private readonly random: () => number;

  constructor(opts: EngineOptions = {}) {
    this.periodicMs = opts.periodicMs ?? PERIODIC_SYNC_MS;
    this.gatherMs = opts.gatherMs ?? CAPTURE_GATHER_MS;
    this.random = opts.random ?? Math.random;
  }

  start(): void {
    this.unsubscribe = onSyncRequested(() => this.gather());
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    if (navigator.locks) {
      void navigator.locks.request(LOCK_NAME, () => this.runAsLeader());
    } else {
      // No Web Locks (insecure context): this tab runs alone; the server still deduplicates.
      void this.runAsLeader();
    }
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.gathering) clearTimeout(this.gathering);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.wake(true);
  }

  private readonly onOnline = () => this.wake(true);
  private readonly onOffline = () => void updateStatus({ unreachable: true });

  private gather(): void {
    this.gathering ??= setTimeout(() => {
      this.gathering = null;
      this.wake(false);
    }, this.gatherMs);
  }

  /** `force` cuts a backoff short (the network just came back); a capture only wakes an idle runner. */
  private wake(force: boolean): void {
    if (force) this.failures = 0;
    if (this.failures > 0 && !force) return;
    this.pendingWake = true;
    this.wakeUp?.();
  }

  private sleep(ms: number): Promise<void> {
    if (this.pendingWake || this.stopped) {
      this.pendingWake = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = null;
        this.pendingWake = false;
        done();
      };
    });
  }

  private async runAsLeader(): Promise<void> {
    while (!this.stopped) {
      let delay: number;
      try {
        delay = await this.syncOnce();
      } catch (error) {
        // Something outside a sync attempt failed (reading the device row…): the runner must outlive it.
        console.warn('sync pass failed', error);
        delay = backoffDelay(++this.failures, this.random);
      }
      await this.sleep(delay);
    }
  }

  /** One pass; returns how long to sleep before the next. */
  async syncOnce(): Promise<number> {
    const device = await db().device.get('this');
    if (!device || device.needsRepair) return this.periodicMs;
    if (!navigator.onLine) {
      await updateStatus({ unreachable: true, running: false });
      return this.periodicMs;
    }
    const startedAt = new Date().toISOString();
    await updateStatus({ running: true, lastAttemptAt: startedAt });
    try {
      const { pushOutbox } = await loadPush();
      await pushOutbox(device);
      const { pullStream } = await loadPull();
      for (const stream of STREAMS_BY_ROLE[device.role]) await pullStream(device, stream);
      if (TAKES_PHOTOS[device.role]) {
        const { uploadPhotos } = await loadPhotos();
        await uploadPhotos(device.role);
      }
      this.failures = 0;
      await updateStatus({ running: false, lastSuccessAt: new Date().toISOString(), lastError: null, unreachable: false, failures: 0, nextAttemptAt: null, pulling: null });
      return this.periodicMs;
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) {
        await db().device.update('this', { needsRepair: true });
        await updateStatus({ running: false, lastError: { key: 'sync.error.unauthorized' }, pulling: null });
        return this.periodicMs;
      }
      this.failures++;
      const delay = backoffDelay(this.failures, this.random);
      await updateStatus({
        running: false,
        unreachable: error instanceof NetworkError || (error instanceof HttpError && error.status >= 500),
        lastError: describe(error),
        failures: this.failures,
        nextAttemptAt: new Date(Date.now() + delay).toISOString(),
        pulling: null,
      });
      return delay;
    }
  }
}

function describe(error: unknown): { key: string; detail?: string } {
  if (error instanceof NetworkError) return { key: 'sync.error.network' };
  if (error instanceof HttpError) return { key: error.status >= 500 ? 'sync.error.server' : 'sync.error.refused', detail: error.message };
  return { key: 'sync.error.unexpected', detail: error instanceof Error ? error.message : String(error) };
}
