/**
 * The uniform result of every classification: a value with where it came from. The report and
 * the console show `status` beside each figure, so an inferred value is never passed off as
 * what the visitor said, and `rule` + `evidence` let staff see why before they correct it.
 */
export const CLASSIFICATION_STATUSES = ['declared', 'inferred', 'unknown'] as const;
export type ClassificationStatus = (typeof CLASSIFICATION_STATUSES)[number];

export interface ClassifiedValue<T> {
  value: T | null;
  /** declared: the visitor said so (or staff corrected it); inferred: a rule derived it; unknown: nothing to go on. */
  status: ClassificationStatus;
  /** Which rule produced the value (see RULES), or why it is unknown. */
  rule?: string;
  /** What the rule saw: the matched text, code or source field. */
  evidence?: string[];
}

/**
 * Rule names, stable: they are stored with classified records and counted in reports. What users
 * read is their name in words (explain.ts), never these ids.
 */
export const RULES = {
  declared: 'declared',
  corrected: 'corrected',
  regionDeclaredParent: 'region.declared-parent',
  regionPhoneCountryCode: 'region.phone-country-code',
  regionPhoneNationalFormat: 'region.phone-national-format',
  regionAreaCode: 'region.area-code',
  regionAddress: 'region.address',
  regionEmailCcTld: 'region.email-cctld',
  sizeEmployeeCount: 'size.employee-count',
  sizeAmbiguous: 'size.range-spans-bands',
  sizeUnreadable: 'size.unreadable',
  industryDeclaredText: 'industry.declared-text',
  industryBusinessScope: 'industry.business-scope',
  industryCompanyName: 'industry.company-name',
  industryAmbiguous: 'industry.ambiguous',
  industryNoEntry: 'industry.no-entry',
  industryUnrecognised: 'industry.unrecognised',
  interestScannedAtBooth: 'interest.scanned-at-booth',
} as const;

/** Ids earlier versions stored, still read from old records (explain.ts names them in words). */
export const RETIRED_RULES = {
  industryDeclaredTextKeyword: 'industry.declared-text-keyword',
  industryCompanyKeyword: 'industry.company-keyword',
} as const;

export function declared<T>(value: T, evidence?: string[]): ClassifiedValue<T> {
  return evidence?.length ? { value, status: 'declared', rule: RULES.declared, evidence } : { value, status: 'declared', rule: RULES.declared };
}

export function inferred<T>(value: T, rule: string, evidence: string[]): ClassifiedValue<T> {
  return { value, status: 'inferred', rule, evidence };
}

export function unknown<T>(rule?: string, evidence?: string[]): ClassifiedValue<T> {
  const result: ClassifiedValue<T> = { value: null, status: 'unknown' };
  if (rule) result.rule = rule;
  if (evidence?.length) result.evidence = evidence;
  return result;
}
