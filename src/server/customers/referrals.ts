/**
 * Referrals: a customer's invitation code, and the registrations that carried it (attendees'
 * `referral_code`, from the roster import's 邀请码 column or a walk-in's form). A registration
 * naming its own customer's code is no referral. Merged customers' codes count for the customer
 * they were merged into.
 */
import { newInviteCode, normaliseInviteCode } from '../../core/customers/inviteCode';
import type { Queryable } from '../db/types';

/** The customer's code, given now if it has none (a unique index guards against a clash; a clash draws again). */
export async function ensureInviteCode(db: Queryable, customerId: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const { rows } = await db.query<{ invite_code: string | null }>(
      `UPDATE customers SET invite_code = COALESCE(invite_code, $2) WHERE id = $1
          AND NOT EXISTS (SELECT 1 FROM customers o WHERE o.invite_code = $2 AND o.id <> $1)
       RETURNING invite_code`,
      [customerId, newInviteCode()],
    );
    if (rows[0]?.invite_code) return rows[0].invite_code;
    const { rows: again } = await db.query<{ invite_code: string | null }>('SELECT invite_code FROM customers WHERE id = $1', [customerId]);
    if (!again[0]) return '';
    if (again[0].invite_code) return again[0].invite_code;
  }
  throw new Error('could not draw a free invitation code');
}

/** The customer (merged ones resolved) whose code this is, or null. */
export async function customerOfCode(db: Queryable, raw: string): Promise<string | null> {
  const code = normaliseInviteCode(raw);
  if (!code) return null;
  const { rows } = await db.query<{ id: string }>('SELECT COALESCE(merged_into, id) AS id FROM customers WHERE invite_code = $1', [code]);
  return rows[0]?.id ?? null;
}

const REFERRALS = `
  SELECT a.id AS record_id, a.event_id, a.created_at, l.customer_id AS referee, COALESCE(r.merged_into, r.id) AS referrer
    FROM attendees a
    JOIN customers r ON r.invite_code = a.referral_code
    LEFT JOIN customer_links l ON l.record_id = a.id
   WHERE a.referral_code <> '' AND a.erased_at IS NULL AND (l.customer_id IS NULL OR l.customer_id <> COALESCE(r.merged_into, r.id))`;

export interface Referral {
  customerId: string;
  name: string;
  company: string;
  eventId: string;
  at: string;
}

/** The registrations that carried this customer's code (or a code of a customer merged into it). */
export async function referralsBy(db: Queryable, customerIds: readonly string[]): Promise<Referral[]> {
  const { rows } = await db.query<{ referee: string | null; record_id: string; name: string; company: string; event_id: string; created_at: Date }>(
    `SELECT x.referee, x.record_id, a.name, a.company, x.event_id, x.created_at FROM (${REFERRALS}) x JOIN attendees a ON a.id = x.record_id
      WHERE x.referrer = ANY($1::uuid[]) ORDER BY x.created_at, x.record_id`,
    [customerIds],
  );
  return rows.map((r) => ({ customerId: r.referee ?? r.record_id, name: r.name, company: r.company, eventId: r.event_id, at: new Date(r.created_at).toISOString() }));
}

/** Who referred this customer (the first registration of theirs that carried a code). */
export async function referredBy(db: Queryable, customerId: string): Promise<{ customerId: string; name: string; eventId: string } | null> {
  const { rows } = await db.query<{ referrer: string; name: string; event_id: string }>(
    `SELECT x.referrer, c.name, x.event_id FROM (${REFERRALS}) x JOIN customers c ON c.id = x.referrer WHERE x.referee = $1 ORDER BY x.created_at LIMIT 1`,
    [customerId],
  );
  const r = rows[0];
  return r ? { customerId: r.referrer, name: r.name, eventId: r.event_id } : null;
}

/** Registrations of an edition that carried another customer's code. */
export async function referralCount(db: Queryable, eventId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${REFERRALS}) x WHERE x.event_id = $1`, [eventId]);
  return rows[0]?.n ?? 0;
}

/**
 * The invitation codes a roster file states, by import key, in the caller's transaction. An empty
 * cell keeps the code known before (as attendance and consent do); only changed rows are written.
 */
export async function storeReferralCodes(tx: Queryable, eventId: string, byImportKey: ReadonlyArray<readonly [string, string]>): Promise<number> {
  const stated = byImportKey.filter(([, code]) => code !== '').map(([key, code]) => ({ key, code }));
  let stored = 0;
  for (let i = 0; i < stated.length; i += 5_000) {
    const { rowCount } = await tx.query(
      `UPDATE attendees a SET referral_code = x.code FROM jsonb_to_recordset($2::jsonb) AS x(key text, code text)
        WHERE a.event_id = $1 AND a.import_key = x.key AND a.referral_code IS DISTINCT FROM x.code`,
      [eventId, JSON.stringify(stated.slice(i, i + 5_000))],
    );
    stored += rowCount ?? 0;
  }
  return stored;
}

export class ReferralError extends Error {
  constructor(
    readonly reason: 'bad_code' | 'unknown_code' | 'own_code' | 'no_registration',
    message: string,
  ) {
    super(message);
  }
}

/**
 * A registration of this edition carried a code (a walk-in who showed one at the desk, a code sent
 * in afterwards): kept on the customer's newest registration of the edition, as the roster
 * import keeps it. A customer's own code, or a code nobody has, is refused.
 */
export async function recordReferral(db: Queryable, eventId: string, customerId: string, raw: string): Promise<{ recordId: string; referrer: string }> {
  const code = normaliseInviteCode(raw);
  if (!code) throw new ReferralError('bad_code', `"${raw}" is not an invitation code`);
  const referrer = await customerOfCode(db, code);
  if (!referrer) throw new ReferralError('unknown_code', `no customer has the invitation code ${code}`);
  const { rows: self } = await db.query<{ id: string }>('SELECT COALESCE(merged_into, id) AS id FROM customers WHERE id::text = $1', [customerId]);
  if (self[0]?.id === referrer) throw new ReferralError('own_code', 'this is the customer’s own invitation code');
  const { rows } = await db.query<{ id: string }>(
    `SELECT a.id FROM customer_links l JOIN attendees a ON a.id = l.record_id
      WHERE l.customer_id::text = $1 AND l.event_id = $2 AND a.erased_at IS NULL ORDER BY a.created_at DESC, a.id DESC LIMIT 1`,
    [customerId, eventId],
  );
  const record = rows[0];
  if (!record) throw new ReferralError('no_registration', 'the customer has no registration in this edition');
  await db.query('UPDATE attendees SET referral_code = $2 WHERE id = $1', [record.id, code]);
  return { recordId: record.id, referrer };
}
