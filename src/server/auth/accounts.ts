import { newId } from '../../core/ids';
import { hashPassword, hashToken, newToken, verifyPassword } from './secrets';
import type { Db, Queryable } from '../db/types';
import { isLockedOut, recordFailure } from './failures';

export const SESSION_DAYS = 14;
export { MIN_PASSWORD_LENGTH } from '../../core/schema/console';
import { MIN_PASSWORD_LENGTH } from '../../core/schema/console';

export async function hasAccounts(db: Queryable): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM accounts LIMIT 1');
  return rows.length > 0;
}

export class AccountError extends Error {
  constructor(
    readonly reason: 'exists' | 'weak_password' | 'bad_credentials' | 'locked',
    message: string,
  ) {
    super(message);
  }
}

/** Creates the first organizer account; refuses once one exists (later accounts are made from the console). */
export async function createFirstAccount(db: Db, username: string, password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AccountError('weak_password', `the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7405522)');
    if (await hasAccounts(tx)) throw new AccountError('exists', 'an organizer account already exists; log in instead');
    const id = newId();
    await tx.query('INSERT INTO accounts (id, username, password_hash) VALUES ($1, $2, $3)', [id, username, hash]);
    return id;
  });
}

/** Checks a password. Failures count against the user name and the client address (lockouts in failures.ts). */
export async function login(db: Queryable, username: string, password: string, clientIp: string): Promise<string> {
  if (await isLockedOut(db, 'login', username)) throw new AccountError('locked', 'too many failed logins for this account; wait 15 minutes');
  if (await isLockedOut(db, 'login_address', clientIp)) throw new AccountError('locked', 'too many failed logins from this address; wait 15 minutes');
  const { rows } = await db.query<{ id: string; password_hash: string }>('SELECT id, password_hash FROM accounts WHERE username = $1', [username]);
  const account = rows[0];
  // Verify against a dummy hash when the user does not exist, so timing does not reveal usernames.
  const ok = await verifyPassword(password, account?.password_hash ?? DUMMY_HASH);
  if (!account || !ok) {
    await recordFailure(db, 'login', username);
    await recordFailure(db, 'login_address', clientIp);
    throw new AccountError('bad_credentials', 'wrong username or password');
  }
  return account.id;
}

const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function createSession(db: Queryable, accountId: string): Promise<string> {
  const token = newToken();
  await db.query(`INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`, [
    hashToken(token),
    accountId,
    SESSION_DAYS,
  ]);
  return token;
}

export async function sessionAccount(db: Queryable, token: string): Promise<{ id: string; username: string } | null> {
  const { rows } = await db.query<{ id: string; username: string }>(
    `SELECT a.id, a.username FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [hashToken(token)],
  );
  return rows[0] ?? null;
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}
