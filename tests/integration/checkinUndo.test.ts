/**
 * Undo of a check-in made by mistake (issue 18): a correcting record of its own, never a
 * deletion. The check-in stays stored and marked; every figure (headline, hourly scans, visits,
 * the per-day counters) leaves it out at once, agrees with a rebuild from scratch and with the
 * rules' reference count; an undo pushed twice, or a second undo of the same check-in, changes
 * nothing more; a desk cannot undo another desk's check-in nor one the server never received.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countReference } from '../../src/core/stats/count';
import { listCheckins } from '../../src/server/checkins/checkins';
import { headline, hourly } from '../../src/server/stats/figures';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { checkinMutation, checkinUndoMutation, pairDevice, push, type PairedDevice } from './support';
import { expectCountersFresh, importRows, shanghai } from './statsSupport';

const HEADER = ['编号', '姓名', '公司', '手机', '邮箱', '类别'];

describe.each(DATABASES)('undo of a check-in on %s', (kind) => {
  let server: TestServer;
  let desk: PairedDevice;
  let otherDesk: PairedDevice;
  let ids: Map<string, string>;
  const id = (ref: string) => ids.get(ref) ?? ref;
  const checkinIds = new Map<string, string>();

  async function scan(name: string, device: PairedDevice, attendee: string | null, at: string, flags: Array<'reentry' | 'unknown'> = []): Promise<void> {
    const m = checkinMutation(device, { attendeeId: attendee, capturedAt: at, flags, code: attendee ?? 'NOT-A-BADGE' });
    expect(await push(server, device, [m])).toEqual([{ id: m.id, status: 'applied' }]);
    checkinIds.set(name, (m.data as { id: string }).id);
  }

  async function figures() {
    const h = await headline(server.db, server.event.id);
    const hours = await hourly(server.db, server.event.id, '2026-05-12');
    return { people: h.uniqueVisitors, visits: h.visits, admitted: h.admittedEntries, flagged: h.flaggedScans, hours: hours.map((x) => [x.hour, x.admitted, x.flagged]) };
  }

  /** The rules' reference count over the same rows: the SQL must agree with it after every undo. */
  async function reference() {
    const { rows } = await server.db.query<{ attendee_id: string | null; flags: string[]; captured_at: Date; received_at: Date; undone: boolean }>(
      'SELECT attendee_id, flags, captured_at, received_at, undone_by IS NOT NULL AS undone FROM checkins WHERE event_id = $1',
      [server.event.id],
    );
    const records = [...ids.values()].map((a) => ({ id: a, personId: a, category: 'trade' as const, country: '', province: '', city: '' }));
    const counts = countReference(
      records,
      rows.map((r) => ({ attendeeId: r.attendee_id, flags: r.flags, capturedAt: new Date(r.captured_at).toISOString(), receivedAt: new Date(r.received_at).toISOString(), undone: r.undone })),
      'Asia/Shanghai',
    );
    return { people: counts.uniqueVisitors, visits: counts.visits, admitted: counts.admittedEntries, flagged: counts.flaggedScans };
  }

  async function expectConsistent(): Promise<void> {
    const now = await figures();
    expect({ people: now.people, visits: now.visits, admitted: now.admitted, flagged: now.flagged }).toEqual(await reference());
    await expectCountersFresh(server);
    // A rebuild from the check-ins (what a time-zone change does) lands on the same figures.
    await server.db.query('SELECT sf_rebuild_attendance($1)', [server.event.id]);
    expect(await figures()).toEqual(now);
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    ids = await importRows(server, [HEADER, ['U1', '张伟', '华强电子', '13800138101', '', '专业观众'], ['U2', '李娜', '南方机械', '13800138102', '', '专业观众'], ['U3', '王强', '精密仪器', '13800138103', '', '专业观众']]);
    desk = await pairDevice(server, { name: 'Gate 1' });
    otherDesk = await pairDevice(server, { name: 'Gate 2' });
    await scan('u1-morning', desk, id('U1'), shanghai('2026-05-12 09:00'));
    await scan('u1-noon', desk, id('U1'), shanghai('2026-05-12 12:10'), ['reentry']);
    await scan('u2', desk, id('U2'), shanghai('2026-05-12 09:20'));
    await scan('u3', otherDesk, id('U3'), shanghai('2026-05-12 10:00'));
    await scan('unknown', desk, null, shanghai('2026-05-12 10:30'), ['unknown']);
  });
  afterAll(async () => server?.close());

  it('counts what was scanned before any undo', async () => {
    expect(await figures()).toMatchObject({ people: 3, visits: 3, admitted: 4, flagged: 1 });
    await expectConsistent();
  });

  it('takes an undone check-in out of every figure at once, and keeps it stored, marked', async () => {
    const undo = checkinUndoMutation(desk, checkinIds.get('u2')!);
    expect(await push(server, desk, [undo])).toEqual([{ id: undo.id, status: 'applied' }]);
    const f = await figures();
    expect(f).toMatchObject({ people: 2, visits: 2, admitted: 3, flagged: 1 });
    expect(f.hours).toContainEqual(['2026-05-12T09', 1, 0]);
    const { rows } = await server.db.query<{ undone_by: string | null }>('SELECT undone_by FROM checkins WHERE id = $1', [checkinIds.get('u2')]);
    expect(rows).toEqual([{ undone_by: (undo.data as { id: string }).id }]);
    // The export lists it, saying when it was undone.
    const exported = await listCheckins(server.db, server.event.id);
    expect(exported.find((c) => c.id === checkinIds.get('u2'))?.undoneAt).toBe(new Date(undo.capturedAt).toISOString());
    expect(exported.filter((c) => c.undoneAt)).toHaveLength(1);
    await expectConsistent();
  });

  it('applies an undo once: pushed twice it is a duplicate, a second undo of the same check-in changes nothing', async () => {
    const before = await figures();
    const undo = checkinUndoMutation(desk, checkinIds.get('u2')!);
    expect((await push(server, desk, [undo]))[0]?.status).toBe('applied');
    expect((await push(server, desk, [undo]))[0]?.status).toBe('duplicate');
    // The same undo record under another mutation id (a replayed export file): stored once.
    expect((await push(server, desk, [{ ...undo, id: checkinUndoMutation(desk, checkinIds.get('u2')!).id }]))[0]?.status).toBe('applied');
    expect(await figures()).toEqual(before);
    const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM checkin_undos WHERE checkin_id = $1', [checkinIds.get('u2')]);
    expect(rows[0]?.n).toBe(1);
    await expectConsistent();
  });

  it("keeps the person counted while another entry of theirs that day stands, and their day's first entry follows", async () => {
    const undo = checkinUndoMutation(desk, checkinIds.get('u1-morning')!);
    expect((await push(server, desk, [undo]))[0]?.status).toBe('applied');
    expect(await figures()).toMatchObject({ people: 2, visits: 2, admitted: 2 });
    const { rows } = await server.db.query<{ first_at: Date; entries: number }>('SELECT first_at, entries FROM attendee_days WHERE attendee_id = $1', [id('U1')]);
    expect(rows.map((r) => [new Date(r.first_at).toISOString(), r.entries])).toEqual([[shanghai('2026-05-12 12:10'), 1]]);
    await expectConsistent();
  });

  it('takes a flagged scan out of the flagged count when it is undone', async () => {
    const undo = checkinUndoMutation(desk, checkinIds.get('unknown')!);
    expect((await push(server, desk, [undo]))[0]?.status).toBe('applied');
    expect(await figures()).toMatchObject({ flagged: 0 });
    await expectConsistent();
  });

  it("refuses an undo of another desk's check-in, or of one the server never received", async () => {
    const foreign = checkinUndoMutation(desk, checkinIds.get('u3')!);
    const [result] = await push(server, desk, [foreign]);
    expect(result).toMatchObject({ status: 'rejected' });
    expect(result?.error).toMatch(/not on the server/);
    const ghost = checkinUndoMutation(desk, '0190a1b2-c3d4-7e5f-8a9b-000000000001');
    expect((await push(server, desk, [ghost]))[0]).toMatchObject({ status: 'rejected' });
    expect(await figures()).toMatchObject({ people: 2 });
  });
});
