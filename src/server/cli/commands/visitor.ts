import { writePrivateFile } from '../../db/privateFiles';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isUuid } from '../../../core/ids';
import { requireEvent } from '../../events/events';
import { eraseVisitor, exportVisitorData } from '../../visitors/privacy';
import { UsageError, type CliCommand } from '../context';

/** A visitor's request about their data: everything held about them as JSON, or erasure. */
export const visitorCommand: CliCommand = {
  summary: "a visitor's data on request: export it all as JSON, or erase it (devices follow at their next sync)",
  usage: 'visitor export ID [--out FILE] | visitor erase ID --yes [--json]',
  needsDb: true,
  async run(ctx, args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, yes: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    });
    const [action, id] = positionals;
    if (positionals.length !== 2 || (action !== 'export' && action !== 'erase')) throw new UsageError('give export or erase and one visitor id');
    if (!id || !isUuid(id)) throw new UsageError(`"${id ?? ''}" is not a visitor id (the id shown in the console or in the badges export)`);
    // A record of any edition: the visitor is looked for in the edition the record belongs to.
    const { rows: owner } = await ctx.db.query<{ event_id: string }>('SELECT event_id FROM attendees WHERE id = $1', [id]);
    const event = owner[0] ? { id: owner[0].event_id } : await requireEvent(ctx.db);

    if (action === 'export') {
      const data = await exportVisitorData(ctx.db, event.id, id);
      if (!data) {
        ctx.err(`no visitor ${id} in this event`);
        return 1;
      }
      const text = `${JSON.stringify(data, null, 2)}\n`;
      if (values.out) {
        const file = path.resolve(ctx.cwd, values.out);
        await writePrivateFile(file, text);
        ctx.err(`wrote ${file}`);
      } else ctx.out(text.trimEnd());
      return 0;
    }

    if (!values.yes) throw new UsageError('erasure cannot be undone: add --yes (export the data first if the visitor asked for a copy)');
    const summary = await eraseVisitor(ctx.db, event.id, id, 'cli');
    if (!summary) {
      ctx.err(`no visitor ${id} in this event`);
      return 1;
    }
    if (values.json) ctx.out(JSON.stringify(summary));
    else {
      const parts = Object.entries(summary.counts).map(([k, n]) => `${n} ${k}`);
      ctx.out(`erased visitor ${summary.personId} (${summary.attendeeIds.length} record(s)): ${parts.join(', ')}; devices drop it at their next sync`);
    }
    return 0;
  },
};
