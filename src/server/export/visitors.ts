/**
 * The classified visitor database as a file: one row per person (merged records count once),
 * codes beside their names, and consent shown on every row. Visitors who refused the use of their
 * data for follow-up are kept and marked (do_not_contact = yes), never dropped silently: the
 * organizer must see who they are to honour the refusal (see docs/decisions.md).
 */
import { isVerifiedPhone } from '../../core/phone';
import type { VisitorFilter } from '../../core/stats/filters';
import { labeller } from '../../core/stats/labels';
import type { TaxonomyLocale } from '../../core/taxonomy/labels';
import type { EventTaxonomies } from '../../core/taxonomy/schema';
import type { PersonRow } from '../../core/visitors/schema';
import type { Queryable } from '../db/types';
import { allPersons } from '../visitors/persons';
import { loadTaxonomies } from '../visitors/taxonomies';
import { renderTable, type Column, type ExportFormat } from './table';

export function visitorColumns(tax: EventTaxonomies, lang: TaxonomyLocale): Array<Column<PersonRow>> {
  const name = labeller(tax, lang);
  return [
    { header: 'person_id', value: (r) => r.id },
    { header: 'name', value: (r) => r.name },
    { header: 'company', value: (r) => r.company },
    { header: 'title', value: (r) => r.title },
    { header: 'mobile', value: (r) => r.mobile },
    // A number kept as typed because it does not validate: staff check it before calling.
    { header: 'mobile_verified', value: (r) => (r.mobile ? (isVerifiedPhone(r.mobile) ? 'yes' : 'no') : '') },
    { header: 'email', value: (r) => r.email },
    { header: 'category', value: (r) => r.category },
    { header: 'counted_as_visitor', value: (r) => (r.isVisitor ? 'yes' : 'no') },
    { header: 'scope', value: (r) => r.scope },
    { header: 'country', value: (r) => r.country },
    { header: 'country_name', value: (r) => name('country', r.country) },
    { header: 'province', value: (r) => r.province },
    { header: 'province_name', value: (r) => name('province', r.province) },
    { header: 'city', value: (r) => r.city },
    { header: 'city_name', value: (r) => name('city', r.city) },
    { header: 'industry', value: (r) => r.industry },
    { header: 'industry_name', value: (r) => name('industry', r.industry) },
    { header: 'industry_gbt4754', value: (r) => tax.industry.entries.find((e) => e.id === r.industry)?.gbt ?? null },
    { header: 'industry_isic4', value: (r) => tax.industry.entries.find((e) => e.id === r.industry)?.isic ?? null },
    { header: 'company_size', value: (r) => r.companySize },
    { header: 'company_size_name', value: (r) => name('companySize', r.companySize) },
    { header: 'company_size_cn_class', value: (r) => name.cnSizeClasses(r.companySize) },
    { header: 'interests', value: (r) => r.interests.join(' ') },
    { header: 'interest_names', value: (r) => r.interests.map((i) => name('interest', i) ?? i).join('; ') },
    { header: 'visit_days', value: (r) => r.days },
    { header: 'records', value: (r) => r.records },
    { header: 'marketing_consent', value: (r) => r.consent },
    { header: 'do_not_contact', value: (r) => (r.consent === 'refused' ? 'yes' : 'no') },
  ];
}

export async function exportVisitors(db: Queryable, eventId: string, filter: VisitorFilter, format: ExportFormat, lang: TaxonomyLocale): Promise<Buffer> {
  const tax = await loadTaxonomies(db, eventId);
  const rows: PersonRow[] = [];
  for await (const chunk of allPersons(db, eventId, filter)) rows.push(...chunk);
  return renderTable(format, visitorColumns(tax, lang), rows, 'visitors');
}
