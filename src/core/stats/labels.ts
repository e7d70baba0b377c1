/**
 * Names of classified values in a language, from the event's taxonomies and the reference data:
 * the same names on the dashboard, in the report and in exports. An unknown value ('') and a
 * code the taxonomies no longer know are returned as null so the caller says "unknown" its own way.
 */
import { localized } from '../schema/localized';
import { cityByCode, cityLabels, provinceByCode } from '../taxonomy/chinaDivisions';
import { CN_ENTERPRISE_SIZE_LABELS, cnSizesForBand } from '../taxonomy/companySize';
import { countryName } from '../taxonomy/countries';
import type { TaxonomyLocale } from '../taxonomy/labels';
import { indexProductTree } from '../taxonomy/productInterest';
import type { EventTaxonomies } from '../taxonomy/schema';

export type LabelKind = 'country' | 'province' | 'city' | 'industry' | 'companySize' | 'interest';

export interface Labeller {
  (kind: LabelKind, key: string): string | null;
  /** The Chinese enterprise classes (大/中/小/微, indicative) a size band overlaps, e.g. "小型/微型". */
  cnSizeClasses(bandId: string): string;
  /** The id of the industry entry named so in any language, or null. */
  industryByName(name: string): string | null;
}

export function labeller(tax: EventTaxonomies, lang: TaxonomyLocale): Labeller {
  const industries = new Map(tax.industry.entries.map((e) => [e.id, e]));
  const bands = new Map(tax.companySize.bands.map((b) => [b.id, b]));
  const tree = indexProductTree(tax.productInterest.nodes);
  const label = (kind: LabelKind, key: string): string | null => {
    if (!key) return null;
    switch (kind) {
      case 'country':
        return countryName(key, lang);
      case 'province': {
        const p = provinceByCode(key);
        return p ? localized(p.labels, lang) : null;
      }
      case 'city': {
        const c = cityByCode(key);
        return c ? localized(cityLabels(c), lang) : null;
      }
      case 'industry': {
        const e = industries.get(key);
        return e ? localized(e.labels, lang) : null;
      }
      case 'companySize': {
        const b = bands.get(key);
        return b ? localized(b.labels, lang) : null;
      }
      case 'interest': {
        const n = tree.get(key);
        return n ? localized(n.node.labels, lang) : null;
      }
    }
  };
  const industryIds = new Map(tax.industry.entries.flatMap((e) => Object.values(e.labels).filter((l): l is string => typeof l === 'string').map((l) => [l, e.id] as const)));
  return Object.assign(label, {
    industryByName: (name: string): string | null => industryIds.get(name) ?? null,
    cnSizeClasses(bandId: string): string {
      const b = bands.get(bandId);
      if (!b) return '';
      return cnSizesForBand(b, tax.companySize.cnSector)
        .map((c) => localized(CN_ENTERPRISE_SIZE_LABELS[c], lang))
        .join('/');
    },
  });
}
