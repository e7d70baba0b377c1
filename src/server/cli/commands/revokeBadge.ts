import { requireEvent } from '../../events/events';
import { revokeBadge } from '../../checkins/badges';
import { UsageError, type CliCommand } from '../context';

export const revokeBadgeCommand: CliCommand = {
  summary: 'cancel a visitor badge (lost or stolen): devices flag it "revoked" after their next sync',
  usage: 'revoke-badge ATTENDEE_ID|BADGE_CODE',
  needsDb: true,
  async run(ctx, args) {
    if (args.length !== 1 || !args[0]) throw new UsageError('give one attendee id or badge code');
    const event = await requireEvent(ctx.db);
    const revoked = await revokeBadge(ctx.db, event.id, args[0]);
    if (!revoked) {
      ctx.err(`no visitor with that id or badge code in this event`);
      return 1;
    }
    ctx.out(`revoked the badge of ${revoked.name} (${revoked.id})`);
    return 0;
  },
};
