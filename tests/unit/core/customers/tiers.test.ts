import { describe, expect, it } from 'vitest';
import { assignTiers, companyTierRuleSchema, contactTierRuleSchema, contactValue, DEFAULT_TIER_RULES } from '../../../../src/core/customers/tiers';

const tiersOf = (values: number[], rule = { aPct: 20, bPct: 30 }) =>
  assignTiers(values.map((value, i) => ({ id: String(i), value })), rule)
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((t) => t.tier)
    .join('');

describe('ABC tiers', () => {
  it('top 20 % A, next 30 % B, the rest C', () => {
    expect(tiersOf([100, 90, 80, 70, 60, 50, 40, 30, 20, 10])).toBe('AABBBCCCCC');
  });
  it('equal values share the better tier; nothing is worth C', () => {
    expect(tiersOf([100, 90, 90, 70, 60, 50, 40, 30, 20, 10])).toBe('AAABBCCCCC');
    expect(tiersOf([0, 0, 0, 0, 0])).toBe('CCCCC');
    // One customer: 20 % of one rounds to none, 50 % to one.
    expect(tiersOf([5])).toBe('B');
    // Four equal values reach into B (positions 2–3): all four are B.
    expect(tiersOf([5, 1, 1, 1, 1])).toBe('ABBBB');
  });
  it('a buyer’s value from days, hot leads and purchasing role under the default rule', () => {
    const rule = DEFAULT_TIER_RULES.contact;
    expect(contactValue(rule, { days: 3, hotLeads: 2, purchaseRole: 'decides' })).toBe(3 + 4 + 3);
    expect(contactValue(rule, { days: 1, hotLeads: 0, purchaseRole: 'recommends' })).toBe(2);
    expect(contactValue(rule, { days: 1, hotLeads: 0, purchaseRole: '' })).toBe(1);
  });
  it('refuses a rule whose A and B are more than everyone', () => {
    expect(companyTierRuleSchema.safeParse({ ...DEFAULT_TIER_RULES.company, aPct: 60, bPct: 50 }).success).toBe(false);
    expect(contactTierRuleSchema.safeParse(DEFAULT_TIER_RULES.contact).success).toBe(true);
  });
});
