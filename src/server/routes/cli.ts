/**
 * The CLI's commands run inside the server while it holds the embedded database (core/api/cli.ts):
 * the mount admits only this machine with the data directory's secret.
 */
import { PassThrough } from 'node:stream';
import type { cliApi } from '../../core/api/cli';
import { runCommand } from '../cli/commands/index';
import type { ServerConfig } from '../config';
import type { Db } from '../db/types';
import type { Handlers } from '../http/mount';

export function cliHandlers(db: Db, config: ServerConfig): Handlers<typeof cliApi> {
  return {
    run({ body, request }) {
      const stream = new PassThrough();
      const write = (line: object) => stream.write(`${JSON.stringify(line)}\n`);
      const address = request.server.server.address();
      runCommand(
        { db, config, cwd: body.cwd, port: typeof address === 'object' && address ? address.port : undefined, out: (o) => write({ o }), err: (e) => write({ e }), progress: (label, done, total) => write({ p: [label, done, total] }) },
        body.argv,
      )
        .then((exit) => stream.end(`${JSON.stringify({ exit })}\n`))
        .catch((error: Error) => {
          write({ e: `error: ${error.message}` });
          stream.end(`${JSON.stringify({ exit: 1 })}\n`);
        });
      return { type: 'application/x-ndjson', body: stream };
    },
  };
}
