import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { API_ERRORS, type ApiErrorCode } from '../../core/api/errors';
import { englishProblem, problemOf, type FieldProblem, type IssueLike } from '../../core/api/problems';
import { INVALID_UTF8 } from './jsonBody';

/** Every error answer has the same shape: a registered code for programs, English for logs, and the fields at fault. */
export interface ErrorBody {
  error: ApiErrorCode;
  message: string;
  fields?: FieldProblem[];
}

/**
 * An expected failure a handler throws: the mount answers it with the code's status and
 * `{error, message, fields?}`. `message` is English for programs; people see the code translated.
 */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    message?: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message ?? API_ERRORS[code].message);
    this.status = API_ERRORS[code].status;
  }
}

export function sendError(reply: FastifyReply, code: ApiErrorCode, message?: string, fields?: FieldProblem[]): FastifyReply {
  const body: ErrorBody = { error: code, message: message ?? API_ERRORS[code].message, ...(fields?.length ? { fields } : {}) };
  return reply.code(API_ERRORS[code].status).type('application/json; charset=utf-8').send(body);
}

/** A 400 `invalid_request` naming the fields at fault, from zod issues (at most 20 of them). */
export function invalidRequest(issues: readonly IssueLike[], prefix = ''): ApiError {
  const fields = issues.slice(0, 20).map((issue) => {
    const p = problemOf(issue);
    return prefix ? { ...p, path: p.path ? `${prefix}.${p.path}` : prefix } : p;
  });
  return new ApiError('invalid_request', fields.slice(0, 5).map(englishProblem).join('; ') || undefined, fields);
}

/**
 * The validation errors of fastify-type-provider-zod carry each zod issue as {keyword (its
 * code), instancePath, message, params (the rest of the issue)}: read back into issues.
 */
function issuesOfValidation(validation: ReadonlyArray<{ keyword?: string; instancePath?: string; message?: string; params?: Record<string, unknown> }>): IssueLike[] {
  return validation.map((v) => ({
    ...(v.params ?? {}),
    code: v.keyword,
    message: v.message,
    path: (v.instancePath ?? '').split('/').filter(Boolean),
    params: (v.params?.params as Record<string, unknown> | undefined) ?? undefined,
  }));
}

/**
 * A value the database refused to store (SQLSTATE class 22: a NUL character, a date or number out
 * of range…) or a uniqueness/reference conflict (class 23). Inputs are validated before they get
 * there; this is the net under that, so such a request is answered as the bad input it is rather
 * than as a failure a device would retry forever.
 */
function databaseRefusal(error: unknown): ApiErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^2[23][0-9A-Z]{3}$/.test(code)) return null;
  return code.startsWith('22') ? 'value_not_storable' : 'conflict';
}

const CONTEXT_PREFIX: Record<string, string> = { querystring: 'query', params: 'params', headers: 'headers', body: '' };

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return sendError(reply, error.code, error.message, error.fields);
    if (Array.isArray(error.validation)) {
      const e = invalidRequest(issuesOfValidation(error.validation as never), CONTEXT_PREFIX[error.validationContext ?? 'body'] ?? '');
      return sendError(reply, e.code, e.message, e.fields);
    }
    const refusal = databaseRefusal(error);
    if (refusal) {
      request.log.warn({ err: error }, 'database refused a value');
      return sendError(reply, refusal);
    }
    if (error instanceof RangeError && /call stack/i.test(error.message)) return sendError(reply, 'too_deep');
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      // Internals stay in the log; devices retry 5xx, so say so.
      return sendError(reply, status === 503 ? 'server_unavailable' : 'server_error');
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 'too_large');
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendError(reply, 'unsupported_media_type');
    if (error.code === INVALID_UTF8) return sendError(reply, 'invalid_utf8');
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return sendError(reply, 'invalid_json', 'the request body is empty');
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return sendError(reply, 'invalid_json');
    if (status === 429) return sendError(reply, 'rate_limited');
    return sendError(reply, 'bad_request', error.message);
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
}
