/**
 * Issue 13, item 6: a huge spreadsheet must be refused before it is parsed, with a sentence that
 * says why and what to do, and nothing imported. (The stall it caused is measured by the import
 * bench, `npm run bench -- import`.)
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importRosterCommand } from '../../src/server/cli/commands/importRoster';
import { DATABASES, type TestServer } from './harness';
import { countRows, runCli, serverWithFiles, type TempDir } from './support';

describe.each(DATABASES)('roster limits on %s', (kind) => {
  let server: TestServer;
  let files: TempDir;
  serverWithFiles(kind, (s, f) => ((server = s), (files = f)));

  it('a small workbook that declares 1.5 million rows is refused from its dimension, unparsed', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['姓名', '公司', '手机']);
    sheet.addRow(['张伟', '华信', '13800138000']);
    // One cell far down: Excel's used range (the sheet's <dimension>) now spans 1.5 million rows.
    sheet.getCell('A1500001').value = '末行';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(bytes.length).toBeLessThan(20_000);
    const before = await countRows(server.db, 'attendees');
    const started = performance.now();
    const run = await runCli(server, importRosterCommand, [await files.write('huge.xlsx', bytes)], files.dir);
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/Nothing was imported: the file holds 1,500,000 rows, more than the 300,000 one import takes; split it/);
    // Refused from the directory and the sheet's first bytes: no time spent reading 1.5 million rows.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(await countRows(server.db, 'attendees')).toBe(before);
  });

  it('a text file with more lines than the limit allows is refused before it is parsed', async () => {
    const lines = ['姓名,公司'];
    for (let i = 0; i < 460_000; i++) lines.push(`访客${i},公司`);
    const run = await runCli(server, importRosterCommand, [await files.write('huge.csv', `${lines.join('\n')}\n`)], files.dir);
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/Nothing was imported: the file holds over 300,000 rows, more than the 300,000 one import takes/);
  });
});
