/**
 * Retry delay after `failures` consecutive failed sync attempts: exponential with "full jitter"
 * (a uniformly random delay between 0 and the exponential ceiling), so a hall full of tablets
 * that lost the network together does not hammer the server in lock-step when it returns.
 */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const SYNC_BACKOFF: BackoffOptions = { baseMs: 1_000, capMs: 5 * 60_000 };

export function backoffCeiling(failures: number, opts: BackoffOptions = SYNC_BACKOFF): number {
  if (failures <= 0) return 0;
  // 2 ** 30 already exceeds any sane cap; clamping the exponent avoids Infinity.
  const exp = Math.min(failures - 1, 30);
  return Math.min(opts.capMs, opts.baseMs * 2 ** exp);
}

/** `random` is injected so the schedule is testable; it must return a number in [0, 1). */
export function backoffDelay(failures: number, random: () => number = Math.random, opts: BackoffOptions = SYNC_BACKOFF): number {
  const ceiling = backoffCeiling(failures, opts);
  if (ceiling === 0) return 0;
  // Never 0 ms after a failure: at least a tenth of the ceiling.
  return Math.round(ceiling * (0.1 + 0.9 * random()));
}
