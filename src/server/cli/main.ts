/**
 * `npm run cli -- COMMAND`: the organizer's tools. With PostgreSQL the command connects directly.
 * With the embedded database it takes the data-dir lock and opens it itself, or, when a server
 * holds it, hands the command to that server; the data directory is never opened twice.
 */
import { loadConfig, type ServerConfig } from '../config';
import { tryLock, waitForLock, type LockInfo } from '../db/dataDirLock';
import { openDatabase } from '../database';
import { ownerOnlyUmask } from '../db/privateFiles';
import type { Db } from '../db/types';
import { ensureEvent } from '../events/events';
import { COMMANDS, helpText, runCommand } from './commands/index';
import type { CliContext } from './context';
import { progressBar } from './progressBar';
import { runRemote } from './remote';
import { runningServers, wrongDatabase } from '../runtime/runningServers';

const noDatabase = new Proxy({} as Db, {
  get() {
    throw new Error('this command does not use the database');
  },
});

async function runLocal(config: ServerConfig, argv: string[], cwd: string, needsDb: boolean): Promise<number> {
  const ctx = (db: Db): CliContext => ({
    db,
    config,
    cwd,
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    progress: progressBar(process.stderr),
  });
  if (!needsDb) return runCommand(ctx(noDatabase), argv);
  const db = await openDatabase(config, (n) => process.stderr.write(`made ${config.dataDir} private: ${n} file(s) or folder(s) in it were open to other accounts of this machine\n`));
  try {
    await ensureEvent(db);
    return await runCommand(ctx(db), argv);
  } finally {
    await db.close();
  }
}

async function serverPort(config: ServerConfig, holder: LockInfo): Promise<LockInfo> {
  // A server that just started has the lock but is not listening yet.
  const deadline = Date.now() + 60_000;
  let current: LockInfo | { heldBy: LockInfo } = holder;
  while (Date.now() < deadline) {
    const info = 'heldBy' in current ? current.heldBy : current;
    if (info.kind === 'server' && info.port) return info;
    await new Promise((r) => setTimeout(r, 250));
    const attempt = await tryLock(config.dataDir, 'cli');
    if (!('heldBy' in attempt)) {
      await attempt.release();
      throw new Error('the server stopped while the command was waiting; run it again');
    }
    current = attempt;
  }
  throw new Error('the server holding the data directory is not answering');
}

async function main(): Promise<number> {
  ownerOnlyUmask();
  const argv = process.argv.slice(2);
  // npm runs scripts from the package root; relative paths the user typed are relative to where they typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const command = argv[0] ? COMMANDS[argv[0]] : undefined;
  if (!command) {
    process.stderr.write(`${helpText()}\n`);
    return argv[0] && argv[0] !== 'help' && argv[0] !== '--help' ? 64 : 0;
  }
  const config = loadConfig();
  if (command.needsDb) {
    const mistake = wrongDatabase(await runningServers(), { dataDir: config.dataDir, databaseUrl: config.databaseUrl ?? null });
    if (mistake) {
      process.stderr.write(`error: ${mistake}\n`);
      return 69;
    }
  }
  if (config.databaseUrl || !command.needsDb) return runLocal(config, argv, cwd, command.needsDb);

  const lock = await waitForLock(config.dataDir, 'cli', {
    timeoutMs: 120_000,
    stopIf: (holder) => holder.kind === 'server',
    onWait: (holder) => process.stderr.write(`waiting for another CLI command (pid ${holder.pid}) to finish…\n`),
  });
  if ('heldBy' in lock) {
    if (lock.heldBy.kind !== 'server') throw new Error(`the data directory is busy (pid ${lock.heldBy.pid}); try again later`);
    return runRemote(await serverPort(config, lock.heldBy), argv, cwd);
  }
  const release = () => void lock.release();
  process.once('SIGINT', () => {
    release();
    process.exit(130);
  });
  try {
    return await runLocal(config, argv, cwd, true);
  } finally {
    await lock.release();
  }
}

// process.exit() right after writing would cut off output still queued for a pipe
// (`npm run cli -- export … > file`): exit only once stdout has taken everything.
function exitAfterFlush(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

main().then(exitAfterFlush, (error: Error) => {
  process.stderr.write(`error: ${error.message}\n`);
  exitAfterFlush(1);
});
