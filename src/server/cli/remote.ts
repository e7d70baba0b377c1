import type { LockInfo } from '../db/dataDirLock';
import { cliApi } from '../../core/api/cli';
import { CLI_SECRET_HEADER } from '../http/callers';
import { progressBar } from './progressBar';

/** Runs a command inside the server that holds the data directory, relaying its output line by line. */
export async function runRemote(holder: LockInfo, argv: readonly string[], cwd: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${holder.port}${cliApi.run.path}`, {
    method: cliApi.run.method,
    headers: { 'content-type': 'application/json', [CLI_SECRET_HEADER]: holder.secret },
    body: JSON.stringify({ argv, cwd }),
  });
  if (!response.ok || !response.body) throw new Error(`the running server refused the command (HTTP ${response.status})`);
  const decoder = new TextDecoder();
  // Output can be one very long line (an export): keep the pieces of an unfinished line in a list
  // and join them once, so reading stays linear in the size of the output.
  let pieces: string[] = [];
  let exit = 1;
  const progress = progressBar(process.stderr);
  const handle = (line: string) => {
    if (!line) return;
    const msg = JSON.parse(line) as { o?: string; e?: string; p?: [string, number, number]; exit?: number };
    if (msg.p) progress(...msg.p);
    if (msg.o !== undefined) process.stdout.write(`${msg.o}\n`);
    if (msg.e !== undefined) process.stderr.write(`${msg.e}\n`);
    if (msg.exit !== undefined) exit = msg.exit;
  };
  for await (const chunk of response.body) {
    const text = decoder.decode(chunk as Uint8Array, { stream: true });
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      pieces.push(text.slice(start, nl));
      handle(pieces.join(''));
      pieces = [];
      start = nl + 1;
    }
    if (start < text.length) pieces.push(text.slice(start));
  }
  handle(pieces.join(''));
  return exit;
}
