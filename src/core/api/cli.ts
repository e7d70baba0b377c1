/**
 * The CLI's way into a running server: while the server holds the embedded database, CLI
 * commands run inside it instead of opening the data directory a second time. Only from this
 * machine, only with the secret of the data directory's lock file.
 */
import { z } from 'zod';
import { endpoint, fileResponse } from './define';

export const cliApi = {
  run: endpoint({
    method: 'POST',
    path: '/api/v1/internal/cli',
    access: 'cli',
    summary: 'Run a CLI command in the server; its output streams back as JSON lines {o}, {e}, then {exit}',
    body: z.object({ argv: z.array(z.string().max(10_000)).max(200), cwd: z.string().max(4096) }),
    response: fileResponse('application/x-ndjson'),
    errors: [],
  }),
};
