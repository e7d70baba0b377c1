import { parseArgs } from 'node:util';
import { computeReport } from '../../stats/report';
import type { CliCommand } from '../context';

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

/** The post-show report's figures: the same function the console's report page and XLSX use. */
export const statsCommand: CliCommand = {
  summary: "the show's figures as the post-show report gives them (--json: the report's data)",
  usage: 'stats [--json]',
  needsDb: true,
  async run(ctx, args) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } } });
    const report = await computeReport(ctx.db);
    if (values.json) {
      ctx.out(JSON.stringify(report, null, 2));
      return 0;
    }
    const v = report.visitors;
    ctx.out(
      [
        `${report.event.name} (${report.event.startsOn ?? '?'} – ${report.event.endsOn ?? '?'}, ${report.event.venue || 'venue not set'}; days in ${report.timeZone})`,
        `Unique visitors ${v.uniqueVisitors}, visits ${v.visits}, trade share ${pct(v.tradeShare)}`,
        `Mainland ${v.byScope.mainland}, Hong Kong ${v.byScope.hk}, Macao ${v.byScope.mo}, Taiwan ${v.byScope.tw}, international ${v.byScope.international}, unknown ${v.byScope.unknown}`,
        `Not counted as visitors: press ${v.nonVisitors.press}, exhibitor staff ${v.nonVisitors.exhibitor_staff}, organizer/service staff ${v.nonVisitors.organizer_staff}`,
        `Admitted entries ${v.admittedEntries}, flagged scans ${v.flaggedScans}`,
        ...report.byDay.map((d) => `  ${d.day}: ${d.uniqueVisitors} visitors`),
        report.leads ? `Leads ${report.leads.total}: hot ${report.leads.intent.hot}, warm ${report.leads.intent.warm}, cold ${report.leads.intent.cold}` : 'Leads: not available',
        report.unclassified ? `${report.unclassified} record(s) not classified yet: run "reclassify"` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    return 0;
  },
};
