/**
 * Issue 19: every visitor export (CSV with BOM, XLSX, JSON, and the CLI's `export --what
 * visitors`) carries beside each classified value its status, the rule and the evidence in words of
 * the export's language; the post-show report states how much of each figure was declared and how
 * much inferred. On PGlite and on PostgreSQL.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCorrection } from '../../src/core/classify/correction';
import { classifyVisitor } from '../../src/core/classify/visitor';
import { reportSchema } from '../../src/core/stats/report';
import { walkInClassificationInput } from '../../src/core/visitors/input';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { pairDevice, push, runCliLine } from './support';
import { consoleCall, consoleJson, consoleSession } from './surveySupport';
import { badgeLeadMutation, importRows, pairKeyedDesk, scanAt, shanghai, walkIn } from './statsSupport';

type Row = Record<string, string>;

const HEADER = ['编号', '姓名', '公司', '手机', '邮箱', '类别', '省份', '所属行业', '经营范围'];

// What no reader of an export may see: rule ids, and the rules' own evidence lines.
const RAW = /\b(?:industry|region|size|interest)\.[a-z-]+|(?:^|；|; )(?:declared|trade|with|ambiguous|unused|keyword|scope|company|unrecognised): |\((?:inferred|declared|unknown)\b/;

const FIELDS = ['country', 'province', 'city', 'industry', 'company_size', 'interests'];
const PROVENANCE_COLUMNS = FIELDS.flatMap((f) => [`${f}_status`, `${f}_rule`, `${f}_evidence`]);

function csvRows(text: string): Row[] {
  expect(text.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<Row>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function expectWords(rows: readonly Row[]): void {
  for (const row of rows) {
    for (const column of PROVENANCE_COLUMNS) {
      expect(row, column).toHaveProperty(column);
      expect(String(row[column] ?? ''), `${row.name} ${column}`).not.toMatch(RAW);
    }
  }
}

describe.each(DATABASES)('visitor exports say how each value was obtained, on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  let ids: Map<string, string>;
  const id = (ref: string) => ids.get(ref) ?? ref;
  const byName = (rows: readonly Row[], name: string): Row => {
    const row = rows.find((r) => r.name === name);
    expect(row, name).toBeDefined();
    return row as Row;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await consoleSession(server);
    ids = await importRows(server, [
      HEADER,
      // A wholesaler named after its product: the business scope says it sells.
      ['P1', '王明', '东莞市远拓电子有限公司', '13800138101', '', '专业观众', '', '', '销售：电子元器件、五金制品、塑胶制品。（依法须经批准的项目，经相关部门批准后方可开展经营活动）'],
      // 通讯 may be equipment or a network: left unknown. The province is the visitor's answer.
      ['P2', '李华', '中兴通讯股份有限公司', '13800138102', '', '专业观众', '广东', '', ''],
      ['P3', 'Anna Berg', 'Nordic Pumps A/S', '+46 70 123 4567', 'anna@nordicpumps.se', '专业观众', '', '', ''],
      ['P4', '赵强', '华南机械有限公司', '13800138104', '', '专业观众', '', '机械装备', ''],
    ]);
    const desk = await pairKeyedDesk(server, 'Desk A');
    // Staff correct what the rule read from the name: declared from then on.
    const fields = { name: '陈静', company: '德邦物流股份有限公司', mobile: '+8613800138105', country: 'CN', province: '310000' };
    const stored = { company: fields.company, mobile: fields.mobile, email: '', country: 'CN', province: '310000', city: '', industry: '', companySize: '', interests: [] };
    const atDesk = classifyVisitor(walkInClassificationInput(stored, null));
    const corrections = { industry: applyCorrection(atDesk.industry, 'trade', 'desk') };
    const made = walkIn(desk, { ...fields, corrections, classification: classifyVisitor(walkInClassificationInput(stored, corrections)) });
    expect((await push(server, desk, [made.mutation])).map((r) => r.status)).toEqual(['applied']);
    ids.set('P5', made.id);
    const gate = await pairDevice(server, { name: 'Gate 1' });
    await scanAt(server, gate, ['P1', 'P2', 'P3', 'P4', 'P5'].map((ref, i) => ({ attendeeId: id(ref), at: shanghai(`2026-05-12 09:0${i}`) })));

    // An exhibitor scans Anna's badge: an interest inferred from the booth's products.
    const booth = await createExhibitor(server.db, server.event.id, '北欧泵业展位');
    await consoleJson(server, cookie, 'PUT', `/api/v1/console/exhibitors/${booth.id}/profile`, { country: 'SE', productCategories: ['connectors'] });
    const boothDevice = await pairDevice(server, { role: 'booth', exhibitorId: booth.id, name: 'Booth 1' });
    const { rows } = await server.db.query<{ id: string; badge_code: string; name: string; company: string }>('SELECT id, badge_code, name, company FROM attendees WHERE id = $1', [id('P3')]);
    const anna = rows[0]!;
    expect((await push(server, boothDevice, [badgeLeadMutation(boothDevice, { id: anna.id, badgeCode: anna.badge_code, name: anna.name, company: anna.company }, 'warm')])).map((r) => r.status)).toEqual(['applied']);
  });
  afterAll(async () => server?.close());

  it('CSV with BOM from the CLI, in Simplified Chinese by default: status, rule and evidence in words', async () => {
    const run = await runCliLine(server, ['export', '--what', 'visitors', '--format', 'csv']);
    expect(run.code, run.err.join('\n')).toBe(0);
    const rows = csvRows(run.out.join('\n'));
    expectWords(rows);

    expect(byName(rows, '王明')).toMatchObject({ industry: 'trade', industry_status: '推断', industry_rule: '经营范围' });
    expect(byName(rows, '王明').industry_evidence).toBe('经营范围：销售：电子元器件、五金制品、塑胶制品；“电子元器件” → 批发和零售业（GB/T 4754 门类 F）；连同“销售”理解为批发和零售业');
    expect(byName(rows, '李华')).toMatchObject({ industry: '', industry_status: '不详', industry_rule: '名称所述行业可作多种理解', province: '440000', province_status: '本人填写', province_rule: '观众本人填写', province_evidence: '填写：广东省' });
    expect(byName(rows, '李华').industry_evidence).toContain('“通讯”可指制造业或信息传输、软件和信息技术服务业，不作推断');
    expect(byName(rows, '赵强')).toMatchObject({ industry: 'machinery', industry_status: '本人填写', industry_rule: '观众本人填写', country_status: '推断', country_rule: '电话号码的国家代码' });
    expect(byName(rows, '陈静')).toMatchObject({ industry: 'trade', industry_status: '工作人员已更正', industry_rule: '工作人员更正' });
    expect(byName(rows, '陈静').industry_evidence).toMatch(/^由登记台 [0-9a-f]{6} 的工作人员更正，.+；原为交通运输与物流（推断，公司名称中的行业表述）$/);
    const anna = byName(rows, 'Anna Berg');
    expect(anna).toMatchObject({ country: 'SE', country_status: '推断', interests: 'connectors', interests_status: '连接器：推断', interests_rule: '连接器：在展商展位扫描胸卡' });
    expect(anna.interests_evidence).toBe('连接器：扫描胸卡的展商：北欧泵业展位');
    expect(anna).toMatchObject({ company_size: '', company_size_status: '不详', company_size_rule: '—', company_size_evidence: '' });
  });

  it('JSON in English from the CLI, the same words in the console’s CSV, and XLSX in Traditional Chinese', async () => {
    const cli = await runCliLine(server, ['export', '--what', 'visitors', '--format', 'json', '--lang', 'en']);
    expect(cli.code, cli.err.join('\n')).toBe(0);
    const fromCli = JSON.parse(cli.out.join('\n')) as Row[];
    expectWords(fromCli);
    expect(byName(fromCli, 'Anna Berg')).toMatchObject({ industry: 'machinery', industry_status: 'Inferred', industry_rule: 'trade stated in the company name', country_rule: 'country code of the phone number' });
    expect(byName(fromCli, 'Anna Berg').industry_evidence).toBe('company name: Nordic Pumps A/S; “Pumps” → Manufacturing (GB/T 4754 division 34)');
    expect(byName(fromCli, 'Anna Berg').country_evidence).toContain('mobile: +46701234567');

    const http = await consoleCall(server, cookie, 'GET', '/api/v1/console/visitors/export?format=csv&lang=en');
    expect(http.statusCode).toBe(200);
    const fromConsole = csvRows(http.body);
    for (const column of PROVENANCE_COLUMNS) expect(fromConsole.map((r) => r[column]), column).toEqual(fromCli.map((r) => r[column] ?? ''));

    const res = await consoleCall(server, cookie, 'GET', '/api/v1/console/visitors/export?format=xlsx&lang=zh-TW');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    for (const column of PROVENANCE_COLUMNS) expect(header).toContain(column);
    const rows: Row[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as unknown[]).slice(1);
      rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] === undefined || values[i] === null ? '' : String(values[i])])));
    });
    expectWords(rows);
    expect(byName(rows, '王明')).toMatchObject({ industry_status: '推斷', industry_rule: '經營範圍' });
    expect(byName(rows, '李华')).toMatchObject({ province_status: '本人填寫', province_evidence: '填寫：廣東省' });
  });

  it('the report states how much of each figure was declared and how much inferred', async () => {
    const report = reportSchema.parse(await consoleJson(server, cookie, 'GET', '/api/v1/console/report'));
    expect(report.visitors.uniqueVisitors).toBe(5);
    // Industry: two declared (an answer, a correction), two inferred (business scope, name), one unknown (通讯).
    expect(report.provenance.industry).toEqual({ declared: 2, inferred: 2, unknown: 1 });
    // Region: two declared provinces; three countries from phone numbers.
    expect(report.provenance.region).toEqual({ declared: 2, inferred: 3, unknown: 0 });
    expect(report.provenance.companySize).toEqual({ declared: 0, inferred: 0, unknown: 5 });
    expect(report.provenance.interests).toEqual({ declared: 0, inferred: 1, unknown: 0 });

    const xlsx = await consoleCall(server, cookie, 'GET', '/api/v1/console/report.xlsx?lang=zh-CN');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const summary: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => summary.push((row.values as unknown[]).slice(1).join(' | ')));
    expect(summary).toContain('数据来源（本人填写 / 推断 / 不详）: 行业 | 2 (40.0%) / 2 (40.0%) / 1 (20.0%)');
  });
});
