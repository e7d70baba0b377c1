/** Push 10,000 check-ins from one client, in batches of 500, over HTTP to a real server. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newId } from '../../src/core/ids';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { migrate } from '../../src/server/db/migrate';
import { openPglite } from '../../src/server/db/pglite';
import { openPostgres } from '../../src/server/db/postgres';
import type { Db } from '../../src/server/db/types';
import { ensureEvent } from '../../src/server/events/events';
import { createPairingCode, redeemPairingCode } from '../../src/server/devices/pairing';
import { startPostgres } from '../support/postgres';
import type { Report } from './report';

const RECORDS = 10_000;
const BATCH = 500;

async function pushAll(db: Db): Promise<number> {
  const event = await ensureEvent(db);
  const app = await buildApp({ db, config: { ...loadConfig({}), staticDir: '/nonexistent' } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const { code } = await createPairingCode(db, { eventId: event.id, role: 'desk' });
  const device = await redeemPairingCode(db, { code, deviceName: 'bench desk' }, '127.0.0.1');
  const started = performance.now();
  for (let sent = 0; sent < RECORDS; sent += BATCH) {
    const mutations = Array.from({ length: BATCH }, (_, i) => {
      const capturedAt = new Date().toISOString();
      return {
        id: newId(),
        seq: sent + i,
        type: 'checkin',
        op: 'create',
        capturedAt,
        data: {
          id: newId(),
          eventId: event.id,
          deviceId: device.deviceId,
          capturedAt,
          code: `BENCH-${sent + i}`,
          method: 'scanner',
          attendeeId: null,
          category: null,
          name: null,
          company: null,
          flags: ['unknown'],
        },
      };
    });
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${device.token}` },
      body: JSON.stringify({ deviceId: device.deviceId, mutations }),
    });
    if (!res.ok) throw new Error(`push failed: ${res.status} ${await res.text()}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM checkins');
  if (rows[0]?.n !== RECORDS) throw new Error(`expected ${RECORDS} check-ins, found ${rows[0]?.n}`);
  await app.close();
  return RECORDS / seconds;
}

export async function benchPush(report: Report): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'showfloor-bench-'));
  try {
    const pglite = await openPglite(path.join(dir, 'pglite'));
    await migrate(pglite);
    const rate = await pushAll(pglite);
    await pglite.close();
    report.add({ issue: '#2', name: 'Push 10,000 check-ins, PGlite (on disk)', value: `${Math.round(rate)} records/s`, target: '≥ 2,000/s', note: `batches of ${BATCH}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cluster = await startPostgres();
  try {
    const pg = openPostgres(cluster.url);
    await migrate(pg);
    const rate = await pushAll(pg);
    await pg.close();
    report.add({ issue: '#2', name: 'Push 10,000 check-ins, PostgreSQL 15 (fsync on)', value: `${Math.round(rate)} records/s`, target: '≥ 5,000/s', note: `batches of ${BATCH}` });
  } finally {
    cluster.stop();
  }
}
