import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/types';
import { deviceForToken, type DeviceIdentity } from '../services/devices';
import { sendLegacyError as sendError } from './legacy';

/** The device behind the request's bearer token; answers 401 (and returns null) when there is none. */
export async function requireDevice(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<DeviceIdentity | null> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  const device = match?.[1] ? await deviceForToken(db, match[1]) : null;
  if (!device) {
    sendError(reply, 401, 'unauthorized', 'this device is not paired or was revoked; pair it again');
    return null;
  }
  return device;
}
