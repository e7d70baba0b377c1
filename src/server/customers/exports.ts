/** The customers behind a retention number as a file: CSV for Excel (UTF-8 with BOM), XLSX or JSON, through the shared export helper. */
import type { RetentionGroup } from '../../core/customers/retention';
import { STAGE_LABELS } from '../../core/customers/labels';
import { isStage } from '../../core/customers/pipeline';
import { localized } from '../../core/schema/localized';
import type { Queryable } from '../db/types';
import { renderTable, type Column, type ExportFormat } from '../export/table';
import { allRetentionRows, type CustomerListRow, type ListGroup, type Side } from './retention';

export function customerColumns(side: Side, lang: 'zh-CN' | 'zh-TW' | 'en'): Array<Column<CustomerListRow>> {
  const stage = (r: CustomerListRow) => (r.stage && isStage(r.stage) ? localized(STAGE_LABELS[r.stage], lang) : null);
  const common: Array<Column<CustomerListRow>> = [
    { header: 'customer_id', value: (r) => r.id },
    { header: side === 'visitors' ? 'name' : 'company', value: (r) => r.name },
  ];
  const who: Array<Column<CustomerListRow>> =
    side === 'visitors'
      ? [
          { header: 'company', value: (r) => r.company },
          { header: 'mobile', value: (r) => r.mobile },
          { header: 'email', value: (r) => r.email },
          { header: 'days_attended', value: (r) => r.days },
        ]
      : [
          { header: 'credit_code', value: (r) => r.creditCode },
          { header: 'mobile', value: (r) => r.mobile },
          { header: 'email', value: (r) => r.email },
          { header: 'floor_area_sqm', value: (r) => r.floorArea },
          { header: 'contract_amount', value: (r) => r.contractAmount },
        ];
  return [
    ...common,
    ...who,
    { header: 'country', value: (r) => r.country },
    { header: 'province', value: (r) => r.province },
    { header: 'editions_attended', value: (r) => r.editions },
    { header: 'first_edition', value: (r) => r.firstEdition },
    { header: 'last_edition', value: (r) => r.lastEdition },
    { header: 'tier', value: (r) => r.tier },
    { header: 'stage', value: (r) => r.stage },
    { header: 'stage_name', value: stage },
    { header: 'owner', value: (r) => r.owner },
    { header: 'erased', value: (r) => (r.erased ? 'yes' : 'no') },
  ];
}

export async function exportRetentionList(db: Queryable, eventId: string, side: Side, group: RetentionGroup | ListGroup, format: ExportFormat, lang: 'zh-CN' | 'zh-TW' | 'en'): Promise<Buffer> {
  const rows: CustomerListRow[] = [];
  for await (const chunk of allRetentionRows(db, eventId, side, group)) rows.push(...chunk);
  return renderTable(format, customerColumns(side, lang), rows, `${side}-${group}`);
}
