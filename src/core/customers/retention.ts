/**
 * Retention of customers between editions of a show (issue 15), as the organizer's CRM practice
 * defines it. A customer of an edition is a contact who attended at least one day as a visitor
 * (the post-show report's counting rules: press and staff are counted apart) or a company that
 * exhibited. Against the previous edition of the same show:
 *   returning    took part in both;
 *   new          took part in this one and in no earlier one;
 *   reactivated  took part in this one, not the previous one, but an earlier one;
 *   lost         took part in the previous one, not this one.
 * Churn rate (客户流失率) = lost ÷ customers of the previous edition × 100 %; retention rate
 * (客户保持率) = returning ÷ customers of the previous edition × 100 % (on the exhibitor side the
 * renewal rate, 续展率); win-back = reactivated ÷ those lost at the edition before.
 *
 * The server counts these in SQL over participations; these functions are the same rules over
 * sets, for the tests to hold the two to the same answers and for hand-made examples.
 */

export const RETENTION_GROUPS = ['customers', 'previousCustomers', 'returning', 'new', 'reactivated', 'lost'] as const;
export type RetentionGroup = (typeof RETENTION_GROUPS)[number];

export interface RetentionCounts {
  previousCustomers: number;
  customers: number;
  returning: number;
  new: number;
  reactivated: number;
  lost: number;
  /** Lost at the previous edition (customers of the edition before it who missed it): win-back's denominator. */
  lostBefore: number;
}

export interface RetentionRates {
  churnRatePct: number | null;
  retentionRatePct: number | null;
  winBackPct: number | null;
}

/** n ÷ d × 100 rounded to one decimal (half up); null without a denominator. */
export function ratePct(n: number, d: number): number | null {
  if (!d) return null;
  return Math.round((n * 1000) / d) / 10;
}

export function retentionRates(c: RetentionCounts): RetentionRates {
  return {
    churnRatePct: ratePct(c.lost, c.previousCustomers),
    retentionRatePct: ratePct(c.returning, c.previousCustomers),
    winBackPct: ratePct(c.reactivated, c.lostBefore),
  };
}

/**
 * The editions of one show in order, each as the set of its customers' ids; `index` is the
 * edition asked about. Editions after it play no part.
 */
export function retentionGroups(editions: ReadonlyArray<ReadonlySet<string>>, index: number): Record<RetentionGroup | 'lostBefore', Set<string>> {
  const current = editions[index] ?? new Set<string>();
  const previous = index > 0 ? (editions[index - 1] ?? new Set<string>()) : new Set<string>();
  const beforePrevious = index > 1 ? (editions[index - 2] ?? new Set<string>()) : new Set<string>();
  const earlier = new Set<string>();
  for (let i = 0; i < index - 1; i++) for (const id of editions[i] ?? []) earlier.add(id);
  const group = (pick: (id: string) => boolean, from: ReadonlySet<string>) => new Set([...from].filter(pick));
  return {
    customers: new Set(current),
    previousCustomers: new Set(previous),
    returning: group((id) => previous.has(id), current),
    new: group((id) => !previous.has(id) && !earlier.has(id), current),
    reactivated: group((id) => !previous.has(id) && earlier.has(id), current),
    lost: group((id) => !current.has(id), previous),
    lostBefore: group((id) => !previous.has(id), beforePrevious),
  };
}

export function retentionCounts(editions: ReadonlyArray<ReadonlySet<string>>, index: number): RetentionCounts {
  const g = retentionGroups(editions, index);
  return {
    previousCustomers: g.previousCustomers.size,
    customers: g.customers.size,
    returning: g.returning.size,
    new: g.new.size,
    reactivated: g.reactivated.size,
    lost: g.lost.size,
    lostBefore: g.lostBefore.size,
  };
}
