import type { ServerConfig } from '../config';
import type { Db } from '../db/types';

/** What a CLI command gets: the same whether it runs in its own process or inside the running server. */
export interface CliContext {
  db: Db;
  config: ServerConfig;
  /** Directory relative paths are resolved against (the shell's, also when forwarded to the server). */
  cwd: string;
  /** Port of the running server, when the command runs inside it (for pairing URLs). */
  port?: number;
  out(text: string): void;
  err(text: string): void;
  /** A progress bar on the operator's terminal (stderr) for long work; absent where nobody watches. */
  progress?(label: string, done: number, total: number): void;
}

export interface CliCommand {
  summary: string;
  usage: string;
  /** false for commands that never touch the database (decoding images): they skip the lock entirely. */
  needsDb: boolean;
  run(ctx: CliContext, args: string[]): Promise<number>;
}

export class UsageError extends Error {}
