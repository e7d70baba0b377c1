/** One way to turn rows into a file: CSV for Excel (via core/csv), real XLSX, or JSON. */
import { loadExcel } from '../lazyModules';
import { toCsv, type CsvCell } from '../../core/csv';

export const EXPORT_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Column<R> {
  header: string;
  value(row: R): CsvCell;
}

export async function renderTable<R>(format: ExportFormat, columns: ReadonlyArray<Column<R>>, rows: readonly R[], sheetName = 'Sheet1'): Promise<Buffer> {
  if (format === 'json') {
    const objects = rows.map((r) => Object.fromEntries(columns.map((c) => [c.header, c.value(r) ?? null])));
    return Buffer.from(JSON.stringify(objects, null, 2) + '\n', 'utf8');
  }
  if (format === 'csv') {
    return Buffer.from(
      toCsv(
        columns.map((c) => c.header),
        rows.map((r) => columns.map((c) => c.value(r))),
      ),
      'utf8',
    );
  }
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, width: Math.max(12, c.header.length + 2) }));
  // Strings go in as strings: XLSX never evaluates a text cell, so no formula escaping is needed here.
  for (const r of rows) sheet.addRow(columns.map((c) => c.value(r) ?? null));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
