/**
 * The development pipeline's figures (core/customers/pipeline.ts): how many customers are in each
 * stage, how long they stay in each, and how many move on from one development stage to the next
 * per source of the prospect. Read from the stage moves, each timestamped.
 */
import type { CustomerKind } from '../../core/customers/matching';
import { STAGES, stageConversion, timePerStage, type Conversion, type Stage, type StageMove, type StageTime } from '../../core/customers/pipeline';
import type { Queryable } from '../db/types';

export type StageCounts = Record<Stage, number>;

const zero = (): StageCounts => Object.fromEntries(STAGES.map((s) => [s, 0])) as StageCounts;

/** Customers in each stage now, per kind (what `pipeline --json` prints). */
export async function pipelineCounts(db: Queryable): Promise<{ contacts: StageCounts; companies: StageCounts; total: StageCounts }> {
  const { rows } = await db.query<{ kind: CustomerKind; stage: Stage; n: number }>(
    `SELECT kind, stage, count(*)::int AS n FROM customers WHERE stage IS NOT NULL AND merged_into IS NULL AND erased_at IS NULL GROUP BY kind, stage`,
  );
  const out = { contacts: zero(), companies: zero(), total: zero() };
  for (const r of rows) {
    if (!(r.stage in out.total)) continue;
    out[r.kind === 'contact' ? 'contacts' : 'companies'][r.stage] += r.n;
    out.total[r.stage] += r.n;
  }
  return out;
}

export interface PipelineFigures {
  counts: StageCounts;
  timePerStage: StageTime[];
  conversion: Conversion[];
}

/** Counts, time per stage and conversion per source, for one kind of customer or both. */
export async function pipelineFigures(db: Queryable, opts: { kind?: CustomerKind; now?: Date } = {}): Promise<PipelineFigures> {
  const { rows } = await db.query<{ customer: string; to: Stage; at: Date; source: string }>(
    `SELECT m.customer_id AS customer, m.to_stage AS "to", m.at, c.source
       FROM customer_stage_moves m JOIN customers c ON c.id = m.customer_id
      WHERE c.merged_into IS NULL AND c.erased_at IS NULL AND ($1::text IS NULL OR c.kind = $1)
      ORDER BY m.customer_id, m.at, m.id`,
    [opts.kind ?? null],
  );
  const moves: StageMove[] = rows.map((r) => ({ customer: r.customer, to: r.to, at: new Date(r.at).toISOString() }));
  const source = new Map(rows.map((r) => [r.customer, r.source]));
  const counts = zero();
  const last = new Map<string, Stage>();
  for (const m of moves) last.set(m.customer, m.to);
  for (const s of last.values()) counts[s]++;
  return { counts, timePerStage: timePerStage(moves, opts.now ?? new Date()), conversion: stageConversion(moves, (c) => source.get(c) ?? '') };
}
