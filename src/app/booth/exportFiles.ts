/**
 * The booth's exports, made on the device with no network: CSV for Excel (UTF-8 with BOM, formula
 * escaping: core/csv), XLSX, and vCard. The XLSX writer (exceljs) is loaded only when staff ask
 * for an XLSX file, so it never weighs on the app's first load; the service worker keeps it cached.
 */
import { toCsv } from '../../core/csv';
import { exportLanguage, leadTable } from '../../core/leads/exportTable';
import type { ListedLead } from '../../core/leads/filters';
import type { LeadQuestion, Product } from '../../core/leads/profile';
import { leadsToVcf } from '../../core/leads/vcardExport';

export type LeadExportFormat = 'csv' | 'xlsx' | 'vcf';

export interface LeadExportContext {
  lang: string;
  products: readonly Product[];
  questions: readonly LeadQuestion[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function xlsx(header: string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Leads');
  sheet.columns = header.map((h) => ({ header: h, width: Math.max(12, h.length * 2 + 2) }));
  // Text cells stay text: XLSX never evaluates them, so no formula escaping is needed here.
  for (const row of rows) sheet.addRow(row.map((v) => v ?? null));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE });
}

export async function exportLeads(leads: readonly ListedLead[], format: LeadExportFormat, ctx: LeadExportContext): Promise<{ blob: Blob; fileName: string }> {
  const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  const fileName = `leads-${stamp}.${format}`;
  if (format === 'vcf') return { blob: new Blob([leadsToVcf(leads)], { type: 'text/vcard;charset=utf-8' }), fileName };
  const { header, rows } = leadTable(leads, { lang: exportLanguage(ctx.lang), products: ctx.products, questions: ctx.questions });
  if (format === 'csv') return { blob: new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), fileName };
  return { blob: await xlsx(header, rows), fileName };
}
