/**
 * Classifies one visitor record by region, company size, industry and product interest. Devices
 * call it at capture and the server again on receipt, with the event's taxonomies, so both hold
 * the same result for the same record; corrections carried in the record are kept as declared.
 */
import { DEFAULT_TAXONOMIES, type EventTaxonomies } from '../taxonomy/schema';
import { classifyCompanySize } from './companySize';
import { classifyIndustry } from './industry';
import { classifyInterests, type BoothScan } from './interests';
import { classifyRegion, type RegionClassification, type RegionCorrections } from './region';
import type { ClassifiedValue } from './types';

export interface VisitorDeclared {
  country?: string | null;
  province?: string | null;
  city?: string | null;
  industry?: string | null;
  companySize?: string | null;
  interests?: readonly string[] | null;
}

export interface VisitorCorrections extends RegionCorrections {
  industry?: ClassifiedValue<string>;
  companySize?: ClassifiedValue<string>;
  interests?: ClassifiedValue<string[]>;
}

export interface VisitorRecordInput {
  company?: string | null;
  mobile?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  employees?: number | string | null;
  /** A business scope (经营范围) or main-business text, from a roster column or a card. */
  businessScope?: string | null;
  declared?: VisitorDeclared | null;
  scannedAtBooths?: readonly BoothScan[] | null;
  corrections?: VisitorCorrections | null;
}

export interface VisitorClassification {
  region: RegionClassification;
  companySize: ClassifiedValue<string>;
  industry: ClassifiedValue<string>;
  interests: Array<ClassifiedValue<string>>;
}

export type ClassificationTaxonomies = Pick<EventTaxonomies, 'industry' | 'region' | 'productInterest' | 'companySize'>;

export function classifyVisitor(record: VisitorRecordInput, taxonomies: ClassificationTaxonomies = DEFAULT_TAXONOMIES): VisitorClassification {
  const declared = record.declared ?? {};
  const corrections = record.corrections ?? {};
  const region = classifyRegion(
    { declared, mobile: record.mobile, phone: record.phone, address: record.address, email: record.email, corrections },
    taxonomies.region,
  );
  const companySize = corrections.companySize ?? classifyCompanySize(record.employees, declared.companySize, taxonomies.companySize.bands);
  const industry = corrections.industry ?? classifyIndustry({ declared: declared.industry, businessScope: record.businessScope, company: record.company }, taxonomies.industry);
  const interestCorrection = corrections.interests;
  const interests = interestCorrection
    ? (interestCorrection.value ?? []).map((id): ClassifiedValue<string> => ({ ...interestCorrection, value: id }))
    : classifyInterests({ declared: declared.interests, scannedAtBooths: record.scannedAtBooths }, taxonomies.productInterest.nodes);
  return { region, companySize, industry, interests };
}
