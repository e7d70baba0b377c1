/**
 * ABC tiers (客户ABC分类): A, B, C by value under a rule the organizer sees and edits. Customers
 * are ranked by value; the top aPct % are A, the next bPct % B, the rest C. Equal values share a
 * tier (the better one), so two customers with the same inputs are never told apart; a value of
 * 0 is always C. Defaults from the issue:
 *   companies  floor area or contract amount over the last three editions, top 20 % A, next 30 % B;
 *   buyers     (trade visitors and VIP buyers) days attended, hot leads generated and purchasing role.
 * Each tier is stored with the rule's version and the inputs that made it.
 */
import { z } from 'zod';

export const TIERS = ['A', 'B', 'C'] as const;
export type Tier = (typeof TIERS)[number];

const share = z.number().min(0).max(100);

export const companyTierRuleSchema = z
  .object({
    kind: z.literal('company'),
    measure: z.enum(['contract_amount', 'floor_area']),
    /** Editions summed, counting back from the edition tiered (itself included). */
    editions: z.number().int().min(1).max(20),
    aPct: share,
    bPct: share,
  })
  .refine((r) => r.aPct + r.bPct <= 100, { message: 'tier_shares_over_100' });

export const contactTierRuleSchema = z
  .object({
    kind: z.literal('contact'),
    /** Visitor categories that are buyers (tiered); the others get no tier. */
    categories: z.array(z.enum(['trade', 'vip_buyer', 'public'])).min(1),
    weights: z.object({
      day: z.number().min(0).max(1000),
      hotLead: z.number().min(0).max(1000),
      decides: z.number().min(0).max(1000),
      recommends: z.number().min(0).max(1000),
    }),
    aPct: share,
    bPct: share,
  })
  .refine((r) => r.aPct + r.bPct <= 100, { message: 'tier_shares_over_100' });

export type CompanyTierRule = z.infer<typeof companyTierRuleSchema>;
export type ContactTierRule = z.infer<typeof contactTierRuleSchema>;
export type TierRule = CompanyTierRule | ContactTierRule;

export const DEFAULT_TIER_RULES = {
  company: { kind: 'company', measure: 'contract_amount', editions: 3, aPct: 20, bPct: 30 },
  contact: { kind: 'contact', categories: ['trade', 'vip_buyer'], weights: { day: 1, hotLead: 2, decides: 3, recommends: 1 }, aPct: 20, bPct: 30 },
} as const satisfies { company: CompanyTierRule; contact: ContactTierRule };

export interface ContactTierInputs {
  days: number;
  hotLeads: number;
  /** The purchasing role given at registration: decides, recommends, none or ''. */
  purchaseRole: string;
}

export function contactValue(rule: ContactTierRule, inputs: ContactTierInputs): number {
  const role = inputs.purchaseRole === 'decides' ? rule.weights.decides : inputs.purchaseRole === 'recommends' ? rule.weights.recommends : 0;
  return inputs.days * rule.weights.day + inputs.hotLeads * rule.weights.hotLead + role;
}

/** The tier of each value: ranked high to low, with ties sharing the better tier. */
export function assignTiers<T extends { value: number }>(items: readonly T[], rule: { aPct: number; bPct: number }): Array<T & { tier: Tier; rank: number }> {
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const n = sorted.length;
  const aCut = Math.round((n * rule.aPct) / 100);
  const bCut = Math.round((n * (rule.aPct + rule.bPct)) / 100);
  const out: Array<T & { tier: Tier; rank: number }> = [];
  let previous: { value: number; tier: Tier; rank: number } | null = null;
  sorted.forEach((item, i) => {
    const position = i + 1;
    let tier: Tier = item.value <= 0 ? 'C' : position <= aCut ? 'A' : position <= bCut ? 'B' : 'C';
    let rank = position;
    if (previous && previous.value === item.value) {
      tier = previous.tier;
      rank = previous.rank;
    }
    out.push({ ...item, tier, rank });
    previous = { value: item.value, tier, rank };
  });
  return out;
}
