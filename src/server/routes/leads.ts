/**
 * Leads over HTTP. Booth devices upload card photos and download their team's leads; exhibitor
 * logins list, export and import leads; the organizer makes exhibitor logins and sets the
 * qualification questions. Every lead query is scoped by the caller's exhibitor (device pairing or
 * login), never by an id from the request alone.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { FEEDBACK_PHOTO_MAX_BYTES, FEEDBACK_PHOTO_TYPES } from '../../core/feedback/schema';
import { boothProfileInputSchema, organizerQuestionsDocSchema } from '../../core/leads/profile';
import { uuidSchema } from '../../core/schema/common';
import type { Db } from '../db/types';
import { requireAccount } from '../http/consoleSession';
import { requireDevice } from '../http/deviceAuth';
import { parseOr400, sendError } from '../http/errors';
import { CardReadingBusy, type CardReaderPool } from '../cards/readerPool';
import { importCardPhoto } from '../leads/cardImport';
import { LEAD_FILE_FORMATS, LEAD_FILE_TYPES, leadFile } from '../leads/files';
import { getLeadPhoto, listExhibitorLeads, putLeadPhoto } from '../leads/store';
import { getEventDoc, putEventDoc } from '../services/eventDocs';
import { requireEvent } from '../services/events';
import {
  createExhibitorAccount,
  endExhibitorSession,
  ExhibitorAccountError,
  exhibitorLogin,
  exhibitorSession,
  listExhibitorAccounts,
  type ExhibitorAccount,
} from '../services/exhibitorAccounts';
import { getBoothProfile, putBoothProfile } from '../services/exhibitors';

export const EXHIBITOR_COOKIE = 'sf_exhibitor';

const exportQuerySchema = z.object({ format: z.enum(LEAD_FILE_FORMATS).default('csv'), lang: z.string().max(10).default('zh-CN') });
const photoSchema = z.object({
  contentType: z.enum(FEEDBACK_PHOTO_TYPES),
  data: z
    .string()
    .max(Math.ceil(FEEDBACK_PHOTO_MAX_BYTES / 3) * 4, 'the photo is too large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the photo must be base64'),
});
const credentialsSchema = z.object({ username: z.string().min(1).max(60), password: z.string().min(1).max(200) });
const newAccountSchema = z.object({ username: z.string().min(1).max(60), password: z.string().min(1).max(200) });
/** A card photo to import: up to 15 MB (a phone's photo); it is shrunk before reading. */
export const CARD_UPLOAD_MAX_BYTES = 15 * 1024 * 1024;
const cardUploadSchema = z.object({
  fileName: z.string().min(1).max(300),
  data: z
    .string()
    .max(Math.ceil(CARD_UPLOAD_MAX_BYTES / 3) * 4, 'the image is larger than 15 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the image must be base64'),
});

function looksLike(contentType: (typeof FEEDBACK_PHOTO_TYPES)[number], bytes: Buffer): boolean {
  if (contentType === 'image/jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (contentType === 'image/png') return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
}

function attachment(reply: FastifyReply, format: keyof typeof LEAD_FILE_TYPES, body: Buffer): FastifyReply {
  return reply.type(LEAD_FILE_TYPES[format]).header('content-disposition', `attachment; filename="leads.${format}"`).send(body);
}

export function leadRoutes(app: FastifyInstance, db: Db, cards: CardReaderPool): void {
  async function requireExhibitor(request: FastifyRequest, reply: FastifyReply): Promise<ExhibitorAccount | null> {
    const token = request.cookies[EXHIBITOR_COOKIE];
    const account = token ? await exhibitorSession(db, token) : null;
    if (!account) sendError(reply, 401, 'login_required', 'log in with your exhibitor account');
    return account;
  }

  // ---- booth devices ----
  app.put<{ Params: { id: string } }>('/api/v1/leads/:id/photo', { bodyLimit: Math.ceil(FEEDBACK_PHOTO_MAX_BYTES * 1.4) + 1024 }, async (request, reply) => {
    const device = await requireDevice(db, request, reply);
    if (!device) return reply;
    if (device.role !== 'booth' || !device.exhibitorId) return sendError(reply, 403, 'forbidden', `a ${device.role} device may not send lead photos`);
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const body = parseOr400(reply, photoSchema, request.body);
    if (!body) return reply;
    const bytes = Buffer.from(body.data, 'base64');
    if (bytes.length > FEEDBACK_PHOTO_MAX_BYTES) return sendError(reply, 413, 'too_large', 'the photo is too large');
    if (!looksLike(body.contentType, bytes)) return sendError(reply, 400, 'invalid_request', `the photo is not a ${body.contentType} image`);
    const filed = await putLeadPhoto(db, { eventId: device.eventId, exhibitorId: device.exhibitorId, deviceId: device.id, leadId: id, contentType: body.contentType, bytes });
    // A lead stripped by a visitor's erasure keeps no photo; the device is told it arrived, so it stops sending it.
    return filed === 'not_yours' ? sendError(reply, 403, 'forbidden', 'this lead is not yours') : { ok: true };
  });

  app.get('/api/v1/leads/export', async (request, reply) => {
    const device = await requireDevice(db, request, reply);
    if (!device) return reply;
    if (device.role !== 'booth' || !device.exhibitorId) return sendError(reply, 403, 'forbidden', `a ${device.role} device has no leads`);
    const query = parseOr400(reply, exportQuerySchema, request.query);
    if (!query) return reply;
    const { body } = await leadFile(db, device.eventId, device.exhibitorId, query.format, query.lang);
    return attachment(reply, query.format, body);
  });

  // ---- exhibitor logins ----
  app.post('/api/v1/exhibitor/login', { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    const body = parseOr400(reply, credentialsSchema, request.body);
    if (!body) return reply;
    try {
      const token = await exhibitorLogin(db, body.username, body.password);
      reply.setCookie(EXHIBITOR_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: '/', maxAge: 7 * 24 * 3600 });
      const account = await exhibitorSession(db, token);
      return { username: account?.username, exhibitorId: account?.exhibitorId, exhibitorName: account?.exhibitorName };
    } catch (error) {
      if (error instanceof ExhibitorAccountError) return sendError(reply, error.reason === 'locked' ? 429 : error.reason === 'disabled' ? 403 : 401, error.reason, error.message);
      throw error;
    }
  });

  app.post('/api/v1/exhibitor/logout', async (request, reply) => {
    const token = request.cookies[EXHIBITOR_COOKIE];
    if (token) await endExhibitorSession(db, token);
    reply.clearCookie(EXHIBITOR_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/v1/exhibitor/me', async (request, reply) => {
    const account = await requireExhibitor(request, reply);
    if (!account) return reply;
    return { username: account.username, exhibitorId: account.exhibitorId, exhibitorName: account.exhibitorName };
  });

  app.get('/api/v1/exhibitor/leads', async (request, reply) => {
    const account = await requireExhibitor(request, reply);
    if (!account) return reply;
    return { leads: await listExhibitorLeads(db, account.eventId, account.exhibitorId) };
  });

  app.get('/api/v1/exhibitor/leads/export', async (request, reply) => {
    const account = await requireExhibitor(request, reply);
    if (!account) return reply;
    const query = parseOr400(reply, exportQuerySchema, request.query);
    if (!query) return reply;
    const { body } = await leadFile(db, account.eventId, account.exhibitorId, query.format, query.lang);
    return attachment(reply, query.format, body);
  });

  app.get<{ Params: { id: string } }>('/api/v1/exhibitor/leads/:id/photo', async (request, reply) => {
    const account = await requireExhibitor(request, reply);
    if (!account) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const photo = await getLeadPhoto(db, account.eventId, account.exhibitorId, id);
    if (!photo) return sendError(reply, 404, 'not_found', 'no photo for this lead');
    return reply.type(photo.contentType).header('x-content-type-options', 'nosniff').header('cache-control', 'private, max-age=3600').send(photo.bytes);
  });

  app.get('/api/v1/exhibitor/profile', async (request, reply) => {
    const account = await requireExhibitor(request, reply);
    if (!account) return reply;
    return getBoothProfile(db, account.eventId, account.exhibitorId);
  });

  app.put('/api/v1/exhibitor/profile', async (request, reply) => {
    const account = await requireExhibitor(request, reply);
    if (!account) return reply;
    const body = parseOr400(reply, boothProfileInputSchema, request.body);
    if (!body) return reply;
    await putBoothProfile(db, account.eventId, account.exhibitorId, body);
    return getBoothProfile(db, account.eventId, account.exhibitorId);
  });

  // One card photo per request: a folder is uploaded file by file, so memory stays bounded.
  app.post('/api/v1/exhibitor/cards', { bodyLimit: Math.ceil(CARD_UPLOAD_MAX_BYTES * 1.4) + 4096 }, async (request, reply) => {
    const account = await requireExhibitor(request, reply);
    if (!account) return reply;
    const body = parseOr400(reply, cardUploadSchema, request.body);
    if (!body) return reply;
    try {
      const result = await importCardPhoto(db, cards, account, body.fileName, Buffer.from(body.data, 'base64'));
      if ('error' in result) return sendError(reply, 400, 'not_an_image', result.error);
      return result;
    } catch (error) {
      if (!(error instanceof CardReadingBusy)) throw error;
      // Nothing was read or kept: the uploader sends the same photo again after the wait.
      return sendError(reply.header('retry-after', String(error.retryAfterSeconds)), 429, 'card_reading_busy', error.message);
    }
  });

  // ---- organizer ----
  app.get('/api/v1/console/exhibitor-accounts', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    return { accounts: await listExhibitorAccounts(db, event.id) };
  });

  app.post<{ Params: { id: string } }>('/api/v1/console/exhibitors/:id/accounts', async (request, reply) => {
    const organizer = await requireAccount(db, request, reply);
    if (!organizer) return reply;
    const exhibitorId = parseOr400(reply, uuidSchema, request.params.id);
    if (!exhibitorId) return reply;
    const body = parseOr400(reply, newAccountSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    try {
      return await createExhibitorAccount(db, { eventId: event.id, exhibitorId, username: body.username, password: body.password, createdBy: organizer.username });
    } catch (error) {
      if (error instanceof ExhibitorAccountError) return sendError(reply, error.reason === 'exists' ? 409 : error.reason === 'no_exhibitor' ? 404 : 400, error.reason, error.message);
      throw error;
    }
  });

  // What the console's booth form starts from: one exhibitor's products and questions.
  app.get<{ Params: { id: string } }>('/api/v1/console/exhibitors/:id/booth', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const exhibitorId = parseOr400(reply, uuidSchema, request.params.id);
    if (!exhibitorId) return reply;
    const event = await requireEvent(db);
    const profile = await getBoothProfile(db, event.id, exhibitorId);
    if (!profile) return sendError(reply, 404, 'not_found', 'no such exhibitor');
    return profile;
  });

  app.put<{ Params: { id: string } }>('/api/v1/console/exhibitors/:id/booth', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const exhibitorId = parseOr400(reply, uuidSchema, request.params.id);
    if (!exhibitorId) return reply;
    const body = parseOr400(reply, boothProfileInputSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    if (!(await putBoothProfile(db, event.id, exhibitorId, body))) return sendError(reply, 404, 'not_found', 'no such exhibitor');
    return getBoothProfile(db, event.id, exhibitorId);
  });

  app.get('/api/v1/console/lead-questions', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    const doc = organizerQuestionsDocSchema.safeParse(await getEventDoc(db, event.id, 'lead_questions'));
    return doc.success ? doc.data : { questions: [] };
  });

  app.put('/api/v1/console/lead-questions', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const body = parseOr400(reply, organizerQuestionsDocSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    await putEventDoc(db, event.id, 'lead_questions', body, ['booth']);
    return body;
  });
}
