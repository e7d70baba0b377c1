/** Shapes of the classified visitor database as the console and the exports see it. */
import { z } from 'zod';
import { CONSENT_STATES } from '../stats/filters';
import { SCOPES } from '../stats/rules';
import { categorySchema } from '../schema/common';

export const personRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string(),
  title: z.string(),
  mobile: z.string(),
  email: z.string(),
  category: categorySchema,
  isVisitor: z.boolean(),
  country: z.string(),
  province: z.string(),
  city: z.string(),
  scope: z.enum(SCOPES),
  industry: z.string(),
  companySize: z.string(),
  interests: z.array(z.string()),
  /** Show days with an admitted entry. */
  days: z.number(),
  /** How many records (roster, walk-in, card …) make up this person. */
  records: z.number(),
  consent: z.enum(CONSENT_STATES),
});
export type PersonRow = z.infer<typeof personRowSchema>;

export const personPageSchema = z.object({ total: z.number(), rows: z.array(personRowSchema), next: z.string().nullable() });
export type PersonPage = z.infer<typeof personPageSchema>;

const classifiedValueSchema = z.object({
  value: z.unknown(),
  status: z.enum(['declared', 'inferred', 'unknown']),
  rule: z.string().optional(),
  evidence: z.array(z.string()).optional(),
});

export const visitorRecordSchema = z.object({
  id: z.string(),
  source: z.string(),
  name: z.string(),
  company: z.string(),
  title: z.string(),
  mobile: z.string(),
  email: z.string(),
  category: categorySchema,
  createdAt: z.string(),
  classifiedAt: z.string().nullable(),
  stale: z.boolean(),
  /** classifyVisitor's result: region {country, province, city}, companySize, industry, interests[]. */
  classification: z
    .object({
      region: z.object({ country: classifiedValueSchema, province: classifiedValueSchema, city: classifiedValueSchema }),
      companySize: classifiedValueSchema,
      industry: classifiedValueSchema,
      interests: z.array(classifiedValueSchema),
    })
    .nullable(),
});
export type VisitorRecord = z.infer<typeof visitorRecordSchema>;

export const mergeEntrySchema = z.object({
  id: z.string(),
  intoPerson: z.string(),
  fromPerson: z.string(),
  signal: z.string(),
  evidence: z.string(),
  mergedBy: z.string(),
  mergedAt: z.string(),
  moved: z.array(z.string()),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type MergeEntry = z.infer<typeof mergeEntrySchema>;

export const personDetailSchema = z.object({
  person: personRowSchema,
  records: z.array(visitorRecordSchema),
  merges: z.array(mergeEntrySchema),
  visitDays: z.array(z.string()),
});
export type PersonDetail = z.infer<typeof personDetailSchema>;

export const mergeCandidateSchema = z.object({ key: z.string(), persons: z.array(personRowSchema) });
export type MergeCandidate = z.infer<typeof mergeCandidateSchema>;
