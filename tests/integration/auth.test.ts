import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken } from '../../src/server/auth/secrets';
import { revokeDevice } from '../../src/server/devices/devices';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { checkinMutation, countRows, pairDevice, pullRaw, push, pushRaw, type PairedDevice } from './support';

describe.each(DATABASES)('device authentication on %s', (kind) => {
  let server: TestServer;
  let desk: PairedDevice;
  let booth: PairedDevice;

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await pairDevice(server, { role: 'desk' });
    const exhibitor = await createExhibitor(server.db, server.event.id, 'Contoso Ltd.');
    booth = await pairDevice(server, { role: 'booth', exhibitorId: exhibitor.id });
  });
  afterAll(async () => server?.close());

  const expectUnauthorized = (res: { statusCode: number; json(): unknown }) => {
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthorized', message: expect.stringMatching(/pair/) });
  };

  it('without a token, push and pull answer 401 and store nothing', async () => {
    const m = checkinMutation(desk);
    expectUnauthorized(await pushRaw(server, null, { deviceId: desk.deviceId, mutations: [m] }));
    expectUnauthorized(await pullRaw(server, null, { stream: 'config' }));
    expect(await countRows(server.db, 'mutations', 'id = $1', [m.id])).toBe(0);
  });

  it('a garbage or unknown token answers 401', async () => {
    const m = checkinMutation(desk);
    for (const token of ['garbage', 'x'.repeat(40), newToken(), `${desk.token}x`]) {
      expectUnauthorized(await pushRaw(server, token, { deviceId: desk.deviceId, mutations: [m] }));
      expectUnauthorized(await pullRaw(server, token, { stream: 'config' }));
    }
    // Not a bearer token at all.
    const basic = await server.app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers: { authorization: `Basic ${desk.token}` } });
    expect(basic.statusCode).toBe(401);
    expect(await countRows(server.db, 'mutations', 'id = $1', [m.id])).toBe(0);
  });

  it('a valid token works for push and pull', async () => {
    expect((await push(server, desk, [checkinMutation(desk)]))[0]?.status).toBe('applied');
    expect((await pullRaw(server, desk.token, { stream: 'config' })).statusCode).toBe(200);
    expect((await pullRaw(server, desk.token, { stream: 'roster' })).statusCode).toBe(200);
    expect((await pullRaw(server, booth.token, { stream: 'config' })).statusCode).toBe(200);
  });

  it('a booth device may not pull the roster (403)', async () => {
    const res = await pullRaw(server, booth.token, { stream: 'roster' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'forbidden', message: expect.stringMatching(/booth.*roster/) });
  });

  it('a deviceId in the body that is not the token’s answers 403 and stores nothing', async () => {
    const other = await pairDevice(server, { role: 'desk' });
    const m = checkinMutation(other);
    const res = await pushRaw(server, desk.token, { deviceId: other.deviceId, mutations: [m] });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'device_mismatch', message: expect.any(String) });
    expect(await countRows(server.db, 'mutations', 'id = $1', [m.id])).toBe(0);
  });

  it('a revoked device is refused on its next request; others keep working', async () => {
    const doomed = await pairDevice(server, { role: 'desk' });
    expect((await push(server, doomed, [checkinMutation(doomed)]))[0]?.status).toBe('applied');
    expect(await revokeDevice(server.db, server.event.id, doomed.deviceId)).toBe(true);

    const m = checkinMutation(doomed);
    expectUnauthorized(await pushRaw(server, doomed.token, { deviceId: doomed.deviceId, mutations: [m] }));
    expectUnauthorized(await pullRaw(server, doomed.token, { stream: 'config' }));
    expect(await countRows(server.db, 'mutations', 'id = $1', [m.id])).toBe(0);
    // Revoking twice is a no-op, and other devices are untouched.
    expect(await revokeDevice(server.db, server.event.id, doomed.deviceId)).toBe(false);
    expect((await push(server, desk, [checkinMutation(desk)]))[0]?.status).toBe('applied');
  });
});
