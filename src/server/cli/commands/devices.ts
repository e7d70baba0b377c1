import { isUuid } from '../../../core/ids';
import { listDevices, revokeDevice } from '../../devices/devices';
import { requireEvent } from '../../events/events';
import { eventTimeZone } from '../../stats/settings';
import { eventTime } from '../eventTime';
import { UsageError, type CliCommand } from '../context';

export const devicesCommand: CliCommand = {
  summary: 'list paired devices (last seen, unsynced records), or revoke one',
  usage: 'devices [revoke DEVICE_ID] [--json]',
  needsDb: true,
  async run(ctx, args) {
    const json = args.includes('--json');
    const rest = args.filter((a) => a !== '--json');
    const event = await requireEvent(ctx.db);
    if (rest[0] === 'revoke') {
      if (!rest[1] || !isUuid(rest[1])) throw new UsageError('give the device id (as listed by `devices`): devices revoke DEVICE_ID');
      if (!(await revokeDevice(ctx.db, event.id, rest[1]))) {
        ctx.err('no such active device');
        return 1;
      }
      ctx.out(`revoked ${rest[1]}: its next request is refused and badges it signed are flagged`);
      return 0;
    }
    if (rest.length) throw new UsageError(`unknown argument ${rest[0]}`);
    const list = await listDevices(ctx.db, event.id);
    const timeZone = await eventTimeZone(ctx.db, event.id);
    if (json) ctx.out(JSON.stringify(list));
    else
      for (const d of list)
        ctx.out(`${d.id}  ${d.role.padEnd(5)}  ${d.name}  last seen ${d.lastSeenAt ? eventTime(d.lastSeenAt, timeZone) : 'never'}  unsynced ${queueFigure(d.unsynced, d.unsyncedReportedAt, Date.now())}${d.revokedAt ? '  REVOKED' : ''}`);
    return 0;
  },
};

/** The device's own queue figure and how old it is: "0 (reported 3 min ago)"; "?" when it never reported. */
export function queueFigure(unsynced: number | null, reportedAt: string | null, now: number): string {
  if (unsynced === null) return '?';
  if (!reportedAt) return `${unsynced} (when last sending, age unknown)`;
  const minutes = Math.max(0, Math.round((now - Date.parse(reportedAt)) / 60_000));
  const age = minutes < 1 ? 'just now' : minutes < 120 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`;
  return `${unsynced} (reported ${age})`;
}
