import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../db/types';
import { sessionAccount } from '../services/accounts';
import { sendLegacyError as sendError } from './legacy';

/** The console's session cookie (set by routes/console.ts at login). */
export const CONSOLE_COOKIE = 'sf_session';

/** The logged-in organizer; answers 401 (and returns null) without a live session. */
export async function requireAccount(db: Queryable, request: FastifyRequest, reply: FastifyReply): Promise<{ id: string; username: string } | null> {
  const token = request.cookies[CONSOLE_COOKIE];
  const account = token ? await sessionAccount(db, token) : null;
  if (!account) sendError(reply, 401, 'login_required', 'log in to the console');
  return account;
}
