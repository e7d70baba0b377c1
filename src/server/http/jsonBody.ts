/**
 * JSON request bodies, read as bytes first: a body that is not valid UTF-8 is refused with 400
 * instead of being decoded with replacement marks (the record would be stored as garbled text,
 * not as typed). An empty body with `Content-Type: application/json` is no body at all: actions
 * without parameters (log out, revoke) are sent that way and must pass the same-origin check,
 * which wants the JSON type on every state-changing request (sameOrigin.ts).
 */
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';

export const INVALID_UTF8 = 'SF_INVALID_UTF8';

export function parseJsonBodies(app: FastifyInstance): void {
  // Fastify's own parser (prototype-poisoning checks included), fed with text we checked.
  const parseText = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    if (bytes.length === 0) return done(null, undefined);
    if (!isUtf8(bytes)) return done(Object.assign(new Error('the request body is not valid UTF-8 text'), { statusCode: 400, code: INVALID_UTF8 }), undefined);
    parseText(request, bytes.toString('utf8'), done);
  });
}
