/**
 * Three editions of one show imported from files, with figures worked out by hand (issue 15):
 * a visitor who changes mobile but keeps the email, one who skips an edition and comes back, a
 * press visitor counted apart, a company renamed under the same credit code, a company without a
 * code found by its email, a suggestion accepted and undone, and an erasure that reaches every
 * edition while the figures stay.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../src/core/editions/creditCode';
import { retentionCounts } from '../../src/core/customers/retention';
import { decideReview, listReviews, undoMove } from '../../src/server/customers/moves';
import { returningWalkInPrefill } from '../../src/server/customers/prefill';
import { retentionFigures, retentionList, returningSoFar } from '../../src/server/customers/retention';
import { DATABASES, type TestServer } from './harness';
import { runCliLine, serverWithFiles, utf8WithBom, xlsxBytes, type CliRun, type TempDir } from './support';

const code = (base17: string) => `${base17}${creditCodeCheckChar(base17)}`;
const C1 = code('91440300123456781');
const C2 = code('91110000123456782');
const C3 = code('91310000123456783');
const C4 = code('91440100123456784');

const csv = (rows: string[][]) => utf8WithBom(rows.map((r) => r.join(',')).join('\r\n') + '\r\n');

const ROSTER_HEADER = ['姓名', '公司', '手机', '邮箱', '类别', '到场'];
const E1_VISITORS = [
  ['张伟', '华强电子', '13800000001', 'zhangwei@hq.com', '专业观众', '2'],
  ['李娜', '广州展览', '13800000002', 'lina@gz.com', '专业观众', '是'],
  ['王芳', '上海贸易', '13800000003', 'wangfang@sh.com', '专业观众', '2023-05-11'],
  ['刘洋', '深圳科技', '13800000006', 'liuyang@sz.com', '专业观众', '是'],
  ['孙强', '北京物流', '13800000008', 'sunqiang@bjwl.com', '专业观众', 'yes'],
];
const E2_VISITORS = [
  ['张伟', '华强电子', '13800000001', 'zhangwei@hq.com', '专业观众', '2'],
  ['李娜', '广州展览', '13800000002', 'lina@gz.com', '专业观众', '否'],
  ['王芳', '上海贸易', '13800000003', 'wangfang@sh.com', '专业观众', '2024-05-14;2024-05-15'],
  ['刘洋', '深圳科技', '13800000006', 'liuyang@sz.com', '专业观众', '是'],
  ['陈静', '北方机械', '13800000007', 'chenjing@bf.com', '专业观众', '1'],
  ['孙强', '北京物流', '13800000008', 'sunqiang@bjwl.com', '专业观众', '是'],
  ['记者甲', '经济日报', '13800000005', '', '媒体', '是'],
];
const E3_VISITORS = [
  // A new mobile, the same email: the same person.
  ['张伟', '华强电子', '13900000001', 'zhangwei@hq.com', '专业观众', '是'],
  // Not at the 2024 edition: reactivated.
  ['Li Na', '广州展览', '13800000002', '', '专业观众', '是'],
  ['赵六', '新公司', '13800000009', '', '专业观众', '是'],
  ['刘洋', '深圳科技', '13800000006', 'liuyang@sz.com', '专业观众', '3'],
  // Nothing shared with 2024 but her name and company: offered for review, not linked.
  ['陈静', '北方机械', '13700000007', 'chenjing2025@bf.cn', '专业观众', '是'],
  ['记者甲', '经济日报', '13800000005', '', '媒体', '是'],
  ['钱七', '无名公司', '13800000010', '', '专业观众', '否'],
];

const EXHIBITOR_HEADER = ['公司名称', '统一社会信用代码', '国家', '省份', '联系人', '手机', '邮箱', '展位号', '面积(m²)', '合同金额(元)'];
const E1_EXHIBITORS = [
  ['华强电子有限公司', C1, '中国', '广东', '张总', '13600000001', 'sales@hq.com', 'A01', '36', '50000'],
  ['远东贸易有限公司', C3, '中国', '上海', '李经理', '13600000003', 'fe@fareast.com', 'B02', '18', '20000'],
];
const E2_EXHIBITORS = [
  ['华强电子有限公司', C1, '中国', '广东', '张总', '13600000001', 'sales@hq.com', 'A01', '54', '80,000'],
  ['北方重工有限公司', C2, '中国', '北京', '王工', '13600000002', '', 'C03', '9', '1.2万'],
  ['小作坊工作室', '', '中国', '浙江', '周先生', '', 'v@xzf.com', 'D04', '9', '9000'],
];
const E3_EXHIBITORS = [
  // Renamed, same credit code.
  ['华强科技股份有限公司', C1, '中国', '广东', '张总', '13600000001', 'sales@hq.com', 'A01', '72㎡', '¥100,000'],
  ['远东贸易有限公司', C3, '中国', '上海', '李经理', '13600000003', 'fe@fareast.com', 'B02', '18', '20000'],
  ['新星电子有限公司', C4, '中国', '广东', '赵总', '13600000004', '', 'A05', '9', '9000'],
  ['小作坊工作室', '', '中国', '浙江', '周先生', '', 'v@xzf.com', 'D06', '9', '9500'],
];

describe.each(DATABASES)('editions and retention on %s', (kind) => {
  let server: TestServer;
  let files: TempDir;
  serverWithFiles(kind, (s, f) => ((server = s), (files = f)));
  const ids: Record<'e1' | 'e2' | 'e3', string> = { e1: '', e2: '', e3: '' };
  const cli = (...argv: string[]): Promise<CliRun> => runCliLine(server, argv, files.dir);
  const ok = async (...argv: string[]) => {
    const run = await cli(...argv);
    expect(run.code, [...run.out, ...run.err].join('\n')).toBe(0);
    return run;
  };
  const retentionJson = async (eventId: string) => JSON.parse((await ok('retention', '--json', '--event', eventId)).out.join('\n')) as Record<string, unknown>;

  beforeAll(async () => {
    ids.e1 = server.event.id;
    await ok('events', 'set', ids.e1, '--name', 'Expo 2023', '--show', 'Expo', '--starts', '2023-05-10', '--ends', '2023-05-12');
    const e2 = await ok('events', 'add', 'Expo 2024', '--starts', '2024-05-14', '--ends', '2024-05-16', '--json');
    ids.e2 = (JSON.parse(e2.out[0] as string) as { id: string }).id;
    const e3 = await ok('events', 'add', 'Expo 2025', '--starts', '2025-05-13', '--ends', '2025-05-15', '--show', 'expo', '--json');
    ids.e3 = (JSON.parse(e3.out[0] as string) as { id: string }).id;
    await ok('events', 'use', ids.e3);
    for (const [n, visitors, exhibitors] of [
      ['e1', E1_VISITORS, E1_EXHIBITORS],
      ['e2', E2_VISITORS, E2_EXHIBITORS],
      ['e3', E3_VISITORS, E3_EXHIBITORS],
    ] as const) {
      await ok('import-roster', await files.write(`${n}.csv`, csv([ROSTER_HEADER, ...visitors])), '--event', ids[n]);
      await ok('import-exhibitors', await files.write(`${n}-exhibitors.xlsx`, await xlsxBytes([EXHIBITOR_HEADER, ...exhibitors])), '--event', ids[n]);
    }
  });

  it('lists the editions in order, the last one current', async () => {
    const list = JSON.parse((await ok('events', 'list', '--json')).out[0] as string) as Array<{ id: string; show: string; edition: number; current: boolean; previous: string | null; startsOn: string }>;
    const expo = list.filter((e) => e.show === 'Expo');
    expect(expo.map((e) => [e.id, e.edition, e.current, e.previous, e.startsOn])).toEqual([
      [ids.e1, 1, false, null, '2023-05-10'],
      [ids.e2, 2, false, ids.e1, '2024-05-14'],
      [ids.e3, 3, true, ids.e2, '2025-05-13'],
    ]);
  });

  it('counts imported attendance as the post-show report does', async () => {
    const { rows } = await server.db.query<{ event_id: string; visitors: number; visits: number; press: number }>(
      `SELECT event_id, sum(n) FILTER (WHERE key IN ('trade', 'public', 'vip_buyer'))::int AS visitors, sum(days) FILTER (WHERE key IN ('trade', 'public', 'vip_buyer'))::int AS visits,
              sum(n) FILTER (WHERE key = 'press')::int AS press
         FROM figure_counts WHERE dim = 'category' GROUP BY event_id`,
    );
    const by = new Map(rows.map((r) => [r.event_id, r]));
    // 2023: 张伟 2 days, 李娜, 王芳, 刘洋, 孙强 1 day each.
    expect(by.get(ids.e1)).toMatchObject({ visitors: 5, visits: 6, press: null });
    // 2024: 张伟 2, 王芳 2, 刘洋 1, 陈静 1, 孙强 1; 李娜 registered but did not come; press apart.
    expect(by.get(ids.e2)).toMatchObject({ visitors: 5, visits: 7, press: 1 });
    // 2025: 张伟, Li Na, 赵六, 陈静 1 day, 刘洋 3 days; 钱七 did not come.
    expect(by.get(ids.e3)).toMatchObject({ visitors: 5, visits: 7, press: 1 });
    const { rows: days } = await server.db.query<{ day: string; n: number }>(
      `SELECT key AS day, n::int FROM figure_counts WHERE event_id = $1 AND dim = 'day' AND n > 0 ORDER BY key`,
      [ids.e2],
    );
    expect(days).toEqual([
      { day: '2024-05-14', n: 5 },
      { day: '2024-05-15', n: 2 },
    ]);
  });

  it('prints the retention figures of the current edition in the issue’s JSON shape', async () => {
    expect(await retentionJson(ids.e3)).toEqual({
      event: ids.e3,
      previous: ids.e2,
      visitors: { previousCustomers: 5, customers: 5, returning: 2, new: 2, reactivated: 1, lost: 3, churnRatePct: 60, retentionRatePct: 40 },
      exhibitors: { previousCustomers: 3, customers: 4, returning: 2, new: 1, reactivated: 1, lost: 1, churnRatePct: 33.3, retentionRatePct: 66.7, renewalRatePct: 66.7 },
    });
    expect(await retentionJson(ids.e2)).toEqual({
      event: ids.e2,
      previous: ids.e1,
      visitors: { previousCustomers: 5, customers: 5, returning: 4, new: 1, reactivated: 0, lost: 1, churnRatePct: 20, retentionRatePct: 80 },
      exhibitors: { previousCustomers: 2, customers: 3, returning: 1, new: 2, reactivated: 0, lost: 1, churnRatePct: 50, retentionRatePct: 50, renewalRatePct: 50 },
    });
    expect(await retentionJson(ids.e1)).toMatchObject({ previous: null, visitors: { customers: 5, new: 5, churnRatePct: null } });
  });

  it('agrees with the rules over the participations, and every number opens its list', async () => {
    const { rows } = await server.db.query<{ event_id: string; customers: string[] }>(
      `SELECT event_id, array_agg(customer_id::text) AS customers FROM participations WHERE role = 'visitor' GROUP BY event_id`,
    );
    const sets = [ids.e1, ids.e2, ids.e3].map((id) => new Set(rows.find((r) => r.event_id === id)?.customers ?? []));
    const figures = await retentionFigures(server.db, ids.e3);
    expect(figures.visitors).toMatchObject(retentionCounts(sets, 2));
    expect(figures.visitors.winBackPct).toBe(100);
    expect(figures.countedApart).toEqual({ press: 1, staff: 0, previousPress: 1, previousStaff: 0 });
    for (const group of ['customers', 'previousCustomers', 'returning', 'new', 'reactivated', 'lost', 'lostBefore'] as const) {
      const page = await retentionList(server.db, ids.e3, 'visitors', group, { limit: 2 });
      const rest = page.next ? await retentionList(server.db, ids.e3, 'visitors', group, { after: page.next, limit: 100 }) : { rows: [] };
      expect(page.rows.length + rest.rows.length, group).toBe(group === 'lostBefore' ? 1 : figures.visitors[group]);
      expect(page.total).toBe(page.rows.length + rest.rows.length);
    }
    const lost = await retentionList(server.db, ids.e3, 'visitors', 'lost', { limit: 10 });
    expect(lost.rows.map((r) => r.name).sort()).toEqual(['孙强', '王芳', '陈静']);
    const reactivated = await retentionList(server.db, ids.e3, 'visitors', 'reactivated', { limit: 10 });
    // The newest record names the contact: "Li Na" in 2025.
    expect(reactivated.rows.map((r) => [r.name, r.editions, r.firstEdition, r.lastEdition])).toEqual([['Li Na', 2, 1, 3]]);
    const renamed = await retentionList(server.db, ids.e3, 'exhibitors', 'returning', { limit: 10 });
    expect(renamed.rows.map((r) => r.name).sort()).toEqual(['华强科技股份有限公司', '小作坊工作室']);
  });

  it('exports the list behind a number as CSV with a BOM and as XLSX', async () => {
    const out = files.file('lost.csv');
    await ok('retention', '--list', 'lost', '--side', 'exhibitors', '--format', 'csv', '--out', out, '--event', ids.e3);
    const text = await import('node:fs/promises').then((fs) => fs.readFile(out, 'utf8'));
    expect(text.startsWith('\ufeffcustomer_id,company,credit_code')).toBe(true);
    expect(text).toContain(`北方重工有限公司,${C2}`);
    const xlsx = files.file('lost.xlsx');
    await ok('retention', '--list', 'lost', '--side', 'visitors', '--format', 'xlsx', '--out', xlsx, '--event', ids.e3);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(4);
  });

  it('links on the email when the mobile changed, and shows why', async () => {
    const { rows } = await server.db.query<{ reason: string; evidence: { rule: string; signals: Array<{ kind: string; value: string }> } }>(
      `SELECT l.reason, l.evidence FROM customer_links l JOIN attendees a ON a.id = l.record_id WHERE a.event_id = $1 AND a.mobile = '+8613900000001'`,
      [ids.e3],
    );
    expect(rows[0]?.reason).toBe('email');
    expect(rows[0]?.evidence.signals).toEqual([expect.objectContaining({ kind: 'email', value: 'zhangwei@hq.com' })]);
    expect(rows[0]?.evidence.rule).toBe('same email, name same');
  });

  it('offers the same name and company for review; accepting merges, undoing restores the figures', async () => {
    const reviews = await listReviews(server.db, 'contact', { limit: 50 });
    const chen = reviews.rows.find((r) => r.signal === 'name_company');
    expect(chen).toBeDefined();
    const { moveId } = await decideReview(server.db, chen!.id, 'link', 'organizer');
    expect(await retentionJson(ids.e3)).toMatchObject({ visitors: { returning: 3, new: 1, lost: 2, churnRatePct: 40, retentionRatePct: 60 } });
    await undoMove(server.db, moveId!, 'organizer');
    expect(await retentionJson(ids.e3)).toMatchObject({ visitors: { returning: 2, new: 2, lost: 3, churnRatePct: 60, retentionRatePct: 40 } });
    const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM customer_links WHERE kind = $1', ['contact']);
    expect(rows[0]?.n).toBe(E1_VISITORS.length + E2_VISITORS.length + E3_VISITORS.length);
  });

  it('re-importing an edition updates it, without new records or customers', async () => {
    const before = await server.db.query<{ a: number; c: number }>('SELECT (SELECT count(*) FROM attendees)::int AS a, (SELECT count(*) FROM customers)::int AS c');
    // 孙强 now came to 2024 on no day: one lost less at 2025, one more lost at 2024.
    const changed = E2_VISITORS.map((r) => (r[0] === '孙强' ? [...r.slice(0, 5), '否'] : r));
    await ok('import-roster', await files.write('e2-again.csv', csv([ROSTER_HEADER, ...changed])), '--event', ids.e2);
    const after = await server.db.query<{ a: number; c: number }>('SELECT (SELECT count(*) FROM attendees)::int AS a, (SELECT count(*) FROM customers)::int AS c');
    expect(after.rows[0]).toEqual(before.rows[0]);
    expect(await retentionJson(ids.e3)).toMatchObject({ visitors: { previousCustomers: 4, lost: 2, churnRatePct: 50, retentionRatePct: 50 } });
    await ok('import-roster', await files.write('e2-back.csv', csv([ROSTER_HEADER, ...E2_VISITORS])), '--event', ids.e2);
    expect(await retentionJson(ids.e3)).toMatchObject({ visitors: { previousCustomers: 5, lost: 3 } });
  });

  it('greets returning visitors: the roster carries the mark and the edition count', async () => {
    const { rows } = await server.db.query<{ name: string; past_editions: number; at_previous_edition: boolean }>(
      'SELECT name, past_editions, at_previous_edition FROM attendees WHERE event_id = $1 ORDER BY name',
      [ids.e3],
    );
    expect(Object.fromEntries(rows.map((r) => [r.name, [r.past_editions, r.at_previous_edition]]))).toEqual({
      'Li Na': [1, false],
      刘洋: [2, true],
      张伟: [2, true],
      记者甲: [1, true],
      赵六: [0, false],
      钱七: [0, false],
      陈静: [0, false],
    });
    const live = await returningSoFar(server.db, ids.e3);
    expect(live).toMatchObject({ customers: 5, returning: 2, new: 2, reactivated: 1, returningSharePct: 40 });
  });

  it('pre-fills a returning walk-in only from a record whose visitor agreed to the organizer’s use of their data', async () => {
    // The 2024 files said nothing about consent: nothing to pre-fill.
    expect(await returningWalkInPrefill(server.db, ids.e3, { email: 'wangfang@sh.com' })).toEqual([]);
    await server.db.query(`UPDATE attendees SET consent_data = true, title = '采购经理' WHERE event_id = $1 AND name = '王芳'`, [ids.e2]);
    const found = await returningWalkInPrefill(server.db, ids.e3, { mobile: '138 0000 0003' });
    expect(found).toEqual([
      expect.objectContaining({ editions: 2, lastEdition: expect.objectContaining({ eventId: ids.e2, edition: 2 }), fields: expect.objectContaining({ name: '王芳', company: '上海贸易', title: '采购经理' }) }),
    ]);
    await server.db.query(`UPDATE attendees SET consent_data = false WHERE event_id = $1 AND name = '王芳'`, [ids.e2]);
    expect(await returningWalkInPrefill(server.db, ids.e3, { email: 'WangFang@sh.com' })).toEqual([]);
    expect(await returningWalkInPrefill(server.db, ids.e3, { mobile: 'not a number' })).toEqual([]);
  });

  it('erasing a visitor reaches every edition and leaves the figures as they were', async () => {
    const before = await retentionJson(ids.e3);
    const { rows: liu } = await server.db.query<{ id: string }>(`SELECT id FROM attendees WHERE event_id = $1 AND name = '刘洋'`, [ids.e3]);
    const run = await ok('visitor', 'erase', liu[0]!.id, '--yes', '--json');
    const summary = JSON.parse(run.out[0] as string) as { otherEditions: Array<{ eventId: string }> };
    expect(summary.otherEditions.map((o) => o.eventId).sort()).toEqual([ids.e1, ids.e2].sort());
    const { rows: left } = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM attendees WHERE name = '刘洋' OR email = 'liuyang@sz.com' OR mobile = '+8613800000006'`,
    );
    expect(left[0]?.n).toBe(0);
    const { rows: customers } = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM customers WHERE name = '刘洋' OR email = 'liuyang@sz.com' OR mobile = '+8613800000006'`,
    );
    expect(customers[0]?.n).toBe(0);
    const { rows: links } = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM customer_links WHERE mobile = '+8613800000006' OR evidence::text LIKE '%liuyang%'`);
    expect(links[0]?.n).toBe(0);
    expect(await retentionJson(ids.e3)).toEqual(before);
  });

  it('refuses bad input by line and changes nothing', async () => {
    const count = async () => (await server.db.query<{ n: number }>('SELECT (SELECT count(*) FROM attendees) + (SELECT count(*) FROM exhibitors) AS n')).rows[0]?.n;
    const before = await count();
    const attendance = await cli('import-roster', await files.write('bad-attendance.csv', csv([ROSTER_HEADER, ['周八', '某公司', '13800000011', '', '专业观众', 'maybe'], ['吴九', '某公司', '13800000012', '', '专业观众', '2024-06-01']])), '--event', ids.e2, '--strict');
    expect(attendance.code).toBe(1);
    expect(attendance.err.join('\n')).toMatch(/line 2: 到场: "maybe" is not an attendance/);
    expect(attendance.err.join('\n')).toMatch(/line 3: 到场: 2024-06-01 is not a day of this edition/);
    const wrongCode = `${C4.slice(0, 17)}${C4[17] === '0' ? '1' : '0'}`;
    const exhibitors = await cli(
      'import-exhibitors',
      await files.write('bad-exhibitors.csv', csv([EXHIBITOR_HEADER, ['好公司有限公司', C2, '中国', '北京', '', '', '', '', '9', '1000'], ['坏公司有限公司', wrongCode, '中国', '', '', '', '', '', '九平方', '1000']])),
      '--event',
      ids.e3,
    );
    expect(exhibitors.code).toBe(1);
    expect(exhibitors.err.join('\n')).toMatch(/line 3: credit code .* wrong check digit/);
    expect(exhibitors.err.join('\n')).toMatch(/line 3: floor area "九平方" is not a number/);
    expect(await count()).toBe(before);
    const taken = await cli('events', 'add', 'Expo 2025 again', '--starts', '2025-05-13', '--ends', '2025-05-15', '--show', 'Expo', '--edition', '3');
    expect(taken.code).toBe(1);
    expect(taken.err.join('\n')).toMatch(/edition 3 of this show exists already/);
    const self = await cli('events', 'add', 'Expo 2026', '--starts', '2026-05-13', '--ends', '2026-05-15', '--show', 'Expo', '--copy-from', 'not-an-edition');
    expect(self.code).toBe(1);
    const backwards = await cli('events', 'add', 'Expo 2026', '--starts', '2026-05-15', '--ends', '2026-05-13', '--show', 'Expo');
    expect(backwards.code).toBe(1);
  });

  it('tiers, the lost list with reasons and win-back, notes and the customer page', async () => {
    const json = async (...argv: string[]) => JSON.parse((await ok(...argv)).out.join('\n')) as Record<string, unknown>;
    // 2024 buyers by days (张伟 2, 王芳 2, 刘洋 1, 陈静 1, 孙强 1); exhibitors by contract amount over 2023–2024 (华强 130,000, 远东 20,000, 北方 12,000, 小作坊 9,000).
    expect(await json('segments', '--json', '--event', ids.e2)).toEqual({
      event: ids.e2,
      visitors: { A: 2, B: 3, C: 0, ruleVersion: 1 },
      exhibitors: { A: 1, B: 1, C: 2, ruleVersion: 1 },
    });
    const lostVisitors = (await json('customers', 'lost', '--side', 'visitors', '--event', ids.e3, '--json')) as { rows: Array<{ name: string; tier: string }> };
    expect(lostVisitors.rows.map((r) => [r.name, r.tier]).sort()).toEqual([
      ['孙强', 'B'],
      ['王芳', 'A'],
      ['陈静', 'B'],
    ]);
    const lost = (await json('customers', 'lost', '--side', 'exhibitors', '--event', ids.e3, '--json')) as { rows: Array<{ id: string; name: string }>; summary: { lost: number } };
    expect(lost.rows.map((r) => r.name)).toEqual(['北方重工有限公司']);
    const north = lost.rows[0]!.id;
    await ok('customers', 'lost-reason', north, '--reason', 'market', '--note', '订单下滑，今年预算砍掉', '--event', ids.e3);
    await ok('customers', 'note', north, '--kind', 'call', '--text', '致电王工，邀请明年参展', '--win-back');
    let followed = (await json('customers', 'lost', '--side', 'exhibitors', '--event', ids.e3, '--json')) as {
      rows: Array<{ reason: { reason: string }; winBackActions: Array<{ text: string }>; recovered: boolean }>;
      summary: { lost: number; withReason: number; recovered: number; recoveredPct: number | null; byReason: Record<string, number> };
    };
    expect(followed.rows[0]).toMatchObject({ reason: { reason: 'market' }, winBackActions: [{ text: '致电王工，邀请明年参展' }], recovered: false });
    expect(followed.summary).toMatchObject({ lost: 1, withReason: 1, recovered: 0, byReason: { market: 1 } });
    await ok('customers', 'recovered', north, '--note', '签约 2026');
    followed = (await json('customers', 'lost', '--side', 'exhibitors', '--event', ids.e3, '--json')) as typeof followed;
    expect(followed.summary).toMatchObject({ recovered: 1, recoveredPct: 100 });
    expect(await json('pipeline', '--json')).toMatchObject({ companies: { won_back: 1 }, total: { won_back: 1 } });

    const { rows: zhang } = await server.db.query<{ customer_id: string }>(
      `SELECT l.customer_id FROM customer_links l JOIN attendees a ON a.id = l.record_id WHERE a.event_id = $1 AND a.name = '张伟'`,
      [ids.e3],
    );
    const page = (await json('customers', 'show', zhang[0]!.customer_id, '--json')) as {
      customer: { name: string; mobile: string };
      history: Array<{ eventId: string; edition: number; role: string; days: number; tier: { tier: string } | null; records: Array<{ reason: string }> }>;
    };
    expect(page.customer).toMatchObject({ name: '张伟', mobile: '+8613900000001' });
    expect(page.history.map((h) => [h.edition, h.role, h.days, h.tier?.tier ?? null, h.records.map((r) => r.reason)])).toEqual([
      [1, 'visitor', 2, null, ['new']],
      [2, 'visitor', 2, 'A', ['mobile_email']],
      [3, 'visitor', 1, null, ['email']],
    ]);
  });

  it('a prospect in development is found when it exhibits, and moves through the pipeline', async () => {
    const prospect = (await ok('customers', 'prospect', 'Acme GmbH', '--kind', 'company', '--email', 'Expo@Acme.de', '--source', 'other_shows', '--owner', '王经理', '--json')).out[0]!;
    const id = (JSON.parse(prospect) as { id: string }).id;
    await ok('customers', 'stage', id, 'first_contact');
    await ok('customers', 'stage', id, 'negotiate', '--note', '报价已发');
    const figures = JSON.parse((await ok('pipeline', '--figures', '--kind', 'company', '--json')).out[0]!) as { counts: Record<string, number>; conversion: Array<{ source: string; from: string; converted: number; reached: number }> };
    expect(figures.counts).toMatchObject({ negotiate: 1 });
    expect(figures.conversion.find((c) => c.source === 'other_shows' && c.from === 'goodwill')).toMatchObject({ reached: 1, converted: 1 });
    await ok('import-exhibitors', await files.write('acme.csv', csv([EXHIBITOR_HEADER, ['ACME GmbH', '', '德国', '', 'Hans', '', 'expo@acme.de', 'H01', '36', '60000']])), '--event', ids.e3);
    const { rows } = await server.db.query<{ customer_id: string; reason: string }>(
      `SELECT l.customer_id, l.reason FROM customer_links l JOIN exhibitors x ON x.id = l.record_id WHERE x.name = 'ACME GmbH'`,
    );
    expect(rows).toEqual([{ customer_id: id, reason: 'email' }]);
    const { rows: p } = await server.db.query<{ role: string }>('SELECT role FROM participations WHERE customer_id = $1 AND event_id = $2', [id, ids.e3]);
    expect(p).toEqual([{ role: 'exhibitor' }]);
  });
});
