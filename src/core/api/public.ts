/** Endpoints anyone may call: the health check and the API's own description. */
import { z } from 'zod';
import { endpoint } from './define';

export const healthSchema = z.object({ status: z.literal('ok'), version: z.string(), database: z.string() });

export const publicApi = {
  health: endpoint({
    method: 'GET',
    path: '/api/v1/health',
    access: 'public',
    summary: 'Is the server up, and is its database reachable',
    response: healthSchema,
    errors: ['database_unavailable'],
  }),
  openapi: endpoint({
    method: 'GET',
    path: '/api/v1/openapi.json',
    access: 'public',
    summary: 'This API as an OpenAPI 3.1 document, generated from the declarations in src/core/api',
    response: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.record(z.string(), z.unknown()) }),
    errors: [],
  }),
};
