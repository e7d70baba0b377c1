/**
 * The console's HTTP API for editions and customers (issue 15 phase 2), on two editions imported
 * from files with figures worked out by hand: the editions and the next one made from the console,
 * retention with every number opening its list and its files, the trend and the live figure, a
 * customer's page with notes and stage moves, the pipeline, the hand on links with undo, lost
 * customers followed to win-back, the tier rule edited and recomputed, and referrals by
 * invitation code. Every answer is parsed with its declared schema (the harness's checkResponses).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../src/core/editions/creditCode';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { runCliLine, tempDir, utf8WithBom, xlsxBytes, type CliRun } from './support';
import { consoleCall, consoleJson, consoleSession } from './surveySupport';

const code = (base17: string) => `${base17}${creditCodeCheckChar(base17)}`;
const X = code('91440300123456781');
const Y = code('91110000123456782');
const Z = code('91310000123456783');
const csv = (rows: string[][]) => utf8WithBom(rows.map((r) => r.join(',')).join('\r\n') + '\r\n');

const ROSTER = ['姓名', '公司', '手机', '邮箱', '类别', '到场'];
// 2025: 张伟, 李娜, 王芳. 2026: 张伟, 李娜 come back, 王芳 does not, 赵六 is new.
const E1 = [
  ['张伟', '华强电子', '13800000001', 'zhangwei@hq.com', '专业观众', '是'],
  ['李娜', '广州展览', '13800000002', 'lina@gz.com', '专业观众', '2'],
  ['王芳', '上海贸易', '13800000003', 'wangfang@sh.com', '专业观众', '是'],
];
const E2 = [
  ['张伟', '华强电子', '13800000001', 'zhangwei@hq.com', '专业观众', '是'],
  ['李娜', '广州展览', '13800000002', 'lina@gz.com', '专业观众', '是'],
  ['赵六', '新公司', '13800000009', 'zhao@new.com', '专业观众', '是'],
];
const EXHIBITORS = ['公司名称', '统一社会信用代码', '国家', '省份', '联系人', '手机', '邮箱', '展位号', '面积(m²)', '合同金额(元)'];
const X1 = ['华强电子有限公司', X, '中国', '广东', '张总', '13600000001', 'sales@hq.com', 'A01', '36', '50000'];
const Y1 = ['远东贸易有限公司', Y, '中国', '上海', '李经理', '13600000003', 'fe@fareast.com', 'B02', '18', '20000'];
const Z2 = ['新星电子有限公司', Z, '中国', '广东', '赵总', '13600000004', '', 'A05', '9', '9000'];

interface Edition {
  id: string;
  edition: number;
  current: boolean;
  previous: string | null;
}

describe.each(DATABASES)('the console’s customer API on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  let files: ReturnType<typeof tempDir>;
  const ids = { e1: '', e2: '' };
  const ok = async (...argv: string[]): Promise<CliRun> => {
    const run = await runCliLine(server, argv, files.dir);
    expect(run.code, [...run.out, ...run.err].join('\n')).toBe(0);
    return run;
  };
  const get = <T>(url: string) => consoleJson<T>(server, cookie, 'GET', url);
  const post = <T>(url: string, body: unknown = {}) => consoleJson<T>(server, cookie, 'POST', url, body);
  const customerOf = async (name: string): Promise<string> => {
    const { rows } = await server.db.query<{ id: string }>(`SELECT COALESCE(c.merged_into, c.id) AS id FROM customers c WHERE c.name = $1 AND c.merged_into IS NULL`, [name]);
    expect(rows, name).toHaveLength(1);
    return rows[0]!.id;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await consoleSession(server);
    files = tempDir();
    ids.e1 = server.event.id;
    await ok('events', 'set', ids.e1, '--name', 'Expo 2025', '--show', 'Expo', '--starts', '2025-05-10', '--ends', '2025-05-12');
    const e2 = await ok('events', 'add', 'Expo 2026', '--starts', '2026-05-14', '--ends', '2026-05-16', '--json');
    ids.e2 = (JSON.parse(e2.out[0] as string) as { id: string }).id;
    await ok('events', 'use', ids.e2);
    await ok('import-roster', await files.write('e1.csv', csv([ROSTER, ...E1])), '--event', ids.e1);
    await ok('import-roster', await files.write('e2.csv', csv([ROSTER, ...E2])), '--event', ids.e2);
    await ok('import-exhibitors', await files.write('x1.xlsx', await xlsxBytes([EXHIBITORS, X1, Y1])), '--event', ids.e1);
    await ok('import-exhibitors', await files.write('x2.xlsx', await xlsxBytes([EXHIBITORS, X1, Z2])), '--event', ids.e2);
  });
  afterAll(async () => {
    files?.remove();
    await server?.close();
  });

  it('lists the editions, makes the next one with the previous setup, and switches the current one', async () => {
    const before = await get<{ editions: Edition[] }>('/api/v1/console/editions');
    expect(before.editions.map((e) => [e.id, e.edition, e.current, e.previous])).toEqual([
      [ids.e1, 1, false, null],
      [ids.e2, 2, true, ids.e1],
    ]);
    const refused = await consoleCall(server, cookie, 'POST', '/api/v1/console/editions', { name: 'Expo 2027', startsOn: '2027-05-14', endsOn: '2027-05-12' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'invalid_request', fields: [{ path: 'endsOn', problem: 'ends_before_start' }] });
    const made = await post<{ edition: Edition; copied: { from: string | null; what: string[] } }>('/api/v1/console/editions', { name: 'Expo 2027', startsOn: '2027-05-13', endsOn: '2027-05-15' });
    expect(made.edition).toMatchObject({ edition: 3, current: false, previous: ids.e2 });
    expect(made.copied.from).toBe(ids.e2);
    expect(made.copied.what).toContain('time_zone');
    expect(await post<Edition>(`/api/v1/console/editions/${made.edition.id}/use`)).toMatchObject({ id: made.edition.id, current: true });
    expect((await get<{ id: string }>('/api/v1/console/event')).id).toBe(made.edition.id);
    await post(`/api/v1/console/editions/${ids.e2}/use`);
    const missing = await consoleCall(server, cookie, 'POST', '/api/v1/console/editions/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/use', {});
    expect([missing.statusCode, missing.json().error]).toEqual([404, 'edition_not_found']);
  });

  it('answers the retention figures of the current edition, each number opening its list and its files', async () => {
    const figures = await get<{ previous: string; visitors: Record<string, number | null>; exhibitors: Record<string, number | null> }>('/api/v1/console/retention');
    expect(figures.previous).toBe(ids.e1);
    expect(figures.visitors).toMatchObject({ previousCustomers: 3, customers: 3, returning: 2, new: 1, reactivated: 0, lost: 1, churnRatePct: 33.3, retentionRatePct: 66.7 });
    expect(figures.exhibitors).toMatchObject({ previousCustomers: 2, customers: 2, returning: 1, new: 1, lost: 1, renewalRatePct: 50 });
    // The same figures as the CLI prints.
    const cli = JSON.parse((await ok('retention', '--json')).out.join('\n')) as { visitors: Record<string, unknown> };
    expect(cli.visitors).toMatchObject({ returning: 2, new: 1, lost: 1 });

    const list = (side: string, group: string) => get<{ total: number; rows: Array<{ name: string }> }>(`/api/v1/console/retention/list?side=${side}&group=${group}`);
    expect((await list('visitors', 'returning')).rows.map((r) => r.name).sort()).toEqual(['张伟', '李娜']);
    expect((await list('visitors', 'lost')).rows.map((r) => r.name)).toEqual(['王芳']);
    expect((await list('exhibitors', 'new')).rows.map((r) => r.name)).toEqual(['新星电子有限公司']);
    // Paged: one at a time, the second page follows the first.
    const first = await get<{ total: number; rows: Array<{ id: string }>; next: string }>('/api/v1/console/retention/list?side=visitors&group=customers&limit=1');
    expect([first.total, first.rows.length]).toEqual([3, 1]);
    const second = await get<{ rows: Array<{ id: string }> }>(`/api/v1/console/retention/list?side=visitors&group=customers&limit=1&after=${first.next}`);
    expect(second.rows[0]!.id > first.rows[0]!.id).toBe(true);

    const csvFile = await consoleCall(server, cookie, 'GET', '/api/v1/console/retention/export?side=visitors&group=lost&format=csv');
    expect(csvFile.headers['content-type']).toContain('text/csv');
    expect(csvFile.body.startsWith('\ufeffcustomer_id,name,company')).toBe(true);
    expect(csvFile.body).toContain('王芳');
    const xlsxFile = await consoleCall(server, cookie, 'GET', '/api/v1/console/retention/export?side=exhibitors&group=lost&format=xlsx&lang=zh-TW');
    expect(xlsxFile.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const bad = await consoleCall(server, cookie, 'GET', '/api/v1/console/retention/list?side=visitors&group=everyone');
    expect(bad.statusCode).toBe(400);
  });

  it('answers the trend over the editions and the returning visitors so far', async () => {
    const trend = await get<{ visitors: Array<{ eventId: string; customers: number; returning: number }> }>('/api/v1/console/retention/trend');
    expect(trend.visitors.map((p) => [p.eventId, p.customers, p.returning])).toEqual([
      [ids.e1, 3, 0],
      [ids.e2, 3, 2],
    ]);
    expect(await get('/api/v1/console/retention/live')).toMatchObject({ customers: 3, returning: 2, new: 1, returningSharePct: 66.7 });
    const e1 = await get<{ previous: string | null; visitors: { new: number } }>(`/api/v1/console/retention?event=${ids.e1}`);
    expect([e1.previous, e1.visitors.new]).toEqual([null, 3]);
    const missing = await consoleCall(server, cookie, 'GET', '/api/v1/console/retention?event=0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b');
    expect([missing.statusCode, missing.json().error]).toEqual([404, 'edition_not_found']);
  });

  it('shows a customer’s page; notes and stage moves land on its timeline', async () => {
    const zhang = await customerOf('张伟');
    const listed = await get<{ rows: Array<{ id: string; editions: number }> }>(`/api/v1/console/customers?kind=contact&q=${encodeURIComponent('张')}`);
    expect(listed.rows).toEqual([expect.objectContaining({ id: zhang, editions: 2 })]);
    await consoleJson(server, cookie, 'PUT', `/api/v1/console/customers/${zhang}`, { source: 'other_shows', owner: '王经理' });
    await post(`/api/v1/console/customers/${zhang}/notes`, { kind: 'call', text: '电话回访：明年扩大展位' });
    expect(await post(`/api/v1/console/customers/${zhang}/stage`, { stage: 'goodwill', note: '' })).toEqual({ moved: true });
    expect(await post(`/api/v1/console/customers/${zhang}/stage`, { stage: 'goodwill', note: '' })).toEqual({ moved: false });
    const page = await get<{
      customer: { source: string; owner: string; stage: string; inviteCode: string };
      history: Array<{ eventId: string; days: number; records: Array<{ reason: string }> }>;
      timeline: Array<{ kind: string; text: string; to?: string }>;
    }>(`/api/v1/console/customers/${zhang}`);
    expect(page.customer).toMatchObject({ source: 'other_shows', owner: '王经理', stage: 'goodwill' });
    expect(page.customer.inviteCode).toMatch(/^[0-9A-Z]{8}$/);
    expect(page.history.map((h) => h.eventId)).toEqual([ids.e1, ids.e2]);
    expect(page.timeline.map((t) => [t.kind, t.kind === 'stage' ? t.to : t.text])).toEqual([
      ['call', '电话回访：明年扩大展位'],
      ['stage', 'goodwill'],
    ]);
    // The code stays the customer's.
    expect((await get<{ customer: { inviteCode: string } }>(`/api/v1/console/customers/${zhang}`)).customer.inviteCode).toBe(page.customer.inviteCode);
    const empty = await consoleCall(server, cookie, 'POST', `/api/v1/console/customers/${zhang}/notes`, { kind: 'call', text: '   ' });
    expect(empty.statusCode).toBe(400);
    const nobody = await consoleCall(server, cookie, 'GET', '/api/v1/console/customers/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b');
    expect([nobody.statusCode, nobody.json().error]).toEqual([404, 'customer_not_found']);
  });

  it('takes prospects through the pipeline, counting stages and conversion per source', async () => {
    const bad = await consoleCall(server, cookie, 'POST', '/api/v1/console/customers', { kind: 'company', name: '坏代码公司', creditCode: '91440300123456780' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'customer_invalid', fields: [{ path: 'creditCode', problem: 'credit_code_format' }] });
    const { id } = await post<{ id: string }>('/api/v1/console/customers', { kind: 'company', name: '未来机器人', source: 'trade_press', owner: '李经理' });
    await post(`/api/v1/console/customers/${id}/stage`, { stage: 'first_contact', note: '' });
    const pipeline = await get<{ counts: Record<string, number>; conversion: Array<{ source: string; from: string; reached: number; converted: number }> }>('/api/v1/console/pipeline?kind=company');
    expect(pipeline.counts.first_contact).toBe(1);
    expect(pipeline.conversion.find((c) => c.source === 'trade_press' && c.from === 'collect')).toMatchObject({ reached: 1, converted: 1 });
    const board = await get<{ rows: Array<{ id: string; stage: string }> }>('/api/v1/console/customers?stage=first_contact&owner=%E6%9D%8E%E7%BB%8F%E7%90%86');
    expect(board.rows.map((r) => r.id)).toEqual([id]);
  });

  it('unlinks a record and undoes it; an undo twice, an unknown move and a contact merged with a company are refused', async () => {
    const li = await customerOf('李娜');
    const page = await get<{ history: Array<{ records: Array<{ id: string }> }> }>(`/api/v1/console/customers/${li}`);
    const record = page.history[0]!.records[0]!.id;
    const split = await post<{ moveId: string; customerId: string }>(`/api/v1/console/customer-links/${record}/unlink`, { note: '不是同一人' });
    expect(split.customerId).not.toBe(li);
    expect(await get('/api/v1/console/retention')).toMatchObject({ visitors: { returning: 1, new: 2 } });
    await post(`/api/v1/console/customer-moves/${split.moveId}/undo`);
    expect(await get('/api/v1/console/retention')).toMatchObject({ visitors: { returning: 2, new: 1 } });
    const again = await consoleCall(server, cookie, 'POST', `/api/v1/console/customer-moves/${split.moveId}/undo`, {});
    expect([again.statusCode, again.json().error]).toEqual([409, 'customer_move_refused']);
    const none = await consoleCall(server, cookie, 'POST', '/api/v1/console/customer-moves/999999/undo', {});
    expect([none.statusCode, none.json().error]).toEqual([404, 'customer_move_not_found']);
    const merged = await consoleCall(server, cookie, 'POST', '/api/v1/console/customers/merge', { into: li, from: await customerOf('华强电子有限公司') });
    expect([merged.statusCode, merged.json().error]).toEqual([409, 'customer_move_refused']);
  });

  it('follows a lost exhibitor: reason, win-back action, recovered', async () => {
    const lost = await get<{ summary: { lost: number; withReason: number }; rows: Array<{ id: string; name: string; reason: unknown; recovered: boolean }> }>('/api/v1/console/lost?side=exhibitors');
    expect(lost.rows.map((r) => [r.name, r.reason, r.recovered])).toEqual([['远东贸易有限公司', null, false]]);
    const y = lost.rows[0]!.id;
    await post(`/api/v1/console/customers/${y}/lost-reason`, { reason: 'market', note: '市场需求下降' });
    await post(`/api/v1/console/customers/${y}/notes`, { kind: 'visit', text: '上门拜访，介绍新展区', winBack: true });
    expect(await post(`/api/v1/console/customers/${y}/recovered`, { note: '已签约' })).toEqual({ moved: true });
    const after = await get<{ summary: { withReason: number; byReason: Record<string, number>; recovered: number; recoveredPct: number }; rows: Array<{ winBackActions: Array<{ text: string }>; recovered: boolean }> }>(
      '/api/v1/console/lost?side=exhibitors',
    );
    expect(after.summary).toMatchObject({ withReason: 1, recovered: 1, recoveredPct: 100 });
    expect(after.summary.byReason.market).toBe(1);
    expect(after.rows[0]).toMatchObject({ recovered: true, winBackActions: [{ text: '上门拜访，介绍新展区' }] });
  });

  it('edits the tier rule as a new version, refuses a rule that does not add up, and recomputes', async () => {
    const rules = await get<{ company: { version: number; rule: { aPct: number } } }>('/api/v1/console/tier-rules');
    expect(rules.company).toMatchObject({ version: 1, rule: { aPct: 20 } });
    const over = await consoleCall(server, cookie, 'PUT', '/api/v1/console/tier-rules', { kind: 'company', measure: 'floor_area', editions: 3, aPct: 60, bPct: 50 });
    expect(over.statusCode).toBe(400);
    expect(JSON.stringify(over.json().fields)).toContain('tier_shares_over_100');
    expect(await consoleJson(server, cookie, 'PUT', '/api/v1/console/tier-rules', { kind: 'company', measure: 'floor_area', editions: 3, aPct: 40, bPct: 0 })).toEqual({ version: 2 });
    const computed = await post<{ companies: { ruleVersion: number; A: number; C: number } }>('/api/v1/console/tiers/compute');
    // Floor area over the editions: 华强 36 + 36, 远东 18, 新星 9; the top 40 % of three is one.
    expect(computed.companies).toMatchObject({ ruleVersion: 2, A: 1, B: 0, C: 2 });
    expect(await get('/api/v1/console/tiers')).toMatchObject({ companies: { ruleVersion: 2, A: 1 } });
    const a = await get<{ rows: Array<{ name: string; value: number; inputs: { measure: string } }> }>('/api/v1/console/tiers/list?kind=company&tier=A');
    expect(a.rows).toEqual([expect.objectContaining({ name: '华强电子有限公司', value: 72, inputs: expect.objectContaining({ measure: 'floor_area' }) })]);
  });

  it('counts a registration carrying another customer’s invitation code as a referral', async () => {
    const zhang = await customerOf('张伟');
    const code = (await get<{ customer: { inviteCode: string } }>(`/api/v1/console/customers/${zhang}`)).customer.inviteCode;
    // 赵六 registered with 张伟's code, typed as people type it (lower case, a dash).
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    await ok('import-roster', await files.write('e2-ref.csv', csv([[...ROSTER, '邀请码'], ...E2.map((r) => [...r, r[0] === '赵六' ? typed : ''])])), '--event', ids.e2);
    expect(await get('/api/v1/console/retention')).toMatchObject({ referrals: 1 });
    const page = await get<{ referrals: Array<{ name: string }> }>(`/api/v1/console/customers/${zhang}`);
    expect(page.referrals.map((r) => r.name)).toEqual(['赵六']);
    const zhao = await get<{ referredBy: { customerId: string } | null }>(`/api/v1/console/customers/${await customerOf('赵六')}`);
    expect(zhao.referredBy?.customerId).toBe(zhang);
  });

  it('records a code a walk-in showed at the desk, refusing a customer’s own code and a code nobody has', async () => {
    // 李娜's customer by her registration this edition (splitting and undoing earlier left an empty namesake).
    const { rows } = await server.db.query<{ id: string }>(`SELECT l.customer_id AS id FROM customer_links l JOIN attendees a ON a.id = l.record_id WHERE a.event_id = $1 AND a.name = '李娜'`, [ids.e2]);
    const li = rows[0]!.id;
    const zhang = await customerOf('张伟');
    const code = (await get<{ customer: { inviteCode: string } }>(`/api/v1/console/customers/${zhang}`)).customer.inviteCode;
    const own = (await get<{ customer: { inviteCode: string } }>(`/api/v1/console/customers/${li}`)).customer.inviteCode;
    const refuse = async (inviteCode: string, problem: string) => {
      const res = await consoleCall(server, cookie, 'POST', `/api/v1/console/customers/${li}/referral`, { inviteCode });
      expect([res.statusCode, res.json().error, res.json().fields?.[0]?.problem], inviteCode).toEqual([400, 'customer_invalid', problem]);
    };
    await refuse('12345', 'invite_code_format');
    await refuse(own, 'own_invite_code');
    await refuse('ZZZZ-ZZZZ', 'unknown_invite_code');
    const absent = await consoleCall(server, cookie, 'POST', `/api/v1/console/customers/${await customerOf('王芳')}/referral`, { inviteCode: code });
    expect(absent.json().fields).toEqual([{ path: '', problem: 'no_registration_this_edition' }]);
    expect(await post(`/api/v1/console/customers/${li}/referral`, { inviteCode: code.toLowerCase() })).toEqual({ referrer: zhang });
    expect(await get('/api/v1/console/retention')).toMatchObject({ referrals: 2 });
    expect((await get<{ referrals: Array<{ name: string }> }>(`/api/v1/console/customers/${zhang}`)).referrals.map((r) => r.name).sort()).toEqual(['李娜', '赵六']);
  });
});
