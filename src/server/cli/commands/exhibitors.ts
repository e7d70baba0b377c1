import { parseArgs } from 'node:util';
import { isCountryCode } from '../../../core/taxonomy/countries';
import { requireEvent } from '../../events/events';
import { createExhibitor } from '../../leads/exhibitors';
import { exhibitorProfiles } from '../../stats/settings';
import { UsageError, type CliCommand } from '../context';

export const exhibitorsCommand: CliCommand = {
  summary: 'list exhibitors with their home country, or add one (booth devices are paired to an exhibitor; the report counts exhibitors by country)',
  usage: 'exhibitors [add NAME [--country CN]] [--json]',
  needsDb: true,
  async run(ctx, args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, country: { type: 'string' } } });
    const event = await requireEvent(ctx.db);
    if (positionals[0] === 'add') {
      const name = positionals.slice(1).join(' ');
      if (!name) throw new UsageError('give the exhibitor name: exhibitors add "ACME Ltd." --country CN');
      const country = (values.country ?? '').trim().toUpperCase();
      if (country && !isCountryCode(country)) throw new UsageError(`--country is a two-letter ISO 3166 code such as CN, HK, DE (not ${values.country})`);
      const exhibitor = await createExhibitor(ctx.db, event.id, name, country);
      if (!country) ctx.err('no --country given: the report counts this exhibitor as neither domestic nor international until its country is set (console → Report → exhibitors)');
      ctx.out(values.json ? JSON.stringify({ ...exhibitor, country }) : `${exhibitor.id}  ${exhibitor.name}${country ? `  ${country}` : ''}`);
      return 0;
    }
    if (values.country) throw new UsageError('--country goes with add: exhibitors add NAME --country CN');
    if (positionals.length) throw new UsageError(`unknown argument ${positionals[0]}`);
    const list = (await exhibitorProfiles(ctx.db, event.id)).map(({ id, name, country }) => ({ id, name, country }));
    if (values.json) ctx.out(JSON.stringify(list));
    else for (const x of list) ctx.out(`${x.id}  ${x.name}  ${x.country || 'country not set'}`);
    return 0;
  },
};
