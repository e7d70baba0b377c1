/**
 * Exhibitor logins: made by the organizer for one exhibitor; they see and export only that
 * exhibitor's leads. Kept apart from organizer accounts (own tables, own cookie), so an exhibitor
 * session can never pass the organizer console's checks.
 */
import { newId } from '../../core/ids';
import { hashPassword, hashToken, newToken, verifyPassword } from '../auth/secrets';
import type { Queryable } from '../db/types';
import { isLockedOut, recordFailure } from './authFailures';
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
    readonly reason: 'exists' | 'weak_password' | 'bad_credentials' | 'locked' | 'no_exhibitor' | 'bad_username',
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

export async function listExhibitorAccounts(db: Queryable, eventId: string): Promise<Array<{ id: string; username: string; exhibitorId: string; createdAt: string }>> {
  const { rows } = await db.query<{ id: string; username: string; exhibitor_id: string; created_at: Date }>(
    'SELECT id, username, exhibitor_id, created_at FROM exhibitor_accounts WHERE event_id = $1 ORDER BY username',
    [eventId],
  );
  return rows.map((r) => ({ id: r.id, username: r.username, exhibitorId: r.exhibitor_id, createdAt: new Date(r.created_at).toISOString() }));
}

const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** Checks the password and opens a session; returns its token. */
export async function exhibitorLogin(db: Queryable, username: string, password: string): Promise<string> {
  const subject = `exhibitor:${username}`;
  if (await isLockedOut(db, 'login', subject)) throw new ExhibitorAccountError('locked', 'too many failed logins for this account; wait 15 minutes');
  const { rows } = await db.query<{ id: string; password_hash: string }>('SELECT id, password_hash FROM exhibitor_accounts WHERE username = $1', [username]);
  const account = rows[0];
  // A dummy hash for unknown names: timing does not reveal which names exist.
  const ok = await verifyPassword(password, account?.password_hash ?? DUMMY_HASH);
  if (!account || !ok) {
    await recordFailure(db, 'login', subject);
    throw new ExhibitorAccountError('bad_credentials', 'wrong username or password');
  }
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
      WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [hashToken(token)],
  );
  const r = rows[0];
  return r ? { id: r.id, username: r.username, eventId: r.event_id, exhibitorId: r.exhibitor_id, exhibitorName: r.name } : null;
}

export async function endExhibitorSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM exhibitor_sessions WHERE token_hash = $1', [hashToken(token)]);
}
