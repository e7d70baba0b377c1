import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, renderTable, type Column, type ExportFormat } from '../../export/table';
import { listCheckins, type CheckinExportRow } from '../../services/checkins';
import { requireEvent } from '../../services/events';
import { listBadges, type BadgeListRow } from '../../services/roster';
import { UsageError, type CliCommand, type CliContext } from '../context';

const BADGE_COLUMNS: Array<Column<BadgeListRow>> = [
  { header: 'name', value: (r) => r.name },
  { header: 'company', value: (r) => r.company },
  { header: 'category', value: (r) => r.category },
  { header: 'badge_code', value: (r) => r.badge_code },
  { header: 'attendee_id', value: (r) => r.id },
];

const CHECKIN_COLUMNS: Array<Column<CheckinExportRow>> = [
  { header: 'checkin_id', value: (r) => r.id },
  { header: 'captured_at', value: (r) => r.capturedAt },
  { header: 'received_at', value: (r) => r.receivedAt },
  { header: 'device', value: (r) => r.deviceName },
  { header: 'device_id', value: (r) => r.deviceId },
  { header: 'attendee_id', value: (r) => r.attendeeId },
  { header: 'name', value: (r) => r.name },
  { header: 'company', value: (r) => r.company },
  { header: 'category', value: (r) => r.category },
  { header: 'method', value: (r) => r.method },
  { header: 'flags', value: (r) => r.flags.join(' ') },
  { header: 'code', value: (r) => r.code },
];

const WHAT: Record<string, (ctx: CliContext, eventId: string, format: ExportFormat) => Promise<Buffer>> = {
  badges: async (ctx, eventId, format) => renderTable(format, BADGE_COLUMNS, await listBadges(ctx.db, eventId), 'badges'),
  checkins: async (ctx, eventId, format) => {
    const rows = await listCheckins(ctx.db, eventId);
    // JSON keeps flags as a list, as programs want them.
    if (format === 'json') return Buffer.from(JSON.stringify(rows, null, 2) + '\n');
    return renderTable(format, CHECKIN_COLUMNS, rows, 'checkins');
  },
};

export const exportCommand: CliCommand = {
  summary: 'export badges or check-ins as CSV (Excel-ready), XLSX or JSON',
  usage: `export --what ${Object.keys(WHAT).join('|')} --format ${EXPORT_FORMATS.join('|')} [--out FILE]`,
  needsDb: true,
  async run(ctx, args) {
    const { values } = parseArgs({ args, options: { what: { type: 'string' }, format: { type: 'string', default: 'csv' }, out: { type: 'string' } } });
    const produce = values.what ? WHAT[values.what] : undefined;
    if (!produce) throw new UsageError(`--what must be one of ${Object.keys(WHAT).join(', ')}`);
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    if (format === 'xlsx' && !values.out) throw new UsageError('XLSX is binary: give --out FILE.xlsx');
    const event = await requireEvent(ctx.db);
    const data = await produce(ctx, event.id, format);
    if (values.out) {
      const file = path.resolve(ctx.cwd, values.out);
      await writeFile(file, data);
      ctx.err(`wrote ${file}`);
    } else {
      ctx.out(data.toString('utf8').replace(/\r?\n$/, ''));
    }
    return 0;
  },
};
