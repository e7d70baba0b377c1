/** The organizer console's figures: the live dashboard, the records behind every figure, the report and its settings. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { uuidSchema } from '../../core/schema/common';
import { visitorFilterSchema } from '../../core/stats/filters';
import { REPORT_LANGUAGES, reportDetailsSchema } from '../../core/stats/report';
import { isTimeZoneName } from '../../core/stats/rules';
import { isCountryCode } from '../../core/taxonomy/countries';
import type { Db } from '../db/types';
import { reportWorkbook } from '../export/reportWorkbook';
import { requireAccount } from '../http/consoleSession';
import { parseOr400, sendLegacyError as sendError } from '../http/legacy';
import { requireEvent } from '../services/events';
import { dashboard } from '../stats/dashboard';
import { listScans, listVisits } from '../stats/drilldown';
import { computeReport } from '../stats/report';
import { eventTimeZone, exhibitorProfiles, reportDetails, saveReportDetails, setEventTimeZone, updateExhibitorProfile } from '../stats/settings';
import { listPersons } from '../visitors/persons';
import { loadTaxonomies } from '../visitors/taxonomies';

const page = { after: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(500).default(50) };
export const personQuerySchema = visitorFilterSchema.extend(page);
const scanQuerySchema = z.object({
  hour: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}$/, 'hour is YYYY-MM-DDTHH in the event time zone')
    // A real calendar hour: the database would refuse 2026-02-30T25 with an error, not an answer.
    .refine((h) => {
      const at = new Date(`${h}:00:00Z`);
      return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 13) === h;
    }, 'hour is not a real date and hour'),
  admitted: z.enum(['yes', 'no']).default('yes'),
  ...page,
});
const timeZoneBodySchema = z.object({ timeZone: z.string().max(64).refine(isTimeZoneName, 'an IANA time zone such as Asia/Shanghai') });
const exhibitorProfileSchema = z.object({
  country: z.string().refine((c) => c === '' || isCountryCode(c), 'an ISO 3166-1 alpha-2 country code'),
  productCategories: z.array(z.string().max(64)).max(200),
});
const langQuerySchema = z.object({ lang: z.enum(REPORT_LANGUAGES).default('zh-CN') });

export function statsRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/console/dashboard', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    return dashboard(db, event.id);
  });

  app.get('/api/v1/console/stats/persons', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const query = parseOr400(reply, personQuerySchema, request.query);
    if (!query) return reply;
    const { after, limit, ...filter } = query;
    const event = await requireEvent(db);
    return listPersons(db, event.id, filter, { after: after ?? null, limit });
  });

  app.get('/api/v1/console/stats/visits', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const query = parseOr400(reply, personQuerySchema, request.query);
    if (!query) return reply;
    const { after, limit, ...filter } = query;
    const event = await requireEvent(db);
    return listVisits(db, event.id, filter, { after: after ?? null, limit });
  });

  app.get('/api/v1/console/stats/scans', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const query = parseOr400(reply, scanQuerySchema, request.query);
    if (!query) return reply;
    const event = await requireEvent(db);
    return listScans(db, event.id, query.hour, query.admitted === 'yes', { after: query.after ?? null, limit: query.limit });
  });

  app.get('/api/v1/console/report', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    return computeReport(db);
  });

  app.get('/api/v1/console/report.xlsx', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const query = parseOr400(reply, langQuerySchema, request.query);
    if (!query) return reply;
    const report = await computeReport(db);
    const event = await requireEvent(db);
    const data = await reportWorkbook(report, await loadTaxonomies(db, event.id), query.lang);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="report-${query.lang}.xlsx"`)
      .send(data);
  });

  app.get('/api/v1/console/report/settings', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    const [timeZone, details, exhibitors] = await Promise.all([eventTimeZone(db, event.id), reportDetails(db, event.id), exhibitorProfiles(db, event.id)]);
    return { timeZone, details, exhibitors };
  });

  app.put('/api/v1/console/report/details', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const body = parseOr400(reply, reportDetailsSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    return saveReportDetails(db, event.id, body);
  });

  app.put('/api/v1/console/report/time-zone', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const body = parseOr400(reply, timeZoneBodySchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    await setEventTimeZone(db, event.id, body.timeZone);
    return { timeZone: body.timeZone };
  });

  app.put<{ Params: { id: string } }>('/api/v1/console/exhibitors/:id/profile', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    const body = parseOr400(reply, exhibitorProfileSchema, request.body);
    if (!id || !body) return reply;
    const event = await requireEvent(db);
    if (!(await updateExhibitorProfile(db, event.id, id, body))) return sendError(reply, 404, 'not_found', 'no such exhibitor');
    return { id, ...body };
  });
}
