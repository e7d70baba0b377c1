/**
 * Exhibitor logins: made by the organizer for one exhibitor; they see and export only that
 * exhibitor's leads. Kept apart from organizer accounts (own tables, own cookie), so an exhibitor
 * session can never pass the organizer console's checks.
 */
import { randomBytes } from 'node:crypto';
import { newId } from '../../core/ids';
import { hashPassword, hashToken, newToken, verifyPassword } from './secrets';
import type { Db, Queryable } from '../db/types';
import { isLockedOut, recordFailure } from './failures';
import { MIN_PASSWORD_LENGTH } from './accounts';

export const EXHIBITOR_SESSION_DAYS = 7;

export interface ExhibitorAccount {
  id: string;
  username: string;
  eventId: string;
  exhibitorId: string;
  exhibitorName: string;
}

export class ExhibitorAccountError extends Error {
  constructor(
    readonly reason: 'exists' | 'weak_password' | 'bad_credentials' | 'locked' | 'no_exhibitor' | 'bad_username' | 'disabled',
    message: string,
  ) {
    super(message);
  }
}

export async function createExhibitorAccount(
  db: Queryable,
  p: { eventId: string; exhibitorId: string; username: string; password: string; createdBy: string },
): Promise<{ id: string; username: string }> {
  const username = p.username.normalize('NFC').trim();
  if (!/^[\p{L}\p{N}._@-]{3,60}$/u.test(username)) throw new ExhibitorAccountError('bad_username', 'a user name has 3 to 60 letters, digits or . _ @ -');
  if (p.password.length < MIN_PASSWORD_LENGTH) throw new ExhibitorAccountError('weak_password', `the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const { rows: ex } = await db.query('SELECT 1 FROM exhibitors WHERE id = $1 AND event_id = $2', [p.exhibitorId, p.eventId]);
  if (!ex.length) throw new ExhibitorAccountError('no_exhibitor', `no exhibitor ${p.exhibitorId} in this event`);
  const id = newId();
  const { rowCount } = await db.query(
    `INSERT INTO exhibitor_accounts (id, event_id, exhibitor_id, username, password_hash, created_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (username) DO NOTHING`,
    [id, p.eventId, p.exhibitorId, username, await hashPassword(p.password), p.createdBy],
  );
  if (!rowCount) throw new ExhibitorAccountError('exists', `the user name ${username} is taken`);
  return { id, username };
}

/** A password for a login made or reset without one: 16 characters of base64url (96 bits). */
export function newLoginPassword(): string {
  return randomBytes(12).toString('base64url');
}

export interface ExhibitorAccountSummary {
  id: string;
  username: string;
  exhibitorId: string;
  createdAt: string;
  /** When the organizer switched it off; null while it works. */
  disabledAt: string | null;
  /** Sessions open now (browsers logged in with it). */
  sessions: number;
}

export async function listExhibitorAccounts(db: Queryable, eventId: string): Promise<ExhibitorAccountSummary[]> {
  const { rows } = await db.query<{ id: string; username: string; exhibitor_id: string; created_at: Date; disabled_at: Date | null; sessions: number }>(
    `SELECT a.id, a.username, a.exhibitor_id, a.created_at, a.disabled_at,
            (SELECT count(*)::int FROM exhibitor_sessions s WHERE s.account_id = a.id AND s.expires_at > now()) AS sessions
       FROM exhibitor_accounts a WHERE a.event_id = $1 ORDER BY a.username`,
    [eventId],
  );
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    exhibitorId: r.exhibitor_id,
    createdAt: new Date(r.created_at).toISOString(),
    disabledAt: r.disabled_at ? new Date(r.disabled_at).toISOString() : null,
    sessions: r.sessions,
  }));
}

/** The login of this event with this id or user name (the CLI names logins by user name); null when none. */
export async function findExhibitorAccount(db: Queryable, eventId: string, idOrUsername: string): Promise<{ id: string; username: string } | null> {
  const { rows } = await db.query<{ id: string; username: string }>(
    'SELECT id, username FROM exhibitor_accounts WHERE event_id = $1 AND (username = $2 OR id::text = $2)',
    [eventId, idOrUsername.normalize('NFC').trim()],
  );
  return rows[0] ?? null;
}

/** Ends every session of the login (each browser must log in again); returns how many were open. */
export async function endExhibitorSessions(db: Queryable, eventId: string, accountId: string): Promise<number> {
  const { rowCount } = await db.query(
    'DELETE FROM exhibitor_sessions s USING exhibitor_accounts a WHERE s.account_id = a.id AND a.id = $1 AND a.event_id = $2 AND s.expires_at > now()',
    [accountId, eventId],
  );
  return rowCount;
}

/**
 * Switches a login off (its sessions end at once and it cannot log in) or on again. Returns the
 * sessions ended, or null when the event has no such login.
 */
export async function setExhibitorLoginDisabled(db: Db, eventId: string, accountId: string, disabled: boolean, by: string): Promise<number | null> {
  return db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      `UPDATE exhibitor_accounts SET disabled_at = CASE WHEN $3 THEN COALESCE(disabled_at, now()) END, disabled_by = CASE WHEN $3 THEN $4 END
        WHERE id = $1 AND event_id = $2`,
      [accountId, eventId, disabled, by],
    );
    if (!rowCount) return null;
    return disabled ? endExhibitorSessions(tx, eventId, accountId) : 0;
  });
}

/**
 * Gives a login a new password (made when none is given) and ends its sessions: whoever knew the
 * old one is out. Returns the password, or null when the event has no such login.
 */
export async function resetExhibitorPassword(db: Db, eventId: string, accountId: string, password = newLoginPassword()): Promise<{ password: string; endedSessions: number } | null> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new ExhibitorAccountError('weak_password', `the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const { rowCount } = await tx.query('UPDATE exhibitor_accounts SET password_hash = $3 WHERE id = $1 AND event_id = $2', [accountId, eventId, hash]);
    if (!rowCount) return null;
    return { password, endedSessions: await endExhibitorSessions(tx, eventId, accountId) };
  });
}

const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** Checks the password and opens a session; returns its token. */
export async function exhibitorLogin(db: Queryable, username: string, password: string): Promise<string> {
  const subject = `exhibitor:${username}`;
  if (await isLockedOut(db, 'login', subject)) throw new ExhibitorAccountError('locked', 'too many failed logins for this account; wait 15 minutes');
  const { rows } = await db.query<{ id: string; password_hash: string; disabled: boolean }>(
    'SELECT id, password_hash, disabled_at IS NOT NULL AS disabled FROM exhibitor_accounts WHERE username = $1',
    [username],
  );
  const account = rows[0];
  // A dummy hash for unknown names: timing does not reveal which names exist.
  const ok = await verifyPassword(password, account?.password_hash ?? DUMMY_HASH);
  if (!account || !ok) {
    await recordFailure(db, 'login', subject);
    throw new ExhibitorAccountError('bad_credentials', 'wrong username or password');
  }
  // Said only to someone who knows the password.
  if (account.disabled) throw new ExhibitorAccountError('disabled', 'this login has been switched off by the organizer; ask them');
  const token = newToken();
  await db.query(`INSERT INTO exhibitor_sessions (token_hash, account_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`, [
    hashToken(token),
    account.id,
    EXHIBITOR_SESSION_DAYS,
  ]);
  return token;
}

export async function exhibitorSession(db: Queryable, token: string): Promise<ExhibitorAccount | null> {
  const { rows } = await db.query<{ id: string; username: string; event_id: string; exhibitor_id: string; name: string }>(
    `SELECT a.id, a.username, a.event_id, a.exhibitor_id, x.name
       FROM exhibitor_sessions s JOIN exhibitor_accounts a ON a.id = s.account_id JOIN exhibitors x ON x.id = a.exhibitor_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [hashToken(token)],
  );
  const r = rows[0];
  return r ? { id: r.id, username: r.username, eventId: r.event_id, exhibitorId: r.exhibitor_id, exhibitorName: r.name } : null;
}

export async function endExhibitorSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM exhibitor_sessions WHERE token_hash = $1', [hashToken(token)]);
}
