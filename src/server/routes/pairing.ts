import type { FastifyInstance } from 'fastify';
import { pairRequestSchema } from '../../core/schema/pairing';
import type { Db } from '../db/types';
import { parseOr400, sendError } from '../http/errors';
import { PairingError, redeemPairingCode } from '../services/pairing';

export function pairingRoutes(app: FastifyInstance, db: Db): void {
  app.post('/api/v1/devices/pair', { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    const body = parseOr400(reply, pairRequestSchema, request.body);
    if (!body) return reply;
    try {
      return await redeemPairingCode(db, body, request.ip);
    } catch (error) {
      if (!(error instanceof PairingError)) throw error;
      const status = error.reason === 'locked' ? 429 : error.reason === 'expired' || error.reason === 'withdrawn' ? 410 : 404;
      return sendError(reply, status, `pairing_${error.reason}`, error.message);
    }
  });
}
