/**
 * The post-show report's figures: one function behind the console's printable page, its XLSX
 * download and `cli stats --json`, so all three always agree.
 */
import type { Report } from '../../core/stats/report';
import type { Queryable } from '../db/types';
import { requireEvent } from '../events/events';
import { retentionSection } from '../customers/reportSection';
import { staleCount } from '../visitors/classify';
import { leadFigures } from '../visitors/integrations';
import { figureProvenance } from '../visitors/provenance';
import { distributions, headline, uniqueByDay } from './figures';
import { eventTimeZone, exhibitorCounts, reportDetails } from './settings';

export async function computeReport(db: Queryable, now: Date = new Date()): Promise<Report> {
  const event = await requireEvent(db);
  const [timeZone, details, visitors, byDay, dist, leads, exhibitors, unclassified, retention, provenance] = await Promise.all([
    eventTimeZone(db, event.id),
    reportDetails(db, event.id),
    headline(db, event.id),
    uniqueByDay(db, event.id),
    distributions(db, event.id),
    leadFigures(db, event.id),
    exhibitorCounts(db, event.id),
    staleCount(db, event.id),
    retentionSection(db, event.id),
    figureProvenance(db, event.id),
  ]);
  // The list is what the data knows; the details fill in only for a show whose exhibitors are not in it.
  const listed = exhibitors.domestic + exhibitors.international + exhibitors.unknown;
  const entered = listed === 0 && (details.exhibitorsDomestic !== null || details.exhibitorsInternational !== null);
  return {
    generatedAt: now.toISOString(),
    timeZone,
    event: { name: event.name, startsOn: event.startsOn, endsOn: event.endsOn, venue: event.venue },
    details,
    exhibitors: entered
      ? { domestic: details.exhibitorsDomestic, international: details.exhibitorsInternational, source: 'entered', listed, countryNotSet: 0 }
      : { domestic: exhibitors.domestic, international: exhibitors.international, source: 'counted', listed, countryNotSet: exhibitors.unknown },
    visitors,
    byDay,
    provinces: dist.province,
    countries: dist.country,
    industries: dist.industry,
    companySizes: dist.companySize,
    interests: dist.interest,
    leads: leads ? { total: leads.total, intent: leads.intent } : null,
    unclassified,
    retention,
    provenance,
  };
}
