/** The console's survey builder and results: surveys, their versions, publishing to kiosks, results and exports. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { uuidSchema } from '../../core/schema/common';
import { SURVEY_EXPORT_FORMATS } from '../../core/surveys/console';
import { RESPONSE_LANGUAGES } from '../../core/surveys/response';
import { computeResults, isTimeZone } from '../../core/surveys/results';
import { surveyContentSchema } from '../../core/surveys/schema';
import type { Db } from '../db/types';
import { requireAccount } from '../http/consoleSession';
import { parseOr400, sendLegacyError as sendError } from '../http/legacy';
import { renderTable } from '../export/table';
import { responseColumns } from '../export/surveyResponses';
import { requireEvent } from '../services/events';
import { createSurvey, getSurvey, listResponses, listSurveys, saveSurvey, setSurveyActive, surveyVersions } from '../services/surveys';

const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, 'tz must be an IANA time zone such as Asia/Shanghai')
  .default('UTC');
const versionSchema = z
  .union([z.literal('all'), z.coerce.number().int().min(1).max(1_000_000)])
  .default('all')
  .transform((v) => (v === 'all' ? null : v));
const resultsQuerySchema = z.object({ version: versionSchema, tz: timeZoneSchema });
const exportQuerySchema = resultsQuerySchema.extend({ format: z.enum(SURVEY_EXPORT_FORMATS).default('csv'), lang: z.enum(RESPONSE_LANGUAGES).default('zh-CN') });
const activeSchema = z.object({ active: z.boolean() });

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export function surveyRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/console/surveys', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    return { surveys: await listSurveys(db, event.id) };
  });

  app.post('/api/v1/console/surveys', async (request, reply) => {
    const account = await requireAccount(db, request, reply);
    if (!account) return reply;
    const content = parseOr400(reply, surveyContentSchema, request.body);
    if (!content) return reply;
    const event = await requireEvent(db);
    return createSurvey(db, event.id, content, account.username);
  });

  app.get<{ Params: { id: string } }>('/api/v1/console/surveys/:id', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const event = await requireEvent(db);
    return (await getSurvey(db, event.id, id)) ?? sendError(reply, 404, 'not_found', 'no such survey');
  });

  app.put<{ Params: { id: string } }>('/api/v1/console/surveys/:id', async (request, reply) => {
    const account = await requireAccount(db, request, reply);
    if (!account) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const content = parseOr400(reply, surveyContentSchema, request.body);
    if (!content) return reply;
    const event = await requireEvent(db);
    return (await saveSurvey(db, event.id, id, content, account.username)) ?? sendError(reply, 404, 'not_found', 'no such survey');
  });

  app.post<{ Params: { id: string } }>('/api/v1/console/surveys/:id/active', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const body = parseOr400(reply, activeSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    return (await setSurveyActive(db, event.id, id, body.active)) ?? sendError(reply, 404, 'not_found', 'no such survey');
  });

  app.get<{ Params: { id: string } }>('/api/v1/console/surveys/:id/results', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    const query = parseOr400(reply, resultsQuerySchema, request.query);
    if (!id || !query) return reply;
    const event = await requireEvent(db);
    const versions = await surveyVersions(db, event.id, id);
    if (!versions.length) return sendError(reply, 404, 'not_found', 'no such survey');
    const chosen = query.version === null ? versions : versions.filter((v) => v.version === query.version);
    if (!chosen.length) return sendError(reply, 404, 'not_found', `the survey has no version ${query.version}`);
    const responses = await listResponses(db, event.id, id, query.version);
    return computeResults(chosen, responses, { timeZone: query.tz });
  });

  app.get<{ Params: { id: string } }>('/api/v1/console/surveys/:id/export', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    const query = parseOr400(reply, exportQuerySchema, request.query);
    if (!id || !query) return reply;
    const event = await requireEvent(db);
    const versions = (await surveyVersions(db, event.id, id)).filter((v) => query.version === null || v.version === query.version);
    if (!versions.length) return sendError(reply, 404, 'not_found', 'no such survey or version');
    const rows = await listResponses(db, event.id, id, query.version);
    const data = await renderTable(query.format, responseColumns(versions, query.lang, query.tz), rows, 'responses');
    const name = `survey-${id.slice(-8)}-${query.version === null ? 'all' : `v${query.version}`}.${query.format}`;
    return reply.type(CONTENT_TYPES[query.format]).header('content-disposition', `attachment; filename="${name}"`).send(data);
  });
}
