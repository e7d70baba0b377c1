/**
 * The hand-written route helpers of before the contract, for the routes not yet mounted from a
 * declaration (./mount.ts). Goes when the last of them is migrated.
 */
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { ApiErrorCode } from '../../core/api/errors';
import { invalidRequest, sendError } from './errors';

export function sendLegacyError(reply: FastifyReply, _status: number, error: string, message: string): FastifyReply {
  return sendError(reply, error as ApiErrorCode, message);
}

export function parseOr400<S extends z.ZodType>(reply: FastifyReply, schema: S, value: unknown): z.infer<S> | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const e = invalidRequest(parsed.error.issues);
  sendError(reply, e.code, e.message, e.fields);
  return undefined;
}
