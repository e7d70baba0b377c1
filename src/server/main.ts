/** `npm start`: the organizer server (API + the built PWA) on one port. */
import { buildApp } from './app';
import { lanAddress, loadConfig } from './config';
import { waitForLock, type HeldLock } from './db/dataDirLock';
import { describeDatabase, openDatabase } from './database';
import { ownerOnlyUmask } from './db/privateFiles';
import { isLoopbackAddress } from './http/serverMachine';
import { ensureEvent } from './events/events';
import { announceServer } from './runtime/runningServers';

async function main(): Promise<void> {
  ownerOnlyUmask();
  const config = loadConfig();
  let lock: HeldLock | undefined;
  if (!config.databaseUrl) {
    const result = await waitForLock(config.dataDir, 'server', {
      timeoutMs: 120_000,
      stopIf: (holder) => holder.kind === 'server',
      onWait: (holder) => console.log(`Waiting for a CLI command (pid ${holder.pid}) to release ${config.dataDir}…`),
    });
    if ('heldBy' in result) {
      const h = result.heldBy;
      throw new Error(
        h.kind === 'server'
          ? `another Showfloor server (pid ${h.pid}, port ${h.port ?? '?'}) is using ${config.dataDir}; stop it or set DATA_DIR`
          : `a CLI command (pid ${h.pid}) is still using ${config.dataDir}`,
      );
    }
    lock = result;
  }

  const db = await openDatabase(config, (n) => console.log(`Made ${config.dataDir} private: ${n} file(s) or folder(s) in it were open to other accounts of this machine.`));
  const event = await ensureEvent(db);
  const app = await buildApp({ db, config, cliSecret: lock?.info.secret, logger: true });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  await lock?.update({ port });
  // So that a CLI started elsewhere without DATA_DIR finds this server instead of opening ./data.
  const withdraw = await announceServer({ port, dataDir: config.databaseUrl ? null : config.dataDir, database: config.databaseUrl ? 'postgres' : 'pglite' }).catch(() => async () => undefined);

  const lan = lanAddress();
  console.log(
    [
      '',
      `Showfloor is running for "${event.name}".`,
      `  Console:  ${config.tls ? 'https' : 'http'}://localhost:${port}/console   (first visit: create the organizer account)`,
      `  Tablets:  ${config.publicUrl ?? `${config.tls ? 'https' : 'http'}://${lan ?? 'localhost'}:${port}`}   open it on the tablet, then pair it:`,
      `            create a code in the console, or run  npx showfloor pair --role desk`,
      `  Database: ${describeDatabase(config)}`,
      ...(typeof config.trustProxy === 'number' && config.host !== 'localhost' && !isLoopbackAddress(config.host)
        ? [
            `  Warning:  TRUST_PROXY=${config.trustProxy} believes X-Forwarded-For from whoever connects to port ${port}: anyone who reaches it`,
            '            past the proxy can claim any address. Set HOST=127.0.0.1 (proxy on this machine) or TRUST_PROXY=<the proxy\'s address>.',
          ]
        : []),
      ...(config.tls || config.publicUrl?.startsWith('https:')
        ? []
        : ['  Note:     tablets run the app offline only over HTTPS (or on localhost): set TLS_CERT_FILE and TLS_KEY_FILE,', '            or put a TLS proxy in front and set PUBLIC_URL=https://…  (see README, "Venue network")']),
      '  Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    await app.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    await lock?.release();
    await withdraw();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(`Showfloor could not start: ${error.message}`);
  process.exit(1);
});
