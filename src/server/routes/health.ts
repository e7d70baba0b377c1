import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types';
import { sendError } from '../http/errors';

export const APP_VERSION = '0.1.0';

export function healthRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/health', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
    } catch {
      return sendError(reply, 503, 'database_unavailable', 'the database is not reachable');
    }
    return { status: 'ok', version: APP_VERSION, database: db.kind };
  });
}
