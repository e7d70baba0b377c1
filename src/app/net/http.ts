/** Failures of our API sorted into what callers do next (./client.ts raises them). */
import type { ApiErrorCode } from '../../core/api/errors';
import type { FieldProblem } from '../../core/api/problems';

/** The server answered with an error status; `code`, `message` and `fields` come from its JSON body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** A code of core/api/errors.ts, or `http_error` when the answer was not ours (a proxy's page). */
    readonly code: ApiErrorCode | 'http_error',
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}
/** The request never got an answer (offline, server down, network cut). */
export class NetworkError extends Error {}

/** Hand-built calls of before the typed client (./client.ts); goes when the last caller is moved. */
export async function request<T>(path: string, init: RequestInit & { token?: string; timeoutMs?: number }, parse: (body: unknown) => T): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (init.body) headers.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, cache: 'no-store', signal: AbortSignal.timeout(init.timeoutMs ?? 30_000) });
  } catch (error) {
    throw new NetworkError((error as Error).message || 'network error');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page or an empty body: handled by status below.
  }
  if (!response.ok) {
    const b = (body ?? {}) as { error?: ApiErrorCode; message?: string };
    throw new HttpError(response.status, b.error ?? 'http_error', b.message ?? `HTTP ${response.status}`);
  }
  return parse(body);
}
