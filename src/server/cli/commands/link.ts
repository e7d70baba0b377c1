import { parseArgs } from 'node:util';
import { isUuid } from '../../../core/ids';
import { linkPending, type LinkSummary } from '../../customers/link';
import { UsageError, type CliCommand } from '../context';

const describe = (s: LinkSummary) =>
  `${s.kind === 'contact' ? 'visitor records' : 'exhibitors'} of ${s.eventId}: ${s.records} — ${s.linked} linked to earlier customers (${Object.entries(s.byReason)
    .filter(([r]) => r !== 'new')
    .map(([r, n]) => `${n} by ${r.replace('_', ' and ')}`)
    .join(', ') || 'none'}), ${s.newCustomers} new, ${s.reviews} offered for review (${(s.ms / 1000).toFixed(1)} s)`;

/** Links records waiting for it (walk-ins since the last run, or after a change of rules) to contacts and companies. */
export const linkCommand: CliCommand = {
  summary: 'link new visitor records and exhibitors to the contacts and companies of other editions (imports do it themselves)',
  usage: 'link [--event ID] [--json]',
  needsDb: true,
  async run(ctx, args) {
    const { values } = parseArgs({ args, options: { event: { type: 'string' }, json: { type: 'boolean', default: false } } });
    if (values.event && !isUuid(values.event)) throw new UsageError(`"${values.event}" is not an edition id (events list shows them)`);
    const summaries = await linkPending(ctx.db, { ...(values.event ? { eventId: values.event } : {}), onProgress: (s) => !values.json && ctx.err(describe(s)) });
    if (values.json) ctx.out(JSON.stringify(summaries));
    else if (!summaries.length) ctx.out('Nothing waiting to be linked.');
    else ctx.out(`Linked ${summaries.reduce((n, s) => n + s.records, 0)} record(s).`);
    return 0;
  },
};
