/**
 * The plain, indexable values of a classification (what figures group by and exports filter
 * on), kept beside the full result with its statuses, rules and evidence.
 */
import type { VisitorClassification } from '../classify/visitor';
import { scopeOf, type Scope } from '../stats/rules';

export interface ClassificationSummary {
  country: string;
  province: string;
  city: string;
  scope: Scope;
  industry: string;
  companySize: string;
  interests: string[];
}

export function summarise(c: VisitorClassification): ClassificationSummary {
  const country = c.region.country.value ?? '';
  const province = c.region.province.value ?? '';
  return {
    country,
    province,
    city: c.region.city.value ?? '',
    scope: scopeOf(country, province),
    industry: c.industry.value ?? '',
    companySize: c.companySize.value ?? '',
    interests: c.interests.map((i) => i.value).filter((v): v is string => v !== null),
  };
}
