/** This device's pairing: pair, re-pair after a revoked token, unpair safely, emergency export. */
import type { Role } from '../../core/schema/common';
import { db } from '../db/open';
import type { DeviceRow } from '../db/schema';
import { requestSync } from './changes';

export class NotPairedError extends Error {
  constructor(readonly expectedRole?: Role) {
    super(expectedRole ? `this device is not paired as ${expectedRole}` : 'this device is not paired');
  }
}

export async function currentDevice(): Promise<DeviceRow | undefined> {
  return db().device.get('this');
}

export async function requireDevice(role?: Role): Promise<DeviceRow> {
  const device = await currentDevice();
  if (!device || (role && device.role !== role)) throw new NotPairedError(role);
  return device;
}

async function requestPersistence(): Promise<boolean | null> {
  try {
    if (!navigator.storage?.persist) return null;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return null;
  }
}

/**
 * Redeems a pairing code. A device that lost its token (revoked, or the server forgot it) pairs
 * again with a new code and proves it is the same tablet with its old token, so the server accepts
 * the records it captured before.
 */
export async function pair(code: string, deviceName: string): Promise<DeviceRow> {
  const previous = await currentDevice();
  // Loaded here, not at import: pairing is online-only, and every screen's start reads this module.
  const [{ pairDevice }, { generateBadgeKeyPair }] = await Promise.all([import('../sync/api'), import('../../core/badge/keys')]);
  // Every pairing gets a fresh badge key: if the old one was revoked with the device, new badges must not inherit that.
  const badgeKey = generateBadgeKeyPair();
  const response = await pairDevice({ code, deviceName, previousToken: previous?.token, badgePublicKey: badgeKey.publicKey });
  const persisted = await requestPersistence();
  const device: DeviceRow = {
    key: 'this',
    deviceId: response.deviceId,
    token: response.token,
    role: response.role,
    eventId: response.eventId,
    exhibitorId: response.exhibitorId,
    deviceName: response.deviceName,
    pairedAt: new Date().toISOString(),
    persisted,
    ...(response.role === 'desk' ? { badgeKey } : {}),
  };
  const d = db();
  await d.transaction('rw', [d.device, d.syncState, d.config, d.roster], async () => {
    // Another event or role: what was pulled for the old pairing does not apply any more.
    if (previous && (previous.eventId !== device.eventId || previous.role !== device.role)) {
      await d.config.clear();
      await d.roster.clear();
      await d.syncState.clear();
    }
    await d.device.put(device);
  });
  requestSync();
  return device;
}

const EXPORTED_THROUGH = 'exportedThroughSeq';

export interface UnsyncedCounts {
  outbox: number;
  deadLetters: number;
  /** Records not yet delivered and not covered by an export file either. */
  unprotected: number;
}

export async function unsyncedCounts(): Promise<UnsyncedCounts> {
  const d = db();
  const exported = Number((await d.syncState.get(EXPORTED_THROUGH))?.value ?? -1);
  const [outbox, deadLetters, newer, newerDead] = await Promise.all([
    d.outbox.count(),
    d.deadLetters.count(),
    d.outbox.where('seq').above(exported).count(),
    d.deadLetters.filter((r) => r.seq > exported).count(),
  ]);
  return { outbox, deadLetters, unprotected: newer + newerDead };
}

/**
 * Everything not yet on the server, as one JSON file staff can hand to the organizer. It must work
 * when storage is full (the very moment it is needed): the records are read in a read-only
 * transaction, and noting how far the export went is a separate write that may fail without
 * failing the export (the records then still count as unprotected, the safe side).
 */
export async function exportUnsynced(): Promise<{ blob: Blob; fileName: string; count: number }> {
  const d = db();
  const { device, outbox, deadLetters } = await d.transaction('r', [d.outbox, d.deadLetters, d.device], async () => ({
    device: await d.device.get('this'),
    outbox: await d.outbox.orderBy('seq').toArray(),
    deadLetters: await d.deadLetters.toArray(),
  }));
  const maxSeq = Math.max(-1, ...outbox.map((r) => r.seq ?? -1), ...deadLetters.map((r) => r.seq));
  const payload = {
    format: 'showfloor-unsynced-v1',
    exportedAt: new Date().toISOString(),
    device: device ? { deviceId: device.deviceId, deviceName: device.deviceName, role: device.role, eventId: device.eventId } : null,
    mutations: outbox.map(({ id, seq, type, op, data, capturedAt }) => ({ id, seq, type, op, data, capturedAt })),
    deadLetters: deadLetters.map(({ id, seq, type, op, data, capturedAt, error }) => ({ id, seq, type, op, data, capturedAt, error })),
  };
  try {
    await d.syncState.put({ key: EXPORTED_THROUGH, value: maxSeq });
  } catch {
    // Storage full: the file is still good; unpairing will just ask for another export.
  }
  const stamp = payload.exportedAt.replace(/[:.]/g, '-');
  const name = (device?.deviceName ?? 'device').replace(/[^\p{L}\p{N}_-]+/gu, '_');
  return {
    blob: new Blob([JSON.stringify(payload, null, 2)], { type: 'application/json' }),
    fileName: `showfloor-unsynced-${name}-${stamp}.json`,
    count: outbox.length + deadLetters.length,
  };
}

export class UnsyncedDataError extends Error {
  constructor(readonly counts: UnsyncedCounts) {
    super(`${counts.unprotected} record(s) are neither synced nor exported`);
  }
}

/** Forgets the pairing and everything on this device; refuses while any record is neither synced nor exported. */
export async function unpair(): Promise<void> {
  const d = db();
  await d.transaction('rw', d.tables, async () => {
    const counts = await unsyncedCounts();
    if (counts.unprotected > 0) throw new UnsyncedDataError(counts);
    await Promise.all(d.tables.map((t) => t.clear()));
  });
}
