/** The console's way in: first account, login, logout (core/api/console/session.ts). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { sessionApi } from '../../../core/api/console/session';
import type { ServerConfig } from '../../config';
import type { Db } from '../../db/types';
import { CONSOLE_COOKIE, organizerOf } from '../../http/callers';
import { notFromServerMachine } from '../../http/serverMachine';
import { ApiError } from '../../http/errors';
import type { Handlers } from '../../http/mount';
import { AccountError, createFirstAccount, createSession, endSession, hasAccounts, login } from '../../auth/accounts';

const ACCOUNT_CODES = { exists: 'account_exists', weak_password: 'weak_password', bad_credentials: 'bad_credentials', locked: 'locked' } as const;

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(CONSOLE_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: '/', maxAge: 14 * 24 * 3600 });
}

async function accountCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AccountError) throw new ApiError(ACCOUNT_CODES[error.reason], error.message);
    throw error;
  }
}

export function sessionHandlers(db: Db, config: Pick<ServerConfig, 'publicUrl'>): Handlers<typeof sessionApi> {
  return {
    async state({ request }) {
      const account = await organizerOf(db, request);
      return { setupRequired: !(await hasAccounts(db)), account: account ? { username: account.username } : null };
    },
    async setup({ body, request, reply }) {
      const notLocal = notFromServerMachine(request, config.publicUrl);
      if (notLocal) throw new ApiError('setup_local_only', `create the first account from the server itself (open http://localhost:PORT/console there): ${notLocal}`);
      const accountId = await accountCall(() => createFirstAccount(db, body.username, body.password));
      setSessionCookie(request, reply, await createSession(db, accountId));
      return { username: body.username };
    },
    async login({ body, request, reply }) {
      const accountId = await accountCall(() => login(db, body.username, body.password, request.ip));
      setSessionCookie(request, reply, await createSession(db, accountId));
      return { username: body.username };
    },
    async logout({ request, reply }) {
      const token = request.cookies[CONSOLE_COOKIE];
      if (token) await endSession(db, token);
      reply.clearCookie(CONSOLE_COOKIE, { path: '/' });
      return { ok: true };
    },
  };
}
