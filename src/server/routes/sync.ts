import type { FastifyInstance } from 'fastify';
import { MAX_PUSH_BYTES, pullQuerySchema, pushRequestSchema } from '../../core/schema/sync';
import type { Db } from '../db/types';
import { requireDevice } from '../http/deviceAuth';
import { parseOr400, sendError } from '../http/errors';
import { applyPush } from '../sync/push';
import { mayPull, pullBody, pullPage } from '../sync/pull';

export function syncRoutes(app: FastifyInstance, db: Db): void {
  app.post('/api/v1/sync/push', { bodyLimit: MAX_PUSH_BYTES }, async (request, reply) => {
    const device = await requireDevice(db, request, reply);
    if (!device) return reply;
    const body = parseOr400(reply, pushRequestSchema, request.body);
    if (!body) return reply;
    if (body.deviceId !== device.id) return sendError(reply, 403, 'forbidden', 'deviceId does not match the token');
    return { results: await applyPush(db, device, body.mutations, body.unsynced) };
  });

  app.get('/api/v1/sync/pull', async (request, reply) => {
    const device = await requireDevice(db, request, reply);
    if (!device) return reply;
    const query = parseOr400(reply, pullQuerySchema, request.query);
    if (!query) return reply;
    if (!mayPull(device.role, query.stream)) {
      return sendError(reply, 403, 'forbidden', `a ${device.role} device may not pull ${query.stream}`);
    }
    return reply.type('application/json').send(pullBody(await pullPage(db, device, query.stream, query.since, query.limit)));
  });
}
