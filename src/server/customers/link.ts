/**
 * Linking an edition's records to organizer-level customers (contacts and companies).
 *
 * Every new attendee and exhibitor is queued by a trigger (migration 010). A link run takes one
 * edition's queued records in one transaction and a handful of set-based statements:
 *   1. the records, read once, get their name keys (core/customers/names.ts: pinyin needs code);
 *   2. the keys go back in column arrays to a temporary table, beside the records' mobile and email;
 *   3. one query finds every customer sharing a mobile, email or credit code with them, aggregated
 *      per group and customer; the same name and company is looked up after, only for the groups
 *      left without a customer (it is never more than a suggestion);
 *   4. the rules decide in memory (core/customers/matching.ts);
 *   5. one row per group goes back (customer, reason, evidence), and customers, links and
 *      suggestions are written from the temporary tables in a few statements;
 *   6. the edition's participations are rebuilt once, and the desk's returning marks follow.
 * Editions are linked oldest first, so each is matched against everything before it.
 */
import { decideLinks, type Candidate, type CustomerKind, type PendingGroup } from '../../core/customers/matching';
import { companyKey, createNameKeyer, isRoleEmail, type NameKeys } from '../../core/customers/names';
import { newId } from '../../core/ids';
import type { Db, Queryable } from '../db/types';

const CHUNK = 20_000;
/** Only one link run at a time: two runs could each make a customer for the same new person. */
const LINK_LOCK = 7405530;

interface PendingRecord {
  id: string;
  person: string;
  name: string;
  mobile: string;
  email: string;
  creditCode: string;
  erased: boolean;
  keys: NameKeys;
  companyKey: string;
}

export interface LinkSummary {
  eventId: string;
  kind: CustomerKind;
  records: number;
  /** Records linked to a customer known before this run. */
  linked: number;
  newCustomers: number;
  reviews: number;
  byReason: Record<string, number>;
  returningMarks: number;
  ms: number;
}

async function loadPending(tx: Queryable, eventId: string, kind: CustomerKind): Promise<PendingRecord[]> {
  const sql =
    kind === 'contact'
      ? `SELECT a.id, COALESCE(v.person_id, a.id) AS person, a.name, a.company, a.mobile, lower(a.email) AS email, '' AS credit_code, a.erased_at IS NOT NULL AS erased
           FROM customer_link_queue q JOIN attendees a ON a.id = q.record_id LEFT JOIN visitor_profiles v ON v.attendee_id = a.id
          WHERE q.event_id = $1 AND q.kind = 'contact' ORDER BY COALESCE(v.person_id, a.id), a.created_at, a.id`
      : `SELECT x.id, x.id AS person, x.name, x.name AS company, x.mobile, lower(x.email) AS email, x.credit_code, false AS erased
           FROM customer_link_queue q JOIN exhibitors x ON x.id = q.record_id
          WHERE q.event_id = $1 AND q.kind = 'company' ORDER BY x.created_at, x.id`;
  const { rows } = await tx.query<{ id: string; person: string; name: string; company: string; mobile: string; email: string; credit_code: string; erased: boolean }>(sql, [eventId]);
  const keyer = createNameKeyer();
  return rows.map((r) => ({
    id: r.id,
    person: r.person,
    name: r.name,
    mobile: r.mobile,
    email: r.email,
    creditCode: r.credit_code,
    erased: r.erased,
    keys: r.erased ? { tokens: '', flat: '' } : keyer.person(r.name),
    companyKey: companyKey(r.company),
  }));
}

/**
 * Records that are one person (or one company) in this batch: the same edition person with the
 * same name, or the same mobile, email or credit code with the same name. Union-find, first
 * record as the representative.
 */
function groupRecords(records: readonly PendingRecord[], kind: CustomerKind): Map<string, PendingRecord[]> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent.set(y, x);
  };
  const seen = new Map<string, string>();
  const join = (key: string, id: string) => {
    const first = seen.get(key);
    if (first) union(first, id);
    else seen.set(key, id);
  };
  for (const r of records) {
    parent.set(r.id, r.id);
    if (r.erased) continue;
    // People: one name (by sound). Companies: one company name, so a contact person who moved
    // company and gives the old mobile does not join two exhibitors.
    const who = kind === 'contact' ? r.keys.tokens || r.keys.flat : r.companyKey;
    if (kind === 'contact') join(`person:${r.person}|${who}`, r.id);
    if (r.mobile) join(`mobile:${r.mobile}|${who}`, r.id);
    if (r.email && !(kind === 'contact' && isRoleEmail(r.email))) join(`email:${r.email}|${who}`, r.id);
    if (r.creditCode) join(`credit:${r.creditCode}`, r.id);
  }
  const groups = new Map<string, PendingRecord[]>();
  for (const r of records) {
    const root = find(r.id);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }
  return groups;
}

/** Rows into a temporary table as one array per column: much less to send and parse than JSON. */
async function insertColumns(tx: Queryable, sql: string, columns: ReadonlyArray<readonly unknown[]>): Promise<void> {
  const length = columns[0]?.length ?? 0;
  for (let i = 0; i < length; i += CHUNK) await tx.query(sql, columns.map((c) => c.slice(i, i + CHUNK)));
}

interface CandidateRow {
  grp: string;
  customer_id: string;
  signal: Candidate['signal'];
  value: string;
  names: string[];
  company_keys: string[];
  credit_codes: string[];
  /** "recordId|eventId" of every record the customer has with this key ('|' for a prospect's own keys). */
  examples: string[];
  customer_name: string;
  customer_company: string;
}

/**
 * Every customer sharing a key with a pending group, aggregated per group, customer, signal and
 * value. Plain aggregates only, so PostgreSQL can hash them; distinct values, the example record
 * and how many customers hold a value are worked out in memory. Customers' own keys count only
 * for prospects: everyone else's are their records'.
 */
async function findCandidates(tx: Queryable, kind: CustomerKind, signals: readonly Candidate['signal'][], onlyUndecided = false): Promise<CandidateRow[]> {
  const valueOf = (signal: string) => (signal === 'name_company' ? "p.name_tokens || ' / ' || p.company_key" : `p.${signal}`);
  const on: Record<string, [string, string, string]> = {
    mobile: ['l.mobile = p.mobile', 'c.mobile = p.mobile', "p.mobile <> ''"],
    email: ['l.email = p.email', 'c.email = p.email', "p.email <> ''"],
    credit_code: ['l.credit_code = p.credit_code', 'c.credit_code = p.credit_code', "p.credit_code <> ''"],
    name_company: [
      'l.name_tokens = p.name_tokens AND l.company_key = p.company_key',
      'c.name_tokens = p.name_tokens AND c.company_key = p.company_key',
      "p.name_tokens <> '' AND p.company_key <> ''",
    ],
  };
  const pending = onlyUndecided ? 'link_pending p JOIN link_undecided u ON u.grp = p.grp' : 'link_pending p';
  const parts = signals.flatMap((signal) => {
    const [linkOn, customerOn, where] = on[signal] as [string, string, string];
    return [
      `SELECT p.grp, l.customer_id, '${signal}' AS signal, ${valueOf(signal)} AS value, l.name_tokens, l.name_flat, l.company_key, l.credit_code,
              l.record_id::text || '|' || l.event_id::text AS example
         FROM ${pending} JOIN customer_links l ON l.kind = $1 AND ${linkOn} WHERE ${where}`,
      `SELECT p.grp, c.id, '${signal}', ${valueOf(signal)}, c.name_tokens, c.name_flat, c.company_key, c.credit_code, '|'
         FROM ${pending} JOIN customers c ON c.kind = $1 AND c.prospect AND ${customerOn} AND c.merged_into IS NULL AND c.erased_at IS NULL
        WHERE ${where}`,
    ];
  });
  const { rows } = await tx.query<CandidateRow>(
    `SELECT h.grp, h.customer_id, h.signal, h.value, array_agg(h.name_tokens || '|' || h.name_flat) AS names, array_agg(h.company_key) AS company_keys,
            array_agg(h.credit_code) AS credit_codes, array_agg(h.example) AS examples, c.name AS customer_name, c.company AS customer_company
       FROM (${parts.join(' UNION ALL ')}) h JOIN customers c ON c.id = h.customer_id AND c.merged_into IS NULL
      GROUP BY h.grp, h.customer_id, h.signal, h.value, c.name, c.company`,
    [kind],
  );
  return rows;
}

const splitName = (pair: string): NameKeys => {
  const i = pair.indexOf('|');
  return { tokens: pair.slice(0, i), flat: pair.slice(i + 1) };
};

/**
 * Candidates as the rules read them: distinct names and keys, one example record, and whether the
 * key is shared. The evidence quotes the customer's name as it is now.
 */
function toCandidates(rows: readonly CandidateRow[], kind: CustomerKind, holders: ReadonlyMap<string, ReadonlySet<string>>): Candidate[] {
  const customersWith = new Map<string, number>();
  for (const r of rows) customersWith.set(`${r.grp}|${r.signal}|${r.value}`, (customersWith.get(`${r.grp}|${r.signal}|${r.value}`) ?? 0) + 1);
  return rows.map((r) => {
    const example = (r.examples.filter((e) => e !== '|').sort()[0] ?? '|').split('|');
    return {
      group: r.grp,
      customer: r.customer_id,
      signal: r.signal,
      value: r.value,
      shared:
        (customersWith.get(`${r.grp}|${r.signal}|${r.value}`) ?? 0) > 1 ||
        (r.signal === 'email' && kind === 'contact' && isRoleEmail(r.value)) ||
        ((r.signal === 'mobile' || r.signal === 'email') && (holders.get(`${r.signal}:${r.value}`)?.size ?? 0) > 1),
      names: [...new Set(r.names)].map(splitName),
      companyKeys: [...new Set(r.company_keys)],
      creditCodes: [...new Set(r.credit_codes)],
      example: { record: example[0] ?? '', eventId: example[1] ?? '', name: r.customer_name, company: r.customer_company || r.customer_name },
    };
  });
}

/** Links one edition's queued records of one kind. `onTrace` hears how long each step took. */
export async function linkEdition(db: Db, eventId: string, kind: CustomerKind, onTrace?: (step: string, ms: number) => void): Promise<LinkSummary> {
  const started = performance.now();
  let last = started;
  const trace = (step: string) => {
    const now = performance.now();
    onTrace?.(step, now - last);
    last = now;
  };
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LINK_LOCK]);
    const records = await loadPending(tx, eventId, kind);
    const summary: LinkSummary = { eventId, kind, records: records.length, linked: 0, newCustomers: 0, reviews: 0, byReason: {}, returningMarks: 0, ms: 0 };
    if (!records.length) {
      summary.ms = Math.round(performance.now() - started);
      return summary;
    }
    // Participations are rebuilt once for the edition at the end, not by the links' trigger per batch.
    await tx.query(`SELECT set_config('showfloor.bulk_link', 'on', true)`);
    trace(`loaded (${records.length})`);

    const groups = groupRecords(records, kind);
    const groupList: PendingGroup[] = [];
    // A key held by several groups of this batch (two relatives' mobile) counts as shared too.
    const holders = new Map<string, Set<string>>();
    const cols: { grp: string[]; record: string[]; tokens: string[]; flat: string[]; company: string[] } = { grp: [], record: [], tokens: [], flat: [], company: [] };
    for (const [id, members] of groups) {
      const head = members[0] as PendingRecord;
      groupList.push({ id, kind, name: head.keys, displayName: head.name, companyKey: head.companyKey, creditCode: members.find((m) => m.creditCode)?.creditCode ?? '' });
      for (const m of members) {
        for (const key of [m.mobile && `mobile:${m.mobile}`, m.email && `email:${m.email}`]) if (key) holders.set(key, (holders.get(key) ?? new Set()).add(id));
        cols.grp.push(id);
        cols.record.push(m.id);
        cols.tokens.push(m.keys.tokens);
        cols.flat.push(m.keys.flat);
        cols.company.push(m.companyKey);
      }
    }
    await tx.query(
      `CREATE TEMP TABLE link_pending (grp uuid, record_id uuid PRIMARY KEY, erased boolean, mobile text, email text, credit_code text, name_tokens text, name_flat text, company_key text) ON COMMIT DROP`,
    );
    const source =
      kind === 'contact'
        ? `JOIN attendees r ON r.id = u.record_id`
        : `JOIN (SELECT id, mobile, email, credit_code, NULL::timestamptz AS erased_at FROM exhibitors) r ON r.id = u.record_id`;
    await insertColumns(
      tx,
      `INSERT INTO link_pending
       SELECT u.grp, u.record_id, r.erased_at IS NOT NULL, CASE WHEN r.erased_at IS NULL THEN r.mobile ELSE '' END, CASE WHEN r.erased_at IS NULL THEN lower(r.email) ELSE '' END,
              ${kind === 'contact' ? "''" : 'r.credit_code'}, u.tokens, u.flat, u.company
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS u(grp, record_id, tokens, flat, company) ${source}`,
      [cols.grp, cols.record, cols.tokens, cols.flat, cols.company],
    );
    await tx.query('ANALYZE link_pending');
    trace('keys uploaded');

    const strong: Candidate['signal'][] = kind === 'company' ? ['credit_code', 'mobile', 'email'] : ['mobile', 'email'];
    const candidates = toCandidates(await findCandidates(tx, kind, strong), kind, holders);
    trace(`candidates (${candidates.length})`);
    const undecided = decideLinks(groupList, candidates)
      .decisions.filter((d) => !d.customer)
      .map((d) => d.group);
    await tx.query('CREATE TEMP TABLE link_undecided (grp uuid PRIMARY KEY) ON COMMIT DROP');
    await insertColumns(tx, 'INSERT INTO link_undecided SELECT unnest($1::uuid[])', [undecided]);
    const weak = toCandidates(await findCandidates(tx, kind, ['name_company'], true), kind, holders);
    const { decisions, reviews } = decideLinks(groupList, [...candidates, ...weak]);
    trace(`decided (${weak.length} name and company candidates)`);

    // One row per group: its customer (a new one when nobody was found), why, and the evidence.
    const d: { grp: string[]; customer: string[]; reason: string[]; evidence: string[]; fresh: boolean[] } = { grp: [], customer: [], reason: [], evidence: [], fresh: [] };
    const sizes = new Map([...groups].map(([id, members]) => [id, members.length]));
    for (const decision of decisions) {
      const n = sizes.get(decision.group) ?? 0;
      const reason = decision.customer ? decision.reason : 'new';
      summary.byReason[reason] = (summary.byReason[reason] ?? 0) + n;
      if (decision.customer) summary.linked += n;
      else summary.newCustomers++;
      d.grp.push(decision.group);
      d.customer.push(decision.customer ?? newId());
      d.reason.push(reason);
      d.evidence.push(decision.customer ? JSON.stringify(decision.evidence) : '{}');
      d.fresh.push(!decision.customer);
    }
    await tx.query('CREATE TEMP TABLE link_decisions (grp uuid PRIMARY KEY, customer_id uuid, reason text, evidence jsonb, fresh boolean) ON COMMIT DROP');
    await insertColumns(
      tx,
      'INSERT INTO link_decisions SELECT grp, customer, reason, evidence::jsonb, fresh FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::boolean[]) AS u(grp, customer, reason, evidence, fresh)',
      [d.grp, d.customer, d.reason, d.evidence, d.fresh],
    );
    // New customers named after their group's first record (the order records were loaded in).
    const headOrder = kind === 'contact' ? 'a.created_at, a.id' : 'x.created_at, x.id';
    await tx.query(
      kind === 'contact'
        ? `INSERT INTO customers (id, kind, name, company, mobile, email, country, province, name_tokens, name_flat, company_key, erased_at)
           SELECT DISTINCT ON (d.grp) d.customer_id, 'contact', a.name, a.company, p.mobile, p.email, COALESCE(v.country, a.country), COALESCE(v.province, a.province),
                  p.name_tokens, p.name_flat, p.company_key, CASE WHEN p.erased THEN now() END
             FROM link_decisions d JOIN link_pending p ON p.grp = d.grp JOIN attendees a ON a.id = p.record_id LEFT JOIN visitor_profiles v ON v.attendee_id = a.id
            WHERE d.fresh ORDER BY d.grp, ${headOrder}`
        : `INSERT INTO customers (id, kind, name, credit_code, mobile, email, country, province, company_key)
           SELECT DISTINCT ON (d.grp) d.customer_id, 'company', x.name, p.credit_code, p.mobile, p.email, x.country, x.province, p.company_key
             FROM link_decisions d JOIN link_pending p ON p.grp = d.grp JOIN exhibitors x ON x.id = p.record_id
            WHERE d.fresh ORDER BY d.grp, ${headOrder}`,
    );
    trace(`customers (${summary.newCustomers})`);
    await tx.query(
      `INSERT INTO customer_links (record_id, kind, event_id, customer_id, reason, evidence, mobile, email, credit_code, name_tokens, name_flat, company_key)
       SELECT p.record_id, $1, $2, d.customer_id, d.reason, d.evidence, p.mobile, p.email, p.credit_code, p.name_tokens, p.name_flat, p.company_key
         FROM link_pending p JOIN link_decisions d ON d.grp = p.grp
       ON CONFLICT (record_id) DO NOTHING`,
      [kind, eventId],
    );
    trace(`links (${records.length})`);

    const first = new Map([...groups].map(([id, members]) => [id, (members[0] as PendingRecord).id]));
    const r: { record: string[]; customer: string[]; signal: string[]; evidence: string[] } = { record: [], customer: [], signal: [], evidence: [] };
    for (const review of reviews) {
      r.record.push(first.get(review.group) ?? '');
      r.customer.push(review.customer);
      r.signal.push(review.signal);
      r.evidence.push(JSON.stringify(review.evidence));
    }
    if (r.record.length) {
      const { rowCount } = await tx.query(
        `INSERT INTO customer_reviews (kind, record_id, customer_id, signal, evidence)
         SELECT $5, u.record, u.customer, u.signal, u.evidence::jsonb FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS u(record, customer, signal, evidence)
          WHERE NOT EXISTS (SELECT 1 FROM customer_links l WHERE l.record_id = u.record AND l.customer_id = u.customer)
         ON CONFLICT DO NOTHING`,
        [r.record, r.customer, r.signal, r.evidence, kind],
      );
      summary.reviews = rowCount;
    }
    await tx.query('DELETE FROM customer_link_queue q USING link_pending p WHERE q.record_id = p.record_id');
    await tx.query(`SELECT set_config('showfloor.bulk_link', 'off', true)`);
    await tx.query('SELECT sf_rebuild_participations($1)', [eventId]);
    trace('participations');
    await refreshIdentityOf(tx, 'SELECT DISTINCT customer_id FROM link_decisions WHERE NOT fresh');
    trace('identities');
    if (kind === 'contact') summary.returningMarks = await refreshReturningMarks(tx, eventId);
    trace(`returning marks (${summary.returningMarks})`);
    summary.ms = Math.round(performance.now() - started);
    return summary;
  });
}

/**
 * A customer's name and contact details are those of their newest record (the latest edition);
 * a mobile or email the newest record lacks is kept from before. `customers` is a query of ids.
 */
async function refreshIdentityOf(tx: Queryable, customers: string, params: readonly unknown[] = []): Promise<void> {
  await tx.query(
    `UPDATE customers c SET name = x.name, company = x.company, mobile = COALESCE(NULLIF(x.mobile, ''), c.mobile), email = COALESCE(NULLIF(x.email, ''), c.email),
            credit_code = COALESCE(NULLIF(x.credit_code, ''), c.credit_code), name_tokens = x.name_tokens, name_flat = x.name_flat, company_key = x.company_key,
            updated_at = now()
       FROM (SELECT DISTINCT ON (l.customer_id) l.customer_id,
                    COALESCE(a.name, x.name) AS name, COALESCE(a.company, '') AS company, COALESCE(a.mobile, x.mobile) AS mobile,
                    lower(COALESCE(a.email, x.email)) AS email, COALESCE(x.credit_code, '') AS credit_code, l.name_tokens, l.name_flat, l.company_key
               FROM (${customers}) ids JOIN customer_links l ON l.customer_id = ids.customer_id JOIN events e ON e.id = l.event_id
               LEFT JOIN attendees a ON a.id = l.record_id LEFT JOIN exhibitors x ON x.id = l.record_id
              WHERE (a.id IS NULL OR a.erased_at IS NULL) AND (a.id IS NOT NULL OR x.id IS NOT NULL)
              ORDER BY l.customer_id, e.starts_on DESC NULLS LAST, e.edition DESC, l.linked_at DESC) x
      WHERE c.id = x.customer_id AND c.erased_at IS NULL`,
    params,
  );
}

export async function refreshIdentity(tx: Queryable, customerIds: readonly string[]): Promise<void> {
  if (customerIds.length) await refreshIdentityOf(tx, 'SELECT unnest($1::uuid[]) AS customer_id', [customerIds]);
}

/**
 * The desk's returning marks: of the linked edition when devices may still pull it (it is the
 * current edition or one after it), and of the current edition when an earlier one was linked
 * (a past edition imported late changes who is returning now). Marks of past editions are of no
 * use to anyone: no device works on them any more.
 */
export async function refreshReturningMarks(tx: Queryable, eventId: string): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    `SELECT e.id FROM events e JOIN events c ON c.is_current AND c.show_id = e.show_id WHERE e.id = $1 AND e.edition >= c.edition
     UNION SELECT c.id FROM events c JOIN events e ON e.id = $1 WHERE c.is_current AND c.show_id = e.show_id AND c.edition > e.edition`,
    [eventId],
  );
  let changed = 0;
  for (const r of rows) changed += (await tx.query<{ n: number }>('SELECT sf_refresh_returning($1)::int AS n', [r.id])).rows[0]?.n ?? 0;
  return changed;
}

/** Links everything queued: the given edition, or every edition, oldest first within each show. */
export async function linkPending(db: Db, opts: { eventId?: string; onProgress?: (s: LinkSummary) => void } = {}): Promise<LinkSummary[]> {
  const { rows } = await db.query<{ event_id: string; kind: CustomerKind }>(
    `SELECT q.event_id, q.kind FROM (SELECT DISTINCT event_id, kind FROM customer_link_queue) q JOIN events e ON e.id = q.event_id
      WHERE $1::uuid IS NULL OR q.event_id = $1::uuid
      ORDER BY e.show_id, e.edition, q.kind DESC`,
    [opts.eventId ?? null],
  );
  const out: LinkSummary[] = [];
  for (const r of rows) {
    const s = await linkEdition(db, r.event_id, r.kind);
    opts.onProgress?.(s);
    out.push(s);
  }
  return out;
}
