import type { Queryable } from '../db/types';

/**
 * Failed pairing and login attempts, counted in the database so every server instance enforces
 * the same limit. Pairing codes are only 6 digits: the global budget below means a guesser gets a
 * few dozen tries per window across all addresses, against a million codes.
 */
export const LIMITS = {
  pair: { windowMinutes: 15, max: 30 },
  login: { windowMinutes: 15, max: 10 },
} as const;

export type FailureKind = keyof typeof LIMITS;

export async function recordFailure(db: Queryable, kind: FailureKind, subject: string): Promise<void> {
  await db.query('INSERT INTO auth_failures (kind, subject) VALUES ($1, $2)', [kind, subject]);
}

/** `subject` null counts every failure of the kind (the global pairing budget). */
export async function isLockedOut(db: Queryable, kind: FailureKind, subject: string | null): Promise<boolean> {
  const { windowMinutes, max } = LIMITS[kind];
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM auth_failures WHERE kind = $1 AND at > now() - make_interval(mins => $2) AND ($3::text IS NULL OR subject = $3)`,
    [kind, windowMinutes, subject],
  );
  return (rows[0]?.n ?? 0) >= max;
}
