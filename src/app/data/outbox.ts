/**
 * Captures: a record and its outbox row are written in the same Dexie transaction (never one
 * without the other), then the sync engine is woken after commit. The record is validated with
 * the same schema the server uses, so a record the server would reject is refused at capture,
 * with a message, instead of turning up later as a dead letter.
 *
 * The caller hands over the schema (its type is tied to the mutation key): importing the whole
 * mutation table here would build every schema, surveys and leads included, at the desk's start.
 */
import { englishIssues, type IssueLike } from '../../core/api/problems';
import { newId } from '../../core/ids';
import type { MutationData, MutationKey, MutationSchema } from '../../core/schema/mutations';
import { db } from '../db/open';
import type { OutboxRow } from '../db/schema';

/** A record its own schema refuses; `issues` say why (the message is their English, for logs). */
export class InvalidRecordError extends Error {
  constructor(readonly issues: readonly IssueLike[]) {
    super(englishIssues(issues));
  }
}

/**
 * Must run inside a Dexie 'rw' transaction over `table` and the outbox. Returns the stored record.
 * `replace`: the record is a new state of one stored before (an edited lead), not a new record.
 */
export async function captureRecord<K extends MutationKey>(
  key: K,
  schema: MutationSchema<K>,
  table: OutboxRow['table'],
  record: MutationData<K>,
  opts: { replace?: boolean; extra?: Record<string, unknown> } = {},
): Promise<MutationData<K> & { synced: 0 }> {
  const parsed = schema.safeParse(record);
  if (!parsed.success) throw new InvalidRecordError(parsed.error.issues);
  const data = parsed.data as MutationData<K>;
  const stored = { ...opts.extra, ...data, synced: 0 as const };
  const [type, op] = key.split('.') as [string, OutboxRow['op']];
  if (opts.replace) await db().table(table).put(stored);
  else await db().table(table).add(stored);
  await db().outbox.add({ id: newId(), type, op, data, capturedAt: data.capturedAt, table, recordId: data.id });
  return stored;
}
