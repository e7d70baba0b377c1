/**
 * The organizer's hand on links: merge two customers, split records off a customer, undo a link,
 * accept or reject a suggestion, and undo any of these. Every move is logged with what the
 * records were linked to before (customer, reason, evidence), so undoing restores exactly that.
 * No record is ever left without a customer: undoing a link gives the record a customer of its own.
 */
import type { CustomerKind } from '../../core/customers/matching';
import { newId } from '../../core/ids';
import type { Db, Queryable } from '../db/types';
import { refreshIdentity, refreshReturningMarks } from './link';

export class CustomerMoveError extends Error {
  constructor(
    readonly reason: 'not_found' | 'same_customer' | 'other_kind' | 'merged' | 'erased' | 'already_undone' | 'moved_again' | 'decided',
    message: string,
  ) {
    super(message);
  }
}

interface CustomerRow {
  id: string;
  kind: CustomerKind;
  merged_into: string | null;
  erased: boolean;
}

async function customer(tx: Queryable, id: string): Promise<CustomerRow> {
  const { rows } = await tx.query<CustomerRow>('SELECT id, kind, merged_into, erased_at IS NOT NULL AS erased FROM customers WHERE id::text = $1 FOR UPDATE', [id]);
  const row = rows[0];
  if (!row) throw new CustomerMoveError('not_found', `no customer ${id}`);
  if (row.merged_into) throw new CustomerMoveError('merged', `customer ${id} was merged into ${row.merged_into}: work on that one`);
  return row;
}

interface LinkState {
  record: string;
  customer: string;
  reason: string;
  evidence: unknown;
  linkedBy: string;
  linkedAt: string;
}

async function linkStates(tx: Queryable, records: readonly string[]): Promise<LinkState[]> {
  const { rows } = await tx.query<LinkState>(
    `SELECT record_id AS record, customer_id AS customer, reason, evidence, linked_by AS "linkedBy", linked_at AS "linkedAt" FROM customer_links WHERE record_id = ANY($1::uuid[]) ORDER BY record_id`,
    [records],
  );
  return rows;
}

async function markDistinct(tx: Queryable, x: string, y: string, by: string): Promise<void> {
  const [a, b] = x < y ? [x, y] : [y, x];
  await tx.query('INSERT INTO customer_distinct (a, b, decided_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [a, b, by]);
}

async function affectedEvents(tx: Queryable, records: readonly string[]): Promise<void> {
  const { rows } = await tx.query<{ event_id: string }>(`SELECT DISTINCT event_id FROM customer_links WHERE record_id = ANY($1::uuid[]) AND kind = 'contact'`, [records]);
  for (const r of rows) await refreshReturningMarks(tx, r.event_id);
}

async function log(tx: Queryable, move: { kind: CustomerKind; action: string; into: string; from: string | null; records: string[]; before: LinkState[]; note: string; by: string }): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO customer_moves (kind, action, into_customer, from_customer, records, before, note, moved_by) VALUES ($1, $2, $3, $4, $5::uuid[], $6::jsonb, $7, $8) RETURNING id::text`,
    [move.kind, move.action, move.into, move.from, move.records, JSON.stringify(move.before), move.note, move.by],
  );
  return rows[0]?.id ?? '';
}

/** Every record of `from` joins `into`; `from` is marked merged (its notes and history stay, shown with `into`). Returns the move id. */
export async function mergeCustomers(db: Db, into: string, from: string, by: string, note = '', action: 'merge' | 'accept' = 'merge'): Promise<string> {
  return db.transaction(async (tx) => {
    if (into === from) throw new CustomerMoveError('same_customer', 'these records already belong to one customer');
    const [a, b] = [await customer(tx, into), await customer(tx, from)];
    if (a.kind !== b.kind) throw new CustomerMoveError('other_kind', 'a contact and a company cannot be merged');
    if (a.erased || b.erased) throw new CustomerMoveError('erased', 'an erased customer cannot be merged');
    const { rows } = await tx.query<{ record_id: string }>('SELECT record_id FROM customer_links WHERE customer_id = $1 ORDER BY record_id', [b.id]);
    const records = rows.map((r) => r.record_id);
    const before = await linkStates(tx, records);
    await tx.query(
      `UPDATE customer_links SET customer_id = $2, reason = $3, evidence = jsonb_build_object('mergedFrom', $1::text, 'note', $4::text), linked_by = $5, linked_at = now()
        WHERE customer_id = $1`,
      [b.id, a.id, action === 'accept' ? 'review' : 'merge', note, by],
    );
    await tx.query('UPDATE customers SET merged_into = $2, updated_at = now() WHERE id = $1', [b.id, a.id]);
    const [x, y] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
    await tx.query('DELETE FROM customer_distinct WHERE a = $1 AND b = $2', [x, y]);
    await refreshIdentity(tx, [a.id]);
    await affectedEvents(tx, records);
    return log(tx, { kind: a.kind, action, into: a.id, from: b.id, records, before, note, by });
  });
}

/** The records leave their customer for a new one of their own (a split, or "this link is wrong"). Returns the move id and the new customer. */
export async function splitRecords(db: Db, customerId: string, records: readonly string[], by: string, note = '', action: 'split' | 'unlink' = 'split'): Promise<{ moveId: string; customerId: string }> {
  return db.transaction(async (tx) => {
    const c = await customer(tx, customerId);
    if (c.erased) throw new CustomerMoveError('erased', 'an erased customer cannot be split');
    const before = await linkStates(tx, records);
    if (!records.length || before.length !== new Set(records).size || before.some((s) => s.customer !== c.id)) {
      throw new CustomerMoveError('not_found', `every record must be one of customer ${customerId}'s`);
    }
    const id = newId();
    await tx.query(
      `INSERT INTO customers (id, kind, name, company, credit_code, mobile, email, country, province, name_tokens, name_flat, company_key)
       SELECT $2, kind, name, company, credit_code, mobile, email, country, province, name_tokens, name_flat, company_key FROM customers WHERE id = $1`,
      [c.id, id],
    );
    await tx.query(
      `UPDATE customer_links SET customer_id = $2, reason = $3, evidence = jsonb_build_object('splitFrom', $4::text, 'note', $5::text), linked_by = $6, linked_at = now()
        WHERE record_id = ANY($1::uuid[])`,
      [records, id, action, c.id, note, by],
    );
    await markDistinct(tx, c.id, id, by);
    await refreshIdentity(tx, [c.id, id]);
    await affectedEvents(tx, records);
    const moveId = await log(tx, { kind: c.kind, action, into: id, from: c.id, records: [...records], before, note, by });
    return { moveId, customerId: id };
  });
}

/** "This record is not this customer": it gets a customer of its own, and the two are never linked again automatically. */
export async function unlinkRecord(db: Db, recordId: string, by: string, note = ''): Promise<{ moveId: string; customerId: string }> {
  const { rows } = await db.query<{ customer_id: string }>('SELECT customer_id FROM customer_links WHERE record_id::text = $1', [recordId]);
  if (!rows[0]) throw new CustomerMoveError('not_found', `record ${recordId} is not linked`);
  return splitRecords(db, rows[0].customer_id, [recordId], by, note, 'unlink');
}

/** Undoes a move: the records go back exactly where they were, if nothing moved them since. */
export async function undoMove(db: Db, moveId: string, by: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ action: string; into_customer: string; from_customer: string | null; records: string[]; before: LinkState[]; undone_at: Date | null }>(
      'SELECT action, into_customer, from_customer, records, before, undone_at FROM customer_moves WHERE id::text = $1 FOR UPDATE',
      [moveId],
    );
    const move = rows[0];
    if (!move) throw new CustomerMoveError('not_found', `no move ${moveId}`);
    if (move.undone_at) throw new CustomerMoveError('already_undone', 'this was undone already');
    const now = await linkStates(tx, move.records);
    if (now.length !== move.records.length || now.some((s) => s.customer !== move.into_customer)) {
      throw new CustomerMoveError('moved_again', 'some of these records were moved again since: undo that first');
    }
    await tx.query(
      `UPDATE customer_links l SET customer_id = b.customer, reason = b.reason, evidence = b.evidence, linked_by = b."linkedBy", linked_at = b."linkedAt"
         FROM jsonb_to_recordset($1::jsonb) AS b(record uuid, customer uuid, reason text, evidence jsonb, "linkedBy" text, "linkedAt" timestamptz)
        WHERE l.record_id = b.record`,
      [JSON.stringify(move.before)],
    );
    if (move.action === 'merge' || move.action === 'accept') {
      await tx.query('UPDATE customers SET merged_into = NULL, updated_at = now() WHERE id = $1', [move.from_customer]);
      if (move.from_customer) await markDistinct(tx, move.into_customer, move.from_customer, by);
      if (move.action === 'accept') await tx.query(`UPDATE customer_reviews SET decision = 'distinct', decided_by = $2, decided_at = now() WHERE customer_id = $1 AND decision = 'linked'`, [move.into_customer, by]);
    } else {
      // The customer the split made is left without records: it joins back where they came from.
      await tx.query('UPDATE customers SET merged_into = $2, updated_at = now() WHERE id = $1', [move.into_customer, move.from_customer]);
    }
    await tx.query('UPDATE customer_moves SET undone_at = now(), undone_by = $2 WHERE id::text = $1', [moveId, by]);
    await refreshIdentity(tx, [move.into_customer, ...(move.from_customer ? [move.from_customer] : [])]);
    await affectedEvents(tx, move.records);
  });
}

export interface Review {
  id: string;
  kind: CustomerKind;
  signal: string;
  recordId: string | null;
  recordCustomer: string | null;
  customerId: string;
  evidence: unknown;
  createdAt: string;
}

/** Open suggestions, oldest first (keyset on id). */
export async function listReviews(db: Queryable, kind: CustomerKind, page: { after?: string | null; limit: number }): Promise<{ rows: Review[]; next: string | null }> {
  const { rows } = await db.query<{ id: string; kind: CustomerKind; signal: string; record_id: string | null; record_customer: string | null; customer_id: string; evidence: unknown; created_at: Date }>(
    `SELECT r.id::text, r.kind, r.signal, r.record_id, l.customer_id AS record_customer, r.customer_id, r.evidence, r.created_at
       FROM customer_reviews r LEFT JOIN customer_links l ON l.record_id = r.record_id
      WHERE r.kind = $1 AND r.decision IS NULL AND ($2::bigint IS NULL OR r.id > $2::bigint) ORDER BY r.id LIMIT $3`,
    [kind, page.after ?? null, page.limit + 1],
  );
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit).map((r) => ({
    id: r.id,
    kind: r.kind,
    signal: r.signal,
    recordId: r.record_id,
    recordCustomer: r.record_customer,
    customerId: r.customer_id,
    evidence: r.evidence,
    createdAt: new Date(r.created_at).toISOString(),
  }));
  return { rows: shown, next: more ? (shown.at(-1)?.id ?? null) : null };
}

/** Accept: the record's customer joins the suggested one (a merge, undoable). Reject: they stay apart for good. */
export async function decideReview(db: Db, reviewId: string, decision: 'link' | 'distinct', by: string): Promise<{ moveId: string | null }> {
  const { rows } = await db.query<{ customer_id: string; record_customer: string | null; decision: string | null }>(
    `SELECT r.customer_id, l.customer_id AS record_customer, r.decision FROM customer_reviews r LEFT JOIN customer_links l ON l.record_id = r.record_id WHERE r.id::text = $1`,
    [reviewId],
  );
  const review = rows[0];
  if (!review) throw new CustomerMoveError('not_found', `no suggestion ${reviewId}`);
  if (review.decision) throw new CustomerMoveError('decided', 'this suggestion was decided already');
  if (!review.record_customer) throw new CustomerMoveError('not_found', 'the record of this suggestion is not linked yet: run link first');
  if (decision === 'distinct') {
    await db.transaction(async (tx) => {
      await markDistinct(tx, review.customer_id, review.record_customer as string, by);
      await tx.query(`UPDATE customer_reviews SET decision = 'distinct', decided_by = $2, decided_at = now() WHERE id::text = $1`, [reviewId, by]);
    });
    return { moveId: null };
  }
  const moveId = await mergeCustomers(db, review.customer_id, review.record_customer, by, `suggestion ${reviewId}`, 'accept');
  await db.query(`UPDATE customer_reviews SET decision = 'linked', decided_by = $2, decided_at = now() WHERE id::text = $1`, [reviewId, by]);
  return { moveId };
}
