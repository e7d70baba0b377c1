/**
 * The OpenAPI 3.1 document of the API, generated from the routes the mount serves (and so from
 * the declarations in src/core/api): @fastify/swagger collects every tagged route as it is
 * registered, fastify-type-provider-zod turns its zod schemas into JSON Schema. A readable
 * reference (Swagger UI, served from our own files, no CDN) is at /api/reference/.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform } from 'fastify-type-provider-zod';
import { sessionApi } from '../../core/api/console/session';
import { deviceApi } from '../../core/api/device';
import { exhibitorApi } from '../../core/api/exhibitor';
import { REQUEST_EXAMPLES } from '../../core/api/examples';

export const REFERENCE_PREFIX = '/api/reference';

const DESCRIPTION = [
  'The HTTP API of the Showfloor server: what paired devices (desk, booth, kiosk), the organizer console, exhibitor logins and the CLI call.',
  'Every endpoint is declared once in `src/core/api` and served from that declaration.',
  'Errors answer `{error, message, fields?}`: `error` is a stable code, `message` English for programs, `fields` the fields at fault with a problem key each.',
  'State-changing requests send `Content-Type: application/json` and a JSON body (`{}` when the endpoint takes none).',
].join('\n\n');

type Transform = ReturnType<typeof createJsonSchemaTransform>;

/** Each request body with its example (core/api/examples.ts), for integrators to start from. */
function withExamples(transform: Transform): Transform {
  return (input) => {
    const out = transform(input);
    const schema = out.schema as { operationId?: string; body?: Record<string, unknown> } | undefined;
    const example = schema?.operationId ? REQUEST_EXAMPLES[schema.operationId] : undefined;
    if (schema?.body && example) schema.body = { ...schema.body, examples: [example.body] };
    return out;
  };
}

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Showfloor API', version, description: DESCRIPTION },
      tags: [
        { name: 'public', description: 'Anyone' },
        { name: 'device', description: 'Paired devices: pairing, sync, photos' },
        { name: 'console', description: 'The organizer console (session cookie)' },
        { name: 'exhibitor', description: 'Exhibitor logins (their own session cookie)' },
        { name: 'cli', description: 'The CLI on the server machine' },
      ],
      components: {
        securitySchemes: {
          consoleSession: { type: 'apiKey', in: 'cookie', name: 'sf_session', description: `Set by ${sessionApi.login.method} ${sessionApi.login.path}` },
          exhibitorSession: { type: 'apiKey', in: 'cookie', name: 'sf_exhibitor', description: `Set by ${exhibitorApi.login.method} ${exhibitorApi.login.path}` },
          deviceToken: { type: 'http', scheme: 'bearer', description: `The token ${deviceApi.pair.method} ${deviceApi.pair.path} returns; each endpoint names the device roles it admits` },
          cliSecret: { type: 'apiKey', in: 'header', name: 'x-showfloor-cli-secret', description: 'The data directory lock’s secret; loopback only' },
        },
      },
    },
    // Routes that are not declared (the app's files, card models, this reference) carry no tag.
    hideUntagged: true,
    transform: withExamples(createJsonSchemaTransform({ skipList: [] })),
  });
}

/**
 * Swagger UI on the document; its files come from the package, its pages run under our CSP (no
 * inline script). Swagger UI writes <style> elements as it renders, so its pages alone allow inline
 * styles: a style cannot run code, and no page of the app is served under this prefix.
 */
export async function registerReference(app: FastifyInstance): Promise<void> {
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith(REFERENCE_PREFIX)) return;
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string') reply.header('content-security-policy', csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: REFERENCE_PREFIX,
    uiConfig: { validatorUrl: null, docExpansion: 'list', deepLinking: true },
    theme: { title: 'Showfloor API' },
    staticCSP: false,
  });
}
