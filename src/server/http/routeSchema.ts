/**
 * A declaration as Fastify's route schema: the zod schemas the validator checks requests with,
 * and what @fastify/swagger turns into the OpenAPI document (./openapi.ts): who may call, the
 * answers with their content types, and every error code the route can answer, by status.
 */
import type { FastifySchema } from 'fastify';
import { z } from 'zod';
import { isDeviceAccess, isFileResponse, type EndpointSpec } from '../../core/api/define';
import { API_ERRORS, type ApiErrorCode } from '../../core/api/errors';
import { FIELD_PROBLEMS } from '../../core/api/problems';

const fieldProblemSchema = z.object({
  path: z.string().meta({ description: 'where in the request: `endsOn`, `query.limit`, `questions.2.label`' }),
  problem: z.enum(Object.keys(FIELD_PROBLEMS) as [keyof typeof FIELD_PROBLEMS]),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

function errorBody(codes: readonly ApiErrorCode[]) {
  return z.object({
    error: z.enum(codes as [ApiErrorCode, ...ApiErrorCode[]]),
    message: z.string().meta({ description: 'English, for programs and logs; show people the translation of `error`' }),
    fields: z.array(fieldProblemSchema).optional(),
  });
}

/** The codes any route of this shape can answer besides its own: who may call, parsing, limits. */
export function impliedErrors(spec: EndpointSpec): ApiErrorCode[] {
  const codes: ApiErrorCode[] = [];
  if (spec.access === 'organizer') codes.push('login_required');
  else if (spec.access === 'exhibitor') codes.push('exhibitor_login_required');
  else if (spec.access === 'cli') codes.push('not_allowed');
  else if (isDeviceAccess(spec.access)) codes.push('unauthorized', 'forbidden');
  if (spec.params || spec.query || spec.body) codes.push('invalid_request');
  if (spec.body) codes.push('invalid_json', 'too_deep', 'too_large', 'unsupported_media_type', 'value_not_storable', 'conflict');
  if (spec.rateLimit) codes.push('rate_limited');
  codes.push('server_error');
  return codes;
}

const SECURITY: Record<string, string> = { organizer: 'consoleSession', exhibitor: 'exhibitorSession', cli: 'cliSecret' };

export function accessText(spec: EndpointSpec): string {
  if (spec.access === 'public') return 'anyone';
  if (spec.access === 'organizer') return 'the organizer (console session)';
  if (spec.access === 'exhibitor') return 'an exhibitor login';
  if (spec.access === 'cli') return 'the CLI on the server machine';
  return `a paired device: ${spec.access.device.join(', ')}`;
}

export function routeSchema(spec: EndpointSpec, tag: string, operationId: string): FastifySchema {
  const codes = [...new Set([...impliedErrors(spec), ...spec.errors])];
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of codes) {
    const status = API_ERRORS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const response: Record<string, unknown> = {
    200: isFileResponse(spec.response)
      ? { description: spec.response.file.join(' or '), content: Object.fromEntries(spec.response.file.map((type) => [type, { schema: z.string().meta({ format: 'binary' }) }])) }
      : { description: 'OK', content: { 'application/json': { schema: spec.response } } },
  };
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    response[String(status)] = { description: list.join(', '), content: { 'application/json': { schema: errorBody(list) } } };
  }
  const security = spec.access === 'public' ? [] : [{ [isDeviceAccess(spec.access) ? 'deviceToken' : (SECURITY[spec.access] ?? '')]: [] }];
  return {
    summary: spec.summary,
    description: `Who may call: ${accessText(spec)}.${spec.rateLimit ? ` At most ${spec.rateLimit.max} requests per ${spec.rateLimit.timeWindow} from one address.` : ''}${spec.bodyLimit ? ` Body up to ${spec.bodyLimit} bytes.` : ''}`,
    tags: [tag],
    operationId,
    security,
    'x-access': isDeviceAccess(spec.access) ? { device: spec.access.device } : spec.access,
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.query ? { querystring: spec.query } : {}),
    ...(spec.body ? { body: spec.body } : {}),
    response,
  } as FastifySchema;
}
