/**
 * Complaints and suggestions: the console follows each case through its steps, sets the category
 * list and service levels, exports the cases; kiosks upload a case's photo on its own.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { feedbackSettingsSchema } from '../../core/feedback/console';
import { stepInputSchema } from '../../core/feedback/workflow';
import { uuidSchema } from '../../core/schema/common';
import { RESPONSE_LANGUAGES } from '../../core/surveys/response';
import type { Db } from '../db/types';
import { feedbackColumns } from '../export/feedbackCases';
import { renderTable } from '../export/table';
import { requireAccount } from '../http/consoleSession';
import { parseOr400, sendLegacyError as sendError } from '../http/legacy';
import { requireEvent } from '../services/events';
import { getFeedback, getPhoto, getSettings, listFeedback, putSettings, StepRefused, takeStep } from '../services/feedback';

const exportQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']).default('csv'), lang: z.enum(RESPONSE_LANGUAGES).default('zh-CN') });
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export function feedbackRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/console/feedback', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    return listFeedback(db, event.id);
  });

  app.get('/api/v1/console/feedback/settings', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    return getSettings(db, event.id);
  });

  app.put('/api/v1/console/feedback/settings', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const body = parseOr400(reply, feedbackSettingsSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    return putSettings(db, event.id, body);
  });

  app.get('/api/v1/console/feedback/export', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const query = parseOr400(reply, exportQuerySchema, request.query);
    if (!query) return reply;
    const event = await requireEvent(db);
    const [{ items }, settings] = await Promise.all([listFeedback(db, event.id), getSettings(db, event.id)]);
    const data = await renderTable(query.format, feedbackColumns(settings.categories, query.lang), items, 'feedback');
    return reply.type(CONTENT_TYPES[query.format]).header('content-disposition', `attachment; filename="feedback.${query.format}"`).send(data);
  });

  app.get<{ Params: { id: string } }>('/api/v1/console/feedback/:id', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const event = await requireEvent(db);
    return (await getFeedback(db, event.id, id)) ?? sendError(reply, 404, 'not_found', 'no such case');
  });

  app.post<{ Params: { id: string } }>('/api/v1/console/feedback/:id/steps', async (request, reply) => {
    const account = await requireAccount(db, request, reply);
    if (!account) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const body = parseOr400(reply, stepInputSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    try {
      return (await takeStep(db, event.id, id, body, account.username)) ?? sendError(reply, 404, 'not_found', 'no such case');
    } catch (error) {
      if (error instanceof StepRefused) return sendError(reply, 409, 'step_refused', error.message);
      throw error;
    }
  });

  app.get<{ Params: { id: string } }>('/api/v1/console/feedback/:id/photo', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const event = await requireEvent(db);
    const photo = await getPhoto(db, event.id, id);
    if (!photo) return sendError(reply, 404, 'not_found', 'no photo for this case (yet)');
    // Served as the image it was checked to be, never sniffed into anything else.
    return reply.type(photo.contentType).header('x-content-type-options', 'nosniff').header('cache-control', 'private, max-age=3600').send(photo.bytes);
  });
}
