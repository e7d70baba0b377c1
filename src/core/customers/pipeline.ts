/**
 * The development pipeline of a customer (新客户开发的6个发展阶段), then what becomes of them:
 * collect information, first contact, build goodwill, establish the relationship, negotiate,
 * sign; then retained, at risk, lost, won back. Each move is timestamped; the figures below are
 * read from the moves: customers per stage, time spent in each stage, and conversion from one
 * development stage to the next per source of the prospect.
 */
export const DEVELOPMENT_STAGES = ['collect', 'first_contact', 'goodwill', 'relationship', 'negotiate', 'signed'] as const;
export const LIFECYCLE_STAGES = ['retained', 'at_risk', 'lost', 'won_back'] as const;
export const STAGES = [...DEVELOPMENT_STAGES, ...LIFECYCLE_STAGES] as const;
export type Stage = (typeof STAGES)[number];

/** Where prospects come from (新客户的来源). */
export const SOURCES = ['industry_directory', 'associations', 'government', 'trade_press', 'other_shows', 'missions_abroad', 'internet', 'referral'] as const;
export type Source = (typeof SOURCES)[number];

/** Why a customer was lost (客户流失的原因). */
export const LOST_REASONS = ['positioning', 'quality', 'market', 'service', 'own', 'social'] as const;
export type LostReason = (typeof LOST_REASONS)[number];

export const NOTE_KINDS = ['note', 'visit', 'call', 'email', 'letter'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

export interface StageMove {
  customer: string;
  to: Stage;
  at: string;
}

export interface StageTime {
  stage: Stage;
  /** Stays in the stage that have ended (the customer moved on). */
  completed: number;
  /** Mean and median days of the completed stays; null without any. */
  meanDays: number | null;
  medianDays: number | null;
  /** Customers in the stage now, and the mean days they have been there. */
  current: number;
  currentMeanDays: number | null;
}

const DAY_MS = 86_400_000;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Time spent per stage from the moves (any order; each customer's are sorted by time). */
export function timePerStage(moves: readonly StageMove[], now: Date): StageTime[] {
  const byCustomer = new Map<string, StageMove[]>();
  for (const m of moves) byCustomer.set(m.customer, [...(byCustomer.get(m.customer) ?? []), m]);
  const completed = new Map<Stage, number[]>();
  const current = new Map<Stage, number[]>();
  for (const list of byCustomer.values()) {
    list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    list.forEach((m, i) => {
      const next = list[i + 1];
      const days = ((next ? Date.parse(next.at) : now.getTime()) - Date.parse(m.at)) / DAY_MS;
      const into = next ? completed : current;
      into.set(m.to, [...(into.get(m.to) ?? []), days]);
    });
  }
  const mean = (xs: number[]) => (xs.length ? round1(xs.reduce((s, x) => s + x, 0) / xs.length) : null);
  const median = (xs: number[]) => {
    if (!xs.length) return null;
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return round1(s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2);
  };
  return STAGES.map((stage) => {
    const done = completed.get(stage) ?? [];
    const now_ = current.get(stage) ?? [];
    return { stage, completed: done.length, meanDays: mean(done), medianDays: median(done), current: now_.length, currentMeanDays: mean(now_) };
  });
}

export interface Conversion {
  source: string;
  from: Stage;
  to: Stage;
  reached: number;
  converted: number;
  ratePct: number | null;
}

/**
 * Conversion from each development stage to the next, per source: of the customers who ever
 * reached a stage, how many reached a later development stage. Customers without a source are
 * under ''. Reaching a later stage counts as passing the ones skipped.
 */
export function stageConversion(moves: readonly StageMove[], sourceOf: (customer: string) => string): Conversion[] {
  const furthest = new Map<string, number>();
  for (const m of moves) {
    const i = (DEVELOPMENT_STAGES as readonly string[]).indexOf(m.to);
    if (i >= 0) furthest.set(m.customer, Math.max(furthest.get(m.customer) ?? -1, i));
  }
  const bySource = new Map<string, number[]>();
  for (const [customer, i] of furthest) bySource.set(sourceOf(customer), [...(bySource.get(sourceOf(customer)) ?? []), i]);
  const out: Conversion[] = [];
  for (const [source, reachedIdx] of [...bySource].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (let k = 0; k < DEVELOPMENT_STAGES.length - 1; k++) {
      const reached = reachedIdx.filter((i) => i >= k).length;
      const converted = reachedIdx.filter((i) => i >= k + 1).length;
      out.push({
        source,
        from: DEVELOPMENT_STAGES[k] as Stage,
        to: DEVELOPMENT_STAGES[k + 1] as Stage,
        reached,
        converted,
        ratePct: reached ? Math.round((converted * 1000) / reached) / 10 : null,
      });
    }
  }
  return out;
}
