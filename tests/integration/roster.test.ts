import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRosterCommand } from '../../src/server/cli/commands/importRoster';
import { DATABASES, startTestServer, type TestServer } from './harness';
import {
  countRows,
  encodeGbk,
  rosterCsv,
  rosterPeople,
  rosterTable,
  runCli,
  tempDir,
  utf8WithBom,
  xlsxBytes,
  type CliRun,
  type RosterPerson,
} from './support';

describe.each(DATABASES)('roster import (CLI) on %s', (kind) => {
  let server: TestServer;
  let files: ReturnType<typeof tempDir>;
  let nextStart = 1;

  beforeAll(async () => {
    server = await startTestServer(kind);
    files = tempDir();
  });
  afterAll(async () => {
    files?.remove();
    await server?.close();
  });

  /** Fresh people for each test, so tests do not see each other's rows. */
  const people = (count: number, opts: { badges?: boolean } = {}): RosterPerson[] => {
    const list = rosterPeople(count, { start: nextStart, ...opts });
    nextStart += count;
    return list;
  };

  const importFile = async (name: string, data: string | Uint8Array, ...flags: string[]): Promise<CliRun> =>
    runCli(server, importRosterCommand, [await files.write(name, data), ...flags], files.dir);

  const attendeeCount = () => countRows(server.db, 'attendees');

  async function storedByRef(list: readonly RosterPerson[]) {
    const { rows } = await server.db.query<{ id: string; ref: string; name: string; company: string; mobile: string; email: string; badge_code: string }>(
      'SELECT id, ref, name, company, mobile, email, badge_code FROM attendees WHERE ref = ANY($1::text[]) ORDER BY ref',
      [list.map((p) => p.ref)],
    );
    return rows;
  }

  async function expectImported(list: readonly RosterPerson[]) {
    const rows = await storedByRef(list);
    expect(rows.map((r) => ({ ref: r.ref, name: r.name, company: r.company, email: r.email, mobile: r.mobile }))).toEqual(
      list.map((p) => ({ ref: p.ref, name: p.name, company: p.company, email: p.email, mobile: `+86${p.mobile}` })),
    );
  }

  describe('reads the files organizers actually have', () => {
    it('UTF-8 CSV with a BOM (Excel "CSV UTF-8"), English headers', async () => {
      const list = people(3);
      const run = await importFile('bom.csv', utf8WithBom(rosterCsv(list)));
      expect(run.code).toBe(0);
      expect(run.out).toEqual(['Imported 3 visitor(s): 3 new, 0 updated, 0 unchanged.']);
      expect(run.err.join('\n')).toMatch(/UTF-8 with BOM/);
      // The BOM did not become part of the first header: the registration ids were read.
      await expectImported(list);
    });

    it('UTF-8 CSV without a BOM, Chinese headers, LF line ends', async () => {
      const list = people(4);
      const run = await importFile('plain.csv', rosterCsv(list, { headers: 'zh', eol: '\n' }));
      expect(run.code).toBe(0);
      expect(run.out).toEqual(['Imported 4 visitor(s): 4 new, 0 updated, 0 unchanged.']);
      await expectImported(list);
    });

    it('GBK CSV as Excel on Chinese Windows saves it', async () => {
      const list = people(3).map((p, i) => ({ ...p, name: ['张伟', '王芳', '李娜'][i]!, company: ['深圳华强电子有限公司', '广州展览中心', '上海贸易公司'][i]! }));
      const bytes = encodeGbk(rosterCsv(list, { headers: 'zh' }));
      // Really GBK: 张 is D5 C5, 伟 is CE B0, and the bytes are not valid UTF-8.
      expect(Buffer.from(bytes).includes(Buffer.from([0xd5, 0xc5, 0xce, 0xb0]))).toBe(true);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      const run = await importFile('gbk.csv', bytes);
      expect(run.code).toBe(0);
      expect(run.err.join('\n')).toMatch(/GBK/);
      await expectImported(list);
    });

    it('UTF-16 tab-separated text (Excel "Unicode text")', async () => {
      const list = people(2);
      const text = rosterTable(list, { headers: 'zh' })
        .map((r) => r.join('\t'))
        .join('\r\n');
      const run = await importFile('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      expect(run.code).toBe(0);
      await expectImported(list);
    });

    it('XLSX with Chinese headers', async () => {
      const list = people(5);
      const run = await importFile('roster.xlsx', await xlsxBytes(rosterTable(list, { headers: 'zh' })));
      expect(run.code).toBe(0);
      expect(run.out).toEqual(['Imported 5 visitor(s): 5 new, 0 updated, 0 unchanged.']);
      expect(run.err.join('\n')).toMatch(/XLSX/);
      await expectImported(list);
    });

    it('XLSX with English headers, reported as JSON', async () => {
      const list = people(2);
      const run = await importFile('roster-en.xlsx', await xlsxBytes(rosterTable(list, { headers: 'en' })), '--json');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.out[0]!)).toMatchObject({ ok: true, encoding: 'XLSX', inserted: 2, updated: 0, unchanged: 0, skipped: 0, problems: [] });
      await expectImported(list);
    });
  });

  describe('bad files', () => {
    it('a missing required column imports nothing and says which column', async () => {
      const list = people(3);
      const before = await attendeeCount();
      const csv = rosterTable(list)
        .map((row) => [row[0], row[2], row[3]].join(','))
        .join('\r\n');
      const run = await importFile('noname.csv', csv);
      expect(run.code).toBe(1);
      expect(run.err.join('\n')).toMatch(/Nothing was imported: missing required column\(s\): name/);
      expect(run.out).toEqual([]);
      expect(await attendeeCount()).toBe(before);
    });

    it('duplicate badge codes are reported by line; the other rows are imported', async () => {
      const list = people(5, { badges: true });
      const dupe = { ...list[3]!, badge: list[1]!.badge };
      const rows = [list[0]!, list[1]!, list[2]!, dupe, list[4]!];
      const run = await importFile('dupes.csv', rosterCsv(rows));
      expect(run.code).toBe(2);
      // Header is line 1: the first use is on line 3, the duplicate on line 5.
      expect(run.err).toContain(`line 5: badge code "${list[1]!.badge}" is already used on line 3`);
      expect(run.out[0]).toMatch(/^Imported 4 visitor\(s\): 4 new, 0 updated, 0 unchanged\. 1 row\(s\) skipped/);
      await expectImported([list[0]!, list[1]!, list[2]!, list[4]!]);
      expect(await storedByRef([dupe])).toEqual([]);
    });

    it('empty lines are ignored and counted', async () => {
      const list = people(3);
      const [header, ...rows] = rosterCsv(list).split('\r\n');
      const csv = [header, rows[0], '', rows[1], ',,,,', '', rows[2], ''].join('\r\n');
      const run = await importFile('gaps.csv', csv);
      expect(run.code).toBe(0);
      expect(run.out).toEqual(['Imported 3 visitor(s): 3 new, 0 updated, 0 unchanged. 3 empty line(s) ignored.']);
      await expectImported(list);
    });

    it('a 20,000-character cell: that row is reported by line and nothing of it is imported', async () => {
      const list = people(4);
      const huge = { ...list[2]!, company: '公'.repeat(20_000) };
      const before = await attendeeCount();
      const run = await importFile('huge.csv', rosterCsv([list[0]!, list[1]!, huge, list[3]!]));
      expect(run.code).toBe(2);
      expect(run.err).toContain('line 4: cell in column 3 is 20000 characters long (at most 500)');
      expect(await attendeeCount()).toBe(before + 3);
      await expectImported([list[0]!, list[1]!, list[3]!]);
      expect(await storedByRef([huge])).toEqual([]);
    });

    it('with --strict, one bad row imports nothing', async () => {
      const list = people(3);
      const before = await attendeeCount();
      const run = await importFile('strict.csv', rosterCsv([list[0]!, { ...list[1]!, email: 'not an email' }, list[2]!]), '--strict');
      expect(run.code).toBe(1);
      expect(run.err.join('\n')).toMatch(/line 3: "not an email" is not a valid email address/);
      expect(await attendeeCount()).toBe(before);
    });

    it('a binary file imports nothing and says it is not a roster', async () => {
      const before = await attendeeCount();
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), randomBytes(4096)]);
      const run = await importFile('photo.csv', png);
      expect(run.code).toBe(1);
      expect(run.err.join('\n')).toMatch(/Nothing was imported: this is not a text file/);

      const fakeXlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(2048)]);
      const run2 = await importFile('damaged.xlsx', fakeXlsx);
      expect(run2.code).toBe(1);
      expect(run2.err.join('\n')).toMatch(/Nothing was imported: the XLSX file could not be read/);

      const oldExcel = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(1024)]);
      const run3 = await importFile('old.xls', oldExcel);
      expect(run3.code).toBe(1);
      expect(run3.err.join('\n')).toMatch(/\.xls files are not supported/);

      const run4 = await importFile('empty.csv', '');
      expect(run4.code).toBe(1);
      expect(run4.err.join('\n')).toMatch(/the file is empty/);

      const run5 = await runCli(server, importRosterCommand, [files.file('does-not-exist.csv')], files.dir);
      expect(run5.code).toBe(1);
      expect(run5.err.join('\n')).toMatch(/cannot read .*ENOENT/);
      expect(await attendeeCount()).toBe(before);
    });

    it('a badge code already held by another visitor in the database imports nothing', async () => {
      const list = people(2, { badges: true });
      expect((await importFile('first.csv', rosterCsv(list))).code).toBe(0);
      const before = await attendeeCount();
      const newcomers = people(2, { badges: true });
      const clash = { ...newcomers[1]!, badge: list[0]!.badge };
      const run = await importFile('clash.csv', rosterCsv([newcomers[0]!, clash]));
      expect(run.code).toBe(1);
      expect(run.err).toContain(`line 3: badge code "${list[0]!.badge}" already belongs to another visitor`);
      expect(await attendeeCount()).toBe(before);
    });
  });

  describe('re-importing', () => {
    it('the same file again: 0 new, all unchanged, no duplicates', async () => {
      const list = people(6);
      const csv = utf8WithBom(rosterCsv(list, { headers: 'zh' }));
      expect((await importFile('again.csv', csv)).out).toEqual(['Imported 6 visitor(s): 6 new, 0 updated, 0 unchanged.']);
      const before = await attendeeCount();
      const rows = await storedByRef(list);
      const { rows: seqBefore } = await server.db.query<{ seq: string }>('SELECT seq::text AS seq FROM attendees WHERE ref = ANY($1::text[]) ORDER BY ref', [list.map((p) => p.ref)]);

      const run = await importFile('again.csv', csv);
      expect(run.code).toBe(0);
      expect(run.out).toEqual(['Imported 6 visitor(s): 0 new, 0 updated, 6 unchanged.']);
      expect(await attendeeCount()).toBe(before);
      expect(await storedByRef(list)).toEqual(rows);
      // Unchanged people are not rewritten, so desks do not download them again.
      const { rows: seqAfter } = await server.db.query<{ seq: string }>('SELECT seq::text AS seq FROM attendees WHERE ref = ANY($1::text[]) ORDER BY ref', [list.map((p) => p.ref)]);
      expect(seqAfter).toEqual(seqBefore);

      // The same people from an XLSX export of the same list are still the same people.
      const xlsx = await importFile('again.xlsx', await xlsxBytes(rosterTable(list)));
      expect(xlsx.out).toEqual(['Imported 6 visitor(s): 0 new, 0 updated, 6 unchanged.']);
    });

    it('one changed row: 1 updated, the attendee keeps its id and badge code', async () => {
      const list = people(4, { badges: true });
      expect((await importFile('v1.csv', rosterCsv(list))).code).toBe(0);
      const before = await storedByRef(list);
      const count = await attendeeCount();

      const changed = list.map((p, i) => (i === 2 ? { ...p, name: `${p.name}（更正）`, company: 'New Company Ltd.' } : p));
      const run = await importFile('v2.csv', rosterCsv(changed));
      expect(run.code).toBe(0);
      expect(run.out).toEqual(['Imported 4 visitor(s): 0 new, 1 updated, 3 unchanged.']);
      expect(await attendeeCount()).toBe(count);
      const after = await storedByRef(list);
      expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
      expect(after[2]).toMatchObject({ id: before[2]!.id, name: changed[2]!.name, company: 'New Company Ltd.', badge_code: list[2]!.badge });
      expect(after.filter((_, i) => i !== 2)).toEqual(before.filter((_, i) => i !== 2));
    });

    it('people without a badge code in the file keep the generated one when nothing changed', async () => {
      const list = people(3);
      expect((await importFile('gen1.csv', rosterCsv(list))).code).toBe(0);
      const before = await storedByRef(list);
      expect(before.every((r) => r.badge_code.startsWith('SF1'))).toBe(true);
      const run = await importFile('gen2.csv', rosterCsv(list));
      expect(run.out).toEqual(['Imported 3 visitor(s): 0 new, 0 updated, 3 unchanged.']);
      expect(await storedByRef(list)).toEqual(before);
    });
  });
});
