/**
 * Complaints and suggestions: the console follows each case through its steps, sets the category
 * list and service levels, exports the cases; kiosks upload a case's photo on its own.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { feedbackSettingsSchema } from '../../core/feedback/console';
import { FEEDBACK_PHOTO_MAX_BYTES, FEEDBACK_PHOTO_TYPES } from '../../core/feedback/schema';
import { stepInputSchema } from '../../core/feedback/workflow';
import { uuidSchema } from '../../core/schema/common';
import { RESPONSE_LANGUAGES } from '../../core/surveys/response';
import type { Db } from '../db/types';
import { feedbackColumns } from '../export/feedbackCases';
import { renderTable } from '../export/table';
import { requireAccount } from '../http/consoleSession';
import { requireDevice } from '../http/deviceAuth';
import { parseOr400, sendError } from '../http/errors';
import { requireEvent } from '../services/events';
import { getFeedback, getPhoto, getSettings, listFeedback, putPhoto, putSettings, StepRefused, takeStep } from '../services/feedback';

const exportQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']).default('csv'), lang: z.enum(RESPONSE_LANGUAGES).default('zh-CN') });
const photoSchema = z.object({
  contentType: z.enum(FEEDBACK_PHOTO_TYPES),
  /** Base64 of the image bytes. */
  data: z
    .string()
    .max(Math.ceil(FEEDBACK_PHOTO_MAX_BYTES / 3) * 4, 'the photo is too large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the photo must be base64'),
});
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** The first bytes of each accepted image type: the declared type must match what was sent. */
function looksLike(contentType: (typeof FEEDBACK_PHOTO_TYPES)[number], bytes: Buffer): boolean {
  if (contentType === 'image/jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (contentType === 'image/png') return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
}

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

  app.put<{ Params: { id: string } }>('/api/v1/feedback/:id/photo', { bodyLimit: Math.ceil(FEEDBACK_PHOTO_MAX_BYTES * 1.4) + 1024 }, async (request, reply) => {
    const device = await requireDevice(db, request, reply);
    if (!device) return reply;
    if (device.role !== 'kiosk') return sendError(reply, 403, 'forbidden', `a ${device.role} device may not send feedback photos`);
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const body = parseOr400(reply, photoSchema, request.body);
    if (!body) return reply;
    const bytes = Buffer.from(body.data, 'base64');
    if (bytes.length > FEEDBACK_PHOTO_MAX_BYTES) return sendError(reply, 413, 'too_large', 'the photo is too large');
    if (!looksLike(body.contentType, bytes)) return sendError(reply, 400, 'invalid_request', `the photo is not a ${body.contentType} image`);
    await putPhoto(db, device.eventId, device.id, id, body.contentType, bytes);
    return { ok: true };
  });
}
