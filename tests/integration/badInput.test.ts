import { afterAll, beforeAll, afterEach, describe, expect, it } from 'vitest';
import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS } from '../../src/core/schema/sync';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { bearer, checkinMutation, countRows, pairDevice, push, type PairedDevice } from './support';

describe.each(DATABASES)('bad input on push, %s', (kind) => {
  let server: TestServer;
  let desk: PairedDevice;

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await pairDevice(server, { role: 'desk' });
  });
  afterAll(async () => server?.close());

  // After every bad request the server is still healthy and a good push still lands.
  afterEach(async () => {
    const health = await server.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    const m = checkinMutation(desk);
    expect(await push(server, desk, [m])).toEqual([{ id: m.id, status: 'applied' }]);
  });

  const rawPush = (payload: string | Buffer, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...bearer(desk.token), 'content-type': 'application/json', ...headers },
      payload,
    });

  const expectError = (res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, error?: string) => {
    expect(res.statusCode).toBe(status);
    expect(String(res.headers['content-type'])).toMatch(/application\/json/);
    // The one error shape: {error, message, fields?} (src/server/http/errors.ts); fields name what is at fault.
    const { fields, ...body } = res.json() as { error: unknown; message: unknown; fields?: unknown };
    expect(body).toEqual({ error: error ?? expect.any(String), message: expect.any(String) });
    if (fields !== undefined) expect(fields).toEqual(expect.arrayContaining([expect.objectContaining({ problem: expect.any(String) })]));
    expect((body.message as string).length).toBeGreaterThan(0);
  };

  it('malformed JSON answers 400 with {error, message}', async () => {
    const before = await countRows(server.db, 'mutations');
    for (const payload of ['{"deviceId":', '{deviceId: 1}', 'not json at all', '{"mutations": [}']) {
      expectError(await rawPush(payload), 400, 'invalid_json');
    }
    expectError(await rawPush(''), 400);
    expect(await countRows(server.db, 'mutations')).toBe(before);
  });

  it('a body over 4 MB answers 413 and stores nothing', async () => {
    const before = await countRows(server.db, 'mutations');
    const mutations = [checkinMutation(desk)];
    const padding = 'x'.repeat(MAX_PUSH_BYTES);
    const res = await rawPush(JSON.stringify({ deviceId: desk.deviceId, mutations, padding }));
    expectError(res, 413, 'too_large');
    expect(await countRows(server.db, 'mutations')).toBe(before);
  });

  it('a body just under the limit is accepted (the limit is 4 MB, not the 1 MB default)', async () => {
    // A full batch with long scanner codes: ~2 MB.
    const mutations = Array.from({ length: MAX_PUSH_MUTATIONS }, () => checkinMutation(desk, { code: 'C'.repeat(4000) }));
    const body = JSON.stringify({ deviceId: desk.deviceId, mutations });
    expect(body.length).toBeGreaterThan(1024 * 1024);
    expect(body.length).toBeLessThan(MAX_PUSH_BYTES);
    const res = await rawPush(body);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { results: Array<{ status: string }> }).results.every((r) => r.status === 'applied')).toBe(true);
  });

  it('wrong types answer 400 with {error, message} and store nothing', async () => {
    const before = await countRows(server.db, 'mutations');
    const m = checkinMutation(desk);
    const bodies: unknown[] = [
      { deviceId: desk.deviceId, mutations: m },
      { deviceId: desk.deviceId, mutations: 'all of them' },
      { deviceId: desk.deviceId, mutations: null },
      { deviceId: desk.deviceId },
      { mutations: [m] },
      { deviceId: 12345, mutations: [m] },
      { deviceId: desk.deviceId, mutations: [m], unsynced: -1 },
      [m],
      'a string',
      42,
      null,
    ];
    for (const body of bodies) {
      const res = await rawPush(JSON.stringify(body));
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expectError(res, 400);
    }
    expect(await countRows(server.db, 'mutations')).toBe(before);
  });

  it(`more than ${MAX_PUSH_MUTATIONS} mutations answers 400 and stores none of them`, async () => {
    const mutations = Array.from({ length: MAX_PUSH_MUTATIONS + 1 }, () => checkinMutation(desk));
    const res = await rawPush(JSON.stringify({ deviceId: desk.deviceId, mutations }));
    expectError(res, 400, 'invalid_request');
    expect((res.json() as { message: string }).message).toMatch(/mutations/);
    expect(await countRows(server.db, 'mutations', 'id = ANY($1::uuid[])', [mutations.map((m) => m.id)])).toBe(0);
  });

  it('a body that is not JSON answers 415', async () => {
    const res = await rawPush('deviceId=1', { 'content-type': 'application/x-www-form-urlencoded' });
    expectError(res, 415);
  });

  it('deeply nested data is rejected per mutation, not a crash', async () => {
    let nested: unknown = 'bottom';
    for (let i = 0; i < 2_000; i++) nested = { n: nested };
    const m = checkinMutation(desk, {}, { data: nested });
    const res = await rawPush(JSON.stringify({ deviceId: desk.deviceId, mutations: [m] }));
    expect(res.statusCode).toBe(200);
    expect((res.json() as { results: Array<{ status: string }> }).results).toEqual([expect.objectContaining({ id: m.id, status: 'rejected' })]);
  });
});
