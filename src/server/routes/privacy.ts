/** A visitor's data on request: the console downloads all of it as JSON, or erases it (see visitors/privacy.ts). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { uuidSchema } from '../../core/schema/common';
import type { Db } from '../db/types';
import { requireAccount } from '../http/consoleSession';
import { parseOr400, sendLegacyError as sendError } from '../http/legacy';
import { requireEvent } from '../services/events';
import { eraseVisitor, exportVisitorData } from '../visitors/privacy';

/** Erasure cannot be undone: the body must say so. */
const eraseSchema = z.object({ confirm: z.literal(true, 'send {"confirm": true}: erasure cannot be undone') });

export function privacyRoutes(app: FastifyInstance, db: Db): void {
  app.get<{ Params: { id: string } }>('/api/v1/console/visitors/:id/data', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const event = await requireEvent(db);
    const data = await exportVisitorData(db, event.id, id);
    if (!data) return sendError(reply, 404, 'not_found', 'no such visitor');
    return reply.header('content-disposition', `attachment; filename="visitor-${id}.json"`).header('cache-control', 'no-store').send(data);
  });

  app.post<{ Params: { id: string } }>('/api/v1/console/visitors/:id/erase', async (request, reply) => {
    const account = await requireAccount(db, request, reply);
    if (!account) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    if (!parseOr400(reply, eraseSchema, request.body)) return reply;
    const event = await requireEvent(db);
    const summary = await eraseVisitor(db, event.id, id, `organizer:${account.username}`);
    return summary ?? sendError(reply, 404, 'not_found', 'no such visitor');
  });
}
