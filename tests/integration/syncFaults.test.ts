/**
 * Server-side halves of the fault-injection scenarios (the end-to-end ones are in
 * tests/e2e/faults-*.spec.ts): a device clock days wrong, and PostgreSQL dropping a connection in
 * the middle of a transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDevices } from '../../src/server/devices/devices';
import { isTransientDbError } from '../../src/server/db/types';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { checkinMutation, pairDevice, pushRaw, type PairedDevice } from './support';

const DAY = 24 * 3_600_000;

describe.each(DATABASES)('a device clock days wrong, on %s', (kind) => {
  let server: TestServer;
  let desk: PairedDevice;
  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await pairDevice(server, { role: 'desk', name: 'Wrong clock' });
  });
  afterAll(async () => server?.close());

  async function pushAt(deviceNow: number, capturedAt: number) {
    const m = checkinMutation(desk, { capturedAt: new Date(capturedAt).toISOString() });
    const res = await pushRaw(server, desk.token, { deviceId: desk.deviceId, mutations: [m], sentAt: new Date(deviceNow).toISOString() });
    expect(res.statusCode, res.body).toBe(200);
    const id = (m.data as { id: string }).id;
    const { rows } = await server.db.query<{ captured_at: Date; logged_at: Date; clock_skew_ms: string | null }>(
      `SELECT c.captured_at, m.captured_at AS logged_at, m.clock_skew_ms FROM checkins c JOIN mutations m ON m.id = c.mutation_id WHERE c.id = $1`,
      [id],
    );
    return rows[0]!;
  }

  it('files the records on the server clock and keeps the device time beside the error', async () => {
    const now = Date.now();
    // Captured ten minutes ago by a tablet whose clock is two days behind.
    const row = await pushAt(now - 2 * DAY, now - 2 * DAY - 10 * 60_000);
    expect(Math.abs(new Date(row.captured_at).getTime() - (now - 10 * 60_000))).toBeLessThan(5_000);
    expect(new Date(row.logged_at).getTime()).toBe(now - 2 * DAY - 10 * 60_000);
    expect(Math.abs(Number(row.clock_skew_ms) - 2 * DAY)).toBeLessThan(5_000);
    const device = (await listDevices(server.db, server.event.id)).find((d) => d.id === desk.deviceId);
    expect(Math.abs((device?.clockSkewMs ?? 0) - 2 * DAY)).toBeLessThan(5_000);
  });

  it('a clock ahead is corrected too; one within a minute or two is left alone', async () => {
    const now = Date.now();
    const ahead = await pushAt(now + 3 * DAY, now + 3 * DAY - 60_000);
    expect(Math.abs(new Date(ahead.captured_at).getTime() - (now - 60_000))).toBeLessThan(5_000);
    const close = await pushAt(now + 30_000, now - 5 * 60_000);
    expect(new Date(close.captured_at).getTime()).toBe(now - 5 * 60_000);
    expect(close.clock_skew_ms).toBeNull();
  });

  it('a push that does not say its clock (an older app, a replayed file) is taken as it is', async () => {
    const m = checkinMutation(desk, { capturedAt: new Date(Date.now() - 2 * DAY).toISOString() });
    const res = await pushRaw(server, desk.token, { deviceId: desk.deviceId, mutations: [m] });
    expect(res.statusCode).toBe(200);
    const { rows } = await server.db.query<{ captured_at: Date }>('SELECT captured_at FROM checkins WHERE id = $1', [(m.data as { id: string }).id]);
    expect(new Date(rows[0]!.captured_at).toISOString()).toBe((m.data as { capturedAt: string }).capturedAt);
  });

  it('a nonsense device clock is a 400 with a message, nothing stored', async () => {
    const m = checkinMutation(desk);
    const res = await pushRaw(server, desk.token, { deviceId: desk.deviceId, mutations: [m], sentAt: 'yesterday' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ message: expect.stringContaining('sentAt') });
    const { rows } = await server.db.query('SELECT 1 FROM mutations WHERE id = $1', [m.id]);
    expect(rows).toHaveLength(0);
  });
});

describe('PostgreSQL drops the connection in the middle of a transaction', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('postgres');
  });
  afterAll(async () => server?.close());

  it('the transaction fails as retryable, the server process lives on, the next one works', async () => {
    let killed = false;
    const failure = await server.db
      .transaction(async (tx) => {
        const { rows } = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        // Another session ends this one, as a PostgreSQL restart does, while the server works between two statements.
        await server.db.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
        killed = true;
        await new Promise((r) => setTimeout(r, 300));
        await tx.query('SELECT 1');
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(killed).toBe(true);
    expect(failure).toBeInstanceOf(Error);
    // A push that meets it answers 5xx and the device retries the batch.
    expect(isTransientDbError(failure)).toBe(true);
    const { rows } = await server.db.transaction((tx) => tx.query<{ ok: number }>('SELECT 1 AS ok'));
    expect(rows).toEqual([{ ok: 1 }]);
  });
});
