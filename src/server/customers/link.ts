/**
 * Linking an edition's records to organizer-level customers (contacts and companies).
 *
 * Every new attendee and exhibitor is queued by a trigger (migration 010). A link run takes one
 * edition's queued records in one transaction and a handful of set-based statements: the records
 * with their keys in one read; their matching keys (core/customers/names.ts) into a temporary
 * table; one query that finds every customer sharing a mobile, email, credit code or name and
 * company with them, aggregated per customer; the decisions (core/customers/matching.ts) in
 * memory; then customers, links and review suggestions written in bulk. Participations and the
 * desk's returning marks follow from triggers and one statement. Editions are linked oldest
 * first, so a later edition is matched against everything before it.
 */
import { decideLinks, type Candidate, type CustomerKind, type GroupDecision, type PendingGroup } from '../../core/customers/matching';
import { createNameKeyer, isRoleEmail, type NameKeys } from '../../core/customers/names';
import { companyKey } from '../../core/customers/names';
import { newId } from '../../core/ids';
import type { Db, Queryable } from '../db/types';

const CHUNK = 10_000;
/** Only one link run at a time: two runs could each make a customer for the same new person. */
const LINK_LOCK = 7405530;

interface PendingRecord {
  id: string;
  person: string;
  name: string;
  company: string;
  mobile: string;
  email: string;
  creditCode: string;
  country: string;
  province: string;
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

async function loadPending(tx: Queryable, eventId: string, kind: CustomerKind): Promise<Array<Omit<PendingRecord, 'keys' | 'companyKey'>>> {
  const sql =
    kind === 'contact'
      ? `SELECT a.id, COALESCE(v.person_id, a.id) AS person, a.name, a.company, a.mobile, lower(a.email) AS email, '' AS credit_code,
                COALESCE(v.country, a.country) AS country, COALESCE(v.province, a.province) AS province, a.erased_at IS NOT NULL AS erased
           FROM customer_link_queue q JOIN attendees a ON a.id = q.record_id LEFT JOIN visitor_profiles v ON v.attendee_id = a.id
          WHERE q.event_id = $1 AND q.kind = 'contact' ORDER BY COALESCE(v.person_id, a.id), a.created_at, a.id`
      : `SELECT x.id, x.id AS person, x.name, x.name AS company, x.mobile, lower(x.email) AS email, x.credit_code, x.country, x.province, false AS erased
           FROM customer_link_queue q JOIN exhibitors x ON x.id = q.record_id
          WHERE q.event_id = $1 AND q.kind = 'company' ORDER BY x.created_at, x.id`;
  const { rows } = await tx.query<{
    id: string;
    person: string;
    name: string;
    company: string;
    mobile: string;
    email: string;
    credit_code: string;
    country: string;
    province: string;
    erased: boolean;
  }>(sql, [eventId]);
  return rows.map((r) => ({ ...r, creditCode: r.credit_code }));
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
}

/**
 * Every customer sharing a key with a pending group, aggregated per group, customer, signal and
 * value. Plain aggregates only, so PostgreSQL can hash them; distinct values, the example record
 * and how many customers hold a value are worked out in memory. Customers' own keys count only
 * for customers without a record yet (prospects): the others' keys are their records'.
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
         FROM ${pending} JOIN customers c ON c.kind = $1 AND ${customerOn} AND c.merged_into IS NULL AND c.erased_at IS NULL
        WHERE ${where} AND NOT EXISTS (SELECT 1 FROM customer_links k WHERE k.customer_id = c.id)`,
    ];
  });
  const { rows } = await tx.query<CandidateRow>(
    `SELECT h.grp, h.customer_id, h.signal, h.value, array_agg(h.name_tokens || '|' || h.name_flat) AS names, array_agg(h.company_key) AS company_keys,
            array_agg(h.credit_code) AS credit_codes, array_agg(h.example) AS examples
       FROM (${parts.join(' UNION ALL ')}) h JOIN customers c ON c.id = h.customer_id AND c.merged_into IS NULL
      GROUP BY h.grp, h.customer_id, h.signal, h.value`,
    [kind],
  );
  return rows;
}

/** Candidates as the rules read them: distinct names and keys, one example record, and whether the key is shared. */
function toCandidates(rows: readonly CandidateRow[], kind: CustomerKind, holders: ReadonlyMap<string, ReadonlySet<string>>): Candidate[] {
  const customersWith = new Map<string, number>();
  for (const r of rows) customersWith.set(`${r.grp}|${r.signal}|${r.value}`, (customersWith.get(`${r.grp}|${r.signal}|${r.value}`) ?? 0) + 1);
  return rows.map((r) => {
    const example = ([...new Set(r.examples)].sort().find((e) => e !== '|') ?? '|').split('|');
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
      example: { record: example[0] ?? '', eventId: example[1] ?? '', name: '', company: '' },
    };
  });
}

/** The names the evidence quotes: of the example records, or of the customer (a prospect). */
async function nameExamples(tx: Queryable, kind: CustomerKind, candidates: readonly Candidate[]): Promise<void> {
  const records = [...new Set(candidates.map((c) => c.example.record).filter(Boolean))];
  const customers = [...new Set(candidates.filter((c) => !c.example.record).map((c) => c.customer))];
  const names = new Map<string, { name: string; company: string }>();
  for (let i = 0; i < records.length; i += CHUNK) {
    const { rows } = await tx.query<{ id: string; name: string; company: string }>(
      kind === 'contact' ? 'SELECT id, name, company FROM attendees WHERE id = ANY($1::uuid[])' : 'SELECT id, name, name AS company FROM exhibitors WHERE id = ANY($1::uuid[])',
      [records.slice(i, i + CHUNK)],
    );
    for (const r of rows) names.set(r.id, r);
  }
  if (customers.length) {
    const { rows } = await tx.query<{ id: string; name: string; company: string }>('SELECT id, name, company FROM customers WHERE id = ANY($1::uuid[])', [customers]);
    for (const r of rows) names.set(r.id, r);
  }
  for (const c of candidates) {
    const n = names.get(c.example.record || c.customer);
    if (n) Object.assign(c.example, { name: n.name, company: n.company || n.name });
  }
}

const splitName = (pair: string): NameKeys => {
  const i = pair.indexOf('|');
  return { tokens: pair.slice(0, i), flat: pair.slice(i + 1) };
};

/** Links one edition's queued records of one kind. */
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
    // Participations are rebuilt once for the edition at the end, not by the links' trigger per batch.
    await tx.query(`SELECT set_config('showfloor.bulk_link', 'on', true)`);
    const keyer = createNameKeyer();
    const records: PendingRecord[] = (await loadPending(tx, eventId, kind)).map((r) => ({
      ...r,
      keys: r.erased ? { tokens: '', flat: '' } : keyer.person(r.name),
      companyKey: companyKey(r.company),
    }));
    const summary: LinkSummary = { eventId, kind, records: records.length, linked: 0, newCustomers: 0, reviews: 0, byReason: {}, returningMarks: 0, ms: 0 };
    if (!records.length) {
      summary.ms = Math.round(performance.now() - started);
      return summary;
    }
    trace(`loaded (${records.length})`);
    const groups = groupRecords(records, kind);
    const groupList: PendingGroup[] = [];
    const rows: Array<Record<string, unknown>> = [];
    // A key held by several groups of this batch (two relatives' mobile) counts as shared too.
    const holders = new Map<string, Set<string>>();
    for (const [id, members] of groups) {
      const head = members[0] as PendingRecord;
      groupList.push({ id, kind, name: head.keys, displayName: kind === 'contact' ? head.name : head.name, companyKey: head.companyKey, creditCode: members.find((m) => m.creditCode)?.creditCode ?? '' });
      for (const m of members) {
        if (m.erased) continue;
        for (const key of [m.mobile && `mobile:${m.mobile}`, m.email && `email:${m.email}`]) {
          if (key) holders.set(key, (holders.get(key) ?? new Set()).add(id));
        }
        rows.push({
          grp: id,
          record_id: m.id,
          mobile: m.mobile,
          email: m.email,
          credit_code: m.creditCode,
          name_tokens: m.keys.tokens,
          name_flat: m.keys.flat,
          company_key: m.companyKey,
        });
      }
    }
    await tx.query(
      `CREATE TEMP TABLE link_pending (grp uuid, record_id uuid, mobile text, email text, credit_code text, name_tokens text, name_flat text, company_key text) ON COMMIT DROP`,
    );
    for (let i = 0; i < rows.length; i += CHUNK) {
      await tx.query(
        `INSERT INTO link_pending SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(grp uuid, record_id uuid, mobile text, email text, credit_code text, name_tokens text, name_flat text, company_key text)`,
        [JSON.stringify(rows.slice(i, i + CHUNK))],
      );
    }
    await tx.query('ANALYZE link_pending');
    trace('keys uploaded');
    // Strong keys first; the same name and company only for the groups they leave without a customer
    // (it is never more than a suggestion), which spares most of the work on a big edition.
    const strong: Candidate['signal'][] = kind === 'company' ? ['credit_code', 'mobile', 'email'] : ['mobile', 'email'];
    const candidates = toCandidates(await findCandidates(tx, kind, strong), kind, holders);
    trace(`candidates (${candidates.length})`);
    const first = decideLinks(groupList, candidates);
    const undecided = first.decisions.filter((d) => !d.customer).map((d) => d.group);
    await tx.query('CREATE TEMP TABLE link_undecided (grp uuid PRIMARY KEY) ON COMMIT DROP');
    for (let i = 0; i < undecided.length; i += CHUNK) {
      await tx.query('INSERT INTO link_undecided SELECT unnest($1::uuid[])', [undecided.slice(i, i + CHUNK)]);
    }
    const weak = toCandidates(await findCandidates(tx, kind, ['name_company'], true), kind, holders);
    await nameExamples(tx, kind, [...candidates, ...weak]);
    const { decisions, reviews } = decideLinks(groupList, [...candidates, ...weak]);
    trace(`decided (${weak.length} name and company candidates)`);

    // Customers for the groups nobody was found for, named after their first record.
    const decided = new Map<string, GroupDecision>(decisions.map((d) => [d.group, d]));
    const fresh: Array<Record<string, unknown>> = [];
    const customerOf = new Map<string, string>();
    for (const [id, members] of groups) {
      const d = decided.get(id);
      if (d?.customer) {
        customerOf.set(id, d.customer);
        continue;
      }
      const head = members[0] as PendingRecord;
      const customer = newId();
      customerOf.set(id, customer);
      fresh.push({
        id: customer,
        kind,
        name: head.name,
        company: kind === 'contact' ? head.company : '',
        credit_code: members.find((m) => m.creditCode)?.creditCode ?? '',
        mobile: members.find((m) => m.mobile)?.mobile ?? '',
        email: members.find((m) => m.email)?.email ?? '',
        country: head.country,
        province: head.province,
        name_tokens: head.keys.tokens,
        name_flat: head.keys.flat,
        company_key: head.companyKey,
        erased: members.every((m) => m.erased),
      });
    }
    for (let i = 0; i < fresh.length; i += CHUNK) {
      await tx.query(
        `INSERT INTO customers (id, kind, name, company, credit_code, mobile, email, country, province, name_tokens, name_flat, company_key, erased_at)
         SELECT id, kind, name, company, credit_code, mobile, email, country, province, name_tokens, name_flat, company_key, CASE WHEN erased THEN now() END
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, kind text, name text, company text, credit_code text, mobile text, email text, country text,
                province text, name_tokens text, name_flat text, company_key text, erased boolean)`,
        [JSON.stringify(fresh.slice(i, i + CHUNK))],
      );
    }
    summary.newCustomers = fresh.length;
    trace(`customers (${fresh.length})`);

    const links: Array<Record<string, unknown>> = [];
    for (const [id, members] of groups) {
      const d = decided.get(id);
      const reason = d?.customer ? d.reason : 'new';
      if (d?.customer) summary.linked += members.length;
      summary.byReason[reason] = (summary.byReason[reason] ?? 0) + members.length;
      for (const m of members) {
        links.push({
          record_id: m.id,
          customer_id: customerOf.get(id),
          reason,
          evidence: d?.customer ? d.evidence : {},
          mobile: m.mobile,
          email: m.email,
          credit_code: m.creditCode,
          name_tokens: m.keys.tokens,
          name_flat: m.keys.flat,
          company_key: m.companyKey,
        });
      }
    }
    for (let i = 0; i < links.length; i += CHUNK) {
      await tx.query(
        `INSERT INTO customer_links (record_id, kind, event_id, customer_id, reason, evidence, mobile, email, credit_code, name_tokens, name_flat, company_key)
         SELECT record_id, $2, $3, customer_id, reason, evidence, mobile, email, credit_code, name_tokens, name_flat, company_key
           FROM jsonb_to_recordset($1::jsonb) AS x(record_id uuid, customer_id uuid, reason text, evidence jsonb, mobile text, email text, credit_code text,
                name_tokens text, name_flat text, company_key text)
         ON CONFLICT (record_id) DO NOTHING`,
        [JSON.stringify(links.slice(i, i + CHUNK)), kind, eventId],
      );
    }
    trace(`links (${links.length})`);
    const suggested = reviews.map((r) => {
      const members = groups.get(r.group) ?? [];
      return { record_id: members[0]?.id, customer_id: r.customer, signal: r.signal, evidence: r.evidence };
    });
    for (let i = 0; i < suggested.length; i += CHUNK) {
      const { rowCount } = await tx.query(
        `INSERT INTO customer_reviews (kind, record_id, customer_id, signal, evidence)
         SELECT $2, x.record_id, x.customer_id, x.signal, x.evidence FROM jsonb_to_recordset($1::jsonb) AS x(record_id uuid, customer_id uuid, signal text, evidence jsonb)
          WHERE NOT EXISTS (SELECT 1 FROM customer_links l WHERE l.record_id = x.record_id AND l.customer_id = x.customer_id)
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(suggested.slice(i, i + CHUNK)), kind],
      );
      summary.reviews += rowCount;
    }
    await tx.query(`DELETE FROM customer_link_queue WHERE event_id = $1 AND kind = $2 AND record_id IN (SELECT record_id FROM link_pending)`, [eventId, kind]);
    await tx.query(`DELETE FROM customer_link_queue WHERE event_id = $1 AND kind = $2 AND record_id = ANY($3::uuid[])`, [eventId, kind, records.filter((r) => r.erased).map((r) => r.id)]);
    await tx.query(`SELECT set_config('showfloor.bulk_link', 'off', true)`);
    await tx.query('SELECT sf_rebuild_participations($1)', [eventId]);
    trace('participations');
    await refreshIdentity(tx, [...new Set(decisions.flatMap((d) => (d.customer ? [d.customer] : [])))]);
    trace('identities');
    if (kind === 'contact') summary.returningMarks = await refreshReturningMarks(tx, eventId);
    trace(`returning marks (${summary.returningMarks})`);
    summary.ms = Math.round(performance.now() - started);
    return summary;
  });
}

/**
 * A customer's name and contact details are those of their newest record (the latest edition);
 * a mobile or email the newest record lacks is kept from before.
 */
export async function refreshIdentity(tx: Queryable, customerIds: readonly string[]): Promise<void> {
  for (let i = 0; i < customerIds.length; i += CHUNK) {
    const ids = customerIds.slice(i, i + CHUNK);
    await tx.query(
      `UPDATE customers c SET name = x.name, company = x.company, mobile = COALESCE(NULLIF(x.mobile, ''), c.mobile), email = COALESCE(NULLIF(x.email, ''), c.email),
              credit_code = COALESCE(NULLIF(x.credit_code, ''), c.credit_code), name_tokens = x.name_tokens, name_flat = x.name_flat, company_key = x.company_key,
              updated_at = now()
         FROM (SELECT DISTINCT ON (l.customer_id) l.customer_id,
                      COALESCE(a.name, x.name) AS name, COALESCE(a.company, '') AS company, COALESCE(a.mobile, x.mobile) AS mobile,
                      lower(COALESCE(a.email, x.email)) AS email, COALESCE(x.credit_code, '') AS credit_code, l.name_tokens, l.name_flat, l.company_key
                 FROM customer_links l JOIN events e ON e.id = l.event_id
                 LEFT JOIN attendees a ON a.id = l.record_id LEFT JOIN exhibitors x ON x.id = l.record_id
                WHERE l.customer_id = ANY($1::uuid[]) AND (a.id IS NULL OR a.erased_at IS NULL) AND (a.id IS NOT NULL OR x.id IS NOT NULL)
                ORDER BY l.customer_id, e.starts_on DESC NULLS LAST, e.edition DESC, l.linked_at DESC) x
        WHERE c.id = x.customer_id AND c.erased_at IS NULL`,
      [ids],
    );
  }
}

/** The returning marks of an edition's visitors, and of the current edition's when another was linked. */
export async function refreshReturningMarks(tx: Queryable, eventId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>('SELECT sf_refresh_returning($1)::int AS n', [eventId]);
  let changed = rows[0]?.n ?? 0;
  const { rows: current } = await tx.query<{ id: string }>(
    `SELECT c.id FROM events c JOIN events e ON e.id = $1 WHERE c.is_current AND c.id <> e.id AND c.show_id = e.show_id AND c.edition > e.edition`,
    [eventId],
  );
  if (current[0]) changed += (await tx.query<{ n: number }>('SELECT sf_refresh_returning($1)::int AS n', [current[0].id])).rows[0]?.n ?? 0;
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
