/**
 * A correction by staff or the organizer: which classified value, and what it is now. Checked
 * against the event's taxonomies, so a corrected value is always one the figures know.
 */
import { z } from 'zod';
import { RULES } from '../classify/types';
import type { ClassifiedValue } from '../classify/types';
import type { VisitorClassification, VisitorCorrections } from '../classify/visitor';
import { cityByCode, provinceByCode } from '../taxonomy/chinaDivisions';
import { isCountryCode } from '../taxonomy/countries';
import { indexProductTree } from '../taxonomy/productInterest';
import type { EventTaxonomies } from '../taxonomy/schema';

export const CORRECTABLE_FIELDS = ['country', 'province', 'city', 'industry', 'companySize', 'interests'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** The classified value staff see and correct for a field; interests are a list, shown and corrected as one. */
export function correctableValue(c: VisitorClassification, field: CorrectableField): ClassifiedValue<string | string[]> {
  switch (field) {
    case 'country':
    case 'province':
    case 'city':
      return c.region[field];
    case 'industry':
      return c.industry;
    case 'companySize':
      return c.companySize;
    case 'interests': {
      const values = c.interests.map((i) => i.value).filter((v): v is string => v !== null);
      const corrected = c.interests.find((i) => i.rule === 'corrected');
      if (corrected) return { ...corrected, value: values };
      if (!values.length) return { value: null, status: 'unknown' };
      return {
        value: values,
        status: c.interests.some((i) => i.status === 'inferred') ? 'inferred' : 'declared',
        evidence: c.interests.flatMap((i) => (i.evidence ?? []).map((e) => `${String(i.value)}: ${e}`)),
      };
    }
  }
}

const code = z.string().max(64);

export const correctionRequestSchema = z.object({
  field: z.enum(CORRECTABLE_FIELDS),
  /** null: the value is known to be unknown. Interests are a list, every other field one code. */
  value: z.union([code, z.array(code).max(100)]).nullable(),
  /** Removes the correction: the rules decide again. */
  clear: z.boolean().optional(),
});
export type CorrectionRequest = z.infer<typeof correctionRequestSchema>;

/** Why the value cannot be stored, or null when it fits the taxonomies. */
export function correctionProblem(req: CorrectionRequest, tax: EventTaxonomies): string | null {
  if (req.clear || req.value === null) return null;
  const v = req.value;
  if (req.field === 'interests') {
    if (!Array.isArray(v)) return 'interests are a list of product categories';
    const tree = indexProductTree(tax.productInterest.nodes);
    const unknown = v.filter((id) => !tree.has(id));
    return unknown.length ? `not in the product tree: ${unknown.join(', ')}` : null;
  }
  if (typeof v !== 'string') return `${req.field} is one value`;
  switch (req.field) {
    case 'country':
      return isCountryCode(v) ? null : `unknown country ${v}`;
    case 'province':
      return provinceByCode(v) ? null : `unknown province ${v}`;
    case 'city':
      return cityByCode(v) ? null : `unknown city ${v}`;
    case 'industry':
      return tax.industry.entries.some((e) => e.id === v) ? null : `not in the industry list: ${v}`;
    case 'companySize':
      return tax.companySize.bands.some((b) => b.id === v) ? null : `not a company-size band: ${v}`;
  }
}

/**
 * Corrections a desk made at capture, as the server keeps them: only values the event's
 * taxonomies know (the desk may have worked from an older version; an unknown code would show as
 * a raw code in every figure), and the first line of the evidence naming the device that sent
 * them, whatever the device wrote there. Returns the fields dropped, so the caller can log them.
 */
export function acceptDeviceCorrections(
  corrections: VisitorCorrections,
  tax: EventTaxonomies,
  by: string,
  at: string,
): { accepted: VisitorCorrections; dropped: CorrectableField[] } {
  const accepted: VisitorCorrections = {};
  const dropped: CorrectableField[] = [];
  for (const field of CORRECTABLE_FIELDS) {
    const c = corrections[field];
    if (!c) continue;
    if (correctionProblem({ field, value: c.value }, tax)) {
      dropped.push(field);
      continue;
    }
    const evidence = [`corrected by ${by} at ${at}`, ...(c.evidence ?? []).filter((e) => e.startsWith('previously '))];
    (accepted as Record<CorrectableField, unknown>)[field] = { value: c.value, status: 'declared', rule: RULES.corrected, evidence };
  }
  return { accepted, dropped };
}
