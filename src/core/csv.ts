/**
 * CSV for people who open it in Excel: UTF-8 with a byte-order mark (without it Excel on Chinese
 * Windows reads UTF-8 as GBK and shows mojibake), CRLF line ends, and cells that Excel would run
 * as formulas (= + - @, tab, carriage return) prefixed with an apostrophe (CSV injection). A sign
 * followed by digits only (+8613800138001, -12.5) is a number, not a formula: it runs nothing, and
 * a phone number in international form stays readable as typed.
 */
export const UTF8_BOM = '\ufeff';

const SIGNED_NUMBER = /^[+-]\d+(\.\d+)?$/;

export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !SIGNED_NUMBER.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export type CsvCell = string | number | boolean | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return quote(escapeFormula(value));
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
