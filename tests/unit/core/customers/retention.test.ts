import { describe, expect, it } from 'vitest';
import { ratePct, retentionCounts, retentionGroups, retentionRates } from '../../../../src/core/customers/retention';

const set = (...ids: string[]) => new Set(ids);

describe('retention rules on a hand-made show', () => {
  // Edition 1: a b c d; edition 2: a b e; edition 3: a c e f.
  const editions = [set('a', 'b', 'c', 'd'), set('a', 'b', 'e'), set('a', 'c', 'e', 'f')];

  it('returning, new, reactivated and lost against the previous edition', () => {
    const g = retentionGroups(editions, 2);
    expect([...g.returning].sort()).toEqual(['a', 'e']);
    expect([...g.new]).toEqual(['f']);
    expect([...g.reactivated]).toEqual(['c']);
    expect([...g.lost]).toEqual(['b']);
    expect([...g.lostBefore].sort()).toEqual(['c', 'd']);
    expect(retentionCounts(editions, 2)).toEqual({ previousCustomers: 3, customers: 4, returning: 2, new: 1, reactivated: 1, lost: 1, lostBefore: 2 });
  });

  it('churn, retention and win-back, one decimal', () => {
    const c = retentionCounts(editions, 2);
    expect(retentionRates(c)).toEqual({ churnRatePct: 33.3, retentionRatePct: 66.7, winBackPct: 50 });
    expect(retentionRates(retentionCounts(editions, 1))).toEqual({ churnRatePct: 50, retentionRatePct: 50, winBackPct: null });
  });

  it('a first edition has only new customers and no rates', () => {
    expect(retentionCounts(editions, 0)).toEqual({ previousCustomers: 0, customers: 4, returning: 0, new: 4, reactivated: 0, lost: 0, lostBefore: 0 });
    expect(retentionRates(retentionCounts(editions, 0))).toEqual({ churnRatePct: null, retentionRatePct: null, winBackPct: null });
  });

  it('every customer of this edition is returning, new or reactivated; every previous one returning or lost', () => {
    for (let i = 0; i < editions.length; i++) {
      const c = retentionCounts(editions, i);
      expect(c.returning + c.new + c.reactivated).toBe(c.customers);
      expect(c.returning + c.lost).toBe(c.previousCustomers);
    }
  });

  it('rounds half up at one decimal without floating-point surprises', () => {
    expect([ratePct(1, 8), ratePct(2, 3), ratePct(1, 3), ratePct(1, 16), ratePct(0, 5), ratePct(5, 0)]).toEqual([12.5, 66.7, 33.3, 6.3, 0, null]);
  });
});
