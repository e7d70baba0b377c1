/**
 * The shape of one HTTP endpoint, declared once and read by three parties: the server mounts its
 * handler against it (authentication, parsing, limits and the error shape done once, in
 * src/server/http/mount.ts), the app calls it through one typed client (src/app/net/client.ts),
 * and the OpenAPI document is generated from it. The sync wire's mutation table in
 * src/core/schema/mutations.ts is the model: one typed table, matched on both sides.
 *
 * Declarations are grouped in one module per audience (device.ts, console/, exhibitor.ts,
 * public.ts, cli.ts), so a screen loads the schemas of its own audience only.
 */
import type { z } from 'zod';
import type { Role } from '../schema/common';
import type { ApiErrorCode } from './errors';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Who may call: anyone; the organizer's console session (cookie); an exhibitor login (its own
 * cookie); a paired device of one of the roles (bearer token); the CLI on the server machine
 * (the data directory's secret, loopback only).
 */
export type Access = 'public' | 'organizer' | 'exhibitor' | 'cli' | DeviceAccess;
export interface DeviceAccess {
  readonly device: readonly Role[];
}

/** A response that is a file (CSV, XLSX, an image…), not JSON. */
export interface FileResponse {
  readonly file: readonly string[];
}

export type ResponseSpec = z.ZodType | FileResponse;

export interface RateLimit {
  /** Requests per client address… */
  readonly max: number;
  /** …in this window (`1 minute`). */
  readonly timeWindow: string;
}

export interface EndpointSpec {
  readonly method: Method;
  /** `/api/v1/…`, path parameters as `:name`. */
  readonly path: string;
  readonly access: Access;
  /** One line for the reference. */
  readonly summary: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: ResponseSpec;
  /** The codes a handler of this endpoint answers on purpose (the mount's own are implied). */
  readonly errors: readonly ApiErrorCode[];
  /** Bytes, when the server-wide 1 MB does not fit. */
  readonly bodyLimit?: number;
  /** Nesting depth allowed in the body, when the server-wide 32 does not fit. */
  readonly bodyDepth?: number;
  readonly rateLimit?: RateLimit;
}

/** Keeps the literal types of a declaration (method, path, schemas) for the server and client. */
export function endpoint<const E extends EndpointSpec>(spec: E): E {
  return spec;
}

export function fileResponse<const T extends readonly string[]>(...types: T): { readonly file: T } {
  return { file: types };
}

export function isFileResponse(r: ResponseSpec): r is FileResponse {
  return typeof r === 'object' && r !== null && 'file' in r && Array.isArray((r as FileResponse).file);
}

export function isDeviceAccess(a: Access): a is DeviceAccess {
  return typeof a === 'object';
}

type Infer<S, Io extends 'in' | 'out', Else> = S extends z.ZodType ? (Io extends 'in' ? z.input<S> : z.output<S>) : Else;

/** What a caller sends as path parameters, query and body. */
export type ParamsIn<E extends EndpointSpec> = Infer<E['params'], 'in', undefined>;
export type QueryIn<E extends EndpointSpec> = Infer<E['query'], 'in', undefined>;
export type BodyIn<E extends EndpointSpec> = Infer<E['body'], 'in', undefined>;
/** What a handler receives, after parsing (defaults and transforms applied). */
export type ParamsOut<E extends EndpointSpec> = Infer<E['params'], 'out', Record<string, never>>;
export type QueryOut<E extends EndpointSpec> = Infer<E['query'], 'out', Record<string, never>>;
export type BodyOut<E extends EndpointSpec> = Infer<E['body'], 'out', undefined>;
/** The JSON a handler answers (the schema's input side: what the client then parses). */
export type ResponseIn<E extends EndpointSpec> = E['response'] extends z.ZodType ? z.input<E['response']> : never;
/** What the client gets after parsing a JSON answer. */
export type ResponseOut<E extends EndpointSpec> = E['response'] extends z.ZodType ? z.output<E['response']> : never;

/** A group of declarations (one audience, or one feature of it). */
export type EndpointGroup = Readonly<Record<string, EndpointSpec>>;

/** The path with its parameters filled in, each percent-encoded. */
export function fillPath(path: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`${path}: parameter ${name} is missing`);
    return encodeURIComponent(String(value));
  });
}
