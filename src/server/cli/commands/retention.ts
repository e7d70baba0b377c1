import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RETENTION_GROUPS } from '../../../core/customers/retention';
import { isUuid } from '../../../core/ids';
import { exportRetentionList } from '../../customers/exports';
import { linkPending } from '../../customers/link';
import { retentionFigures, retentionJson, retentionTrend, SIDES, type Side, type SideFigures } from '../../customers/retention';
import { EditionError } from '../../editions/editions';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/table';
import { requireEvent } from '../../events/events';
import { UsageError, type CliCommand } from '../context';

const pct = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)}%`);
const describe = (label: string, s: SideFigures) =>
  `${label}: ${s.customers} customers (previous edition ${s.previousCustomers}); returning ${s.returning}, new ${s.new}, reactivated ${s.reactivated}, lost ${s.lost}; ` +
  `retention ${pct(s.retentionRatePct)}, churn ${pct(s.churnRatePct)}, win-back ${pct(s.winBackPct)}`;

/** Retention of the current (or given) edition against the previous one; the list behind any number; the trend. */
export const retentionCommand: CliCommand = {
  summary: 'customers kept, new, reactivated and lost against the previous edition, churn and retention rates; --list GROUP exports the customers behind a number',
  usage: 'retention [--json] [--event ID] [--trend] [--list customers|previousCustomers|returning|new|reactivated|lost|lostBefore --side visitors|exhibitors --format csv|xlsx|json --out FILE]',
  needsDb: true,
  async run(ctx, args) {
    const { values } = parseArgs({
      args,
      options: {
        json: { type: 'boolean', default: false },
        event: { type: 'string' },
        trend: { type: 'boolean', default: false },
        list: { type: 'string' },
        side: { type: 'string', default: 'visitors' },
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' },
        lang: { type: 'string', default: 'zh-CN' },
      },
    });
    if (values.event && !isUuid(values.event)) throw new UsageError(`"${values.event}" is not an edition id (events list shows them)`);
    const eventId = values.event ?? (await requireEvent(ctx.db)).id;
    // Walk-ins registered since the last link run count as soon as they are linked.
    await linkPending(ctx.db);
    try {
      if (values.list) {
        const groups: readonly string[] = [...RETENTION_GROUPS, 'lostBefore'];
        if (!groups.includes(values.list)) throw new UsageError(`--list must be one of ${groups.join(', ')}`);
        if (!(SIDES as readonly string[]).includes(values.side)) throw new UsageError('--side must be visitors or exhibitors');
        if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
        const body = await exportRetentionList(ctx.db, eventId, values.side as Side, values.list as (typeof RETENTION_GROUPS)[number], values.format as ExportFormat, values.lang === 'en' ? 'en' : 'zh-CN');
        if (values.out) {
          const file = path.resolve(ctx.cwd, values.out);
          await writeFile(file, body);
          ctx.err(`wrote ${file}`);
        } else ctx.out(body.toString(values.format === 'xlsx' ? 'base64' : 'utf8').replace(/\n$/, ''));
        return 0;
      }
      if (values.trend) {
        const trend = { visitors: await retentionTrend(ctx.db, eventId, 'visitors'), exhibitors: await retentionTrend(ctx.db, eventId, 'exhibitors') };
        if (values.json) ctx.out(JSON.stringify(trend));
        else for (const side of SIDES) for (const p of trend[side]) ctx.out(describe(`${side} #${p.edition} ${p.name}`, p));
        return 0;
      }
      const figures = await retentionFigures(ctx.db, eventId);
      if (values.json) ctx.out(JSON.stringify(retentionJson(figures)));
      else {
        ctx.out(describe('Visitors', figures.visitors));
        ctx.out(`${describe('Exhibitors', figures.exhibitors)}; renewal ${pct(figures.exhibitors.renewalRatePct)}`);
        const a = figures.countedApart;
        ctx.out(`Counted apart (not visitor customers): press ${a.press}, staff ${a.staff} (previous edition: press ${a.previousPress}, staff ${a.previousStaff})`);
        if (!figures.previous) ctx.err('This is the first edition of its show: there is nothing to compare with.');
      }
      return 0;
    } catch (error) {
      if (error instanceof EditionError) {
        ctx.err(error.message);
        return 1;
      }
      throw error;
    }
  },
};
