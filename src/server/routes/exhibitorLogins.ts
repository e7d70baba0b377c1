/**
 * The organizer's hold on exhibitor logins (console → Leads): switch one off or on, give it a new
 * password, end its sessions. Each ends the sessions that matter at once, on every instance (they
 * live in the database).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { uuidSchema } from '../../core/schema/common';
import type { Db } from '../db/types';
import { requireAccount } from '../http/consoleSession';
import { parseOr400, sendError } from '../http/errors';
import { requireEvent } from '../services/events';
import { endExhibitorSessions, ExhibitorAccountError, findExhibitorAccount, resetExhibitorPassword, setExhibitorLoginDisabled } from '../services/exhibitorAccounts';

const passwordSchema = z.object({ password: z.string().min(1).max(200).optional() }).default({});

export function exhibitorLoginRoutes(app: FastifyInstance, db: Db): void {
  /** The organizer, the event and the login id from the path; null when refused (answered). */
  async function target(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply): Promise<{ by: string; eventId: string; accountId: string } | null> {
    const organizer = await requireAccount(db, request, reply);
    if (!organizer) return null;
    const accountId = parseOr400(reply, uuidSchema, request.params.id);
    if (!accountId) return null;
    return { by: organizer.username, eventId: (await requireEvent(db)).id, accountId };
  }
  const noSuchLogin = (reply: FastifyReply) => sendError(reply, 404, 'not_found', 'no such exhibitor login in this event');

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post<{ Params: { id: string } }>(`/api/v1/console/exhibitor-accounts/:id/${action}`, async (request, reply) => {
      const t = await target(request, reply);
      if (!t) return reply;
      const ended = await setExhibitorLoginDisabled(db, t.eventId, t.accountId, disabled, `organizer:${t.by}`);
      return ended === null ? noSuchLogin(reply) : { ok: true, endedSessions: ended };
    });
  }

  app.post<{ Params: { id: string } }>('/api/v1/console/exhibitor-accounts/:id/password', async (request, reply) => {
    const t = await target(request, reply);
    if (!t) return reply;
    const body = parseOr400(reply, passwordSchema, request.body);
    if (!body) return reply;
    try {
      const reset = await resetExhibitorPassword(db, t.eventId, t.accountId, body.password);
      if (!reset) return noSuchLogin(reply);
      // A password the organizer typed is not sent back; one made here is shown once.
      return { ok: true, endedSessions: reset.endedSessions, ...(body.password ? {} : { password: reset.password }) };
    } catch (error) {
      if (error instanceof ExhibitorAccountError) return sendError(reply, 400, error.reason, error.message);
      throw error;
    }
  });

  app.post<{ Params: { id: string } }>('/api/v1/console/exhibitor-accounts/:id/end-sessions', async (request, reply) => {
    const t = await target(request, reply);
    if (!t) return reply;
    if (!(await findExhibitorAccount(db, t.eventId, t.accountId))) return noSuchLogin(reply);
    return { ok: true, endedSessions: await endExhibitorSessions(db, t.eventId, t.accountId) };
  });
}
