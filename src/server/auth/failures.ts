import type { Queryable } from '../db/types';

/**
 * Failed pairing and login attempts, counted in the database so every server instance enforces
 * the same limits (the in-process rate limiter of app.ts only slows one instance's callers).
 *
 * - pair: wrong pairing codes per client address. The guarantee against guessing does not rest on
 *   it (addresses are cheap): every wrong code also counts against every open code, which is
 *   withdrawn past MAX_WRONG_TRIES_PER_CODE (devices/pairing.ts).
 * - login: failed logins per user name (a guesser of one account), and per client address
 *   (one address trying many names).
 */
export const LIMITS = {
  pair: { windowMinutes: 15, max: 10 },
  login: { windowMinutes: 15, max: 10 },
  login_address: { windowMinutes: 15, max: 30 },
} as const;

export type FailureKind = keyof typeof LIMITS;

export async function recordFailure(db: Queryable, kind: FailureKind, subject: string): Promise<void> {
  await db.query('INSERT INTO auth_failures (kind, subject) VALUES ($1, $2)', [kind, subject]);
}

export async function isLockedOut(db: Queryable, kind: FailureKind, subject: string): Promise<boolean> {
  const { windowMinutes, max } = LIMITS[kind];
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM auth_failures WHERE kind = $1 AND subject = $3 AND at > now() - make_interval(mins => $2)`,
    [kind, windowMinutes, subject],
  );
  return (rows[0]?.n ?? 0) >= max;
}
