import { parseArgs } from 'node:util';
import { requireEvent } from '../../events/events';
import { classifyAllStale, markAllStale } from '../../visitors/classify';
import type { CliCommand } from '../context';

/** Classifies every visitor record again with the event's current taxonomies; corrections are kept. */
export const reclassifyCommand: CliCommand = {
  summary: 'classify every visitor again (after the taxonomies changed); corrections are kept',
  usage: 'reclassify [--pending] [--json]',
  needsDb: true,
  async run(ctx, args) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false }, pending: { type: 'boolean', default: false } } });
    const event = await requireEvent(ctx.db);
    const total = values.pending ? null : await markAllStale(ctx.db, event.id);
    const started = Date.now();
    // Steps are short (a few hundred records): a bar, not a line per step.
    const result = await classifyAllStale(ctx.db, event.id, (p) => {
      if (!values.json) ctx.progress?.('Classifying visitors', p.done, p.done + p.remaining);
    });
    const seconds = (Date.now() - started) / 1000;
    if (values.json) ctx.out(JSON.stringify({ classified: result.done, remaining: result.remaining, seconds }));
    else ctx.out(`Classified ${result.done}${total !== null ? ` of ${total}` : ''} visitor record(s) in ${seconds.toFixed(1)} s.${result.remaining ? ` ${result.remaining} left (being classified elsewhere).` : ''}`);
    return result.remaining ? 2 : 0;
  },
};
