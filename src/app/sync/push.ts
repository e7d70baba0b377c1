import { db } from '../db/open';
import type { DeviceRow, OutboxRow } from '../db/schema';
import { push } from './api';
import type { PushResult } from '../../core/schema/sync';

export const PUSH_BATCH = 200;

/** Delivers the whole outbox, oldest first, a batch at a time. Throws on transport failure (the batch stays queued). */
export async function pushOutbox(device: DeviceRow): Promise<void> {
  for (;;) {
    const batch = await db().outbox.orderBy('seq').limit(PUSH_BATCH).toArray();
    if (!batch.length) return;
    const unsynced = await db().outbox.count();
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

/** Applies the server's answers in one transaction: delivered rows leave the outbox, rejected ones become dead letters. */
async function settle(batch: OutboxRow[], results: PushResult[]): Promise<number> {
  const byId = new Map(results.map((r) => [r.id, r]));
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
