import { requireEvent } from '../../events/events';
import { createExhibitor, listExhibitors } from '../../leads/exhibitors';
import { UsageError, type CliCommand } from '../context';

export const exhibitorsCommand: CliCommand = {
  summary: 'list exhibitors, or add one (booth devices are paired to an exhibitor)',
  usage: 'exhibitors [add NAME] [--json]',
  needsDb: true,
  async run(ctx, args) {
    const json = args.includes('--json');
    const rest = args.filter((a) => a !== '--json');
    const event = await requireEvent(ctx.db);
    if (rest[0] === 'add') {
      const name = rest.slice(1).join(' ');
      if (!name) throw new UsageError('give the exhibitor name: exhibitors add "ACME Ltd."');
      const exhibitor = await createExhibitor(ctx.db, event.id, name);
      ctx.out(json ? JSON.stringify(exhibitor) : `${exhibitor.id}  ${exhibitor.name}`);
      return 0;
    }
    if (rest.length) throw new UsageError(`unknown argument ${rest[0]}`);
    const list = await listExhibitors(ctx.db, event.id);
    if (json) ctx.out(JSON.stringify(list));
    else for (const x of list) ctx.out(`${x.id}  ${x.name}`);
    return 0;
  },
};
