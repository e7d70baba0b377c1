import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { INVALID_UTF8 } from './jsonBody';

/** Every error answer has the same shape: a stable code for programs and a sentence for people. */
export interface ErrorBody {
  error: string;
  message: string;
}

export function sendError(reply: FastifyReply, status: number, error: string, message: string): FastifyReply {
  return reply.code(status).send({ error, message } satisfies ErrorBody);
}

/** Parses a request part with a core schema; on failure answers 400 and returns undefined. */
export function parseOr400<S extends z.ZodType>(reply: FastifyReply, schema: S, value: unknown): z.infer<S> | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
  sendError(reply, 400, 'invalid_request', detail);
  return undefined;
}

/**
 * A value the database refused to store (SQLSTATE class 22: a NUL character, a date or number out
 * of range…) or a uniqueness/reference conflict (class 23). Inputs are validated before they get
 * there; this is the net under that, so such a request is answered as the bad input it is rather
 * than as a failure a device would retry forever.
 */
function databaseRefusal(error: unknown): { status: number; error: string; message: string } | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^2[23][0-9A-Z]{3}$/.test(code)) return null;
  return code.startsWith('22')
    ? { status: 400, error: 'invalid_request', message: 'the request holds a value that cannot be stored (out of range or not valid text)' }
    : { status: 409, error: 'conflict', message: 'the request conflicts with data already stored' };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const refusal = databaseRefusal(error);
    if (refusal) {
      request.log.warn({ err: error }, 'database refused a value');
      return sendError(reply, refusal.status, refusal.error, refusal.message);
    }
    if (error instanceof RangeError && /call stack/i.test(error.message)) return sendError(reply, 400, 'too_deep', 'the request is nested too deeply');
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      // Internals stay in the log; devices retry 5xx, so say so.
      return sendError(reply, status === 503 ? 503 : 500, 'server_error', 'the server could not finish this request; it will be retried');
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 413, 'too_large', 'the request body is too large');
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendError(reply, 415, 'unsupported_media_type', 'send JSON (Content-Type: application/json)');
    if (error.code === INVALID_UTF8) return sendError(reply, 400, 'invalid_utf8', 'the request body is not valid UTF-8 text');
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return sendError(reply, 400, 'invalid_json', 'the request body is empty');
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return sendError(reply, 400, 'invalid_json', 'the request body is not valid JSON');
    if (status === 429) return sendError(reply, 429, 'rate_limited', 'too many requests; wait a minute and try again');
    return sendError(reply, status, 'bad_request', error.message);
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
}
