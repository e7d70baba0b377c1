/** The organizer console's API: first-run account, login, the event, devices and pairing codes, figures. */
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isoDateSchema, roleSchema, textSchema, uuidSchema } from '../../core/schema/common';
import { publicBaseUrl, type ServerConfig } from '../config';
import type { Db } from '../db/types';
import { CONSOLE_COOKIE, requireAccount as requireConsoleAccount } from '../http/consoleSession';
import { parseOr400, sendError } from '../http/errors';
import { notFromServerMachine } from '../http/serverMachine';
import { AccountError, createFirstAccount, createSession, endSession, hasAccounts, login, MIN_PASSWORD_LENGTH, sessionAccount } from '../services/accounts';
import { openImportRun } from '../roster/importRuns';
import { checkinCounts } from '../services/checkins';
import { listDevices, revokeDevice } from '../services/devices';
import { requireEvent, updateEvent } from '../services/events';
import { createExhibitor, listExhibitors } from '../services/exhibitors';
import { createPairingCode } from '../services/pairing';
import { revokeBadge } from '../services/badges';
import { getEventDoc, putEventDoc } from '../services/eventDocs';
import { DEFAULT_VISITOR_FORM, visitorFormSchema } from '../../core/forms/visitorForm';


const credentialsSchema = z.object({
  username: textSchema(80).pipe(z.string().min(1, 'username is required')),
  password: z.string().min(1, 'password is required').max(200),
});
const setupSchema = credentialsSchema.extend({
  password: z.string().min(MIN_PASSWORD_LENGTH, `the password needs at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});
const eventSchema = z
  .object({
    name: textSchema(200).pipe(z.string().min(1, 'event name is required')),
    startsOn: isoDateSchema.nullable(),
    endsOn: isoDateSchema.nullable(),
    venue: textSchema(300),
  })
  .refine((e) => !e.startsOn || !e.endsOn || e.startsOn <= e.endsOn, { message: 'the event cannot end before it starts', path: ['endsOn'] });
const pairingCodeSchema = z.object({
  role: roleSchema,
  exhibitorId: uuidSchema.nullable().optional(),
  ttlMinutes: z.number().int().min(5).max(7 * 24 * 60).optional(),
});
const exhibitorSchema = z.object({ name: textSchema(200).pipe(z.string().min(1, 'exhibitor name is required')) });

export function pairingUrl(config: ServerConfig, code: string, port?: number): string {
  return `${publicBaseUrl(config, port)}/pair?code=${code}`;
}

export function consoleRoutes(app: FastifyInstance, db: Db, config: ServerConfig): void {
  const setCookie = (request: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.setCookie(CONSOLE_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: '/', maxAge: 14 * 24 * 3600 });

  const requireAccount = (request: FastifyRequest, reply: FastifyReply) => requireConsoleAccount(db, request, reply);

  app.get('/api/v1/console/state', async (request) => {
    const token = request.cookies[CONSOLE_COOKIE];
    const account = token ? await sessionAccount(db, token) : null;
    return { setupRequired: !(await hasAccounts(db)), account: account ? { username: account.username } : null };
  });

  app.post('/api/v1/console/setup', { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    const notLocal = notFromServerMachine(request, config.publicUrl);
    if (notLocal) {
      return sendError(reply, 403, 'setup_local_only', `create the first account from the server itself (open http://localhost:PORT/console there): ${notLocal}`);
    }
    const body = parseOr400(reply, setupSchema, request.body);
    if (!body) return reply;
    try {
      const accountId = await createFirstAccount(db, body.username, body.password);
      setCookie(request, reply, await createSession(db, accountId));
      return { username: body.username };
    } catch (error) {
      if (error instanceof AccountError) return sendError(reply, 409, error.reason, error.message);
      throw error;
    }
  });

  app.post('/api/v1/console/login', { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    const body = parseOr400(reply, credentialsSchema, request.body);
    if (!body) return reply;
    try {
      const accountId = await login(db, body.username, body.password, request.ip);
      setCookie(request, reply, await createSession(db, accountId));
      return { username: body.username };
    } catch (error) {
      if (error instanceof AccountError) return sendError(reply, error.reason === 'locked' ? 429 : 401, error.reason, error.message);
      throw error;
    }
  });

  app.post('/api/v1/console/logout', async (request, reply) => {
    const token = request.cookies[CONSOLE_COOKIE];
    if (token) await endSession(db, token);
    reply.clearCookie(CONSOLE_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/v1/console/event', async (request, reply) => {
    if (!(await requireAccount(request, reply))) return reply;
    return requireEvent(db);
  });

  app.put('/api/v1/console/event', async (request, reply) => {
    if (!(await requireAccount(request, reply))) return reply;
    const body = parseOr400(reply, eventSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    return updateEvent(db, event.id, body);
  });

  app.get('/api/v1/console/devices', async (request, reply) => {
    if (!(await requireAccount(request, reply))) return reply;
    const event = await requireEvent(db);
    return { devices: await listDevices(db, event.id) };
  });

  app.post<{ Params: { id: string } }>('/api/v1/console/devices/:id/revoke', async (request, reply) => {
    if (!(await requireAccount(request, reply))) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const event = await requireEvent(db);
    if (!(await revokeDevice(db, event.id, id))) return sendError(reply, 404, 'not_found', 'no such device, or it is already revoked');
    return { ok: true };
  });

  app.post('/api/v1/console/pairing-codes', async (request, reply) => {
    if (!(await requireAccount(request, reply))) return reply;
    const body = parseOr400(reply, pairingCodeSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    try {
      const code = await createPairingCode(db, { eventId: event.id, role: body.role, exhibitorId: body.exhibitorId ?? null, ttlMinutes: body.ttlMinutes });
      const port = app.server.address();
      return { ...code, url: pairingUrl(config, code.code, typeof port === 'object' && port ? port.port : undefined) };
    } catch (error) {
      return sendError(reply, 400, 'invalid_request', (error as Error).message);
    }
  });

  app.get('/api/v1/console/exhibitors', async (request, reply) => {
    if (!(await requireAccount(request, reply))) return reply;
    const event = await requireEvent(db);
    return { exhibitors: await listExhibitors(db, event.id) };
  });

  app.post('/api/v1/console/exhibitors', async (request, reply) => {
    if (!(await requireAccount(request, reply))) return reply;
    const body = parseOr400(reply, exhibitorSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    return createExhibitor(db, event.id, body.name);
  });

  app.get('/api/v1/console/visitor-form', async (request, reply) => {
    if (!(await requireAccount(request, reply))) return reply;
    const event = await requireEvent(db);
    return (await getEventDoc(db, event.id, 'visitor_form')) ?? DEFAULT_VISITOR_FORM;
  });

  app.put('/api/v1/console/visitor-form', async (request, reply) => {
    if (!(await requireAccount(request, reply))) return reply;
    const body = parseOr400(reply, visitorFormSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    await putEventDoc(db, event.id, 'visitor_form', body, ['desk']);
    return body;
  });

  app.post<{ Params: { id: string } }>('/api/v1/console/attendees/:id/revoke-badge', async (request, reply) => {
    if (!(await requireAccount(request, reply))) return reply;
    const id = parseOr400(reply, uuidSchema, request.params.id);
    if (!id) return reply;
    const event = await requireEvent(db);
    const revoked = await revokeBadge(db, event.id, id);
    if (!revoked) return sendError(reply, 404, 'not_found', 'no such visitor in this event');
    return revoked;
  });

  app.get('/api/v1/console/stats', async (request, reply) => {
    if (!(await requireAccount(request, reply))) return reply;
    const event = await requireEvent(db);
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM attendees WHERE event_id = $1', [event.id]);
    const run = await openImportRun(db, event.id);
    const rosterImport = run && { state: run.state, file: path.basename(run.source), done: run.done, total: run.total, startedAt: run.startedAt };
    return { ...(await checkinCounts(db, event.id)), attendees: rows[0]?.n ?? 0, rosterImport };
  });
}
