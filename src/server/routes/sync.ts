import type { FastifyInstance } from 'fastify';
import { MAX_PUSH_BYTES, pullQuerySchema, pushRequestSchema } from '../../core/schema/sync';
import type { Db } from '../db/types';
import { requireDevice } from '../http/deviceAuth';
import { parseOr400, sendError } from '../http/errors';
import { applyPush } from '../sync/push';
import { mayPull, pullBody, pullPage } from '../sync/pull';

export function syncRoutes(app: FastifyInstance, db: Db): void {
  // Each mutation is validated on its own (a poison record is rejected, not its batch): no depth limit on the whole body.
  app.post('/api/v1/sync/push', { bodyLimit: MAX_PUSH_BYTES, config: { bodyDepth: Number.POSITIVE_INFINITY } }, async (request, reply) => {
    const device = await requireDevice(db, request, reply);
    if (!device) return reply;
    const body = parseOr400(reply, pushRequestSchema, request.body);
    if (!body) return reply;
    if (body.deviceId !== device.id) return sendError(reply, 403, 'forbidden', 'deviceId does not match the token');
    return { results: await applyPush(db, device, body.mutations, body.unsynced, { deviceSentAt: body.sentAt, receivedAtMs: Date.now() }) };
  });

  app.get('/api/v1/sync/pull', async (request, reply) => {
    const device = await requireDevice(db, request, reply);
    if (!device) return reply;
    const query = parseOr400(reply, pullQuerySchema, request.query);
    if (!query) return reply;
    if (!mayPull(device.role, query.stream)) {
      return sendError(reply, 403, 'forbidden', `a ${device.role} device may not pull ${query.stream}`);
    }
    return reply.type('application/json').send(pullBody(await pullPage(db, device, query.stream, query.since, query.limit, query.form)));
  });
}
