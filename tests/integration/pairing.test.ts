import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairResponseSchema } from '../../src/core/schema/pairing';
import { revokeDevice } from '../../src/server/devices/devices';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { createPairingCode } from '../../src/server/devices/pairing';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { checkinMutation, countRows, pairDevice, pullRaw, push, pushRaw, requestPairing } from './support';

describe.each(DATABASES)('pairing on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());

  const newCode = (role: 'desk' | 'booth' | 'kiosk' = 'desk', exhibitorId?: string) =>
    createPairingCode(server.db, { eventId: server.event.id, role, exhibitorId: exhibitorId ?? null });

  it('a code pairs one device once; the second use answers 404', async () => {
    const { code } = await newCode('kiosk');
    const first = await requestPairing(server, { code, deviceName: 'Kiosk 1' });
    expect(first.statusCode).toBe(200);
    const device = pairResponseSchema.parse(first.json());
    expect(device).toMatchObject({ role: 'kiosk', eventId: server.event.id, exhibitorId: null, deviceName: 'Kiosk 1' });
    // The token is stored hashed, never as given out.
    const { rows } = await server.db.query<{ token_hash: string }>('SELECT token_hash FROM devices WHERE id = $1', [device.deviceId]);
    expect(rows[0]?.token_hash).toBeDefined();
    expect(rows[0]?.token_hash).not.toContain(device.token);

    const second = await requestPairing(server, { code, deviceName: 'Kiosk 2' });
    expect(second.statusCode).toBe(404);
    expect(second.json()).toMatchObject({ error: 'pairing_invalid', message: expect.any(String) });
    expect(await countRows(server.db, 'devices', 'name = $1', ['Kiosk 2'])).toBe(0);
  });

  it('accepts a code typed with spaces or dashes', async () => {
    const { code } = await newCode('desk');
    const res = await requestPairing(server, { code: `${code.slice(0, 3)} - ${code.slice(3)}`, deviceName: 'Desk typed' });
    expect(res.statusCode).toBe(200);
  });

  it('an unknown code answers 404, a malformed one 400', async () => {
    const unknown = await requestPairing(server, { code: '000000', deviceName: 'Nobody' });
    // (a live code 000000 is one in a million; the test would need to be very unlucky)
    expect(unknown.statusCode).toBe(404);
    const malformed = await requestPairing(server, { code: 'abc', deviceName: 'Nobody' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: 'invalid_request' });
    const noName = await requestPairing(server, { code: '123456', deviceName: '   ' });
    expect(noName.statusCode).toBe(400);
  });

  it('an expired code answers 410 and pairs nothing', async () => {
    const { code } = await newCode('desk');
    await server.db.query(`UPDATE pairing_codes SET expires_at = now() - interval '1 minute' WHERE code = $1 AND used_at IS NULL`, [code]);
    const res = await requestPairing(server, { code, deviceName: 'Too late' });
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ error: 'pairing_expired', message: expect.stringMatching(/expired/) });
    expect(await countRows(server.db, 'devices', 'name = $1', ['Too late'])).toBe(0);
  });

  it('a booth code requires an exhibitor of this event, and the booth device belongs to it', async () => {
    await expect(newCode('booth')).rejects.toThrow(/exhibitor/);
    await expect(newCode('desk', (await createExhibitor(server.db, server.event.id, 'Wrong role Ltd.')).id)).rejects.toThrow(/only booth/);
    await expect(newCode('booth', '0190a0a0-0000-7000-8000-000000000000')).rejects.toThrow(/no exhibitor/);

    const exhibitor = await createExhibitor(server.db, server.event.id, '华为 Booth A1');
    const booth = await pairDevice(server, { role: 'booth', exhibitorId: exhibitor.id });
    expect(booth).toMatchObject({ role: 'booth', exhibitorId: exhibitor.id, eventId: server.event.id });
  });

  it('re-pairing with the previous token links lineage: check-ins captured under the old id are accepted from the new token', async () => {
    const old = await pairDevice(server, { role: 'desk', name: 'Entrance tablet' });
    // Captured offline under the old identity, never pushed; then the token was revoked.
    const offline = [checkinMutation(old), checkinMutation(old)];
    await revokeDevice(server.db, server.event.id, old.deviceId);
    expect((await pushRaw(server, old.token, { deviceId: old.deviceId, mutations: offline })).statusCode).toBe(401);

    const renewed = await pairDevice(server, { role: 'desk', name: 'Entrance tablet', previousToken: old.token });
    expect(renewed.deviceId).not.toBe(old.deviceId);
    const results = await push(server, renewed, [...offline, checkinMutation(renewed)]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    // The check-ins keep the identity that captured them.
    const ids = offline.map((m) => (m.data as { id: string }).id);
    expect(await countRows(server.db, 'checkins', 'id = ANY($1::uuid[]) AND device_id = $2', [ids, old.deviceId])).toBe(2);

    // Lineage is transitive: a third pairing still accepts the first identity's records.
    const third = await pairDevice(server, { role: 'desk', previousToken: renewed.token });
    expect((await push(server, third, [checkinMutation(old), checkinMutation(renewed)])).map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await pullRaw(server, third.token, { stream: 'config' })).statusCode).toBe(200);
    // The token a tablet gave up when it paired again no longer works.
    expect((await pullRaw(server, renewed.token, { stream: 'config' })).statusCode).toBe(401);
  });

  it('without the previous token, records of the old identity stay someone else’s', async () => {
    const old = await pairDevice(server, { role: 'desk' });
    const stranger = await pairDevice(server, { role: 'desk' });
    const fake = await pairDevice(server, { role: 'desk', previousToken: 'not-a-real-token-at-all-xxxxxxxx' });
    for (const device of [stranger, fake]) {
      const [result] = await push(server, device, [checkinMutation(old)]);
      expect(result).toMatchObject({ status: 'rejected', error: 'record was captured by another device' });
    }
  });
});
