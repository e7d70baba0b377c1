/**
 * Exhibitor lists into an edition, in one transaction: all rows or none (exhibitor lists are
 * short, and a contract amount half imported is worse than none). Re-importing updates: an
 * exhibitor is recognised by its credit code, else by its company name (an exhibitor added by
 * hand for its booth devices is the same exhibitor when the list names it).
 */
import type { ExhibitorRecord } from '../../core/editions/exhibitorRows';
import { companyKey } from '../../core/customers/names';
import { placeDictionary } from '../../core/classify/places';
import type { RowProblem } from '../../core/roster/rows';
import { newId } from '../../core/ids';
import type { Db } from '../db/types';

export interface ExhibitorImportSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Country or province names that could not be placed: kept as unknown. */
  warnings: RowProblem[];
}

interface Existing {
  id: string;
  name: string;
  import_key: string;
  credit_code: string;
  fingerprint: string;
}

/** Country (ISO 3166-1) and province (GB/T 2260) codes from the names in the file; a province alone means China. */
function place(r: ExhibitorRecord, warnings: RowProblem[]): { country: string; province: string } {
  const dict = placeDictionary();
  const country = r.countryText ? (dict.countries.exact(r.countryText)?.[0] ?? null) : '';
  if (country === null) warnings.push({ line: r.line, message: `country "${r.countryText}" was not recognised; stored as unknown` });
  const province = r.provinceText ? (dict.provinces.exact(r.provinceText)?.[0] ?? null) : '';
  if (province === null) warnings.push({ line: r.line, message: `province "${r.provinceText}" was not recognised; stored as unknown` });
  const code = province ?? '';
  const derived = country || (code ? (code === '810000' ? 'HK' : code === '820000' ? 'MO' : code === '710000' ? 'TW' : 'CN') : '');
  return { country: derived ?? '', province: code };
}

export async function importExhibitors(db: Db, eventId: string, records: readonly ExhibitorRecord[]): Promise<ExhibitorImportSummary> {
  return db.transaction(async (tx) => {
    const { rows: existing } = await tx.query<Existing>(
      `SELECT id, name, import_key, credit_code,
              jsonb_build_array(name, credit_code, country, province, contact_name, mobile, email, booth, floor_area::float8, contract_amount::float8, extra)::text AS fingerprint
         FROM exhibitors WHERE event_id = $1`,
      [eventId],
    );
    const byKey = new Map(existing.filter((e) => e.import_key).map((e) => [e.import_key, e]));
    const byCode = new Map(existing.filter((e) => e.credit_code).map((e) => [e.credit_code, e]));
    const byName = new Map(existing.map((e) => [companyKey(e.name), e]));
    const summary: ExhibitorImportSummary = { inserted: 0, updated: 0, unchanged: 0, warnings: [] };
    const writes: Array<Record<string, unknown>> = [];
    const claimed = new Set<string>();
    for (const r of records) {
      const { country, province } = place(r, summary.warnings);
      const match = [byKey.get(r.importKey), r.creditCode ? byCode.get(r.creditCode) : undefined, byName.get(companyKey(r.name))].find(
        (e) => e && !claimed.has(e.id) && (!r.creditCode || !e.credit_code || e.credit_code === r.creditCode),
      );
      const fields = [r.name, r.creditCode, country, province, r.contactName, r.mobile, r.email, r.booth, r.floorArea, r.contractAmount, r.extra];
      if (match) {
        claimed.add(match.id);
        if (JSON.stringify(JSON.parse(match.fingerprint)) === JSON.stringify(fields) && match.import_key === r.importKey) {
          summary.unchanged++;
          continue;
        }
        summary.updated++;
      } else summary.inserted++;
      writes.push({
        id: match?.id ?? newId(),
        name: r.name,
        credit_code: r.creditCode,
        country,
        province,
        contact_name: r.contactName,
        mobile: r.mobile,
        email: r.email,
        booth: r.booth,
        floor_area: r.floorArea,
        contract_amount: r.contractAmount,
        import_key: r.importKey,
        extra: r.extra,
      });
    }
    if (writes.length) {
      await tx.query(
        `INSERT INTO exhibitors (id, event_id, name, credit_code, country, province, contact_name, mobile, email, booth, floor_area, contract_amount, import_key, extra)
         SELECT id, $2, name, credit_code, country, province, contact_name, mobile, email, booth, floor_area, contract_amount, import_key, extra
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, credit_code text, country text, province text, contact_name text, mobile text, email text,
                booth text, floor_area numeric, contract_amount numeric, import_key text, extra jsonb)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, credit_code = EXCLUDED.credit_code, country = EXCLUDED.country, province = EXCLUDED.province,
           contact_name = EXCLUDED.contact_name, mobile = EXCLUDED.mobile, email = EXCLUDED.email, booth = EXCLUDED.booth, floor_area = EXCLUDED.floor_area,
           contract_amount = EXCLUDED.contract_amount, import_key = EXCLUDED.import_key, extra = EXCLUDED.extra, updated_at = now()`,
        [JSON.stringify(writes), eventId],
      );
    }
    return summary;
  });
}
