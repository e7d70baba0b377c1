/**
 * Which organizer-level customer an edition's record belongs to: the rules, as one pure function
 * over the candidates the database found (server/customers/link.ts finds them set-based).
 *
 * Contacts (people). A candidate is a customer with a record that shares the new record's mobile
 * or email. The name decides: one shared mobile or email links only when the names are the same
 * (by sound, names.ts), because families share a mobile and colleagues share info@; when mobile
 * and email both match, a differently written name (an English name) links too, unless one of the
 * two is shared by several customers; a name one typo apart needs both. Anything else is offered
 * for review, never linked: the same mobile or email under another name, the same name and company.
 *
 * Companies. The credit code decides alone: the same code links (a renamed company stays one),
 * two different valid codes never link. Without a code on one side, a contact mobile or email
 * links when the company names agree; the same company name alone is offered for review.
 */
import { companyRelation, nameRelation, type NameKeys, type NameRelation } from './names';

export type CustomerKind = 'contact' | 'company';
export type MatchSignal = 'mobile' | 'email' | 'credit_code' | 'name_company';

/** New records of one edition that are one person (or one exhibitor), decided together. */
export interface PendingGroup {
  id: string;
  kind: CustomerKind;
  name: NameKeys;
  /** What the organizer reads in the evidence. */
  displayName: string;
  companyKey: string;
  creditCode: string;
}

/** A customer found for a group through one shared key. */
export interface Candidate {
  group: string;
  customer: string;
  signal: MatchSignal;
  value: string;
  /** The key belongs to several customers (or is a role address such as info@). */
  shared: boolean;
  names: readonly NameKeys[];
  companyKeys: readonly string[];
  creditCodes: readonly string[];
  /** One of the customer's records with this key, for the evidence. */
  example: { record: string; eventId: string; name: string; company: string };
}

export interface LinkEvidence {
  rule: string;
  signals: Array<{ kind: MatchSignal; value: string; record: string; eventId: string }>;
  name: { record: string; matched: string; relation: NameRelation };
  company?: { record: string; matched: string; relation: NameRelation };
}

export type LinkReason = 'credit_code' | 'mobile' | 'email' | 'mobile_email';

export type GroupDecision = { group: string; customer: string; reason: LinkReason; evidence: LinkEvidence } | { group: string; customer: null };

export interface ReviewSuggestion {
  group: string;
  customer: string;
  /** name_company, mobile_other_name, email_other_name, credit_code_conflict, several_customers */
  signal: string;
  evidence: LinkEvidence;
}

interface Assessed {
  customer: string;
  cands: Candidate[];
  relation: NameRelation;
  companyRel: NameRelation;
  kinds: Set<MatchSignal>;
  eligible: boolean;
  score: number;
  conflict: boolean;
}

const RELATION_RANK: Record<NameRelation, number> = { same: 3, close: 2, different: 1 };
const best = (relations: NameRelation[]): NameRelation => relations.reduce<NameRelation>((b, r) => (RELATION_RANK[r] > RELATION_RANK[b] ? r : b), 'different');

function assess(group: PendingGroup, customer: string, cands: Candidate[]): Assessed {
  const relation = best(cands.flatMap((c) => c.names.map((n) => nameRelation(group.name, n))));
  const companyRel = best(cands.flatMap((c) => c.companyKeys.map((k) => companyRelation(group.companyKey, k))));
  const strong = cands.filter((c) => c.signal !== 'name_company');
  const kinds = new Set(strong.map((c) => c.signal));
  const unshared = new Set(strong.filter((c) => !c.shared).map((c) => c.signal));
  let eligible = false;
  let conflict = false;
  let score = 0;
  if (group.kind === 'company') {
    const codes = new Set(cands.flatMap((c) => c.creditCodes).filter(Boolean));
    conflict = Boolean(group.creditCode) && codes.size > 0 && !codes.has(group.creditCode);
    if (kinds.has('credit_code')) eligible = true;
    else if (!conflict && (kinds.has('mobile') || kinds.has('email')) && companyRel !== 'different') eligible = true;
    score = (kinds.has('credit_code') ? 100 : 0) + RELATION_RANK[companyRel] * 10 + kinds.size;
  } else {
    if (relation === 'same' && kinds.size > 0) eligible = true;
    else if (relation === 'close' && kinds.size >= 2) eligible = true;
    else if (relation === 'different' && unshared.size >= 2) eligible = true;
    score = RELATION_RANK[relation] * 10 + kinds.size * 2 + unshared.size;
  }
  return { customer, cands, relation, companyRel, kinds, eligible: eligible && !conflict, score, conflict };
}

function evidenceOf(group: PendingGroup, a: Assessed, rule: string): LinkEvidence {
  const strong = a.cands.filter((c) => c.signal !== 'name_company');
  const shown = strong.length ? strong : a.cands;
  const first = shown[0] as Candidate;
  return {
    rule,
    signals: shown.map((c) => ({ kind: c.signal, value: c.value, record: c.example.record, eventId: c.example.eventId })),
    name: { record: group.displayName, matched: first.example.name, relation: a.relation },
    ...(group.kind === 'company' ? { company: { record: group.displayName, matched: first.example.company || first.example.name, relation: a.companyRel } } : {}),
  };
}

function reasonOf(kinds: Set<MatchSignal>): LinkReason {
  if (kinds.has('credit_code')) return 'credit_code';
  if (kinds.has('mobile') && kinds.has('email')) return 'mobile_email';
  return kinds.has('mobile') ? 'mobile' : 'email';
}

function ruleOf(group: PendingGroup, a: Assessed): string {
  if (group.kind === 'company') return a.kinds.has('credit_code') ? 'same credit code' : `same ${[...a.kinds].join(' and ')}, company name ${a.companyRel}`;
  return `same ${[...a.kinds].join(' and ')}, name ${a.relation}`;
}

function reviewSignal(group: PendingGroup, a: Assessed): string {
  if (a.conflict) return 'credit_code_conflict';
  if (a.kinds.size === 0) return 'name_company';
  return a.kinds.has('mobile') ? 'mobile_other_name' : 'email_other_name';
}

/**
 * Decides every group: linked to one customer (with reason and evidence) or a new customer of its
 * own, and what to offer for review. Deterministic: ties go to the oldest customer (smallest id,
 * ids are time-ordered), whatever order the candidates come in.
 */
export function decideLinks(groups: readonly PendingGroup[], candidates: readonly Candidate[], maxReviewsPerGroup = 3): { decisions: GroupDecision[]; reviews: ReviewSuggestion[] } {
  const byGroup = new Map<string, Map<string, Candidate[]>>();
  for (const c of candidates) {
    const customers = byGroup.get(c.group) ?? new Map<string, Candidate[]>();
    customers.set(c.customer, [...(customers.get(c.customer) ?? []), c]);
    byGroup.set(c.group, customers);
  }
  const decisions: GroupDecision[] = [];
  const reviews: ReviewSuggestion[] = [];
  for (const group of groups) {
    const assessed = [...(byGroup.get(group.id) ?? new Map<string, Candidate[]>())]
      .map(([customer, cands]) => assess(group, customer, cands))
      .sort((x, y) => y.score - x.score || (x.customer < y.customer ? -1 : 1));
    const chosen = assessed.find((a) => a.eligible);
    if (chosen) {
      decisions.push({ group: group.id, customer: chosen.customer, reason: reasonOf(chosen.kinds), evidence: evidenceOf(group, chosen, ruleOf(group, chosen)) });
      // Another customer just as good: probably the same person split earlier; offer to merge them.
      for (const twin of assessed.filter((a) => a !== chosen && a.eligible && a.score === chosen.score).slice(0, maxReviewsPerGroup)) {
        reviews.push({ group: group.id, customer: twin.customer, signal: 'several_customers', evidence: evidenceOf(group, twin, ruleOf(group, twin)) });
      }
      continue;
    }
    decisions.push({ group: group.id, customer: null });
    for (const a of assessed.slice(0, maxReviewsPerGroup)) {
      // Companies' contact details alone, with unrelated names: another company's contact person, nothing to review.
      if (group.kind === 'company' && a.kinds.size > 0 && !a.kinds.has('credit_code') && a.companyRel === 'different' && !a.conflict) continue;
      // Two valid, different credit codes are two legal entities; only the same name makes that worth a look.
      if (a.conflict && a.companyRel !== 'same') continue;
      reviews.push({ group: group.id, customer: a.customer, signal: reviewSignal(group, a), evidence: evidenceOf(group, a, ruleOf(group, a)) });
    }
  }
  return { decisions, reviews };
}
