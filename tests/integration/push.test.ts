import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { checkinMutation, countRows, pairDevice, push, type PairedDevice } from './support';

describe.each(DATABASES)('sync push on %s', (kind) => {
  let server: TestServer;
  let desk: PairedDevice;
  let otherDesk: PairedDevice;
  let booth: PairedDevice;

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await pairDevice(server, { role: 'desk', name: 'Desk A' });
    otherDesk = await pairDevice(server, { role: 'desk', name: 'Desk B' });
    const exhibitor = await createExhibitor(server.db, server.event.id, 'Acme 科技');
    booth = await pairDevice(server, { role: 'booth', exhibitorId: exhibitor.id, name: 'Booth 1' });
  });
  afterAll(async () => server?.close());

  const stored = async (mutationIds: string[], checkinIds: string[]) => ({
    mutations: await countRows(server.db, 'mutations', 'id = ANY($1::uuid[])', [mutationIds]),
    checkins: await countRows(server.db, 'checkins', 'id = ANY($1::uuid[])', [checkinIds]),
  });

  it('stores a batch once: the replay answers duplicate and adds no rows', async () => {
    const batch = [checkinMutation(desk), checkinMutation(desk), checkinMutation(desk)];
    const mutationIds = batch.map((m) => m.id);
    const checkinIds = batch.map((m) => (m.data as { id: string }).id);

    const first = await push(server, desk, batch);
    expect(first.map((r) => [r.id, r.status])).toEqual(mutationIds.map((id) => [id, 'applied']));
    expect(await stored(mutationIds, checkinIds)).toEqual({ mutations: 3, checkins: 3 });

    const second = await push(server, desk, batch);
    expect(second.map((r) => [r.id, r.status])).toEqual(mutationIds.map((id) => [id, 'duplicate']));
    expect(await stored(mutationIds, checkinIds)).toEqual({ mutations: 3, checkins: 3 });
  });

  it('keeps what the device captured: the check-in row matches the record pushed', async () => {
    const m = checkinMutation(desk, { name: '  李娜 ', company: 'Contoso', flags: ['reentry'], method: 'camera', category: 'press' });
    expect((await push(server, desk, [m]))[0]?.status).toBe('applied');
    const data = m.data as { id: string; capturedAt: string; code: string };
    const { rows } = await server.db.query<{ device_id: string; mutation_id: string; name: string; company: string; flags: string[]; method: string; category: string; code: string; captured_at: Date }>(
      'SELECT device_id, mutation_id, name, company, flags, method, category, code, captured_at FROM checkins WHERE id = $1',
      [data.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ device_id: desk.deviceId, mutation_id: m.id, name: '李娜', company: 'Contoso', flags: ['reentry'], method: 'camera', category: 'press', code: data.code });
    expect(new Date(rows[0]!.captured_at).toISOString()).toBe(new Date(data.capturedAt).toISOString());
  });

  it('two copies of one mutation in the same batch: one applied, one duplicate, one row', async () => {
    const m = checkinMutation(desk);
    const results = await push(server, desk, [m, { ...m }]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'duplicate']);
    expect(results.map((r) => r.id)).toEqual([m.id, m.id]);
    expect(await stored([m.id], [(m.data as { id: string }).id])).toEqual({ mutations: 1, checkins: 1 });
  });

  it('a retry sent while the first attempt is still in flight stores the batch once', async () => {
    const batch = Array.from({ length: 50 }, () => checkinMutation(desk));
    const [a, b] = await Promise.all([push(server, desk, batch), push(server, desk, batch)]);
    // Each mutation is applied by exactly one of the two requests.
    batch.forEach((m, i) => expect([a[i]?.status, b[i]?.status].sort(), m.id).toEqual(['applied', 'duplicate']));
    expect(await stored(batch.map((m) => m.id), batch.map((m) => (m.data as { id: string }).id))).toEqual({ mutations: 50, checkins: 50 });
  });

  it('a replay mixed with new mutations: old ones duplicate, new ones applied', async () => {
    const old = checkinMutation(desk);
    await push(server, desk, [old]);
    const fresh = checkinMutation(desk);
    const results = await push(server, desk, [old, fresh]);
    expect(results).toEqual([
      { id: old.id, status: 'duplicate' },
      { id: fresh.id, status: 'applied' },
    ]);
  });

  it('the same check-in sent again under a new mutation id is not counted twice', async () => {
    const m = checkinMutation(desk);
    await push(server, desk, [m]);
    const again = { ...m, id: newId() };
    expect((await push(server, desk, [again]))[0]?.status).toBe('applied');
    expect(await countRows(server.db, 'checkins', 'id = $1', [(m.data as { id: string }).id])).toBe(1);
  });

  it('rejects each invalid mutation with a reason and applies the rest of its batch', async () => {
    const good1 = checkinMutation(desk);
    const badData = checkinMutation(desk, { method: 'telepathy' as never });
    const notAnObject = checkinMutation(desk, {}, { data: 'just a string' });
    const unknownType = checkinMutation(desk, {}, { type: 'teleport' });
    const otherDevice = checkinMutation(otherDesk);
    const otherEvent = checkinMutation(desk, { eventId: newId() });
    const badEnvelope = { id: newId(), seq: -1, type: 'checkin', op: 'create', data: {}, capturedAt: 'yesterday' };
    const notEvenAnEnvelope = 42;
    const good2 = checkinMutation(desk);

    const batch = [good1, badData, notAnObject, unknownType, otherDevice, otherEvent, badEnvelope, notEvenAnEnvelope, good2];
    const results = await push(server, desk, batch);
    const byIndex = results.map((r) => r.status);
    expect(byIndex).toEqual(['applied', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'applied']);

    expect(results[1]).toMatchObject({ id: badData.id, error: expect.stringMatching(/invalid checkin: method/) });
    expect(results[2]).toMatchObject({ id: notAnObject.id, error: expect.stringMatching(/invalid checkin/) });
    expect(results[3]).toMatchObject({ id: unknownType.id, error: 'unknown mutation type teleport.create' });
    expect(results[4]).toMatchObject({ id: otherDevice.id, error: 'record was captured by another device' });
    expect(results[5]).toMatchObject({ id: otherEvent.id, error: 'record belongs to another event' });
    expect(results[6]).toMatchObject({ id: badEnvelope.id, error: expect.stringMatching(/^invalid mutation: .*seq/) });
    expect(results[7]).toMatchObject({ id: '', error: expect.stringMatching(/^invalid mutation/) });

    // Only the good ones were stored, and nothing of the rejected ones.
    const all = batch.filter((m): m is typeof good1 => typeof m === 'object' && m !== null && 'seq' in m);
    expect(await countRows(server.db, 'mutations', 'id = ANY($1::uuid[])', [all.map((m) => m.id)])).toBe(2);
    expect(await countRows(server.db, 'checkins', 'id = ANY($1::uuid[])', [[good1, good2].map((m) => (m.data as { id: string }).id)])).toBe(2);
    expect(await countRows(server.db, 'checkins', 'id = $1', [(otherDevice.data as { id: string }).id])).toBe(0);

    // A rejected mutation is not recorded as delivered: sent again, it is rejected again, not answered as a duplicate.
    expect((await push(server, desk, [badData]))[0]?.status).toBe('rejected');
  });

  it('a booth device may not send desk-only check-ins', async () => {
    const m = checkinMutation(booth);
    const good = checkinMutation(desk);
    const [result] = await push(server, booth, [m]);
    expect(result).toMatchObject({ id: m.id, status: 'rejected', error: 'a booth device may not send checkin.create' });
    expect(await countRows(server.db, 'mutations', 'id = $1', [m.id])).toBe(0);
    expect((await push(server, desk, [good]))[0]?.status).toBe('applied');
  });

  it('a record refused after its schema passed is rejected alone; the rest of the batch is applied', async () => {
    // A walk-in whose badge this desk did not sign: the handler refuses it, the batch falls back to
    // one mutation at a time. (A NUL in a code is stored now: securityDeadLetters.test.ts.)
    const before = checkinMutation(desk);
    const capturedAt = new Date().toISOString();
    const poison = {
      id: newId(),
      seq: 1,
      type: 'visitor',
      op: 'create',
      capturedAt,
      data: {
        ...{ id: newId(), eventId: desk.eventId, deviceId: desk.deviceId, capturedAt, category: 'trade', name: '伪造的访客', company: '', title: '', jobFunction: '' },
        ...{ mobile: '', email: '', country: '', province: '', city: '', industry: '', companySize: '', interests: [], visitPurpose: '', purchaseRole: '' },
        ...{ heardVia: '', consentData: true, consentShare: false, source: 'form', badgeCode: 'SF1.FORGED.BADGE' },
      },
    };
    const after = checkinMutation(desk);
    const results = await push(server, desk, [before, poison, after]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    expect(results[1]?.error).toMatch(/not issued by the desk/);
    expect(await countRows(server.db, 'checkins', 'id = ANY($1::uuid[])', [[before, after].map((m) => (m.data as { id: string }).id)])).toBe(2);
    expect(await countRows(server.db, 'attendees', 'id = $1', [poison.data.id])).toBe(0);
    expect(await countRows(server.db, 'mutations', 'id = $1', [poison.id])).toBe(0);
    // The fallback path also answers replays correctly.
    const replay = await push(server, desk, [before, poison, after]);
    expect(replay.map((r) => r.status)).toEqual(['duplicate', 'rejected', 'duplicate']);
  });

  it('a full batch of 500 mutations is applied in one request', async () => {
    const batch = Array.from({ length: 500 }, () => checkinMutation(desk));
    const results = await push(server, desk, batch);
    expect(results.every((r) => r.status === 'applied')).toBe(true);
    expect(await countRows(server.db, 'mutations', 'id = ANY($1::uuid[])', [batch.map((m) => m.id)])).toBe(500);
  });

  it('records the unsynced count the device reports, for the console', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { authorization: `Bearer ${desk.token}` },
      payload: { deviceId: desk.deviceId, mutations: [checkinMutation(desk)], unsynced: 17 },
    });
    expect(res.statusCode).toBe(200);
    const { rows } = await server.db.query<{ unsynced_count: number; last_sync_at: Date | null }>('SELECT unsynced_count, last_sync_at FROM devices WHERE id = $1', [desk.deviceId]);
    expect(rows[0]?.unsynced_count).toBe(17);
    expect(rows[0]?.last_sync_at).not.toBeNull();
  });
});
