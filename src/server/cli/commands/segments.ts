import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isUuid } from '../../../core/ids';
import { linkPending } from '../../customers/link';
import { computeTiers, saveTierRule, tierCounts, tierRule, TierRuleError, type TierCounts } from '../../customers/tiers';
import { requireEvent } from '../../events/events';
import { UsageError, type CliCommand } from '../context';

const json = (c: TierCounts | null) => (c ? { A: c.A, B: c.B, C: c.C, ruleVersion: c.ruleVersion } : { A: 0, B: 0, C: 0, ruleVersion: null });

/** ABC tiers of an edition on both sides; the rules shown or replaced by a new version. */
export const segmentsCommand: CliCommand = {
  summary: 'ABC tiers of the edition: counts per tier for visitors (buyers) and exhibitors; `segments rule [FILE.json]` shows or saves a rule',
  usage: 'segments [--json] [--event ID] [--recompute] | segments rule [contact|company] [FILE.json]',
  needsDb: true,
  async run(ctx, args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, event: { type: 'string' }, recompute: { type: 'boolean', default: false } } });
    if (positionals[0] === 'rule') {
      const [, kind, file] = positionals;
      if (kind !== 'contact' && kind !== 'company') throw new UsageError('give the rule’s kind: contact or company');
      if (file) {
        let rule: unknown;
        try {
          rule = JSON.parse(await readFile(path.resolve(ctx.cwd, file), 'utf8'));
        } catch (error) {
          throw new UsageError(`${file}: ${(error as Error).message}`);
        }
        try {
          const version = await saveTierRule(ctx.db, rule, 'cli');
          ctx.out(`Saved the ${kind} rule as version ${version}; run "segments --recompute" to tier the edition under it.`);
          return 0;
        } catch (error) {
          if (error instanceof TierRuleError) {
            ctx.err(error.message);
            return 1;
          }
          throw error;
        }
      }
      const stored = kind === 'contact' ? await tierRule(ctx.db, 'contact') : await tierRule(ctx.db, 'company');
      ctx.out(JSON.stringify(stored, null, values.json ? undefined : 2));
      return 0;
    }
    if (positionals.length) throw new UsageError(`unknown argument ${positionals[0]}`);
    if (values.event && !isUuid(values.event)) throw new UsageError(`"${values.event}" is not an edition id`);
    const eventId = values.event ?? (await requireEvent(ctx.db)).id;
    await linkPending(ctx.db);
    let counts = await tierCounts(ctx.db, eventId);
    if (values.recompute || (!counts.contacts && !counts.companies)) counts = await computeTiers(ctx.db, eventId);
    if (values.json) ctx.out(JSON.stringify({ event: eventId, visitors: json(counts.contacts), exhibitors: json(counts.companies) }));
    else {
      const line = (label: string, c: TierCounts | null) => `${label}: A ${c?.A ?? 0}, B ${c?.B ?? 0}, C ${c?.C ?? 0} (rule version ${c?.ruleVersion ?? '–'})`;
      ctx.out(line('Visitors (buyers)', counts.contacts));
      ctx.out(line('Exhibitors', counts.companies));
    }
    return 0;
  },
};
