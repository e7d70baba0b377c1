/**
 * Issue 13, item 7: valid records never become permanent dead letters. A scanned code with a NUL
 * character in it (PostgreSQL stores no NUL, in text or jsonb) is stored with U+FFFD in its place
 * and kept as scanned in escaped form; any other text the database cannot hold is stored the same
 * way; a push whose sentAt is absurd (year 9999, year 1) is measured as absurd and its records
 * keep the times the device gave them, instead of being moved out of every calendar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCardFields } from '../../src/core/cards/fields';
import { newId } from '../../src/core/ids';
import { newLead } from '../../src/core/leads/merge';
import { MAX_PLAUSIBLE_SKEW_MS } from '../../src/core/sync/clockSkew';
import { exportCommand } from '../../src/server/cli/commands/export';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { checkinMutation, pairDevice, push, pushRaw, runCli, type PairedDevice } from './support';
import { consoleJson, consoleSession } from './surveySupport';

describe.each(DATABASES)('valid records are stored, not dead-lettered, on %s', (kind) => {
  let server: TestServer;
  let desk: PairedDevice;
  let booth: PairedDevice;

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await pairDevice(server, { role: 'desk' });
    const exhibitor = await createExhibitor(server.db, server.event.id, 'Dead Letter Booth');
    booth = await pairDevice(server, { role: 'booth', exhibitorId: exhibitor.id });
  });
  afterAll(async () => server?.close());

  it('stores a check-in whose scanned code holds a NUL: flagged, the code made storable, and kept as scanned in escaped form', async () => {
    const scanned = 'SF1.\u0000AB\u0000\u001dC';
    const m = checkinMutation(desk, { code: scanned, flags: ['unknown'], name: null, company: null, category: null });
    const broken = checkinMutation(desk, { code: 'HALF-\ud83d-PAIR', flags: ['unknown'], name: null, company: null, category: null });
    expect(await push(server, desk, [m, broken])).toEqual([
      { id: m.id, status: 'applied' },
      { id: broken.id, status: 'applied' },
    ]);
    const { rows } = await server.db.query<{ code: string; code_verbatim: string; flags: string[] }>('SELECT code, code_verbatim, flags FROM checkins WHERE id = ANY($1::uuid[]) ORDER BY code', [
      [m, broken].map((x) => (x.data as { id: string }).id),
    ]);
    expect(rows).toEqual([
      { code: 'HALF-\ufffd-PAIR', code_verbatim: '"HALF-\\ud83d-PAIR"', flags: ['unknown'] },
      { code: 'SF1.\ufffdAB\ufffd\u001dC', code_verbatim: '"SF1.\\u0000AB\\u0000\\u001dC"', flags: ['unknown'] },
    ]);
    expect(JSON.parse(rows[1]?.code_verbatim ?? '""')).toBe(scanned);
    // The log of what the device sent holds the storable copy and the escaped original.
    const log = await server.db.query<{ data: { code: string }; verbatim: Record<string, string> }>('SELECT data, verbatim FROM mutations WHERE id = $1', [m.id]);
    expect(log.rows[0]).toMatchObject({ data: { code: 'SF1.\ufffdAB\ufffd\u001dC' }, verbatim: { code: '"SF1.\\u0000AB\\u0000\\u001dC"' } });
    // Sent again: a duplicate, not a dead letter either.
    expect(await push(server, desk, [m])).toEqual([{ id: m.id, status: 'duplicate' }]);
    // The export shows both.
    const run = await runCli(server, exportCommand, ['--what', 'checkins', '--format', 'json']);
    const exported = (JSON.parse(run.out.join('\n')) as Array<{ id: string; code: string; codeVerbatim: string | null }>).find((r) => r.id === (m.data as { id: string }).id);
    expect(exported).toMatchObject({ code: 'SF1.\ufffdAB\ufffd\u001dC', codeVerbatim: '"SF1.\\u0000AB\\u0000\\u001dC"' });
  });

  it('stores a lead whose card text holds a NUL the same way (one-line text and notes drop control characters anyway)', async () => {
    const lead = { ...newLead({ ...booth, staff: booth.name }, { source: 'card', badgeCode: null, attendeeId: null, contact: { ...emptyCardFields(), name: 'Null\u0000Name' } }), notes: 'call\u0000back', cardText: 'TEL\u0000 138' };
    const m = { id: newId(), seq: 1, type: 'lead', op: 'create', data: lead, capturedAt: lead.capturedAt };
    expect(await push(server, booth, [m])).toEqual([{ id: m.id, status: 'applied' }]);
    const { rows } = await server.db.query<{ notes: string; card_text: string; name: string }>("SELECT notes, card_text, contact->>'name' AS name FROM leads WHERE id = $1", [lead.id]);
    expect(rows).toEqual([{ notes: 'callback', card_text: 'TEL\ufffd 138', name: 'NullName' }]);
    const log = await server.db.query<{ verbatim: Record<string, string> }>('SELECT verbatim FROM mutations WHERE id = $1', [m.id]);
    expect(log.rows[0]?.verbatim).toEqual({ cardText: '"TEL\\u0000 138"' });
  });

  it('stores a batch sent with an absurd clock with the device’s own times, and shows the clock as absurd', async () => {
    for (const sentAt of ['9999-12-31T23:59:59.999Z', '0001-01-01T00:00:00Z']) {
      const capturedAt = new Date(Date.now() - 60_000).toISOString();
      const m = checkinMutation(desk, { capturedAt }, { capturedAt });
      const res = await pushRaw(server, desk.token, { deviceId: desk.deviceId, mutations: [m], sentAt });
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as { results: unknown[] }).results).toEqual([{ id: m.id, status: 'applied' }]);
      const { rows } = await server.db.query<{ captured_at: Date }>('SELECT captured_at FROM checkins WHERE id = $1', [(m.data as { id: string }).id]);
      expect(new Date(rows[0]!.captured_at).toISOString()).toBe(capturedAt);
      const { rows: log } = await server.db.query<{ clock_skew_ms: string | null }>('SELECT clock_skew_ms FROM mutations WHERE id = $1', [m.id]);
      expect(log[0]?.clock_skew_ms).toBeNull();
      const { rows: device } = await server.db.query<{ clock_skew_ms: string }>('SELECT clock_skew_ms FROM devices WHERE id = $1', [desk.deviceId]);
      expect(Math.abs(Number(device[0]?.clock_skew_ms))).toBeGreaterThan(MAX_PLAUSIBLE_SKEW_MS);
    }
    const cookie = await consoleSession(server);
    const { devices } = await consoleJson<{ devices: Array<{ id: string; clockSkewMs: number | null }> }>(server, cookie, 'GET', '/api/v1/console/devices');
    expect(Math.abs(devices.find((d) => d.id === desk.deviceId)?.clockSkewMs ?? 0)).toBeGreaterThan(MAX_PLAUSIBLE_SKEW_MS);
  });

  it('still moves the times of a clock that is merely wrong (two days behind)', async () => {
    const deviceNow = Date.now() - 2 * 86_400_000;
    const capturedAt = new Date(deviceNow - 60_000).toISOString();
    const m = checkinMutation(desk, { capturedAt }, { capturedAt });
    const res = await pushRaw(server, desk.token, { deviceId: desk.deviceId, mutations: [m], sentAt: new Date(deviceNow).toISOString() });
    expect(res.statusCode, res.body).toBe(200);
    const { rows } = await server.db.query<{ captured_at: Date }>('SELECT captured_at FROM checkins WHERE id = $1', [(m.data as { id: string }).id]);
    expect(Math.abs(new Date(rows[0]!.captured_at).getTime() - (Date.now() - 60_000))).toBeLessThan(30_000);
  });
});
