/**
 * Runs inside the page (bundled by inPage.ts, evaluated in the app's origin): drives the app's own
 * capture code (checkIn → captureRecord, one Dexie transaction per capture) on the device's real
 * database, so a test can make thousands of captures, or have captures in flight when it crashes
 * the tab, without typing each badge. Nothing here writes to IndexedDB except through app code.
 */
import './zodJitless';
import { generateBadgeKeyPair } from '../../../src/core/badge/keys';
import { checkIn } from '../../../src/app/data/checkins';
import { exportUnsynced } from '../../../src/app/data/device';
import { loadVisitorForm } from '../../../src/app/data/forms';
import { EMPTY_WALK_IN, registerWalkIn } from '../../../src/app/data/walkins';
import { captureRecord } from '../../../src/app/data/outbox';
import { classifyStorageError } from '../../../src/app/data/storageErrors';
import { db } from '../../../src/app/db/open';
import { newId } from '../../../src/core/ids';
import { checkinSchema } from '../../../src/core/checkins/schema';
import { requestSync } from '../../../src/app/data/changes';

export interface CaptureReport {
  done: number;
  failed: number;
  /** The first failure, sorted as the app sorts storage errors (quota, closed…), and its message. */
  problem: string | null;
  message: string | null;
}

export interface LocalState {
  deviceId: string | null;
  needsRepair: boolean;
  checkinIds: string[];
  syncedCheckins: number;
  outbox: Array<{ id: string; recordId: string }>;
  deadLetters: Array<{ type: string; error: string }>;
}

/** Random letters (storage compresses, so repeated ones would take no room). */
function noise(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => String.fromCharCode(65 + (b % 26))).join('');
}

const burst: CaptureReport = { done: 0, failed: 0, problem: null, message: null };

/** Checks in every code, `parallel` captures at a time, each through the app's checkIn. */
async function checkInAll(codes: readonly string[], parallel: number, report: CaptureReport): Promise<CaptureReport> {
  let next = 0;
  async function lane(): Promise<void> {
    while (next < codes.length) {
      const code = codes[next++] as string;
      try {
        await checkIn(code, 'scanner');
        report.done++;
      } catch (error) {
        report.failed++;
        report.problem ??= classifyStorageError(error);
        report.message ??= String((error as Error).stack ?? error);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, lane));
  return report;
}

const hooks = {
  checkIn: (codes: string[], parallel = 1) => checkInAll(codes, parallel, { done: 0, failed: 0, problem: null, message: null }),
  /** Starts captures and returns at once; `burstProgress()` tells how far they got. */
  startBurst(codes: string[], parallel = 1): void {
    void checkInAll(codes, parallel, burst);
  },
  burstProgress: (): CaptureReport => ({ ...burst }),
  /**
   * Many check-ins quickly: `perTransaction` captureRecord calls share one transaction (as a
   * walk-in's visitor and check-in do), instead of checkIn's one transaction per scan. For volume
   * only: each record still goes through captureRecord with its own outbox row. `noiseLength`
   * makes big records (a long scanned code), to fill storage with few of them.
   */
  async captureCheckins(count: number, perTransaction: number, codePrefix: string, noiseLength = 0): Promise<CaptureReport> {
    const d = db();
    const device = await d.device.get('this');
    if (!device) throw new Error('not paired');
    const report: CaptureReport = { done: 0, failed: 0, problem: null, message: null };
    for (let start = 0; start < count && !report.failed; start += perTransaction) {
      const size = Math.min(count, start + perTransaction) - start;
      try {
        await d.transaction('rw', [d.checkins, d.outbox], async () => {
          for (let i = start; i < start + size; i++) {
            await captureRecord('checkin.create', checkinSchema, 'checkins', {
              id: newId(),
              eventId: device.eventId,
              deviceId: device.deviceId,
              capturedAt: new Date().toISOString(),
              code: `${codePrefix}-${i}-${noise(noiseLength)}`,
              method: 'scanner',
              attendeeId: null,
              category: null,
              name: null,
              company: null,
              flags: ['unknown'],
            });
          }
        });
        report.done += size;
      } catch (error) {
        // The whole transaction is gone: none of its records, none of their outbox rows.
        report.failed += size;
        report.problem = classifyStorageError(error);
        report.message = String((error as Error).stack ?? error);
      }
    }
    requestSync();
    return report;
  },
  async localState(): Promise<LocalState> {
    const d = db();
    const [device, checkins, outbox, dead] = await Promise.all([d.device.get('this'), d.checkins.toArray(), d.outbox.toArray(), d.deadLetters.toArray()]);
    return {
      deviceId: device?.deviceId ?? null,
      needsRepair: device?.needsRepair === true,
      checkinIds: checkins.map((c) => c.id),
      syncedCheckins: checkins.filter((c) => c.synced === 1).length,
      outbox: outbox.map((o) => ({ id: o.id, recordId: o.recordId })),
      deadLetters: dead.map((r) => ({ type: r.type, error: r.error })),
    };
  },
  /**
   * Registers a walk-in through the app, but signed with a key the server never saw (as a desk
   * whose key was lost would): a record the server will always refuse.
   */
  async registerUnverifiableWalkIn(name: string): Promise<string> {
    const d = db();
    const device = await d.device.get('this');
    if (!device?.badgeKey) throw new Error('not a paired desk');
    await d.device.update('this', { badgeKey: generateBadgeKeyPair() });
    try {
      const { visitor } = await registerWalkIn({ ...EMPTY_WALK_IN, name, company: 'Unverifiable Ltd', mobile: '13912345678', consentData: true, consentShare: true }, await loadVisitorForm());
      return visitor.id;
    } finally {
      await d.device.update('this', { badgeKey: device.badgeKey });
    }
  },
  async exportUnsynced(): Promise<{ count: number; text: string }> {
    const file = await exportUnsynced();
    return { count: file.count, text: await file.blob.text() };
  },
};

export type DeviceHooks = typeof hooks;
(globalThis as unknown as { __showfloorHooks: DeviceHooks }).__showfloorHooks = hooks;
