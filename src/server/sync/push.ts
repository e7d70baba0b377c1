/**
 * Applies one pushed batch in one transaction (docs/architecture.md, "Sync").
 *
 * Fast path: insert every valid mutation id in one statement (the primary key turns replays into
 * `duplicate`), then apply the new ones per type in one statement each. If applying fails on a data
 * error, the batch is redone one mutation at a time under savepoints, so only the culprit is
 * `rejected`. Connection-level failures propagate: the route answers 5xx and the device retries
 * the whole batch, which is safe because nothing of it was committed.
 */
import { mutationEnvelopeSchema, type MutationEnvelope, type PushResult } from '../../core/schema/sync';
import { mutationSpec, type MutationKey } from '../../core/schema/mutations';
import { correctionFor, measureSkew, onServerClock } from '../../core/sync/clockSkew';
import { storableCopy } from '../../core/text/storable';
import { isTransientDbError, type Db, type Queryable } from '../db/types';
import type { DeviceIdentity } from '../devices/devices';
import { englishIssues } from '../../core/api/problems';
import { anyErasure, enterErasureGate } from '../visitors/lateErasure';
import { HANDLERS, RejectMutation, type Applicable, type Handler } from './handlers/index';

interface Prepared {
  envelope: MutationEnvelope;
  key: MutationKey;
  data: unknown;
  /** Escaped originals of text the database could not hold as sent (core/text/storable.ts). */
  verbatim: Record<string, string> | null;
}

/** Validates one item; returns either a mutation ready to apply or a rejection. */
function prepare(device: DeviceIdentity, item: unknown): Prepared | PushResult {
  const id = typeof (item as { id?: unknown } | null)?.id === 'string' ? String((item as { id: string }).id).slice(0, 64) : '';
  const parsed = mutationEnvelopeSchema.safeParse(item);
  if (!parsed.success) return { id, status: 'rejected', error: `invalid mutation: ${englishIssues(parsed.error.issues)}` };
  const envelope = parsed.data;
  const spec = mutationSpec(envelope.type, envelope.op);
  if (!spec) return { id, status: 'rejected', error: `unknown mutation type ${envelope.type}.${envelope.op}` };
  if (!spec.roles.includes(device.role)) return { id, status: 'rejected', error: `a ${device.role} device may not send ${envelope.type}.${envelope.op}` };
  const data = spec.schema.safeParse(envelope.data);
  if (!data.success) return { id, status: 'rejected', error: `invalid ${envelope.type}: ${englishIssues(data.error.issues)}` };
  const key = `${envelope.type}.${envelope.op}` as MutationKey;
  const reason = (HANDLERS[key] as Handler<MutationKey>).precheck(device, data.data as never);
  if (reason) return { id, status: 'rejected', error: reason };
  const storable = storableCopy(data.data);
  return { envelope, key, data: storable.value, verbatim: storable.verbatim };
}

async function insertMutationIds(tx: Queryable, device: DeviceIdentity, items: readonly Prepared[], correction: number): Promise<Set<string>> {
  if (!items.length) return new Set();
  // The validated (normalised) data is what the log keeps, not the raw body, with the device's own
  // capture time; clock_skew_ms says how far the stored records' times were moved from it.
  const rows = items.map(({ envelope: e, data, verbatim }) => ({
    id: e.id,
    device_seq: e.seq,
    type: e.type,
    op: e.op,
    data,
    verbatim,
    captured_at: e.capturedAt,
  }));
  const { rows: inserted } = await tx.query<{ id: string }>(
    `INSERT INTO mutations (id, device_id, event_id, device_seq, type, op, data, verbatim, captured_at, clock_skew_ms)
     SELECT id, $2, $3, device_seq, type, op, data, verbatim, captured_at, $4
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, device_seq bigint, type text, op text, data jsonb, verbatim jsonb, captured_at timestamptz)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [JSON.stringify(rows), device.id, device.eventId, correction || null],
  );
  return new Set(inserted.map((r) => r.id));
}

/** Hands each record to its handler, its capture time on the server's clock (see core/sync/clockSkew.ts). */
async function applyGrouped(tx: Queryable, device: DeviceIdentity, items: readonly Prepared[], correction: number): Promise<void> {
  const groups = new Map<MutationKey, Array<Applicable<MutationKey>>>();
  for (const p of items) {
    const list = groups.get(p.key) ?? [];
    const data = p.data as { capturedAt?: unknown };
    const onServer = correction && typeof data.capturedAt === 'string' ? { ...data, capturedAt: onServerClock(data.capturedAt, correction) } : data;
    list.push({ mutationId: p.envelope.id, data: onServer as never, verbatim: p.verbatim });
    groups.set(p.key, list);
  }
  for (const [key, list] of groups) await (HANDLERS[key] as Handler<MutationKey>).applyMany(tx, device, list);
  if (groups.size && (await anyErasure(tx, device.eventId))) {
    for (const [key, list] of groups) await (HANDLERS[key] as Handler<MutationKey>).forgetErased(tx, device, list);
  }
}

/** When the batch was sent by the device's clock and received by the server's; absent (a replayed file): times are taken as they are. */
export interface PushClocks {
  deviceSentAt: string | undefined;
  receivedAtMs: number;
}

export async function applyPush(db: Db, device: DeviceIdentity, items: readonly unknown[], unsynced: number | undefined, clocks?: PushClocks): Promise<PushResult[]> {
  const skew = clocks ? measureSkew(clocks.deviceSentAt, clocks.receivedAtMs) : null;
  const correction = correctionFor(skew);
  const results: Array<PushResult | Prepared> = items.map((item) => prepare(device, item));
  const valid = results.filter((r): r is Prepared => 'envelope' in r);
  // Two copies of one mutation id in the same batch: the first is applied, later ones are duplicates.
  const firstOfId = new Map<string, Prepared>();
  for (const p of valid) if (!firstOfId.has(p.envelope.id)) firstOfId.set(p.envelope.id, p);
  const unique = [...firstOfId.values()];

  const outcome = await db.transaction(async (tx) => {
    // An erasure running now finishes first, and none starts until this batch is stored (lateErasure.ts).
    await enterErasureGate(tx);
    const status = new Map<string, PushResult>();
    await tx.query('SAVEPOINT batch');
    try {
      const fresh = await insertMutationIds(tx, device, unique, correction);
      await applyGrouped(
        tx,
        device,
        unique.filter((p) => fresh.has(p.envelope.id)),
        correction,
      );
      for (const p of unique) status.set(p.envelope.id, { id: p.envelope.id, status: fresh.has(p.envelope.id) ? 'applied' : 'duplicate' });
    } catch (error) {
      if (!(error instanceof RejectMutation) && isTransientDbError(error)) throw error;
      await tx.query('ROLLBACK TO SAVEPOINT batch');
      for (const p of unique) status.set(p.envelope.id, await applyOne(tx, device, p, correction));
    }
    await tx.query(
      `UPDATE devices SET last_seen_at = now(), last_sync_at = now(), unsynced_count = COALESCE($2, unsynced_count),
              unsynced_reported_at = CASE WHEN $2::int IS NULL THEN unsynced_reported_at ELSE now() END, clock_skew_ms = COALESCE($3, clock_skew_ms) WHERE id = $1`,
      [device.id, unsynced ?? null, skew],
    );
    return status;
  });

  const seen = new Set<string>();
  return results.map((r) => {
    if (!('envelope' in r)) return r;
    const id = r.envelope.id;
    if (seen.has(id) && firstOfId.get(id) !== r) return { id, status: 'duplicate' };
    seen.add(id);
    return outcome.get(id) ?? { id, status: 'rejected', error: 'not processed' };
  });
}

async function applyOne(tx: Queryable, device: DeviceIdentity, p: Prepared, correction: number): Promise<PushResult> {
  const id = p.envelope.id;
  await tx.query('SAVEPOINT one');
  try {
    const fresh = await insertMutationIds(tx, device, [p], correction);
    if (!fresh.has(id)) {
      await tx.query('RELEASE SAVEPOINT one');
      return { id, status: 'duplicate' };
    }
    await applyGrouped(tx, device, [p], correction);
    await tx.query('RELEASE SAVEPOINT one');
    return { id, status: 'applied' };
  } catch (error) {
    if (!(error instanceof RejectMutation) && isTransientDbError(error)) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT one');
    const message = error instanceof Error ? error.message : String(error);
    return { id, status: 'rejected', error: error instanceof RejectMutation ? message : `the server could not store this record: ${message.slice(0, 200)}` };
  }
}
