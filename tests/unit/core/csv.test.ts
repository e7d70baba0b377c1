// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, escapeFormula, toCsv, UTF8_BOM } from '../../../src/core/csv';

/** Reads the file back as a spreadsheet would: BOM stripped, RFC 4180 quoting. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark so Excel on Chinese Windows reads it as UTF-8', () => {
    const csv = toCsv(['姓名'], [['张三']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('ends every line with CRLF, including the last one', () => {
    const csv = toCsv(['a', 'b'], [
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(csv).toBe(`${UTF8_BOM}a,b\r\n1,2\r\n3,4\r\n`);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes cells with commas, quotes and line breaks so they survive a round trip', () => {
    const tricky = ['Acme, Inc.', 'say "hi"', 'line 1\nline 2', 'cr\r\nlf', '"', ',', 'plain'];
    expect(csvCell('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('plain')).toBe('plain');
    const rows = readBack(toCsv(['value'], tricky.map((v) => [v])));
    expect(rows.slice(1).map((r) => r[0])).toEqual(tricky);
  });

  it('neutralises cells that a spreadsheet would run as formulas (= + - @ tab)', () => {
    const dangerous = ['=HYPERLINK("http://evil","x")', '+86 138 0013 8000', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\rcmd'];
    for (const value of dangerous) {
      const escaped = escapeFormula(value);
      expect(escaped.startsWith("'"), value).toBe(true);
      expect(escaped.slice(1)).toBe(value);
    }
    const rows = readBack(toCsv(['value'], dangerous.map((v) => [v])));
    for (const [i, value] of dangerous.entries()) {
      const cell = rows[i + 1]?.[0] ?? '';
      // The text is all there, but never as the first character a spreadsheet evaluates.
      expect(cell).toBe(`'${value}`);
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('leaves a sign followed by digits only alone: a phone number in international form is a number, not a formula', () => {
    for (const value of ['+8613800138001', '-12.5', '+1']) expect(csvCell(value)).toBe(value);
    for (const value of ['+1+1', '-1-1', '+86 138 0013 8001', '+8613800138001)', '+1.2.3', '-cmd|x']) expect(escapeFormula(value)).toBe(`'${value}`);
  });

  it('leaves harmless text alone, including text with formula characters later on', () => {
    for (const value of ['a=b', 'x+y', 'me@example.com', 'Zhang-San', '', '中国']) expect(escapeFormula(value)).toBe(value);
  });

  it('writes numbers, booleans and empty values as such (a negative number is data, not a formula)', () => {
    expect(readBack(toCsv(['n', 'b', 'null', 'undef'], [[-5, true, null, undefined]]))[1]).toEqual(['-5', 'true', '', '']);
  });

  it('keeps Chinese text intact, in headers and cells', () => {
    const header = ['姓名', '公司', '職位'];
    const row = ['张三', '上海展览中心（集团）有限公司，华东区', '經理 "銷售"'];
    const csv = toCsv(header, [row]);
    expect(csv).toContain('张三');
    expect(readBack(csv)).toEqual([header, row]);
  });
});
