/** `events`: the show's editions — add the next one, list them, choose the current one, correct one. */
import { parseArgs } from 'node:util';
import { isoDateSchema } from '../../../core/schema/common';
import type { Edition } from '../../../core/editions/schema';
import { addEdition, EditionError, listEditions, updateEdition, useEdition } from '../../editions/editions';
import { UsageError, type CliCommand } from '../context';

function dateArg(value: string | undefined, flag: string, required: boolean): string | undefined {
  if (value === undefined) {
    if (required) throw new UsageError(`give ${flag} YYYY-MM-DD`);
    return undefined;
  }
  if (!isoDateSchema.safeParse(value).success) throw new UsageError(`${flag} must be a date as YYYY-MM-DD, not "${value}"`);
  return value;
}

function numberArg(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1) throw new UsageError(`--edition must be a whole number from 1, not "${value}"`);
  return Number(value);
}

const line = (e: Edition) =>
  `${e.current ? '*' : ' '} ${e.id}  ${e.show} #${e.edition}  ${e.name}  ${e.startsOn ?? '?'} – ${e.endsOn ?? '?'}`;

export const eventsCommand: CliCommand = {
  summary: "the show's editions: add the next one (copying the previous one's setup), list them, make one current",
  usage: 'events add NAME --starts YYYY-MM-DD --ends YYYY-MM-DD [--show NAME] [--edition N] [--copy-from ID | --no-copy] [--json] | events list [--json] | events use ID | events set ID [--name N] [--show N] [--edition N] [--starts D] [--ends D]',
  needsDb: true,
  async run(ctx, args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        starts: { type: 'string' },
        ends: { type: 'string' },
        show: { type: 'string' },
        edition: { type: 'string' },
        name: { type: 'string' },
        'copy-from': { type: 'string' },
        'no-copy': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    const [action, ...rest] = positionals;
    try {
      switch (action ?? 'list') {
        case 'list': {
          const list = await listEditions(ctx.db);
          if (values.json) ctx.out(JSON.stringify(list));
          else for (const e of list) ctx.out(line(e));
          return 0;
        }
        case 'add': {
          const name = rest.join(' ');
          if (!name) throw new UsageError('give the edition name: events add "CIFF 2026" --starts 2026-03-18 --ends 2026-03-21');
          if (values['no-copy'] && values['copy-from']) throw new UsageError('give --copy-from ID or --no-copy, not both');
          const result = await addEdition(
            ctx.db,
            {
              name,
              startsOn: dateArg(values.starts, '--starts', true) as string,
              endsOn: dateArg(values.ends, '--ends', true) as string,
              show: values.show,
              edition: numberArg(values.edition),
              copyFrom: values['no-copy'] ? null : (values['copy-from'] ?? 'previous'),
            },
            'cli',
          );
          if (values.json) ctx.out(JSON.stringify({ ...result.edition, copiedFrom: result.copied.from, copied: result.copied.what }));
          else {
            ctx.out(line(result.edition));
            ctx.err(result.copied.from ? `Copied from ${result.copied.from}: ${result.copied.what.join(', ') || 'nothing was set up there'}.` : 'Nothing copied.');
            if (!result.edition.current) ctx.err(`It is not the current edition yet: npx showfloor events use ${result.edition.id}`);
          }
          return 0;
        }
        case 'use': {
          if (rest.length !== 1) throw new UsageError('give the id of the edition to make current (events list shows them)');
          const edition = await useEdition(ctx.db, rest[0] as string);
          if (values.json) ctx.out(JSON.stringify(edition));
          else ctx.out(`Current edition: ${line(edition).trim()}\nThe console and the CLI now work on it; new pairing codes pair devices to it.`);
          return 0;
        }
        case 'set': {
          if (rest.length !== 1) throw new UsageError('give the id of the edition to change');
          const edition = await updateEdition(ctx.db, rest[0] as string, {
            name: values.name,
            show: values.show,
            edition: numberArg(values.edition),
            startsOn: dateArg(values.starts, '--starts', false),
            endsOn: dateArg(values.ends, '--ends', false),
          });
          ctx.out(values.json ? JSON.stringify(edition) : line(edition));
          return 0;
        }
        default:
          throw new UsageError(`unknown action "${action}": add, list, use or set`);
      }
    } catch (error) {
      if (error instanceof EditionError) {
        ctx.err(error.message);
        return 1;
      }
      throw error;
    }
  },
};
