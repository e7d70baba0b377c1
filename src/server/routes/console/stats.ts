/** The figures (core/api/console/stats.ts): dashboard, drill-downs, the report and its settings. */
import { XLSX_TYPE } from '../../../core/api/common';
import type { statsApi } from '../../../core/api/console/stats';
import type { Db } from '../../db/types';
import { reportWorkbook } from '../../export/reportWorkbook';
import { ApiError } from '../../http/errors';
import type { Handlers } from '../../http/mount';
import { dashboard } from '../../stats/dashboard';
import { listScans, listVisits } from '../../stats/drilldown';
import { computeReport } from '../../stats/report';
import { eventTimeZone, exhibitorProfiles, reportDetails, saveReportDetails, setEventTimeZone, updateExhibitorProfile } from '../../stats/settings';
import { loadTaxonomies } from '../../visitors/taxonomies';

export function statsHandlers(db: Db): Handlers<typeof statsApi> {
  return {
    dashboard: ({ event }) => dashboard(db, event.id),
    visits({ event, query }) {
      const { after, limit, ...filter } = query;
      return listVisits(db, event.id, filter, { after: after ?? null, limit });
    },
    scans: ({ event, query }) => listScans(db, event.id, query.hour, query.admitted === 'yes', { after: query.after ?? null, limit: query.limit }),
    report: () => computeReport(db),
    async reportXlsx({ event, query }) {
      const report = await computeReport(db);
      const body = await reportWorkbook(report, await loadTaxonomies(db, event.id), query.lang);
      return { type: XLSX_TYPE, body, filename: `report-${query.lang}.xlsx` };
    },
    async reportSettings({ event }) {
      const [timeZone, details, exhibitors] = await Promise.all([eventTimeZone(db, event.id), reportDetails(db, event.id), exhibitorProfiles(db, event.id)]);
      return { timeZone, details, exhibitors };
    },
    saveReportDetails: ({ event, body }) => saveReportDetails(db, event.id, body),
    async saveTimeZone({ event, body }) {
      await setEventTimeZone(db, event.id, body.timeZone);
      return { timeZone: body.timeZone };
    },
    async saveExhibitorProfile({ event, params, body }) {
      if (!(await updateExhibitorProfile(db, event.id, params.id, body))) throw new ApiError('exhibitor_not_found');
      return { id: params.id, ...body };
    },
  };
}
