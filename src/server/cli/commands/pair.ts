import { parseArgs } from 'node:util';
import { roleSchema } from '../../../core/schema/common';
import { requireEvent } from '../../events/events';
import { createPairingCode, pairingUrl } from '../../devices/pairing';
import { eventTimeZone } from '../../stats/settings';
import { eventTime } from '../eventTime';
import { UsageError, type CliCommand } from '../context';

export const pairCommand: CliCommand = {
  summary: 'create a one-time code that pairs a tablet or phone',
  usage: 'pair --role desk|booth|kiosk [--exhibitor ID] [--ttl MINUTES] [--json]',
  needsDb: true,
  async run(ctx, args) {
    const { values } = parseArgs({
      args,
      options: { role: { type: 'string' }, exhibitor: { type: 'string' }, ttl: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    const role = roleSchema.safeParse(values.role);
    if (!role.success) throw new UsageError('--role must be desk, booth or kiosk');
    const ttl = values.ttl === undefined ? undefined : Number(values.ttl);
    if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 5 || ttl > 10_080)) throw new UsageError('--ttl is a whole number of minutes between 5 and 10080');
    const event = await requireEvent(ctx.db);
    let code;
    try {
      code = await createPairingCode(ctx.db, { eventId: event.id, role: role.data, exhibitorId: values.exhibitor ?? null, ttlMinutes: ttl });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const url = pairingUrl(ctx.config, code.code, ctx.port);
    if (values.json) {
      ctx.out(JSON.stringify({ code: code.code, url }));
    } else {
      ctx.out(`Pairing code: ${code.code}  (role ${code.role}, valid until ${eventTime(code.expiresAt, await eventTimeZone(ctx.db, event.id))}, single use)`);
      ctx.out(`Pairing URL:  ${url}`);
    }
    return 0;
  },
};
