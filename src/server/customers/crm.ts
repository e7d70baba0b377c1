/**
 * The account manager's work on a customer: notes and contacts (visit, call, email, letter) on the
 * timeline, win-back actions among them, stage moves (each timestamped), source and owner, why a
 * customer was lost, and prospects entered by hand before they ever took part.
 */
import type { CustomerKind } from '../../core/customers/matching';
import { createNameKeyer, companyKey } from '../../core/customers/names';
import { isStage, LOST_REASONS, NOTE_KINDS, SOURCES, type LostReason, type NoteKind, type Source, type Stage } from '../../core/customers/pipeline';
import { normaliseCreditCode, creditCodeProblem } from '../../core/editions/creditCode';
import { newId } from '../../core/ids';
import { parsePhone } from '../../core/phone';
import { isEmail, normaliseEmail } from '../../core/text/normalise';
import type { Db, Queryable } from '../db/types';

export class CustomerInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const TEXT_MAX = 5000;
const clean = (text: string, max: number, field: string): string => {
  const value = text.normalize('NFC').trim();
  if (value.length > max) throw new CustomerInputError(field, `${field} is longer than ${max} characters`);
  return value;
};

async function existing(db: Queryable, customerId: string): Promise<{ id: string; stage: Stage | null; kind: CustomerKind }> {
  const { rows } = await db.query<{ id: string; stage: Stage | null; kind: CustomerKind; merged_into: string | null; erased: boolean }>(
    'SELECT id, stage, kind, merged_into, erased_at IS NOT NULL AS erased FROM customers WHERE id::text = $1',
    [customerId],
  );
  const c = rows[0];
  if (!c) throw new CustomerInputError('customer', `no customer ${customerId}`);
  if (c.merged_into) throw new CustomerInputError('customer', `customer ${customerId} was merged into ${c.merged_into}`);
  if (c.erased) throw new CustomerInputError('customer', 'this customer was erased on request');
  return c;
}

export interface NoteInput {
  kind: NoteKind;
  text: string;
  /** When the contact happened; now by default. */
  at?: string | undefined;
  /** A contact made to win a lost customer back. */
  winBack?: boolean | undefined;
  eventId?: string | null | undefined;
}

export async function addNote(db: Queryable, customerId: string, input: NoteInput, by: string): Promise<string> {
  const c = await existing(db, customerId);
  if (!(NOTE_KINDS as readonly string[]).includes(input.kind)) throw new CustomerInputError('kind', `kind must be one of ${NOTE_KINDS.join(', ')}`);
  const text = clean(input.text, TEXT_MAX, 'text');
  if (!text) throw new CustomerInputError('text', 'write what happened');
  if (input.at !== undefined && Number.isNaN(Date.parse(input.at))) throw new CustomerInputError('at', `"${input.at}" is not a date and time`);
  const id = newId();
  await db.query('INSERT INTO customer_notes (id, customer_id, kind, at, text, win_back, event_id, by) VALUES ($1, $2, $3, COALESCE($4::timestamptz, now()), $5, $6, $7, $8)', [
    id,
    c.id,
    input.kind,
    input.at ?? null,
    text,
    input.winBack ?? false,
    input.eventId ?? null,
    by,
  ]);
  return id;
}

/** Moves the customer to a stage, timestamped; the same stage again is no move. */
export async function moveStage(db: Db, customerId: string, to: string, by: string, note = '', at?: string): Promise<boolean> {
  if (!isStage(to)) throw new CustomerInputError('stage', `"${to}" is not a stage`);
  if (at !== undefined && Number.isNaN(Date.parse(at))) throw new CustomerInputError('at', `"${at}" is not a date and time`);
  return db.transaction(async (tx) => {
    const c = await existing(tx, customerId);
    if (c.stage === to) return false;
    const { rows } = await tx.query<{ at: Date }>(
      'INSERT INTO customer_stage_moves (customer_id, from_stage, to_stage, at, by, note) VALUES ($1, $2, $3, COALESCE($4::timestamptz, now()), $5, $6) RETURNING at',
      [c.id, c.stage, to, at ?? null, by, clean(note, TEXT_MAX, 'note')],
    );
    await tx.query('UPDATE customers SET stage = $2, stage_at = $3, updated_at = now() WHERE id = $1', [c.id, to, rows[0]?.at]);
    return true;
  });
}

export async function setSourceAndOwner(db: Queryable, customerId: string, patch: { source?: string | undefined; owner?: string | undefined }): Promise<void> {
  const c = await existing(db, customerId);
  if (patch.source !== undefined && patch.source !== '' && !(SOURCES as readonly string[]).includes(patch.source)) {
    throw new CustomerInputError('source', `source must be one of ${SOURCES.join(', ')}`);
  }
  const owner = patch.owner === undefined ? undefined : clean(patch.owner, 100, 'owner');
  await db.query('UPDATE customers SET source = COALESCE($2, source), owner = COALESCE($3, owner), updated_at = now() WHERE id = $1', [c.id, patch.source ?? null, owner ?? null]);
}

/** Why the customer did not come to edition `eventId` (one reason per edition; recording again replaces it). */
export async function recordLostReason(db: Queryable, customerId: string, eventId: string, reason: string, note: string, by: string): Promise<void> {
  const c = await existing(db, customerId);
  if (!(LOST_REASONS as readonly string[]).includes(reason)) throw new CustomerInputError('reason', `reason must be one of ${LOST_REASONS.join(', ')}`);
  await db.query(
    `INSERT INTO customer_lost_reasons (customer_id, event_id, reason, note, recorded_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (customer_id, event_id) DO UPDATE SET reason = EXCLUDED.reason, note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
    [c.id, eventId, reason as LostReason, clean(note, TEXT_MAX, 'note'), by],
  );
}

export interface ProspectInput {
  kind: CustomerKind;
  name: string;
  company?: string | undefined;
  creditCode?: string | undefined;
  mobile?: string | undefined;
  email?: string | undefined;
  source?: Source | '' | undefined;
  owner?: string | undefined;
}

/**
 * A prospect the organizer is developing (stage 1, 搜集信息). When their records arrive in an
 * edition, linking finds them by mobile, email or credit code like any customer.
 */
export async function createProspect(db: Db, input: ProspectInput, by: string): Promise<string> {
  const name = clean(input.name, 200, 'name');
  if (!name) throw new CustomerInputError('name', 'give the name');
  const creditCode = input.creditCode ? normaliseCreditCode(input.creditCode) : '';
  if (creditCode && creditCodeProblem(creditCode)) throw new CustomerInputError('creditCode', `credit code "${input.creditCode}" is not valid (GB 32100-2015)`);
  let mobile = '';
  if (input.mobile) {
    const phone = parsePhone(input.mobile);
    if (!phone) throw new CustomerInputError('mobile', `"${input.mobile}" is not a valid phone number`);
    mobile = phone.e164;
  }
  const email = input.email ? normaliseEmail(input.email) : '';
  if (email && !isEmail(email)) throw new CustomerInputError('email', `"${input.email}" is not a valid email address`);
  if (input.source && !(SOURCES as readonly string[]).includes(input.source)) throw new CustomerInputError('source', `source must be one of ${SOURCES.join(', ')}`);
  const keys = createNameKeyer().person(name);
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO customers (id, kind, name, company, credit_code, mobile, email, name_tokens, name_flat, company_key, source, owner, prospect)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, true)`,
      [
        id,
        input.kind,
        name,
        clean(input.company ?? '', 200, 'company'),
        creditCode,
        mobile,
        email,
        input.kind === 'contact' ? keys.tokens : '',
        input.kind === 'contact' ? keys.flat : '',
        companyKey(input.kind === 'company' ? name : (input.company ?? '')),
        input.source ?? '',
        clean(input.owner ?? '', 100, 'owner'),
      ],
    );
    await tx.query(`INSERT INTO customer_stage_moves (customer_id, from_stage, to_stage, by, note) VALUES ($1, NULL, 'collect', $2, '')`, [id, by]);
    await tx.query(`UPDATE customers SET stage = 'collect', stage_at = now() WHERE id = $1`, [id]);
  });
  return id;
}

export interface CustomerFilter {
  kind?: CustomerKind | undefined;
  stage?: Stage | undefined;
  owner?: string | undefined;
  source?: string | undefined;
  /** Name, company, mobile or email containing this text. */
  q?: string | undefined;
}

export interface CustomerSummary {
  id: string;
  kind: CustomerKind;
  name: string;
  company: string;
  stage: string | null;
  stageAt: string | null;
  source: string;
  owner: string;
  editions: number;
  /** '' until the customer is given one (referrals.ts). */
  inviteCode: string;
}

/** Customers by stage, owner, source or text, a page at a time (keyset on id): the pipeline board's columns and the customer list. */
export async function listCustomers(db: Queryable, filter: CustomerFilter, page: { after?: string | null; limit: number }): Promise<{ total: number; rows: CustomerSummary[]; next: string | null }> {
  const where = ['c.merged_into IS NULL', 'c.erased_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.kind) add('c.kind = ?', filter.kind);
  if (filter.stage) add('c.stage = ?', filter.stage);
  if (filter.owner !== undefined) add('c.owner = ?', filter.owner);
  if (filter.source !== undefined) add('c.source = ?', filter.source);
  if (filter.q) add(`(c.name ILIKE ? OR c.company ILIKE $${params.length + 1} OR c.mobile LIKE $${params.length + 1} OR c.email ILIKE $${params.length + 1})`, `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`);
  const countSql = `SELECT count(*)::int AS n FROM customers c WHERE ${where.join(' AND ')}`;
  const { rows: total } = await db.query<{ n: number }>(countSql, params);
  const pageParams = [...params, page.after ?? null, page.limit + 1];
  const { rows } = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM customers c WHERE ${where.join(' AND ')} AND ($${params.length + 1}::uuid IS NULL OR c.id > $${params.length + 1}::uuid)
      ORDER BY c.id LIMIT $${params.length + 2}`,
    pageParams,
  );
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit).map(toSummary);
  return { total: total[0]?.n ?? 0, rows: shown, next: more ? (shown.at(-1)?.id ?? null) : null };
}

interface SummaryRow {
  id: string;
  kind: CustomerKind;
  name: string;
  company: string;
  stage: string | null;
  stage_at: Date | null;
  source: string;
  owner: string;
  editions: number;
  invite_code: string | null;
}

const SUMMARY_COLUMNS = `c.id, c.kind, c.name, c.company, c.stage, c.stage_at, c.source, c.owner, c.invite_code,
  (SELECT count(*)::int FROM participations p WHERE p.customer_id = c.id) AS editions`;

const toSummary = (r: SummaryRow): CustomerSummary => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  company: r.company,
  stage: r.stage,
  stageAt: r.stage_at ? new Date(r.stage_at).toISOString() : null,
  source: r.source,
  owner: r.owner,
  editions: r.editions,
  inviteCode: r.invite_code ?? '',
});

/** Customers by id (any state), for showing two side by side. */
export async function customerSummaries(db: Queryable, ids: readonly string[]): Promise<Map<string, CustomerSummary>> {
  const { rows } = await db.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM customers c WHERE c.id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id, toSummary(r)]));
}
