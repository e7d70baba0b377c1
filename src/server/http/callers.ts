/**
 * Who is calling, for each kind of access an endpoint declares (core/api/define.ts): the
 * organizer's session cookie, an exhibitor login's cookie, a device's bearer token, the CLI's
 * secret on loopback. The mount (./mount.ts) calls these once per request, before the body is read.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db, Queryable } from '../db/types';
import { sessionAccount } from '../auth/accounts';
import { deviceForToken, type DeviceIdentity } from '../devices/devices';
import { exhibitorSession, type ExhibitorAccount } from '../auth/exhibitorAccounts';
import { isLoopbackAddress } from './serverMachine';

/** The console's session cookie (set at login). */
export const CONSOLE_COOKIE = 'sf_session';
/** An exhibitor login's session cookie: apart from the organizer's, so one never passes for the other. */
export const EXHIBITOR_COOKIE = 'sf_exhibitor';
export const CLI_SECRET_HEADER = 'x-showfloor-cli-secret';

export interface OrganizerAccount {
  id: string;
  username: string;
}

export async function organizerOf(db: Queryable, request: FastifyRequest): Promise<OrganizerAccount | null> {
  const token = request.cookies[CONSOLE_COOKIE];
  return token ? sessionAccount(db, token) : null;
}

export async function exhibitorOf(db: Queryable, request: FastifyRequest): Promise<ExhibitorAccount | null> {
  const token = request.cookies[EXHIBITOR_COOKIE];
  return token ? exhibitorSession(db, token) : null;
}

export async function deviceOf(db: Db, request: FastifyRequest): Promise<DeviceIdentity | null> {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(request.headers.authorization ?? '');
  return match?.[1] ? deviceForToken(db, match[1]) : null;
}

/** The CLI, on this machine, holding the data directory's secret. The socket's address: never a forwarded one. */
export function isCli(request: FastifyRequest, secret: string): boolean {
  const given = request.headers[CLI_SECRET_HEADER];
  if (!isLoopbackAddress(request.socket.remoteAddress) || typeof given !== 'string') return false;
  const x = Buffer.from(given);
  const y = Buffer.from(secret);
  return x.length === y.length && timingSafeEqual(x, y);
}
