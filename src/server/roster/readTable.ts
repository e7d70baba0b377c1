/**
 * Reads a roster file into a header and rows of strings: CSV or TSV in UTF-8 (with or without
 * BOM), UTF-16 (Excel's "Unicode text") or GBK/GB18030 (Excel on Chinese Windows), or XLSX.
 * Every failure is a TableReadError with a sentence an organizer can act on.
 */
import type { Cell } from 'exceljs';
import { loadExcel } from '../lazyModules';
import Papa from 'papaparse';
import { inspectXlsx } from './xlsxLimits';

/**
 * What one import may hold, checked before parsing (issue 13: a 12 MB workbook unpacking to a
 * 208 MB sheet of 1.5 million rows stalled the server). A 200,000-row roster is about 90 MB of
 * sheet XML and shared strings; these leave room for half as much again.
 */
export const MAX_ROSTER_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_ROSTER_ROWS = 300_000;
export const MAX_XLSX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

export class TableReadError extends Error {}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const tooManyRows = (rows: number | string) =>
  new TableReadError(`the file holds ${typeof rows === 'number' ? rows.toLocaleString('en') : rows} rows, more than the ${MAX_ROSTER_ROWS.toLocaleString('en')} one import takes; split it into several files and import them one after the other`);

/** Refuses a workbook that would unpack past the limits, from its ZIP directory and declared dimension alone. */
function checkXlsxLimits(bytes: Uint8Array): void {
  const parts = inspectXlsx(bytes);
  if (!parts) return; // not a readable ZIP: reading it says so
  const total = [...parts.sizes.values()].reduce((a, b) => a + b, 0);
  if (total > MAX_XLSX_UNCOMPRESSED_BYTES) {
    throw new TableReadError(`the workbook unpacks to ${mb(total)}, more than the ${mb(MAX_XLSX_UNCOMPRESSED_BYTES)} one import takes; save only the roster sheet, or split it into several files`);
  }
  if (parts.declaredRows !== null && parts.declaredRows > MAX_ROSTER_ROWS + 1) throw tooManyRows(parts.declaredRows - 1);
}

/** Refuses a text file with more lines than the row limit allows, counting line breaks before any parsing. */
function checkTextLimits(bytes: Uint8Array): void {
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) {
    // Quoted cells may hold line breaks, so lines can outnumber rows: allow some slack over the row limit.
    if (++lines > MAX_ROSTER_ROWS * 1.5) throw tooManyRows(`over ${MAX_ROSTER_ROWS.toLocaleString('en')}`);
  }
}

export interface Table {
  header: string[];
  rows: string[][];
  /** File line (CSV) or sheet row (XLSX) of each data row, for error reports. */
  lines: number[];
  encoding: string;
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  if (bytes.subarray(0, 8192).includes(0)) throw new TableReadError('this is not a text file (it contains binary data); save the roster as CSV (UTF-8) or XLSX');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: Excel on Chinese Windows saves CSV as GBK, which GB18030 extends.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    // GB18030 accepts almost any byte sequence; text full of private-use or control characters means it was something else.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
    const suspicious = (text.match(/[\u0000-\u0008\u000e-\u001f\ue000-\uf8ff]/g) ?? []).length;
    if (suspicious > text.length / 100) throw new Error('unlikely');
    return { text, encoding: 'GBK/GB18030' };
  } catch {
    throw new TableReadError('the file is neither UTF-8 nor GBK text; in Excel use "Save as → CSV UTF-8" or XLSX');
  }
}

function readDelimited(bytes: Uint8Array): Table {
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] });
  const records = parsed.data.map((r) => r.map((c) => String(c ?? '')));
  // A record spans one line plus one per line break inside its quoted cells.
  const lines: number[] = [];
  let line = 1;
  for (const record of records) {
    lines.push(line);
    line += 1 + record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
  }
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new TableReadError(`unbalanced quotes near line ${lines[fatal.row ?? 0] ?? '?'}: ${fatal.message}`);
  // A trailing newline produces one empty record: not a row.
  if (records.length && records[records.length - 1]?.every((c) => c === '')) {
    records.pop();
    lines.pop();
  }
  const [header, ...rows] = records;
  if (!header) throw new TableReadError('the file is empty');
  return { header, rows, lines: lines.slice(1), encoding };
}

function cellText(cell: Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  // A formula is handed on as its formula text ("=…"), never as its cached result: the roster
  // rules refuse formula cells with the line and column, so the organizer pastes values instead
  // of importing a result that may be stale or an error (#REF!).
  if (typeof v === 'object' && 'formula' in v) return `=${String(v.formula)}`;
  if (typeof v === 'object' && 'sharedFormula' in v) return `=${String(v.sharedFormula)}`;
  return cell.text ?? '';
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new TableReadError(`the XLSX file could not be read (${(error as Error).message}); is it damaged?`);
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new TableReadError('the workbook has no rows');
  const width = sheet.actualColumnCount || sheet.columnCount;
  const all: Array<{ line: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    all.push({ line: rowNumber, cells });
  });
  const headerIndex = all.findIndex((r) => r.cells.some((c) => c.trim()));
  const header = all[headerIndex];
  if (!header) throw new TableReadError('the workbook has no rows');
  const rest = all.slice(headerIndex + 1);
  return { header: header.cells, rows: rest.map((r) => r.cells), lines: rest.map((r) => r.line), encoding: 'XLSX' };
}

export async function readTable(bytes: Uint8Array, fileName = ''): Promise<Table> {
  if (bytes.length === 0) throw new TableReadError('the file is empty');
  if (bytes.length > MAX_ROSTER_FILE_BYTES) throw new TableReadError(`the file is ${mb(bytes.length)}, larger than the ${mb(MAX_ROSTER_FILE_BYTES)} one import takes; split it into several files`);
  let table: Table;
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    checkXlsxLimits(bytes);
    table = await readXlsx(bytes);
  } else {
    if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) throw new TableReadError('old Excel .xls files are not supported; save it as .xlsx or CSV UTF-8');
    if (/\.xlsx$/i.test(fileName)) throw new TableReadError('the file is named .xlsx but is not an Excel workbook');
    checkTextLimits(bytes);
    table = readDelimited(bytes);
  }
  // A sheet without a dimension, or one that lied about it, is still held to the limit.
  if (table.rows.length > MAX_ROSTER_ROWS) throw tooManyRows(table.rows.length);
  return table;
}
