/**
 * The classified visitor database: classification stored for roster and walk-in records with
 * rule and evidence, corrections kept across reclassification and taxonomy changes, one person
 * per visitor (automatic merges on mobile and email, name + company for review, manual merges,
 * undo with history), exports with filters and consent marking, and the dashboard's integration
 * points for surveys, complaints and leads.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCorrection } from '../../src/core/classify/correction';
import { classifyVisitor, type VisitorClassification } from '../../src/core/classify/visitor';
import { walkInClassificationInput, type WalkInFields } from '../../src/core/visitors/input';
import { dashboardSchema } from '../../src/core/stats/schema';
import { DEFAULT_TAXONOMIES, type EventTaxonomies } from '../../src/core/taxonomy/schema';
import type { MergeCandidate, PersonDetail, PersonPage } from '../../src/core/visitors/schema';
import { reclassifyCommand } from '../../src/server/cli/commands/reclassify';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { pairDevice, push, runCli, runCliLine } from './support';
import { consoleCall, consoleJson, consoleSession, createSurvey, fairSurvey, feedbackMutation, responseMutation } from './surveySupport';
import { badgeLeadMutation, expectCountersFresh, importRows, pairKeyedDesk, registerWalkIns, scanAt, shanghai, walkIn, type KeyedDesk } from './statsSupport';

type Visitor = Parameters<typeof badgeLeadMutation>[1];

const EMPTY_FIELDS: WalkInFields = { company: '', mobile: '', email: '', country: '', province: '', city: '', industry: '', companySize: '', interests: [] };

const HEADER = ['编号', '姓名', '公司', '手机', '邮箱', '类别', '通讯地址', '座机', '员工人数', '所属行业', '经营范围'];

function csvRows(text: string): Array<Record<string, string>> {
  expect(text.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe.each(DATABASES)('classified visitor database on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  let desk: KeyedDesk;
  let ids: Map<string, string>;
  const id = (ref: string) => ids.get(ref) ?? ref;
  const profile = async (attendeeId: string) =>
    (await server.db.query<{ classification: VisitorClassification; person_id: string; industry: string; province: string }>('SELECT * FROM visitor_profiles WHERE attendee_id = $1', [attendeeId])).rows[0];

  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await consoleSession(server);
    ids = await importRows(server, [
      HEADER,
      // A limited company named after a product may make it or sell it: the roster's business scope says which.
      ['V1', '张伟', '深圳华强电子有限公司', '13800138001', 'zhang.wei@huaqiang.cn', '专业观众', '广东深圳南山区科技园', '', '约120人', '', '电子元器件的研发、生产和销售；货物进出口'],
      ['V2', '李娜', '某某有限公司', '', 'lina@example.com', '专业观众', '', '021-6278 8888', '', '汽车及零部件', ''],
      ['V3', 'Hans Müller', 'Müller Maschinenbau GmbH', '+49 30 901820', 'hans@mueller.de', '专业观众', 'Berlin, Germany', '', '1,200', '', ''],
      ['V4', '王芳', '杭州海康物流有限公司', '13900139004', 'wang.fang@hk-log.cn', '专业观众', '浙江杭州', '', '', '', ''],
      ['V5', '王芳', '杭州海康物流', '13700137005', '', '普通观众', '', '', '', '', ''],
    ]);
    desk = await pairKeyedDesk(server, 'Desk A');
    // Typed at a desk (roster files with formulas are refused at import): exports must defuse it.
    const [formula] = (await registerWalkIns(server, desk, [{ name: '=HYPERLINK("http://evil.example")', company: 'Formula Co.', mobile: '+8613600136006' }])) as [string];
    ids.set('V6', formula);
  });
  afterAll(async () => server?.close());

  it('classifies roster records on import: address, landline area code, employees, declared industry, business scope, company name', async () => {
    const v1 = (await profile(id('V1')))!.classification;
    expect(v1.region.province).toMatchObject({ value: '440000', status: 'inferred', rule: 'region.address' });
    expect(v1.region.city).toMatchObject({ value: '440300', status: 'inferred' });
    expect(v1.companySize).toMatchObject({ value: '50-249', status: 'inferred', rule: 'size.employee-count' });
    expect(v1.industry).toMatchObject({ value: 'electronics', status: 'inferred', rule: 'industry.business-scope' });
    expect(v1.industry.evidence?.[0]).toBe('scope: 电子元器件的研发、生产和销售');
    const v2 = (await profile(id('V2')))!.classification;
    expect(v2.region.province).toMatchObject({ value: '310000', status: 'inferred', rule: 'region.area-code' });
    expect(v2.industry).toMatchObject({ value: 'automotive', status: 'declared' });
    const v3 = (await profile(id('V3')))!.classification;
    expect(v3.region.country).toMatchObject({ value: 'DE', status: 'inferred' });
    expect(v3.companySize.value).toBe('1000+');
    expect(v3.industry.value).toBe('machinery');
    expect((await profile(id('V4')))!.classification.industry).toMatchObject({ value: 'logistics', rule: 'industry.company-name' });
  });

  it('classifies a walk-in on receipt from the answers the desk captured', async () => {
    const [walkIn] = (await registerWalkIns(server, desk, [
      { name: '周杰', company: '成都新能源科技有限公司', mobile: '+8613500135001', country: 'CN', province: '510000', city: '510100', industry: 'new_energy', companySize: '10-49', interests: ['sensors'] },
    ])) as [string];
    const c = (await profile(walkIn))!.classification;
    expect(c.region.city).toMatchObject({ value: '510100', status: 'declared' });
    expect(c.industry).toMatchObject({ value: 'new_energy', status: 'declared' });
    expect(c.companySize).toMatchObject({ value: '10-49', status: 'declared' });
    expect(c.interests).toEqual([{ value: 'sensors', status: 'declared', rule: 'declared' }]);
  });

  it('keeps what staff corrected at the desk, and classifies a walk-in exactly as the desk did', async () => {
    const fields = { name: '黄磊', company: '东莞精密模具制造有限公司', mobile: '+8613100131001', email: 'huang.lei@dg-mould.cn' };
    const atDesk = classifyVisitor(walkInClassificationInput({ ...EMPTY_FIELDS, ...fields }, null));
    expect(atDesk.industry).toMatchObject({ value: 'machinery', status: 'inferred' });
    const corrections = { industry: applyCorrection(atDesk.industry, 'automation', 'desk') };
    const classification = classifyVisitor(walkInClassificationInput({ ...EMPTY_FIELDS, ...fields }, corrections));
    const good = walkIn(desk, { ...fields, classification, corrections });
    // A correction to a value the event's lists do not know (an older or foreign list) is dropped; the visitor is kept.
    const stray = walkIn(desk, { name: '韩梅', company: '某某贸易', mobile: '+8613100131002', corrections: { country: applyCorrection(null, 'XX', 'desk') } });
    expect((await push(server, desk, [good.mutation, stray.mutation])).map((r) => r.status)).toEqual(['applied', 'applied']);

    const stored = (await profile(good.id))!;
    const { industry: serverIndustry, ...serverRest } = stored.classification;
    const { industry: deskIndustry, ...deskRest } = classification;
    expect(serverRest).toEqual(deskRest);
    expect(serverIndustry).toMatchObject({ value: 'automation', status: 'declared', rule: 'corrected' });
    // The server names the device that corrected it, whatever the desk wrote, and keeps what it replaced.
    expect(serverIndustry.evidence).toEqual([`corrected by desk:${desk.deviceId} at ${(good.mutation.data as { capturedAt: string }).capturedAt}`, deskIndustry.evidence![1]]);
    expect(deskIndustry.evidence![1]).toBe('previously machinery (inferred, industry.company-name)');
    expect(stored.industry).toBe('automation');
    // Reclassifying keeps it.
    await server.db.query('UPDATE visitor_profiles SET stale = true WHERE attendee_id = $1', [good.id]);
    await runCli(server, reclassifyCommand, ['--json']);
    expect((await profile(good.id))!.classification.industry).toMatchObject({ value: 'automation', rule: 'corrected' });

    const strayProfile = (await profile(stray.id))!;
    expect(strayProfile.classification.region.country).toMatchObject({ value: 'CN', status: 'inferred' });
    const { rows } = await server.db.query<{ corrections: unknown }>('SELECT corrections FROM visitor_profiles WHERE attendee_id = $1', [stray.id]);
    expect(rows[0]?.corrections).toEqual({});
  });

  it('keeps a correction as declared, with who and what it replaced, across reclassification and taxonomy changes', async () => {
    const res = await consoleCall(server, cookie, 'POST', `/api/v1/console/visitors/${id('V4')}/corrections`, { field: 'industry', value: 'trade' });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json() as PersonDetail;
    const corrected = detail.records[0]!.classification!.industry;
    expect(corrected).toMatchObject({ value: 'trade', status: 'declared', rule: 'corrected' });
    expect(corrected.evidence?.join(' ')).toMatch(/corrected by organizer:organizer at .*previously logistics \(inferred, industry.company-name\)/);
    expect(detail.person.industry).toBe('trade');

    const bad = await consoleCall(server, cookie, 'POST', `/api/v1/console/visitors/${id('V4')}/corrections`, { field: 'industry', value: 'no_such_industry' });
    expect(bad.statusCode).toBe(400);

    // A new taxonomy version: logistics gets a keyword that would match again, electronics loses its entry label.
    const tax: EventTaxonomies = structuredClone(DEFAULT_TAXONOMIES);
    tax.industry.entries = tax.industry.entries.map((e) => (e.id === 'logistics' ? { ...e, keywords: [...e.keywords, '海康'] } : e));
    const saved = await consoleJson<{ remaining: number }>(server, cookie, 'PUT', '/api/v1/console/taxonomies', tax);
    expect(saved.remaining).toBeGreaterThan(5);
    let remaining = saved.remaining;
    while (remaining > 0) remaining = (await consoleJson<{ remaining: number }>(server, cookie, 'POST', '/api/v1/console/classification/step')).remaining;
    expect((await profile(id('V4')))!.industry).toBe('trade');
    const cli = await runCli(server, reclassifyCommand, ['--json']);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.out[0]!)).toMatchObject({ remaining: 0 });
    expect((await profile(id('V4')))!.classification.industry).toMatchObject({ value: 'trade', rule: 'corrected' });
    // Devices get the edited taxonomies with their config.
    const { rows } = await server.db.query<{ roles: string[] }>(`SELECT roles FROM event_docs WHERE kind = 'taxonomies'`);
    expect(rows[0]?.roles).toEqual(['desk', 'booth', 'kiosk']);
    // Clearing the correction hands the value back to the rules.
    await consoleJson(server, cookie, 'POST', `/api/v1/console/visitors/${id('V4')}/corrections`, { field: 'industry', value: null, clear: true });
    expect((await profile(id('V4')))!.classification.industry).toMatchObject({ value: 'logistics', status: 'inferred' });
  });

  it('merges the same email automatically, keeps the history, and undoes the merge exactly', async () => {
    const [again] = (await registerWalkIns(server, desk, [{ name: 'Zhang Wei', company: 'Huaqiang', email: 'Zhang.Wei@HuaQiang.cn' }])) as [string];
    expect((await profile(again))!.person_id).toBe(id('V1'));
    const detail = await consoleJson<PersonDetail>(server, cookie, 'GET', `/api/v1/console/visitors/${again}`);
    expect(detail.person.id).toBe(id('V1'));
    expect(detail.records.map((r) => r.id)).toEqual([id('V1'), again]);
    const merge = detail.merges[0]!;
    expect(merge).toMatchObject({ signal: 'email', mergedBy: 'auto', moved: [again], undoneAt: null, evidence: 'email: zhang.wei@huaqiang.cn' });

    await consoleJson(server, cookie, 'POST', `/api/v1/console/merges/${merge.id}/undo`);
    expect((await profile(again))!.person_id).toBe(again);
    const after = await consoleJson<PersonDetail>(server, cookie, 'GET', `/api/v1/console/visitors/${id('V1')}`);
    expect(after.records).toHaveLength(1);
    expect(after.merges[0]).toMatchObject({ id: merge.id, undoneBy: 'organizer' });
    expect((await consoleCall(server, cookie, 'POST', `/api/v1/console/merges/${merge.id}/undo`)).statusCode).toBe(409);
    // Split by the organizer: a later record with the same email joins the oldest person only, never both back together.
    await registerWalkIns(server, desk, [{ name: '张伟', company: '华强电子', email: 'zhang.wei@huaqiang.cn' }]);
    const persons = await server.db.query<{ person_id: string }>(
      `SELECT DISTINCT v.person_id FROM attendees a JOIN visitor_profiles v ON v.attendee_id = a.id WHERE lower(a.email) = 'zhang.wei@huaqiang.cn'`,
    );
    expect(persons.rows.length).toBe(2);
  });

  it('offers name + company matches for review; a manual merge counts them once', async () => {
    const { candidates } = await consoleJson<{ candidates: MergeCandidate[] }>(server, cookie, 'GET', '/api/v1/console/visitors/candidates');
    const wang = candidates.find((c) => c.persons.some((p) => p.id === id('V4')));
    expect(wang?.persons.map((p) => p.id).sort()).toEqual([id('V4'), id('V5')].sort());
    const gate = await pairDevice(server, { name: 'Gate' });
    await scanAt(server, gate, [
      { attendeeId: id('V4'), at: shanghai('2026-05-12 09:00') },
      { attendeeId: id('V5'), at: shanghai('2026-05-12 11:00') },
    ]);
    const before = await consoleJson<PersonPage>(server, cookie, 'GET', '/api/v1/console/visitors?visitor=yes&attended=yes&q=%E7%8E%8B%E8%8A%B3');
    expect(before.total).toBe(2);
    const merged = await consoleJson<{ mergeId: string; person: PersonDetail }>(server, cookie, 'POST', '/api/v1/console/visitors/merge', { into: id('V4'), from: id('V5'), signal: 'name_company' });
    expect(merged.person.records).toHaveLength(2);
    expect(merged.person.merges[0]).toMatchObject({ signal: 'name_company', mergedBy: 'organizer' });
    // Trade (roster) and public (second record): counted once, as a trade visitor.
    expect(merged.person.person).toMatchObject({ category: 'trade', days: 1, records: 2 });
    const after = await consoleJson<PersonPage>(server, cookie, 'GET', '/api/v1/console/visitors?visitor=yes&attended=yes&q=%E7%8E%8B%E8%8A%B3');
    expect(after.total).toBe(1);
    const { candidates: left } = await consoleJson<{ candidates: MergeCandidate[] }>(server, cookie, 'GET', '/api/v1/console/visitors/candidates');
    expect(left.some((c) => c.persons.some((p) => p.id === id('V4')))).toBe(false);
    const dim = async (d: string) =>
      (await server.db.query<{ key: string; n: number }>(`SELECT key, n::int AS n FROM figure_counts WHERE event_id = $1 AND dim = $2 AND n <> 0 ORDER BY key`, [server.event.id, d])).rows;
    expect(await dim('category')).toEqual([{ key: 'trade', n: 1 }]);
    await expectCountersFresh(server);
    // Undone: two people again, each counted, and the figures follow at once.
    await consoleJson(server, cookie, 'POST', `/api/v1/console/merges/${merged.mergeId}/undo`);
    expect((await consoleJson<PersonPage>(server, cookie, 'GET', '/api/v1/console/visitors?visitor=yes&attended=yes&q=%E7%8E%8B%E8%8A%B3')).total).toBe(2);
    expect(await dim('category')).toEqual([
      { key: 'public', n: 1 },
      { key: 'trade', n: 1 },
    ]);
    await expectCountersFresh(server);
  });

  it('exports the classified database as CSV with BOM and XLSX, filtered, with refusals marked and formulas defused', async () => {
    await registerWalkIns(server, desk, [{ name: '刘洋', company: '广州电子元件厂', mobile: '+8613300133001', province: '440000', consentData: false }]);
    const all = await runCliLine(server, ['export', '--what', 'visitors', '--format', 'csv']);
    expect(all.code, all.err.join('\n')).toBe(0);
    const rows = csvRows(all.out.join('\n'));
    const liu = rows.find((r) => r.name === '刘洋');
    expect(liu).toMatchObject({ marketing_consent: 'refused', do_not_contact: 'yes', province: '440000', province_name: '广东省', company: '广州电子元件厂' });
    expect(rows.find((r) => r.person_id === id('V1'))).toMatchObject({ name: '张伟', industry_name: '电子信息与元器件', industry_gbt4754: 'C', company_size_cn_class: '小型' });
    expect(rows.find((r) => r.person_id === id('V6'))?.name).toBe(`'=HYPERLINK("http://evil.example")`);
    // The roster did not ask; the same person agreed when registering again at the desk.
    expect(rows.find((r) => r.person_id === id('V1'))?.marketing_consent).toBe('given');
    expect(rows.find((r) => r.person_id === id('V3'))?.marketing_consent).toBe('not_asked');

    const filtered = await runCliLine(server, ['export', '--what', 'visitors', '--format', 'csv', '--filter', 'province=440000,industry=electronics']);
    expect(csvRows(filtered.out.join('\n')).map((r) => r.name).sort()).toEqual(['刘洋', '张伟'].sort());
    const refused = await runCliLine(server, ['export', '--what', 'visitors', '--format', 'json', '--filter', 'consent=refused', '--lang', 'en']);
    expect((JSON.parse(refused.out.join('\n')) as Array<{ name: string; province_name: string }>).map((r) => [r.name, r.province_name])).toEqual([['刘洋', 'Guangdong']]);
    const bad = await runCliLine(server, ['export', '--what', 'visitors', '--filter', 'colour=red']);
    expect(bad.code).toBe(64);
    expect(bad.err.join('\n')).toMatch(/--filter: .*colour/);

    const res = await consoleCall(server, cookie, 'GET', '/api/v1/console/visitors/export?format=xlsx&industry=electronics');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['person_id', 'industry_name', 'do_not_contact']));
    expect(sheet.actualRowCount).toBe(3);
    expect(sheet.getColumn(2).values.slice(2).sort()).toEqual(['刘洋', '张伟'].sort());
    const csv = await consoleCall(server, cookie, 'GET', '/api/v1/console/visitors/export?format=csv&consent=refused');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csvRows(csv.body).map((r) => r.name)).toEqual(['刘洋']);
  });

  it('feeds surveys, complaints, the device fleet, booth visits and lead intent into the dashboard and the report', async () => {
    const kiosk = await pairDevice(server, { role: 'kiosk', name: 'Kiosk 1' });
    const survey = await createSurvey(server, cookie, fairSurvey());
    await push(server, kiosk, [
      responseMutation(kiosk, survey.id, 1, { nps: 10, csat: 5 }),
      responseMutation(kiosk, survey.id, 1, { nps: 3, csat: 2 }),
      feedbackMutation(kiosk),
      feedbackMutation(kiosk, { type: 'suggestion' }),
    ]);
    let dash = dashboardSchema.parse(await consoleJson(server, cookie, 'GET', '/api/v1/console/dashboard'));
    expect(dash.surveys).toEqual([expect.objectContaining({ surveyId: survey.id, responses: 2, nps: { n: 2, score: 0 }, csat: { n: 2, score: 50 } })]);
    expect(dash.complaints).toEqual({ total: 1, open: 1, overdue: 0 });
    expect(dash.devices.map((d) => d.name)).toEqual(expect.arrayContaining(['Desk A', 'Kiosk 1']));
    expect(dash.leads).toEqual({ total: 0, intent: { hot: 0, warm: 0, cold: 0, unrated: 0 }, perExhibitor: [] });
    expect(dash.unclassified).toBe(0);

    // An exhibitor's booth scans two visitors and rates them (lead capture): the scan says what the visitor is interested in, the rating is business intent.
    const booth = await createExhibitor(server.db, server.event.id, '华强电子');
    await consoleJson(server, cookie, 'PUT', `/api/v1/console/exhibitors/${booth.id}/profile`, { country: 'CN', productCategories: ['connectors'] });
    const boothDevice = await pairDevice(server, { role: 'booth', exhibitorId: booth.id, name: 'Booth 1' });
    const { rows: scanned } = await server.db.query<{ id: string; badge_code: string; name: string; company: string }>(
      'SELECT id, badge_code, name, company FROM attendees WHERE id = ANY($1::uuid[]) ORDER BY ref',
      [[id('V2'), id('V3')]],
    );
    const [visitor2, visitor3] = scanned.map((r) => ({ id: r.id, badgeCode: r.badge_code, name: r.name, company: r.company })) as [Visitor, Visitor];
    const leads = await push(server, boothDevice, [badgeLeadMutation(boothDevice, visitor3, 'hot'), badgeLeadMutation(boothDevice, visitor2, 'cold')]);
    expect(leads.map((r) => r.status)).toEqual(['applied', 'applied']);
    // Classified again on receipt of the scan: no reclassification needed.
    const v3 = (await profile(id('V3')))!.classification;
    expect(v3.interests).toEqual([{ value: 'connectors', status: 'inferred', rule: 'interest.scanned-at-booth', evidence: [booth.id] }]);
    dash = dashboardSchema.parse(await consoleJson(server, cookie, 'GET', '/api/v1/console/dashboard'));
    expect(dash.leads).toEqual({ total: 2, intent: { hot: 1, warm: 0, cold: 1, unrated: 0 }, perExhibitor: [{ exhibitorId: booth.id, name: '华强电子', leads: 2, hot: 1 }] });
    const report = await consoleJson<{ leads: unknown; exhibitors: unknown }>(server, cookie, 'GET', '/api/v1/console/report');
    expect(report.leads).toEqual({ total: 2, intent: { hot: 1, warm: 0, cold: 1, unrated: 0 } });
    expect(report.exhibitors).toEqual({ domestic: 1, international: 0, source: 'counted', listed: 1, countryNotSet: 0 });
    await expectCountersFresh(server);
  });

  it('answers 401 without a session and 400 on bad filters', async () => {
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/console/dashboard' })).statusCode).toBe(401);
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/console/visitors/export' })).statusCode).toBe(401);
    expect((await consoleCall(server, cookie, 'GET', '/api/v1/console/visitors?scope=mars')).statusCode).toBe(400);
    expect((await consoleCall(server, cookie, 'GET', '/api/v1/console/stats/scans?hour=yesterday')).statusCode).toBe(400);
    expect((await consoleCall(server, cookie, 'PUT', '/api/v1/console/report/time-zone', { timeZone: 'Mars/Olympus' })).statusCode).toBe(400);
    expect((await consoleCall(server, cookie, 'PUT', '/api/v1/console/taxonomies', { version: 1 })).statusCode).toBe(400);
  });
});
