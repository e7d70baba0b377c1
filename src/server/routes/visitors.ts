/**
 * The classified visitor database in the console: persons and their records, corrections,
 * merges (with undo), the review of weak matches, reclassification in steps and the export.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { uuidSchema } from '../../core/schema/common';
import { visitorFilterSchema } from '../../core/stats/filters';
import { TAXONOMY_LOCALES } from '../../core/taxonomy/labels';
import { correctionRequestSchema } from '../../core/visitors/corrections';
import type { Db } from '../db/types';
import { exportVisitors } from '../export/visitors';
import { requireAccount } from '../http/consoleSession';
import { parseOr400, sendLegacyError as sendError } from '../http/legacy';
import { requireEvent } from '../services/events';
import { classifyStale, markAllStale, staleCount } from '../visitors/classify';
import { CorrectionError, correctVisitor } from '../visitors/corrections';
import { IdentityError, markDistinct, mergePersons, unmerge } from '../visitors/identity';
import { listPersons, mergeCandidates, personDetail } from '../visitors/persons';
import { personQuerySchema } from './stats';

const exportQuerySchema = visitorFilterSchema.extend({ format: z.enum(['csv', 'xlsx']).default('csv'), lang: z.enum(TAXONOMY_LOCALES).default('zh-CN') });
const mergeSchema = z.object({ into: uuidSchema, from: uuidSchema, signal: z.enum(['manual', 'name_company']).default('manual') });
const distinctSchema = z.object({ a: uuidSchema, b: uuidSchema });
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;
/** Records classified per console request: small enough to answer within a second or two. */
const CLASSIFY_STEP = 1_000;

const IDENTITY_STATUS: Record<IdentityError['reason'], number> = { not_found: 404, same_person: 409, already_undone: 409, merged_again: 409, distinct: 409 };

export function visitorRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/console/visitors', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const query = parseOr400(reply, personQuerySchema, request.query);
    if (!query) return reply;
    const { after, limit, ...filter } = query;
    const event = await requireEvent(db);
    return listPersons(db, event.id, filter, { after: after ?? null, limit });
  });

  app.get('/api/v1/console/visitors/export', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const query = parseOr400(reply, exportQuerySchema, request.query);
    if (!query) return reply;
    const { format, lang, ...filter } = query;
    const event = await requireEvent(db);
    const data = await exportVisitors(db, event.id, filter, format, lang);
    return reply.type(CONTENT_TYPES[format]).header('content-disposition', `attachment; filename="visitors.${format}"`).send(data);
  });

  app.get('/api/v1/console/visitors/candidates', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    return { candidates: await mergeCandidates(db, event.id) };
  });

  app.get<{ Params: { id: string } }>('/api/v1/console/visitors/:id', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const event = await requireEvent(db);
    return (await personDetail(db, event.id, id)) ?? sendError(reply, 404, 'not_found', 'no such visitor');
  });

  /** Corrects one classified value of one record; `:id` is the record (attendee) id. */
  app.post<{ Params: { id: string } }>('/api/v1/console/visitors/:id/corrections', async (request, reply) => {
    const account = await requireAccount(db, request, reply);
    if (!account) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    const body = parseOr400(reply, correctionRequestSchema, request.body);
    if (!id || !body) return reply;
    const event = await requireEvent(db);
    try {
      await correctVisitor(db, event.id, id, body, `organizer:${account.username}`);
    } catch (error) {
      if (error instanceof CorrectionError) return sendError(reply, error.reason === 'not_found' ? 404 : 400, error.reason === 'not_found' ? 'not_found' : 'invalid_request', error.message);
      throw error;
    }
    return personDetail(db, event.id, id);
  });

  app.post('/api/v1/console/visitors/merge', async (request, reply) => {
    const account = await requireAccount(db, request, reply);
    if (!account) return reply;
    const body = parseOr400(reply, mergeSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    try {
      const mergeId = await db.transaction((tx) => mergePersons(tx, event.id, body.into, body.from, body.signal, body.signal === 'name_company' ? 'same name and company' : '', account.username));
      return { mergeId, person: await personDetail(db, event.id, body.into) };
    } catch (error) {
      if (error instanceof IdentityError) return sendError(reply, IDENTITY_STATUS[error.reason], error.reason, error.message);
      throw error;
    }
  });

  app.post('/api/v1/console/visitors/distinct', async (request, reply) => {
    const account = await requireAccount(db, request, reply);
    if (!account) return reply;
    const body = parseOr400(reply, distinctSchema, request.body);
    if (!body) return reply;
    if (body.a === body.b) return sendError(reply, 400, 'invalid_request', 'two different persons are needed');
    const event = await requireEvent(db);
    await markDistinct(db, event.id, body.a, body.b, account.username);
    return { ok: true };
  });

  app.post<{ Params: { id: string } }>('/api/v1/console/merges/:id/undo', async (request, reply) => {
    const account = await requireAccount(db, request, reply);
    if (!account) return reply;
    const id = parseOr400(reply, z.string().regex(/^\d{1,18}$/, 'a merge id'), request.params.id);
    if (!id) return reply;
    const event = await requireEvent(db);
    try {
      await db.transaction((tx) => unmerge(tx, event.id, id, account.username));
      return { ok: true };
    } catch (error) {
      if (error instanceof IdentityError) return sendError(reply, IDENTITY_STATUS[error.reason], error.reason, error.message);
      throw error;
    }
  });

  app.get('/api/v1/console/classification', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    return { remaining: await staleCount(db, event.id) };
  });

  /** Marks every record for classification; the console then calls `step` until nothing remains, showing progress. */
  app.post('/api/v1/console/classification/reclassify', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    return { remaining: await markAllStale(db, event.id) };
  });

  app.post('/api/v1/console/classification/step', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    const ids = await db.transaction((tx) => classifyStale(tx, event.id, { limit: CLASSIFY_STEP }));
    return { classified: ids.length, remaining: await staleCount(db, event.id) };
  });
}
