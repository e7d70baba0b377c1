/**
 * The app's one way to the server: `call(endpoint, input)` for JSON, `download` and `saveFile`
 * for files, `href` for an image's address. Typed from the declarations in src/core/api (an
 * endpoint's params, query and body in, its parsed answer out), so no screen holds a URL or
 * builds a fetch. Every state-changing request sends `Content-Type: application/json` and a JSON
 * body (`{}` when the endpoint takes none): the server refuses anything else. The console's and
 * exhibitor's session cookies go along by themselves (same origin); devices pass their token.
 */
import type { z } from 'zod';
import { fillPath, type BodyIn, type EndpointSpec, type FileResponse, type ParamsIn, type QueryIn, type ResponseOut } from '../../core/api/define';
import { isApiErrorCode } from '../../core/api/errors';
import type { FieldProblem } from '../../core/api/problems';
import { downloadBlob } from '../ui/download';
import { HttpError, NetworkError } from './http';

type Part<K extends string, T> = [T] extends [undefined] ? { [P in K]?: undefined } : undefined extends T ? { [P in K]?: T } : Record<never, never> extends T ? { [P in K]?: T } : { [P in K]: T };

/** What an endpoint takes: `params` when its path has some, `query` and `body` as declared. */
export type CallInput<E extends EndpointSpec> = Part<'params', ParamsIn<E>> & Part<'query', QueryIn<E>> & Part<'body', BodyIn<E>>;

export interface CallOptions {
  /** A device's bearer token. */
  token?: string;
  timeoutMs?: number;
}

export type JsonEndpoint = EndpointSpec & { response: z.ZodType };
export type FileEndpoint = EndpointSpec & { response: FileResponse };

/** The query string of the values that are set ('' stays: some filters mean "unknown" by it). */
function queryString(query: unknown): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query as Record<string, unknown>)) if (v !== undefined && v !== null) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The address of an endpoint with its params and query (for an `<img src>`: images load as the browser does). */
export function href<E extends EndpointSpec>(endpoint: E, input: CallInput<E>): string {
  const { params, query } = input as { params?: Record<string, unknown>; query?: unknown };
  return fillPath(endpoint.path, params) + queryString(query);
}

async function send(endpoint: EndpointSpec, input: unknown, options: CallOptions): Promise<Response> {
  const headers = new Headers({ accept: 'application/json' });
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  const init: RequestInit = { method: endpoint.method, headers, cache: 'no-store', credentials: 'same-origin', signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) };
  if (endpoint.method !== 'GET') {
    headers.set('content-type', 'application/json');
    init.body = JSON.stringify((input as { body?: unknown }).body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(href(endpoint, input as CallInput<EndpointSpec>), init);
  } catch (error) {
    throw new NetworkError((error as Error).message || 'network error');
  }
  if (!response.ok) throw await httpError(response);
  return response;
}

async function httpError(response: Response): Promise<HttpError> {
  let body: { error?: unknown; message?: unknown; fields?: unknown } = {};
  try {
    body = ((await response.json()) ?? {}) as typeof body;
  } catch {
    // A proxy's HTML error page or an empty body: the status says enough.
  }
  const code = typeof body.error === 'string' && isApiErrorCode(body.error) ? body.error : 'http_error';
  const fields = Array.isArray(body.fields) ? (body.fields as FieldProblem[]) : [];
  const retryAfter = Number(response.headers.get('retry-after') ?? '');
  return new HttpError(response.status, code, typeof body.message === 'string' ? body.message : `HTTP ${response.status}`, fields, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
}

/** Calls a JSON endpoint; the answer is parsed with its declared schema. */
export async function call<E extends JsonEndpoint>(endpoint: E, input: CallInput<E>, options: CallOptions = {}): Promise<ResponseOut<E>> {
  const response = await send(endpoint, input, options);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new HttpError(response.status, 'http_error', 'the answer is not JSON');
  }
  return endpoint.response.parse(body) as ResponseOut<E>;
}

export interface DownloadedFile {
  blob: Blob;
  /** From the answer's Content-Disposition, when it names one. */
  filename: string | null;
}

/** Fetches a file endpoint (CSV, XLSX, an image, a JSON download). */
export async function download<E extends FileEndpoint>(endpoint: E, input: CallInput<E>, options: CallOptions = {}): Promise<DownloadedFile> {
  const response = await send(endpoint, input, { timeoutMs: 300_000, ...options });
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
  return { blob: await response.blob(), filename };
}

/** Downloads a file endpoint and hands it to the browser to save, under the server's name or `fallbackName`. */
export async function saveFile<E extends FileEndpoint>(endpoint: E, input: CallInput<E>, fallbackName: string, options: CallOptions = {}): Promise<void> {
  const { blob, filename } = await download(endpoint, input, options);
  downloadBlob(blob, filename ?? fallbackName);
}
