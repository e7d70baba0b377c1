/**
 * While the server holds the embedded database, CLI commands run here instead of opening it a
 * second time. Only from this machine, only with the secret from the data-dir lock file.
 */
import { timingSafeEqual } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { runCommand } from '../cli/commands/index';
import type { ServerConfig } from '../config';
import type { Db } from '../db/types';
import { parseOr400, sendLegacyError as sendError } from '../http/legacy';

const bodySchema = z.object({ argv: z.array(z.string().max(10_000)).max(200), cwd: z.string().max(4096) });

export const CLI_SECRET_HEADER = 'x-showfloor-cli-secret';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function internalCliRoutes(app: FastifyInstance, db: Db, config: ServerConfig, secret: string): void {
  app.post('/api/v1/internal/cli', { config: { compress: false } } as object, async (request, reply) => {
    const given = request.headers[CLI_SECRET_HEADER];
    const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(request.socket.remoteAddress ?? '');
    if (!loopback || typeof given !== 'string' || !sameSecret(given, secret)) return sendError(reply, 403, 'forbidden', 'not allowed');
    const body = parseOr400(reply, bodySchema, request.body);
    if (!body) return reply;
    const stream = new PassThrough();
    const write = (line: object) => stream.write(`${JSON.stringify(line)}\n`);
    const address = app.server.address();
    runCommand(
      {
        db,
        config,
        cwd: body.cwd,
        port: typeof address === 'object' && address ? address.port : undefined,
        out: (o) => write({ o }),
        err: (e) => write({ e }),
      },
      body.argv,
    )
      .then((exit) => stream.end(`${JSON.stringify({ exit })}\n`))
      .catch((error: Error) => {
        write({ e: `error: ${error.message}` });
        stream.end(`${JSON.stringify({ exit: 1 })}\n`);
      });
    return reply.type('application/x-ndjson').send(stream);
  });
}
