import { parseArgs } from 'node:util';
import { STAGES } from '../../../core/customers/pipeline';
import { pipelineCounts, pipelineFigures } from '../../customers/pipeline';
import { UsageError, type CliCommand } from '../context';

/** The development pipeline: customers per stage (and with --figures, time per stage and conversion per source). */
export const pipelineCommand: CliCommand = {
  summary: 'customers in each development stage (collect … signed, retained, at risk, lost, won back); --figures adds time per stage and conversion per source',
  usage: 'pipeline [--json] [--figures] [--kind contact|company]',
  needsDb: true,
  async run(ctx, args) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false }, figures: { type: 'boolean', default: false }, kind: { type: 'string' } } });
    if (values.kind !== undefined && values.kind !== 'contact' && values.kind !== 'company') throw new UsageError('--kind must be contact or company');
    if (values.figures) {
      const figures = await pipelineFigures(ctx.db, values.kind ? { kind: values.kind } : {});
      if (values.json) ctx.out(JSON.stringify(figures));
      else {
        for (const t of figures.timePerStage) ctx.out(`${t.stage.padEnd(14)} now ${t.current}, left it ${t.completed} (mean ${t.meanDays ?? '–'} d, median ${t.medianDays ?? '–'} d)`);
        for (const c of figures.conversion) ctx.out(`${c.source || '(no source)'}: ${c.from} → ${c.to} ${c.converted}/${c.reached} (${c.ratePct ?? '–'}%)`);
      }
      return 0;
    }
    const counts = await pipelineCounts(ctx.db);
    if (values.json) ctx.out(JSON.stringify(counts));
    else for (const s of STAGES) ctx.out(`${s.padEnd(14)} ${counts.total[s]} (contacts ${counts.contacts[s]}, companies ${counts.companies[s]})`);
    return 0;
  },
};
