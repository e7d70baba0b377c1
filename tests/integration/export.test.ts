import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/server/cli/commands/export';
import { importRosterCommand } from '../../src/server/cli/commands/importRoster';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { checkinMutation, pairDevice, push, rosterCsv, rosterPeople, runCli, runCliLine, tempDir, type PairedDevice, type RosterPerson } from './support';

function parseCsv(text: string): Array<Record<string, string>> {
  expect(text.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe.each(DATABASES)('CLI export on %s', (kind) => {
  let server: TestServer;
  let files: ReturnType<typeof tempDir>;
  let entrance: PairedDevice;
  let hall: PairedDevice;
  let people: RosterPerson[];
  const captured = ['2025-03-18T01:02:03.000Z', '2025-03-18T01:05:00.000Z', '2025-03-18T02:30:00.500Z'];

  beforeAll(async () => {
    server = await startTestServer(kind);
    files = tempDir();
    entrance = await pairDevice(server, { role: 'desk', name: '入口 Desk 1' });
    hall = await pairDevice(server, { role: 'desk', name: 'Hall B, "north"' });
    people = rosterPeople(3, { badges: true });
    people[2] = { ...people[2]!, company: 'Formula, Inc.' };
    const roster = await runCli(server, importRosterCommand, [await files.write('roster.csv', rosterCsv(people))], files.dir);
    expect(roster.code).toBe(0);
    // A name that is a spreadsheet formula: roster imports refuse those, but text typed elsewhere
    // (a desk, a kiosk) is stored as typed, so the export must defuse it.
    people[2] = { ...people[2]!, name: '=HYPERLINK("http://evil.example","click")' };
    await server.db.query('UPDATE attendees SET name = $1 WHERE ref = $2', [people[2].name, people[2].ref]);

    const results = [
      ...(await push(server, entrance, [
        checkinMutation(entrance, { capturedAt: captured[0]!, name: people[0]!.name, company: people[0]!.company, code: people[0]!.badge! }),
        checkinMutation(entrance, { capturedAt: captured[1]!, name: people[0]!.name, company: people[0]!.company, code: people[0]!.badge!, flags: ['reentry'] }),
      ])),
      ...(await push(server, hall, [
        checkinMutation(hall, { capturedAt: captured[2]!, name: null, company: null, category: null, code: 'XYZ-UNKNOWN', flags: ['unknown'], method: 'typed' }),
      ])),
    ];
    expect(results.every((r) => r.status === 'applied')).toBe(true);
  });
  afterAll(async () => {
    files?.remove();
    await server?.close();
  });

  it('check-ins as CSV: device name, time and flags, Excel-ready', async () => {
    const run = await runCli(server, exportCommand, ['--what', 'checkins', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.out).toHaveLength(1);
    expect(run.out[0]).toContain('\r\n');
    const rows = parseCsv(run.out[0]!);
    expect(rows).toHaveLength(3);
    const byTime = new Map(rows.map((r) => [r.captured_at, r]));
    expect(byTime.get(captured[0]!)).toMatchObject({ device: '入口 Desk 1', device_id: entrance.deviceId, name: people[0]!.name, flags: '', method: 'scanner', code: people[0]!.badge });
    expect(byTime.get(captured[1]!)).toMatchObject({ device: '入口 Desk 1', flags: 'reentry' });
    expect(byTime.get(captured[2]!)).toMatchObject({ device: 'Hall B, "north"', flags: 'unknown', method: 'typed', name: '', code: 'XYZ-UNKNOWN' });
    for (const r of rows) expect(Number.isNaN(Date.parse(r.received_at!))).toBe(false);
  });

  it('check-ins as JSON: flags stay a list', async () => {
    const run = await runCli(server, exportCommand, ['--what', 'checkins', '--format', 'json']);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.out.join('\n')) as Array<{ deviceName: string; capturedAt: string; flags: string[]; name: string | null }>;
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => [r.capturedAt, r.deviceName, r.flags]).sort()).toEqual([
      [captured[0], '入口 Desk 1', []],
      [captured[1], '入口 Desk 1', ['reentry']],
      [captured[2], 'Hall B, "north"', ['unknown']],
    ]);
  });

  it('badges as CSV: name, company and badge code, starting with the UTF-8 BOM', async () => {
    const run = await runCli(server, exportCommand, ['--what', 'badges', '--format', 'csv']);
    expect(run.code).toBe(0);
    const rows = parseCsv(run.out[0]!);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['name', 'company', 'badge_code']));
    expect(rows.map((r) => [r.name, r.company, r.badge_code])).toEqual([
      [people[0]!.name, people[0]!.company, people[0]!.badge],
      [people[1]!.name, people[1]!.company, people[1]!.badge],
      // A cell Excel would run as a formula is defused with an apostrophe.
      [`'${people[2]!.name}`, 'Formula, Inc.', people[2]!.badge],
    ]);

    // Written to a file, the bytes start with EF BB BF so Excel on Chinese Windows reads UTF-8.
    const out = await runCli(server, exportCommand, ['--what', 'badges', '--format', 'csv', '--out', 'badges.csv'], files.dir);
    expect(out.code).toBe(0);
    expect(out.err).toEqual([`wrote ${files.file('badges.csv')}`]);
    const bytes = await readFile(files.file('badges.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(people[0]!.name);
  });

  it('badges as XLSX: a real workbook', async () => {
    const run = await runCli(server, exportCommand, ['--what', 'badges', '--format', 'xlsx', '--out', 'badges.xlsx'], files.dir);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(files.file('badges.xlsx'))) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['name', 'company', 'badge_code']));
    expect(sheet.actualRowCount).toBe(4);
    expect(sheet.getRow(2).getCell(1).value).toBe(people[0]!.name);
  });

  it('refuses bad arguments with usage', async () => {
    const unknown = await runCliLine(server, ['export', '--what', 'secrets']);
    expect(unknown.code).toBe(64);
    expect(unknown.err.join('\n')).toMatch(/--what must be one of badges, checkins, visitors\nusage: npx showfloor export/);
    const binary = await runCliLine(server, ['export', '--what', 'badges', '--format', 'xlsx']);
    expect(binary.code).toBe(64);
    expect(binary.err.join('\n')).toMatch(/--out FILE/);
    expect(binary.out).toEqual([]);
  });
});
