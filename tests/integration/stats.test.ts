/**
 * Honest counts (issue 6): unique visitors vs visits, trade vs public, domestic vs Hong Kong/
 * Macao/Taiwan vs international, press and staff kept out, flagged scans never counted, merged
 * duplicates once, show days in the event's time zone, every figure's drill-down returning
 * exactly its records, and the SQL agreeing with the rules' reference implementation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countReference, type CountCheckin, type CountRecord } from '../../src/core/stats/count';
import { statsCommand } from '../../src/server/cli/commands/stats';
import { listVisits, listScans } from '../../src/server/stats/drilldown';
import { distributions, headline, hourly, uniqueByDay, uniqueOnDay } from '../../src/server/stats/figures';
import { computeReport } from '../../src/server/stats/report';
import { setEventTimeZone } from '../../src/server/stats/settings';
import { listPersons } from '../../src/server/visitors/persons';
import type { VisitorCategory } from '../../src/core/categories';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { checkinMutation, pairDevice, push, runCli, type PairedDevice } from './support';
import { expectCountersFresh, importRows, pairKeyedDesk, registerWalkIns, scanAt, shanghai } from './statsSupport';

const HEADER = ['编号', '姓名', '公司', '手机', '邮箱', '类别', '地址', '员工人数'];

describe.each(DATABASES)('counting rules on %s', (kind) => {
  let server: TestServer;
  let gates: PairedDevice[];
  let ids: Map<string, string>;
  let walkInId: string;
  const id = (ref: string) => ids.get(ref) ?? ref;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ids = await importRows(server, [
      HEADER,
      ['R1', '张伟', '深圳华强电子有限公司', '13800138001', 'zw@huaqiang.cn', '专业观众', '广东省深圳市南山区科技园', '120'],
      ['R2', '李娜', '南方日报', '13800138002', '', '媒体', '广州市天河区', ''],
      ['R3', '王强', '华南机械有限公司', '13800138003', '', '展商', '', ''],
      ['R4', '陈静', '上海精密仪器有限公司', '13800138004', '', '专业观众', '', ''],
      ['R5', 'Tom Smith', 'Acme Trading Ltd', '+44 7911 123456', 'tom@acme.co.uk', '普通观众', 'London', ''],
      ['R6', 'Kelly Chan', 'Harbour Logistics', '+852 9123 4567', '', '专业观众', '香港九龙', ''],
      ['R7', '赵敏', '北京某公司', '13800138007', '', '专业观众', '', ''],
      ['R8', '孙丽', '杭州某公司', '13800138008', '', '专业观众', '', ''],
    ]);
    gates = [await pairDevice(server, { name: 'Gate 1' }), await pairDevice(server, { name: 'Gate 2' }), await pairDevice(server, { name: 'Gate 3' })];
    const desk = await pairKeyedDesk(server, 'Registration desk');
    // The same person registers again at the desk: same mobile, merged automatically.
    [walkInId] = (await registerWalkIns(server, desk, [{ name: '陈静', company: '上海精密仪器', mobile: '+8613800138004', country: 'CN', province: '310000' }])) as [string];
    const [g1, g2, g3] = gates as [PairedDevice, PairedDevice, PairedDevice];
    await scanAt(server, g1, [
      { attendeeId: id('R1'), at: shanghai('2026-05-12 09:00') },
      { attendeeId: id('R2'), at: shanghai('2026-05-12 09:10') },
      { attendeeId: id('R3'), at: shanghai('2026-05-12 08:00') },
      { attendeeId: id('R4'), at: shanghai('2026-05-12 09:30') },
      { attendeeId: id('R8'), at: shanghai('2026-05-12 09:40'), flags: ['revoked'] },
      { attendeeId: null, at: shanghai('2026-05-12 09:41'), flags: ['unknown'] },
    ]);
    await scanAt(server, g2, [
      { attendeeId: id('R1'), at: shanghai('2026-05-12 13:00'), flags: ['reentry'] },
      { attendeeId: walkInId, at: shanghai('2026-05-12 10:00') },
      { attendeeId: id('R7'), at: shanghai('2026-05-12 10:05'), flags: ['forged'] },
      { attendeeId: id('R7'), at: shanghai('2026-05-12 10:06'), flags: ['other_event'] },
    ]);
    await scanAt(server, g3, [
      { attendeeId: id('R1'), at: shanghai('2026-05-13 10:00') },
      { attendeeId: id('R3'), at: shanghai('2026-05-13 08:00') },
      // One minute either side of midnight in Shanghai: the same UTC day, two show days.
      { attendeeId: id('R5'), at: shanghai('2026-05-13 23:59') },
      { attendeeId: id('R6'), at: shanghai('2026-05-14 00:01') },
    ]);
  });
  afterAll(async () => server?.close());

  it('counts a visitor scanned at 3 gates on 2 days once, with 2 visits', async () => {
    const page = await listPersons(server.db, server.event.id, { visitor: 'yes', attended: 'yes' }, { limit: 100 });
    const r1 = page.rows.find((p) => p.id === id('R1'));
    expect(r1?.days).toBe(2);
    const visits = await listVisits(server.db, server.event.id, { q: '张伟' }, { limit: 100 });
    expect(visits.rows.map((v) => v.day)).toEqual(['2026-05-12', '2026-05-13']);
  });

  it('gives the headline figures: unique visitors, visits, trade share, regions, non-visitors, flagged scans', async () => {
    const h = await headline(server.db, server.event.id);
    expect(h).toEqual({
      uniqueVisitors: 4,
      visits: 5,
      tradeVisitors: 3,
      publicVisitors: 1,
      tradeShare: 0.75,
      byScope: { mainland: 2, hk: 1, mo: 0, tw: 0, international: 1, unknown: 0 },
      nonVisitors: { press: 1, exhibitor_staff: 1, organizer_staff: 0 },
      admittedEntries: 10,
      flaggedScans: 4,
    });
  });

  it('does not count press and exhibitor staff as visitors, nor anyone admitted only by a flagged scan', async () => {
    const counted = await listPersons(server.db, server.event.id, { visitor: 'yes', attended: 'yes' }, { limit: 100 });
    expect(counted.rows.map((p) => p.id).sort()).toEqual([id('R1'), id('R4'), id('R5'), id('R6')].sort());
    const present = await listPersons(server.db, server.event.id, { visitor: 'no', attended: 'yes' }, { limit: 100 });
    expect(present.rows.map((p) => [p.id, p.category])).toEqual(
      expect.arrayContaining([
        [id('R2'), 'press'],
        [id('R3'), 'exhibitor_staff'],
      ]),
    );
    expect(present.total).toBe(2);
  });

  it('counts merged duplicates once: the walk-in joined the roster entry of the same mobile', async () => {
    const { rows } = await server.db.query<{ person_id: string }>('SELECT person_id FROM visitor_profiles WHERE attendee_id = $1', [walkInId]);
    expect(rows[0]?.person_id).toBe(id('R4'));
    const r4 = (await listPersons(server.db, server.event.id, { q: '陈静' }, { limit: 10 })).rows;
    expect(r4).toHaveLength(1);
    // The walk-in said Shanghai; the roster entry only had a Chinese mobile: the more specific region wins.
    expect(r4[0]).toMatchObject({ id: id('R4'), records: 2, days: 1, country: 'CN', province: '310000', scope: 'mainland' });
  });

  it('splits show days at midnight in the event time zone', async () => {
    expect(await uniqueByDay(server.db, server.event.id)).toEqual([
      { day: '2026-05-12', uniqueVisitors: 2 },
      { day: '2026-05-13', uniqueVisitors: 2 },
      { day: '2026-05-14', uniqueVisitors: 1 },
    ]);
    expect(await uniqueOnDay(server.db, server.event.id, '2026-05-14')).toBe(1);
  });

  it('agrees with the reference implementation of the rules', async () => {
    const { rows: records } = await server.db.query<{ id: string; category: VisitorCategory; person_id: string; country: string; province: string; city: string }>(
      `SELECT a.id, a.category, v.person_id, v.country, v.province, v.city FROM attendees a JOIN visitor_profiles v ON v.attendee_id = a.id ORDER BY a.created_at, a.id`,
    );
    const { rows: checkins } = await server.db.query<{ attendee_id: string | null; flags: string[]; captured_at: Date; received_at: Date }>(
      'SELECT attendee_id, flags, captured_at, received_at FROM checkins',
    );
    const reference = countReference(
      records.map((r): CountRecord => ({ id: r.id, category: r.category, personId: r.person_id, country: r.country, province: r.province, city: r.city })),
      checkins.map((c): CountCheckin => ({ attendeeId: c.attendee_id, flags: c.flags, capturedAt: new Date(c.captured_at).toISOString(), receivedAt: new Date(c.received_at).toISOString() })),
      'Asia/Shanghai',
    );
    const h = await headline(server.db, server.event.id);
    expect(h.uniqueVisitors).toBe(reference.uniqueVisitors);
    expect(h.visits).toBe(reference.visits);
    expect(h.tradeVisitors).toBe(reference.tradeVisitors);
    expect(h.admittedEntries).toBe(reference.admittedEntries);
    expect(h.flaggedScans).toBe(reference.flaggedScans);
    expect(Object.fromEntries(Object.entries(h.byScope).filter(([, n]) => n > 0))).toEqual(reference.byScope);
    expect(Object.fromEntries((await uniqueByDay(server.db, server.event.id)).map((d) => [d.day, d.uniqueVisitors]))).toEqual(reference.byDay);
  });

  it('drills every figure down to exactly the records behind it', async () => {
    const h = await headline(server.db, server.event.id);
    const d = await distributions(server.db, server.event.id);
    const total = async (filter: Parameters<typeof listPersons>[2]) => (await listPersons(server.db, server.event.id, filter, { limit: 2 })).total;
    expect(await total({ visitor: 'yes', attended: 'yes' })).toBe(h.uniqueVisitors);
    expect(await total({ visitor: 'yes', attended: 'yes', trade: 'yes' })).toBe(h.tradeVisitors);
    for (const scope of ['mainland', 'hk', 'international'] as const) expect(await total({ visitor: 'yes', attended: 'yes', scope })).toBe(h.byScope[scope]);
    expect(await total({ attended: 'yes', category: 'press' })).toBe(h.nonVisitors.press);
    for (const p of d.province) expect(await total({ visitor: 'yes', attended: 'yes', province: p.key, ...(p.key === '' ? { scope: 'mainland' } : {}) })).toBe(p.count);
    for (const c of d.industry) expect(await total({ visitor: 'yes', attended: 'yes', industry: c.key })).toBe(c.count);
    expect(await total({ visitor: 'yes', day: '2026-05-13' })).toBe(2);
    expect((await listVisits(server.db, server.event.id, {}, { limit: 100 })).total).toBe(h.visits);
    // Paging walks every record once.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await listPersons(server.db, server.event.id, { visitor: 'yes', attended: 'yes' }, { after, limit: 1 });
      seen.push(...page.rows.map((r) => r.id));
      after = page.next;
    } while (after);
    expect(new Set(seen).size).toBe(h.uniqueVisitors);
    const flagged = await listScans(server.db, server.event.id, '2026-05-12T09', false, { limit: 10 });
    expect(flagged.rows.map((r) => r.flags)).toEqual(expect.arrayContaining([['revoked'], ['unknown']]));
    expect(flagged.total).toBe(2);
    const admitted = await listScans(server.db, server.event.id, '2026-05-12T09', true, { limit: 10 });
    expect(admitted.total).toBe(3);
    // The hourly chart's bars are the totals of their drill-downs.
    for (const h of await hourly(server.db, server.event.id, '2026-05-12')) {
      expect((await listScans(server.db, server.event.id, h.hour, true, { limit: 1 })).total).toBe(h.admitted);
      expect((await listScans(server.db, server.event.id, h.hour, false, { limit: 1 })).total).toBe(h.flagged);
    }
    await expectCountersFresh(server);
  });

  it('moves show days when the event time zone changes, and back', async () => {
    await setEventTimeZone(server.db, server.event.id, 'UTC');
    expect(await uniqueByDay(server.db, server.event.id)).toEqual([
      { day: '2026-05-12', uniqueVisitors: 2 },
      { day: '2026-05-13', uniqueVisitors: 3 },
    ]);
    expect((await headline(server.db, server.event.id)).visits).toBe(5);
    await expectCountersFresh(server);
    await setEventTimeZone(server.db, server.event.id, 'Asia/Shanghai');
    expect((await uniqueByDay(server.db, server.event.id)).map((d) => d.uniqueVisitors)).toEqual([2, 2, 1]);
    await expectCountersFresh(server);
  });

  it('prints the report figures with `stats --json`', async () => {
    const run = await runCli(server, statsCommand, ['--json']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.out.join('\n')) as Awaited<ReturnType<typeof computeReport>>;
    const report = await computeReport(server.db);
    expect({ ...printed, generatedAt: '' }).toEqual({ ...report, generatedAt: '' });
    expect(printed.visitors.uniqueVisitors).toBe(4);
    expect(printed.byDay).toHaveLength(3);
    expect(printed.provinces).toEqual(expect.arrayContaining([{ key: '440000', count: 1 }, { key: '810000', count: 1 }]));
  });

  it('keeps every figure exact while many gates and desks push at once', async () => {
    const crowd = await importRows(server, [
      HEADER,
      ...Array.from({ length: 120 }, (_, i) => [`C${i}`, `观众${i}`, `并发测试公司${i}`, `1390000${String(i).padStart(4, '0')}`, '', i % 10 === 0 ? '媒体' : '专业观众', i % 2 ? '广东省深圳市' : '上海市', '']),
    ]);
    const people = [...crowd].filter(([ref]) => ref.startsWith('C')).map(([, attendee]) => attendee);
    const gates2 = await Promise.all(Array.from({ length: 6 }, (_, g) => pairDevice(server, { name: `Crowd gate ${g}` })));
    const desk = await pairKeyedDesk(server, 'Crowd desk');
    const before = await headline(server.db, server.event.id);
    let n = 0;
    const pushes: Array<Promise<unknown>> = gates2.flatMap((gate, g) =>
      Array.from({ length: 4 }, (_, b) =>
        push(
          server,
          gate,
          Array.from({ length: 30 }, (_, k) => {
            const who = people[(g * 37 + b * 11 + k * 7) % people.length]!;
            return checkinMutation(gate, { attendeeId: who, code: who, capturedAt: shanghai(`2026-05-1${2 + ((g + b + k) % 2)} 1${k % 8}:${String(n++ % 60).padStart(2, '0')}`) });
          }),
        ),
      ),
    );
    // Walk-ins at the same time: the same person again (merged) and new people.
    pushes.push(registerWalkIns(server, desk, [{ name: '观众1', company: '并发测试公司1', mobile: '+8613900000001' }, { name: '新观众', company: '华东机电', mobile: '+8613700137999' }]));
    await Promise.all(pushes);
    const h = await headline(server.db, server.event.id);
    expect(h.uniqueVisitors).toBeGreaterThan(before.uniqueVisitors);
    expect(await listPersons(server.db, server.event.id, { visitor: 'yes', attended: 'yes' }, { limit: 1 }).then((p) => p.total)).toBe(h.uniqueVisitors);
    expect((await listVisits(server.db, server.event.id, {}, { limit: 1 })).total).toBe(h.visits);
    await expectCountersFresh(server);
  });
});
