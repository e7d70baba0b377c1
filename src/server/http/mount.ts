/**
 * Serves endpoints from their declarations (src/core/api). Everything a route used to repeat is
 * done here, once: who may call (before the body is even read), parsing and validation of params,
 * query and body against the declared zod schemas (fastify-type-provider-zod's validator; a
 * refusal is a 400 `invalid_request` naming the fields), the event lookup, the route's body and
 * rate limits, files and pre-serialised JSON on their way out, and the error shape: a handler
 * throws `ApiError(code)` and the error handler (./errors.ts) answers `{error, message, fields?}`.
 * Handlers receive typed `{params, query, body, event, account|device|exhibitor, request, reply}`.
 */
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { z } from 'zod';
import {
  isFileResponse,
  type Access,
  type BodyOut,
  type DeviceAccess,
  type EndpointGroup,
  type EndpointSpec,
  type ParamsOut,
  type QueryOut,
  type ResponseIn,
} from '../../core/api/define';
import { englishIssues } from '../../core/api/problems';
import type { EventConfig } from '../../core/schema/config';
import type { Db } from '../db/types';
import type { DeviceIdentity } from '../devices/devices';
import { requireEvent } from '../events/events';
import type { ExhibitorAccount } from '../auth/exhibitorAccounts';
import { deviceOf, exhibitorOf, isCli, organizerOf, type OrganizerAccount } from './callers';
import { ApiError } from './errors';
import { routeSchema } from './routeSchema';

/** The event of a device or an exhibitor login: its id is all their routes need. */
export interface EventRef {
  id: string;
}

type Caller =
  | { kind: 'organizer'; account: OrganizerAccount; event: EventConfig }
  | { kind: 'exhibitor'; exhibitor: ExhibitorAccount; event: EventRef }
  | { kind: 'device'; device: DeviceIdentity; event: EventRef };

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
  interface FastifyContextConfig {
    /** The declaration a route was mounted from (the contract tests list routes by it). */
    endpoint?: EndpointSpec;
    /** Nesting allowed in the body (./bodyDepth.ts). */
    bodyDepth?: number;
  }
}

type CallerOf<A extends Access> = A extends 'organizer'
  ? { account: OrganizerAccount; event: EventConfig }
  : A extends 'exhibitor'
    ? { exhibitor: ExhibitorAccount; event: EventRef }
    : A extends DeviceAccess
      ? { device: DeviceIdentity; event: EventRef }
      : Record<never, never>;

export type HandlerContext<E extends EndpointSpec> = {
  params: ParamsOut<E>;
  query: QueryOut<E>;
  body: BodyOut<E>;
  request: FastifyRequest;
  reply: FastifyReply;
} & CallerOf<E['access']>;

/** A file answer: CSV, XLSX, an image, a JSON download, a stream. */
export interface FileAnswer {
  type: string;
  body: Buffer | Uint8Array | string | Readable;
  /** Offered as a download under this name. */
  filename?: string;
  /** `Cache-Control`; `no-store` unless said. */
  cache?: string;
}

/** JSON already serialised (the pull's pages are built as text): sent as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

type Result<E extends EndpointSpec> = E['response'] extends z.ZodType ? ResponseIn<E> | RawJson : FileAnswer;
export type Handler<E extends EndpointSpec> = (ctx: HandlerContext<E>) => Promise<Result<E>> | Result<E>;
export type Handlers<G extends EndpointGroup> = { [K in keyof G]: Handler<G[K]> };

export interface MountOptions {
  db: Db;
  /** The data directory's secret; without it the CLI's endpoints are not served at all. */
  cliSecret?: string;
  /**
   * Check every JSON answer against its declared schema, as the app will parse it (the tests turn
   * this on, so an answer that drifts from the contract fails them; production skips the cost).
   */
  checkResponses?: boolean;
}

function authenticate(spec: EndpointSpec, opts: MountOptions): onRequestAsyncHookHandler | undefined {
  const access = spec.access;
  if (access === 'public') return undefined;
  if (access === 'cli') {
    const secret = opts.cliSecret ?? '';
    return async (request) => {
      if (!isCli(request, secret)) throw new ApiError('not_allowed');
    };
  }
  if (access === 'organizer') {
    return async (request) => {
      const account = await organizerOf(opts.db, request);
      if (!account) throw new ApiError('login_required');
      request.caller = { kind: 'organizer', account, event: await requireEvent(opts.db) };
    };
  }
  if (access === 'exhibitor') {
    return async (request) => {
      const exhibitor = await exhibitorOf(opts.db, request);
      if (!exhibitor) throw new ApiError('exhibitor_login_required');
      request.caller = { kind: 'exhibitor', exhibitor, event: { id: exhibitor.eventId } };
    };
  }
  const roles = (access as DeviceAccess).device;
  return async (request) => {
    const device = await deviceOf(opts.db, request);
    if (!device) throw new ApiError('unauthorized');
    if (!roles.includes(device.role)) throw new ApiError('forbidden', `a ${device.role} device may not call ${spec.method} ${spec.path}`);
    request.caller = { kind: 'device', device, event: { id: device.eventId } };
  };
}

function callerFields(caller: Caller | null): Record<string, unknown> {
  if (!caller) return {};
  const { kind: _kind, ...rest } = caller;
  return rest;
}

function sendFile(reply: FastifyReply, file: FileAnswer): FastifyReply {
  reply.type(file.type).header('x-content-type-options', 'nosniff').header('cache-control', file.cache ?? 'no-store');
  if (file.filename) reply.header('content-disposition', `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`);
  return reply.send(file.body);
}

/** The answer as the app will read it: through JSON, then the declared schema. */
function checkResponse(spec: EndpointSpec, value: unknown): void {
  const schema = spec.response as z.ZodType;
  const parsed = schema.safeParse(JSON.parse(JSON.stringify(value ?? null)));
  if (!parsed.success) {
    const detail = englishIssues(parsed.error.issues);
    throw new Error(`${spec.method} ${spec.path} answered outside its declared response: ${detail}`);
  }
}

/**
 * Serves every endpoint of a group with its handler. `name` is the group's (`device`,
 * `console.visitors`): its first part tags the endpoints in the OpenAPI document, and each
 * operation is named `<name>.<key>`.
 */
export function mount<G extends EndpointGroup>(app: FastifyInstance, opts: MountOptions, name: string, group: G, handlers: Handlers<G>): void {
  if (!app.hasRequestDecorator('caller')) app.decorateRequest('caller', null);
  for (const key of Object.keys(group) as Array<keyof G & string>) {
    const spec = group[key] as EndpointSpec;
    const handler = handlers[key] as unknown as (ctx: Record<string, unknown>) => Promise<unknown>;
    if (spec.access === 'cli' && !opts.cliSecret) continue;
    const file = isFileResponse(spec.response);
    const onRequest = authenticate(spec, opts);
    app.route({
      method: spec.method,
      url: spec.path,
      schema: routeSchema(spec, name.split('.')[0] ?? name, `${name}.${key}`),
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      // A stream of lines (the CLI's output) goes out as it is written, not held back by gzip.
      ...(file && (spec.response as { file: readonly string[] }).file.includes('application/x-ndjson') ? { compress: false } : {}),
      config: { endpoint: spec, ...(spec.rateLimit ? { rateLimit: spec.rateLimit } : {}), ...(spec.bodyDepth ? { bodyDepth: spec.bodyDepth } : {}) },
      ...(onRequest ? { onRequest } : {}),
      // An empty JSON body (an action without parameters: ./jsonBody.ts) is read as {}, which an
      // endpoint taking nothing, or only optional fields, accepts; a literal `null` stays refused.
      ...(spec.body
        ? {
            preValidation: async (request: FastifyRequest) => {
              if (request.body === undefined) request.body = {};
            },
          }
        : {}),
      handler: async (request, reply) => {
        const result = await handler({
          params: request.params ?? {},
          query: request.query ?? {},
          body: request.body,
          request,
          reply,
          ...callerFields(request.caller),
        });
        if (reply.sent) return reply;
        if (file) return sendFile(reply, result as FileAnswer);
        if (result instanceof RawJson) return reply.type('application/json; charset=utf-8').send(result.text);
        if (opts.checkResponses) checkResponse(spec, result);
        return result;
      },
    });
  }
}
