import { db } from '../db/open';
import { classifyStorageError } from '../data/storageErrors';
import type { DeviceRow, OutboxRow } from '../db/schema';
import { push } from './api';
import type { PushResult } from '../../core/schema/sync';

export const PUSH_BATCH = 200;

/** Delivers the whole outbox, oldest first, a batch at a time. Throws on transport failure (the batch stays queued). */
export async function pushOutbox(device: DeviceRow): Promise<void> {
  for (;;) {
    const batch = await db().outbox.orderBy('seq').limit(PUSH_BATCH).toArray();
    if (!batch.length) {
      await markDeliveredLeftovers();
      return;
    }
    // The queue as it will stand once the server has this batch: the figure the console shows for
    // the device (issue 18). Counting the batch too would show a device that has delivered
    // everything as still holding its last batch; an extra request to say so would double the pushes.
    const unsynced = (await db().outbox.count()) - batch.length;
    const { results } = await push(
      device.token,
      device.deviceId,
      batch.map(({ id, seq, type, op, data, capturedAt }) => ({ id, seq, type, op, data, capturedAt })),
      unsynced,
    );
    const settled = await settle(batch, results);
    // A server that answered without settling anything would loop forever; treat it as a failure.
    if (settled === 0) throw new Error('the server did not confirm any record of the batch');
  }
}

/**
 * Applies the server's answers. Normally one transaction: delivered rows leave the outbox and their
 * records are marked synced, rejected ones become dead letters. When storage is full that
 * transaction cannot commit (marking a record rewrites it, which needs room) and the device would
 * push the same batch forever; then delivered rows leave the outbox first, which needs no room and
 * makes some, and the rest follows.
 */
async function settle(batch: OutboxRow[], results: PushResult[]): Promise<number> {
  const byId = new Map(results.map((r) => [r.id, r]));
  try {
    return await settleTogether(batch, byId);
  } catch (error) {
    if (classifyStorageError(error) !== 'quota') throw error;
    const delivered = batch.filter((row) => row.seq !== undefined && byId.has(row.id) && byId.get(row.id)?.status !== 'rejected');
    await db().outbox.bulkDelete(delivered.map((row) => row.seq as number));
    const rejected = await settleTogether(
      batch.filter((row) => byId.get(row.id)?.status === 'rejected'),
      byId,
    );
    await markSynced(delivered).catch((e: unknown) => {
      // Still no room: the records are on the server and out of the queue; only their "synced" tick is missing.
      console.warn('delivered records not marked synced', e);
    });
    return delivered.length + rejected;
  }
}

async function settleTogether(batch: OutboxRow[], byId: Map<string, PushResult>): Promise<number> {
  if (!batch.length) return 0;
  const d = db();
  let settled = 0;
  // Every table a record of this batch lives in (check-ins, walk-ins, responses…) takes part.
  const recordTables = [...new Set(batch.map((r) => r.table))].map((name) => d.table(name));
  await d.transaction('rw', [d.outbox, d.deadLetters, ...recordTables], async () => {
    for (const row of batch) {
      const result = byId.get(row.id);
      if (!result || row.seq === undefined) continue;
      settled++;
      await d.outbox.delete(row.seq);
      if (result.status === 'rejected') {
        await d.deadLetters.put({ ...row, seq: row.seq, error: result.error ?? 'rejected', failedAt: new Date().toISOString() });
      } else {
        await d.table(row.table).update(row.recordId, { synced: 1 });
      }
    }
  });
  return settled;
}

/**
 * Records delivered while storage was full may still lack their "synced" tick (see settle). With
 * the queue empty, a record not synced is either waiting in the outbox or a dead letter; any other
 * is on the server, and gets its tick now. One transaction with the outbox, so a capture made
 * meanwhile in another tab is never mistaken for delivered.
 */
async function markDeliveredLeftovers(): Promise<void> {
  const d = db();
  // The capture tables are the ones indexed by `synced`.
  const recordTables = d.tables.filter((t) => t.schema.indexes.some((i) => i.name === 'synced'));
  try {
    await d.transaction('rw', [d.outbox, d.deadLetters, ...recordTables], async () => {
      const waiting = new Set([...(await d.outbox.toArray()), ...(await d.deadLetters.toArray())].map((r) => r.recordId));
      for (const table of recordTables) {
        const keys = (await table.where('synced').equals(0).primaryKeys()).filter((k) => !waiting.has(String(k)));
        if (keys.length) await table.bulkUpdate(keys.map((key) => ({ key, changes: { synced: 1 } })));
      }
    });
  } catch (error) {
    if (classifyStorageError(error) !== 'quota') throw error;
    // Still full: the ticks wait for the next pass; the records are safe on the server.
  }
}

async function markSynced(rows: OutboxRow[]): Promise<void> {
  if (!rows.length) return;
  const d = db();
  const recordTables = [...new Set(rows.map((r) => r.table))].map((name) => d.table(name));
  await d.transaction('rw', recordTables, async () => {
    for (const row of rows) await d.table(row.table).update(row.recordId, { synced: 1 });
  });
}
