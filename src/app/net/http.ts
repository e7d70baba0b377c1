/** fetch for our own API, with failures sorted into what callers do next. */

/** The server answered with an error status; `code` and `message` come from its JSON body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** From Retry-After (seconds), when the server said when to try again (429, 503). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}
/** The request never got an answer (offline, server down, network cut). */
export class NetworkError extends Error {}

export async function request<T>(path: string, init: RequestInit & { token?: string; timeoutMs?: number }, parse: (body: unknown) => T): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  // Every request that changes something says JSON, with a body or without: the server refuses
  // others, so a page of another site cannot make them (src/server/http/sameOrigin.ts).
  const method = (init.method ?? 'GET').toUpperCase();
  if (init.body || (method !== 'GET' && method !== 'HEAD')) headers.set('content-type', 'application/json');
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
    const b = (body ?? {}) as { error?: string; message?: string };
    const retryAfter = Number(response.headers.get('retry-after') ?? '');
    throw new HttpError(response.status, b.error ?? 'http_error', b.message ?? `HTTP ${response.status}`, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  }
  return parse(body);
}
