/**
 * ABC tiers per edition (core/customers/tiers.ts): the rule is stored versioned, edited by saving a
 * new version; computing an edition's tiers stores, per customer, the tier, the rule version and
 * the inputs that made it. Defaults are stored as version 1 the first time a rule is read.
 */
import { englishIssues } from '../../core/api/problems';
import type { CustomerKind } from '../../core/customers/matching';
import {
  assignTiers,
  companyTierRuleSchema,
  contactTierRuleSchema,
  contactValue,
  DEFAULT_TIER_RULES,
  TIERS,
  type CompanyTierRule,
  type ContactTierRule,
  type Tier,
} from '../../core/customers/tiers';
import type { Db, Queryable } from '../db/types';
import { editionsUpTo } from '../editions/editions';

export interface StoredRule<R> {
  version: number;
  rule: R;
  createdBy: string;
  createdAt: string;
}

export async function tierRule(db: Queryable, kind: 'company'): Promise<StoredRule<CompanyTierRule>>;
export async function tierRule(db: Queryable, kind: 'contact'): Promise<StoredRule<ContactTierRule>>;
export async function tierRule(db: Queryable, kind: CustomerKind): Promise<StoredRule<CompanyTierRule | ContactTierRule>> {
  await db.query(`INSERT INTO tier_rules (kind, version, rule, created_by) VALUES ($1, 1, $2::jsonb, 'default') ON CONFLICT DO NOTHING`, [kind, JSON.stringify(DEFAULT_TIER_RULES[kind])]);
  const { rows } = await db.query<{ version: number; rule: CompanyTierRule | ContactTierRule; created_by: string; created_at: Date }>(
    'SELECT version, rule, created_by, created_at FROM tier_rules WHERE kind = $1 ORDER BY version DESC LIMIT 1',
    [kind],
  );
  const r = rows[0] as (typeof rows)[number];
  return { version: r.version, rule: r.rule, createdBy: r.created_by, createdAt: new Date(r.created_at).toISOString() };
}

export class TierRuleError extends Error {}

/** Saves an edited rule as the next version; tiers already computed keep the version they were made with. */
export async function saveTierRule(db: Db, rule: unknown, by: string): Promise<number> {
  const kind = (rule as { kind?: unknown } | null)?.kind;
  const parsed = kind === 'company' ? companyTierRuleSchema.safeParse(rule) : kind === 'contact' ? contactTierRuleSchema.safeParse(rule) : null;
  if (!parsed) throw new TierRuleError('the rule must say its kind: "company" or "contact"');
  if (!parsed.success) throw new TierRuleError(englishIssues(parsed.error.issues));
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7405531)');
    await tierRule(tx, parsed.data.kind as 'company');
    const { rows } = await tx.query<{ version: number }>(
      `INSERT INTO tier_rules (kind, version, rule, created_by) SELECT $1, max(version) + 1, $2::jsonb, $3 FROM tier_rules WHERE kind = $1 RETURNING version`,
      [parsed.data.kind, JSON.stringify(parsed.data), by],
    );
    return rows[0]?.version ?? 0;
  });
}

interface Valued {
  customer: string;
  value: number;
  inputs: Record<string, unknown>;
}

async function store(tx: Queryable, eventId: string, kind: CustomerKind, version: number, tiered: Array<Valued & { tier: Tier; rank: number }>): Promise<void> {
  await tx.query('DELETE FROM customer_tiers WHERE event_id = $1 AND kind = $2', [eventId, kind]);
  for (let i = 0; i < tiered.length; i += 10_000) {
    await tx.query(
      `INSERT INTO customer_tiers (event_id, customer_id, kind, tier, rule_version, value, rank, inputs)
       SELECT $2, customer, $3, tier, $4, value, rank, inputs FROM jsonb_to_recordset($1::jsonb) AS x(customer uuid, tier text, value numeric, rank int, inputs jsonb)`,
      [JSON.stringify(tiered.slice(i, i + 10_000).map((t) => ({ customer: t.customer, tier: t.tier, value: t.value, rank: t.rank, inputs: t.inputs }))), eventId, kind, version],
    );
  }
}

/** Buyers of the edition (visitor customers of the rule's categories), valued by days, hot leads and purchasing role. */
async function contactValues(tx: Queryable, eventId: string, rule: ContactTierRule): Promise<Valued[]> {
  const { rows } = await tx.query<{ customer: string; days: number; hot: number; role: string }>(
    `SELECT p.customer_id AS customer, p.days,
            (SELECT count(*)::int FROM customer_links l JOIN leads d ON d.attendee_id = l.record_id AND d.event_id = $1
              WHERE l.customer_id = p.customer_id AND l.event_id = $1 AND d.rating = 'hot' AND d.deleted_at IS NULL) AS hot,
            COALESCE((SELECT a.purchase_role FROM customer_links l JOIN attendees a ON a.id = l.record_id
                       WHERE l.customer_id = p.customer_id AND l.event_id = $1 AND a.purchase_role IN ('decides', 'recommends')
                       ORDER BY a.purchase_role = 'decides' DESC LIMIT 1), '') AS role
       FROM participations p WHERE p.event_id = $1 AND p.role = 'visitor' AND p.category = ANY($2::text[])`,
    [eventId, rule.categories],
  );
  return rows.map((r) => {
    const inputs = { days: r.days, hotLeads: r.hot, purchaseRole: r.role };
    return { customer: r.customer, value: contactValue(rule, inputs), inputs };
  });
}

/** Companies with a participation in the rule's window of editions, valued by the sum of floor area or contract amount. */
async function companyValues(tx: Queryable, eventId: string, rule: CompanyTierRule): Promise<Valued[]> {
  const window = (await editionsUpTo(tx, eventId)).slice(-rule.editions).map((e) => e.id);
  const column = rule.measure === 'floor_area' ? 'floor_area' : 'contract_amount';
  const { rows } = await tx.query<{ customer: string; value: string; per_edition: Record<string, number | null> }>(
    `SELECT customer_id AS customer, COALESCE(sum(${column}), 0)::text AS value, jsonb_object_agg(event_id, ${column}) AS per_edition
       FROM participations WHERE role = 'exhibitor' AND event_id = ANY($1::uuid[]) GROUP BY customer_id`,
    [window],
  );
  return rows.map((r) => ({ customer: r.customer, value: Number(r.value), inputs: { measure: rule.measure, editions: window, perEdition: r.per_edition } }));
}

export interface TierCounts {
  ruleVersion: number;
  A: number;
  B: number;
  C: number;
}

/** Computes and stores the edition's tiers on both sides under the current rules. */
export async function computeTiers(db: Db, eventId: string): Promise<{ contacts: TierCounts; companies: TierCounts }> {
  return db.transaction(async (tx) => {
    const contactRule = await tierRule(tx, 'contact');
    const companyRule = await tierRule(tx, 'company');
    const contacts = assignTiers(await contactValues(tx, eventId, contactRule.rule), contactRule.rule);
    const companies = assignTiers(await companyValues(tx, eventId, companyRule.rule), companyRule.rule);
    await store(tx, eventId, 'contact', contactRule.version, contacts);
    await store(tx, eventId, 'company', companyRule.version, companies);
    const count = (list: Array<{ tier: Tier }>, version: number): TierCounts => ({ ruleVersion: version, ...(Object.fromEntries(TIERS.map((t) => [t, list.filter((x) => x.tier === t).length])) as Record<Tier, number>) });
    return { contacts: count(contacts, contactRule.version), companies: count(companies, companyRule.version) };
  });
}

/** The stored tiers of an edition per side (null when never computed). */
export async function tierCounts(db: Queryable, eventId: string): Promise<{ contacts: TierCounts | null; companies: TierCounts | null }> {
  const { rows } = await db.query<{ kind: CustomerKind; tier: Tier; version: number; n: number }>(
    'SELECT kind, tier, max(rule_version)::int AS version, count(*)::int AS n FROM customer_tiers WHERE event_id = $1 GROUP BY kind, tier',
    [eventId],
  );
  const side = (kind: CustomerKind): TierCounts | null => {
    const mine = rows.filter((r) => r.kind === kind);
    if (!mine.length) return null;
    return { ruleVersion: Math.max(...mine.map((r) => r.version)), A: 0, B: 0, C: 0, ...Object.fromEntries(mine.map((r) => [r.tier, r.n])) };
  };
  return { contacts: side('contact'), companies: side('company') };
}

export interface TieredCustomer {
  id: string;
  name: string;
  company: string;
  tier: Tier;
  rank: number;
  value: number;
  ruleVersion: number;
  inputs: unknown;
}

/** The customers of one tier of an edition, best first (keyset on rank then id). */
export async function tierList(db: Queryable, eventId: string, kind: CustomerKind, tier: Tier, page: { after?: { rank: number; id: string } | null; limit: number }) {
  const { rows } = await db.query<{ id: string; name: string; company: string; tier: Tier; rank: number; value: string; rule_version: number; inputs: unknown }>(
    `SELECT c.id, c.name, c.company, t.tier, t.rank, t.value::text, t.rule_version, t.inputs FROM customer_tiers t JOIN customers c ON c.id = t.customer_id
      WHERE t.event_id = $1 AND t.kind = $2 AND t.tier = $3 AND ($4::int IS NULL OR (t.rank, t.customer_id) > ($4::int, $5::uuid))
      ORDER BY t.rank, t.customer_id LIMIT $6`,
    [eventId, kind, tier, page.after?.rank ?? null, page.after?.id ?? null, page.limit + 1],
  );
  const shown: TieredCustomer[] = rows.slice(0, page.limit).map((r) => ({ id: r.id, name: r.name, company: r.company, tier: r.tier, rank: r.rank, value: Number(r.value), ruleVersion: r.rule_version, inputs: r.inputs }));
  const last = shown.at(-1);
  return { rows: shown, next: rows.length > page.limit && last ? { rank: last.rank, id: last.id } : null };
}
