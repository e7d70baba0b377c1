/** Endpoints anyone may call (core/api/public.ts): the health check and the OpenAPI document. */
import type { publicApi } from '../../core/api/public';
import type { Db } from '../db/types';
import { ApiError } from '../http/errors';
import type { Handlers } from '../http/mount';

export const APP_VERSION = '0.1.0';

export function publicHandlers(db: Db, openapi: () => Record<string, unknown>): Handlers<typeof publicApi> {
  return {
    async health() {
      try {
        await db.query('SELECT 1');
      } catch {
        throw new ApiError('database_unavailable');
      }
      return { status: 'ok', version: APP_VERSION, database: db.kind };
    },
    openapi: () => openapi() as { openapi: string; info: Record<string, unknown>; paths: Record<string, unknown> },
  };
}
