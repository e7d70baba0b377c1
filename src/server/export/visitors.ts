/**
 * The classified visitor database as a file: one row per person (merged records count once),
 * codes beside their names, and consent shown on every row. Visitors who refused the use of their
 * data for follow-up are kept and marked (do_not_contact = yes), never dropped silently: the
 * organizer must see who they are to honour the refusal (see docs/decisions.md).
 *
 * Beside every classified value stand its status (declared, inferred, unknown), the rule and the
 * evidence, in words of the export's language (core/visitors/explain.ts): whoever receives the
 * file can tell what a visitor said from what a rule guessed, and why.
 */
import { isVerifiedPhone } from '../../core/phone';
import type { VisitorFilter } from '../../core/stats/filters';
import { labeller } from '../../core/stats/labels';
import type { TaxonomyLocale } from '../../core/taxonomy/labels';
import type { EventTaxonomies } from '../../core/taxonomy/schema';
import type { ClassifiedValue } from '../../core/classify/types';
import { explainValue, statusName, type ExplainContext, type ExplainedField, type Explained } from '../../core/visitors/explain';
import type { PersonRow } from '../../core/visitors/schema';
import type { Queryable } from '../db/types';
import { allPersons } from '../visitors/persons';
import { loadTaxonomies } from '../visitors/taxonomies';
import { exhibitorNames, personProvenance, type PersonProvenance } from './provenance';
import { renderTable, type Column, type ExportFormat } from './table';

export type VisitorExportRow = PersonRow & { provenance: PersonProvenance | undefined };

const NOT_CLASSIFIED: Readonly<Record<TaxonomyLocale, string>> = { 'zh-CN': '尚未分类', 'zh-TW': '尚未分類', en: 'not classified yet' };

/** Status, rule and evidence columns of one classified value. */
function provenanceColumns(prefix: string, field: ExplainedField, pick: (p: PersonProvenance) => ClassifiedValue<unknown> | null, ctx: ExplainContext): Array<Column<VisitorExportRow>> {
  // Three columns read the same words: worked out once per row.
  const cache = new WeakMap<VisitorExportRow, Explained>();
  const explain = (r: VisitorExportRow): Explained => {
    let words = cache.get(r);
    if (!words) {
      const value = r.provenance ? pick(r.provenance) : null;
      words = value ? explainValue(field, value, ctx) : { status: statusName('unknown', ctx.lang), rule: '', evidence: NOT_CLASSIFIED[ctx.lang] };
      cache.set(r, words);
    }
    return words;
  };
  return [
    { header: `${prefix}_status`, value: (r) => explain(r).status },
    { header: `${prefix}_rule`, value: (r) => explain(r).rule },
    { header: `${prefix}_evidence`, value: (r) => explain(r).evidence },
  ];
}

/** Interests: one entry per interest, "name: status" etc., in the order of the interests column. */
function interestColumns(ctx: ExplainContext): Array<Column<VisitorExportRow>> {
  const sep = ctx.lang === 'en' ? '; ' : '；';
  const colon = ctx.lang === 'en' ? ': ' : '：';
  const each = (r: VisitorExportRow, part: keyof Explained) =>
    r.interests
      .map((id) => {
        const value = r.provenance?.interests.get(id);
        const words = value ? explainValue('interests', value, ctx)[part] : part === 'evidence' ? NOT_CLASSIFIED[ctx.lang] : '';
        return words ? `${ctx.name('interest', id) ?? id}${colon}${words}` : '';
      })
      .filter(Boolean)
      .join(sep);
  return [
    { header: 'interests_status', value: (r) => each(r, 'status') },
    { header: 'interests_rule', value: (r) => each(r, 'rule') },
    { header: 'interests_evidence', value: (r) => each(r, 'evidence') },
  ];
}

export function visitorColumns(tax: EventTaxonomies, lang: TaxonomyLocale, exhibitors: ReadonlyMap<string, string> = new Map()): Array<Column<VisitorExportRow>> {
  const name = labeller(tax, lang);
  const ctx: ExplainContext = { lang, name, industryByName: name.industryByName, exhibitor: (id) => exhibitors.get(id) ?? null };
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
    ...provenanceColumns('country', 'country', (p) => p.country, ctx),
    { header: 'province', value: (r) => r.province },
    { header: 'province_name', value: (r) => name('province', r.province) },
    ...provenanceColumns('province', 'province', (p) => p.province, ctx),
    { header: 'city', value: (r) => r.city },
    { header: 'city_name', value: (r) => name('city', r.city) },
    ...provenanceColumns('city', 'city', (p) => p.city, ctx),
    { header: 'industry', value: (r) => r.industry },
    { header: 'industry_name', value: (r) => name('industry', r.industry) },
    { header: 'industry_gbt4754', value: (r) => tax.industry.entries.find((e) => e.id === r.industry)?.gbt ?? null },
    { header: 'industry_isic4', value: (r) => tax.industry.entries.find((e) => e.id === r.industry)?.isic ?? null },
    ...provenanceColumns('industry', 'industry', (p) => p.industry, ctx),
    { header: 'company_size', value: (r) => r.companySize },
    { header: 'company_size_name', value: (r) => name('companySize', r.companySize) },
    { header: 'company_size_cn_class', value: (r) => name.cnSizeClasses(r.companySize) },
    ...provenanceColumns('company_size', 'companySize', (p) => p.companySize, ctx),
    { header: 'interests', value: (r) => r.interests.join(' ') },
    { header: 'interest_names', value: (r) => r.interests.map((i) => name('interest', i) ?? i).join('; ') },
    ...interestColumns(ctx),
    { header: 'visit_days', value: (r) => r.days },
    { header: 'records', value: (r) => r.records },
    { header: 'marketing_consent', value: (r) => r.consent },
    { header: 'do_not_contact', value: (r) => (r.consent === 'refused' ? 'yes' : 'no') },
  ];
}

export async function exportVisitors(db: Queryable, eventId: string, filter: VisitorFilter, format: ExportFormat, lang: TaxonomyLocale): Promise<Buffer> {
  const tax = await loadTaxonomies(db, eventId);
  const rows: VisitorExportRow[] = [];
  for await (const chunk of allPersons(db, eventId, filter)) {
    const provenance = await personProvenance(db, eventId, chunk);
    for (const person of chunk) rows.push({ ...person, provenance: provenance.get(person.id) });
  }
  return renderTable(format, visitorColumns(tax, lang, await exhibitorNames(db, eventId)), rows, 'visitors');
}
