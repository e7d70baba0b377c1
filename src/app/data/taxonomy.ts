/** The event's classification lists (pulled with the config, else the defaults) as the form shows them. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { localized } from '../../core/schema/localized';
import { citiesOf, cityLabels, PROVINCES } from '../../core/taxonomy/chinaDivisions';
import { CN_ENTERPRISE_SIZE_LABELS, cnSizesForBand } from '../../core/taxonomy/companySize';
import { walkProductTree } from '../../core/taxonomy/productInterest';
import { DEFAULT_TAXONOMIES, eventTaxonomiesSchema, type EventTaxonomies } from '../../core/taxonomy/schema';
import { db } from '../db/open';

export interface Option {
  value: string;
  label: string;
}

export interface TaxonomyView {
  industries: Option[];
  companySizes: Option[];
  interests: Array<Option & { depth: number }>;
  provinces: Array<Option & { cities: Option[] }>;
}

export async function loadTaxonomies(): Promise<EventTaxonomies> {
  const row = await db().config.get(['taxonomies', 'default']);
  const parsed = eventTaxonomiesSchema.safeParse(row?.data);
  return parsed.success ? parsed.data : DEFAULT_TAXONOMIES;
}

export function taxonomyView(tax: EventTaxonomies, lang: string): TaxonomyView {
  return {
    industries: tax.industry.entries.map((e) => ({ value: e.id, label: localized(e.labels, lang) })),
    // The Chinese enterprise-size classes (大/中/小/微, indicative for the event's sector) beside each band.
    companySizes: tax.companySize.bands.map((b) => {
      const cn = cnSizesForBand(b, tax.companySize.cnSector).map((c) => localized(CN_ENTERPRISE_SIZE_LABELS[c], lang));
      return { value: b.id, label: cn.length ? `${localized(b.labels, lang)} · ${cn.join('/')}` : localized(b.labels, lang) };
    }),
    interests: [...walkProductTree(tax.productInterest.nodes)].map(({ node, path }) => ({ value: node.id, label: localized(node.labels, lang), depth: path.length })),
    provinces: PROVINCES.map((p) => ({
      value: p.code,
      label: localized(p.labels, lang),
      cities: citiesOf(p.code)
        .filter((c) => c.level !== 'county')
        .map((c) => ({ value: c.code, label: localized(cityLabels(c), lang) })),
    })),
  };
}

/** The event's lists as this device holds them; the same object until the config changes (classification caches by it). */
export function useEventTaxonomies(): EventTaxonomies {
  return useLiveQuery(loadTaxonomies, []) ?? DEFAULT_TAXONOMIES;
}

export function useTaxonomyView(lang: string): TaxonomyView {
  const tax = useLiveQuery(loadTaxonomies, []);
  return useMemo(() => taxonomyView(tax ?? DEFAULT_TAXONOMIES, lang), [tax, lang]);
}
