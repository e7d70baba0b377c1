import { writePrivateFile } from '../../db/privateFiles';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, renderTable, type Column, type ExportFormat } from '../../export/table';
import { listCheckins, type CheckinExportRow } from '../../checkins/checkins';
import { requireEvent } from '../../events/events';
import { listBadges, type BadgeListRow } from '../../roster/store';
import { parseFilterText, visitorFilterSchema } from '../../../core/stats/filters';
import { TAXONOMY_LOCALES, type TaxonomyLocale } from '../../../core/taxonomy/labels';
import { exportVisitors } from '../../export/visitors';
import { UsageError, type CliCommand, type CliContext } from '../context';
import { englishIssues } from '../../../core/api/problems';

interface ExportOptions {
  filter: string | undefined;
  lang: string | undefined;
}

/** The classified visitor database, one row per person, filtered by any classification (--filter industry=…,province=…). */
async function visitorsExport(ctx: CliContext, eventId: string, format: ExportFormat, opts: ExportOptions): Promise<Buffer> {
  let raw: Record<string, string>;
  try {
    raw = parseFilterText(opts.filter ?? '');
  } catch (error) {
    throw new UsageError(`--filter: ${(error as Error).message}`);
  }
  const filter = visitorFilterSchema.strict().safeParse(raw);
  if (!filter.success) throw new UsageError(`--filter: ${englishIssues(filter.error.issues)}`);
  const lang = (opts.lang ?? 'zh-CN') as TaxonomyLocale;
  if (!TAXONOMY_LOCALES.includes(lang)) throw new UsageError(`--lang must be one of ${TAXONOMY_LOCALES.join(', ')}`);
  return exportVisitors(ctx.db, eventId, filter.data, format, lang);
}

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
  { header: 'code_as_scanned', value: (r) => r.codeVerbatim },
  { header: 'undone_at', value: (r) => r.undoneAt },
];

const WHAT: Record<string, (ctx: CliContext, eventId: string, format: ExportFormat, opts: ExportOptions) => Promise<Buffer>> = {
  badges: async (ctx, eventId, format) => renderTable(format, BADGE_COLUMNS, await listBadges(ctx.db, eventId), 'badges'),
  checkins: async (ctx, eventId, format) => {
    const rows = await listCheckins(ctx.db, eventId);
    // JSON keeps flags as a list, as programs want them.
    if (format === 'json') return Buffer.from(JSON.stringify(rows, null, 2) + '\n');
    return renderTable(format, CHECKIN_COLUMNS, rows, 'checkins');
  },
  visitors: visitorsExport,
};

export const exportCommand: CliCommand = {
  summary: 'export badges, check-ins or the classified visitor database as CSV (Excel-ready), XLSX or JSON',
  usage: `export --what ${Object.keys(WHAT).join('|')} --format ${EXPORT_FORMATS.join('|')} [--filter KEY=VALUE,…] [--lang zh-CN|zh-TW|en] [--out FILE]`,
  needsDb: true,
  async run(ctx, args) {
    const { values } = parseArgs({ args, options: {
        what: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' },
        filter: { type: 'string' },
        lang: { type: 'string' },
      },
    });
    const produce = values.what ? WHAT[values.what] : undefined;
    if (!produce) throw new UsageError(`--what must be one of ${Object.keys(WHAT).join(', ')}`);
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    if (format === 'xlsx' && !values.out) throw new UsageError('XLSX is binary: give --out FILE.xlsx');
    const event = await requireEvent(ctx.db);
    if ((values.filter !== undefined || values.lang !== undefined) && values.what !== 'visitors') throw new UsageError('--filter and --lang apply to --what visitors');
    const data = await produce(ctx, event.id, format, { filter: values.filter, lang: values.lang });
    if (values.out) {
      const file = path.resolve(ctx.cwd, values.out);
      await writePrivateFile(file, data);
      ctx.err(`wrote ${file}`);
    } else {
      ctx.out(data.toString('utf8').replace(/\r?\n$/, ''));
    }
    return 0;
  },
};
