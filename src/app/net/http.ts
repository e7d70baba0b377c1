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
    /** From Retry-After (seconds), when the server said when to try again (429, 503). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}
/** The request never got an answer (offline, server down, network cut). */
export class NetworkError extends Error {}

