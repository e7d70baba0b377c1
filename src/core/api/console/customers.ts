/**
 * The organizer's customer database across editions (issue 15): contacts and companies, a
 * customer's page (history over editions, stage, tier, source, owner, timeline), notes and
 * contacts, stage moves, lost reasons and win-back, prospects, the hand on links (merge, split,
 * unlink, undo, suggestions), the development pipeline, the ABC tier rules and tiers.
 */
import { z } from 'zod';
import { LOST_REASONS, NOTE_KINDS, SOURCES, STAGES } from '../../customers/pipeline';
import { companyTierRuleSchema, contactTierRuleSchema, TIERS } from '../../customers/tiers';
import { uuidSchema } from '../../schema/common';
import { emptyBody, idParams, okResponse } from '../common';
import { endpoint } from '../define';
import { RETENTION_SIDES } from './editions';

export const CUSTOMER_KINDS = ['contact', 'company'] as const;
const kind = z.enum(CUSTOMER_KINDS);
const text = (max: number) => z.string().trim().max(max);
const iso = z.string();
/** A move or a suggestion: a database sequence number. */
const serialParams = z.object({ id: z.string().regex(/^\d{1,18}$/, 'invalid_format') });

export const customerSummarySchema = z.object({
  id: uuidSchema,
  kind,
  name: z.string(),
  company: z.string(),
  stage: z.string().nullable(),
  stageAt: iso.nullable(),
  source: z.string(),
  owner: z.string(),
  editions: z.number(),
  inviteCode: z.string(),
});
export type CustomerSummaryView = z.infer<typeof customerSummarySchema>;

const recordSchema = z.object({
  id: uuidSchema,
  eventId: uuidSchema,
  name: z.string(),
  company: z.string(),
  category: z.string(),
  source: z.string(),
  reason: z.string(),
  evidence: z.unknown(),
  linkedBy: z.string(),
  linkedAt: iso,
  erased: z.boolean(),
});

const tierSchema = z.object({ tier: z.string(), ruleVersion: z.number(), value: z.number(), inputs: z.unknown() });

export const editionHistorySchema = z.object({
  eventId: uuidSchema,
  show: z.string(),
  edition: z.number(),
  name: z.string(),
  startsOn: z.string().nullable(),
  role: z.enum(['visitor', 'press', 'staff', 'exhibitor']).nullable(),
  category: z.string().nullable(),
  days: z.number(),
  classification: z.object({ country: z.string(), province: z.string(), scope: z.string(), industry: z.string(), companySize: z.string(), interests: z.array(z.string()) }).nullable(),
  booth: z.string().nullable(),
  floorArea: z.number().nullable(),
  contractAmount: z.number().nullable(),
  leads: z.object({ total: z.number(), hot: z.number(), warm: z.number(), cold: z.number(), unrated: z.number() }),
  surveyAnswers: z.array(z.object({ id: z.string(), surveyId: z.string(), version: z.number(), answers: z.unknown(), capturedAt: iso })),
  complaints: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      category: z.string(),
      severity: z.string(),
      status: z.string(),
      description: z.string(),
      reportedAt: iso,
      answeredAt: iso.nullable(),
      answer: z.string(),
    }),
  ),
  tier: tierSchema.nullable(),
  records: z.array(recordSchema),
});
export type EditionHistoryView = z.infer<typeof editionHistorySchema>;

export const timelineEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(['note', 'visit', 'call', 'email', 'letter', 'stage', 'lost_reason']),
  at: iso,
  by: z.string(),
  text: z.string(),
  winBack: z.boolean(),
  from: z.string().nullable().optional(),
  to: z.string().optional(),
  eventId: z.string().nullable().optional(),
});
export type TimelineEntryView = z.infer<typeof timelineEntrySchema>;

export const customerPageSchema = z.object({
  customer: z.object({
    id: uuidSchema,
    kind,
    name: z.string(),
    company: z.string(),
    creditCode: z.string(),
    mobile: z.string(),
    email: z.string(),
    country: z.string(),
    province: z.string(),
    stage: z.string().nullable(),
    stageAt: iso.nullable(),
    source: z.string(),
    owner: z.string(),
    mergedInto: z.string().nullable(),
    erased: z.boolean(),
    createdAt: iso,
    inviteCode: z.string(),
  }),
  merged: z.array(z.string()),
  history: z.array(editionHistorySchema),
  timeline: z.array(timelineEntrySchema),
  lostReasons: z.array(z.object({ eventId: z.string(), reason: z.string(), note: z.string(), recordedBy: z.string(), recordedAt: iso })),
  moves: z.array(z.object({ id: z.string(), action: z.string(), records: z.array(z.string()), into: z.string(), from: z.string().nullable(), by: z.string(), at: iso, undoneAt: iso.nullable() })),
  /** Customers whose registrations carried this customer's invitation code. */
  referrals: z.array(z.object({ customerId: uuidSchema, name: z.string(), company: z.string(), eventId: uuidSchema, at: iso })),
  referredBy: z.object({ customerId: uuidSchema, name: z.string(), eventId: uuidSchema }).nullable(),
});
export type CustomerPageView = z.infer<typeof customerPageSchema>;

export const customerListQuerySchema = z.object({
  kind: kind.optional(),
  stage: z.enum(STAGES).optional(),
  owner: text(100).optional(),
  source: z.enum(SOURCES).optional(),
  q: text(200).optional(),
  after: uuidSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const noteInputSchema = z.object({
  kind: z.enum(NOTE_KINDS),
  text: text(5000).min(1),
  /** When the contact happened; now by default. */
  at: z.iso.datetime({ offset: true }).optional(),
  winBack: z.boolean().default(false),
});

export const prospectInputSchema = z.object({
  kind,
  name: text(200).min(1),
  company: text(200).optional(),
  creditCode: text(30).optional(),
  mobile: text(40).optional(),
  email: text(200).optional(),
  source: z.union([z.enum(SOURCES), z.literal('')]).optional(),
  owner: text(100).optional(),
});

const moveResult = z.object({ moveId: z.string(), customerId: uuidSchema });

export const reviewSchema = z.object({
  id: z.string(),
  kind,
  signal: z.string(),
  recordId: z.string().nullable(),
  recordCustomer: z.string().nullable(),
  customerId: uuidSchema,
  evidence: z.unknown(),
  createdAt: iso,
  /** The two customers side by side, for the organizer to judge. */
  suggested: customerSummarySchema.nullable(),
  current: customerSummarySchema.nullable(),
});
export type ReviewView = z.infer<typeof reviewSchema>;

const stageCounts = z.record(z.string(), z.number());
export const pipelineSchema = z.object({
  counts: stageCounts,
  timePerStage: z.array(
    z.object({ stage: z.enum(STAGES), completed: z.number(), meanDays: z.number().nullable(), medianDays: z.number().nullable(), current: z.number(), currentMeanDays: z.number().nullable() }),
  ),
  conversion: z.array(z.object({ source: z.string(), from: z.enum(STAGES), to: z.enum(STAGES), reached: z.number(), converted: z.number(), ratePct: z.number().nullable() })),
});
export type PipelineView = z.infer<typeof pipelineSchema>;

const storedRule = <S extends z.ZodType>(rule: S) => z.object({ version: z.number(), rule, createdBy: z.string(), createdAt: iso });
export const tierRulesSchema = z.object({ company: storedRule(companyTierRuleSchema), contact: storedRule(contactTierRuleSchema) });
export type TierRulesView = z.infer<typeof tierRulesSchema>;
const tierCountsSchema = z.object({ ruleVersion: z.number(), A: z.number(), B: z.number(), C: z.number() });
export const tierCountsResponse = z.object({ contacts: tierCountsSchema.nullable(), companies: tierCountsSchema.nullable() });

export const lostCustomerSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  company: z.string(),
  mobile: z.string(),
  email: z.string(),
  tier: z.string().nullable(),
  reason: z.object({ reason: z.enum(LOST_REASONS), note: z.string(), recordedBy: z.string(), recordedAt: iso }).nullable(),
  lastComplaint: z.object({ id: z.string(), eventId: z.string(), category: z.string(), description: z.string(), status: z.string(), reportedAt: iso, answer: z.string() }).nullable(),
  surveyAnswers: z.array(z.object({ id: z.string(), eventId: z.string(), surveyId: z.string(), answers: z.unknown(), capturedAt: iso })),
  winBackActions: z.array(z.object({ id: z.string(), kind: z.string(), at: iso, by: z.string(), text: z.string() })),
  stage: z.string().nullable(),
  recovered: z.boolean(),
});
export type LostCustomerView = z.infer<typeof lostCustomerSchema>;
export const lostSummarySchema = z.object({
  lost: z.number(),
  withReason: z.number(),
  byReason: z.record(z.enum(LOST_REASONS), z.number()),
  recovered: z.number(),
  recoveredPct: z.number().nullable(),
});

export const customersApi = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/console/customers',
    access: 'organizer',
    summary: 'Contacts and companies by kind, stage, owner, source or text, a page at a time (the pipeline’s lists)',
    query: customerListQuerySchema,
    response: z.object({ total: z.number(), rows: z.array(customerSummarySchema), next: uuidSchema.nullable() }),
    errors: [],
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/console/customers/:id',
    access: 'organizer',
    summary: 'A customer’s page: history over editions, stage, tier, source, owner, timeline, links and their reasons',
    params: idParams,
    response: customerPageSchema,
    errors: ['customer_not_found'],
  }),
  prospect: endpoint({
    method: 'POST',
    path: '/api/v1/console/customers',
    access: 'organizer',
    summary: 'A prospect the organizer starts developing (stage 1, collect information), with its source and owner',
    body: prospectInputSchema,
    response: z.object({ id: uuidSchema }),
    errors: ['customer_invalid'],
  }),
  set: endpoint({
    method: 'PUT',
    path: '/api/v1/console/customers/:id',
    access: 'organizer',
    summary: 'Set a customer’s source and owner (the staff member responsible)',
    params: idParams,
    body: z.object({ source: z.union([z.enum(SOURCES), z.literal('')]).optional(), owner: text(100).optional() }),
    response: okResponse,
    errors: ['customer_not_found', 'customer_invalid'],
  }),
  note: endpoint({
    method: 'POST',
    path: '/api/v1/console/customers/:id/notes',
    access: 'organizer',
    summary: 'Add a note or a contact (visit, call, email, letter) to the timeline; win-back actions are marked',
    params: idParams,
    body: noteInputSchema,
    response: z.object({ id: uuidSchema }),
    errors: ['customer_not_found', 'customer_invalid'],
  }),
  stage: endpoint({
    method: 'POST',
    path: '/api/v1/console/customers/:id/stage',
    access: 'organizer',
    summary: 'Move a customer to a stage (timestamped); the same stage again is no move',
    params: idParams,
    body: z.object({ stage: z.enum(STAGES), note: text(5000).default('') }),
    response: z.object({ moved: z.boolean() }),
    errors: ['customer_not_found', 'customer_invalid'],
  }),
  lostReason: endpoint({
    method: 'POST',
    path: '/api/v1/console/customers/:id/lost-reason',
    access: 'organizer',
    summary: 'Why a customer did not come to the current edition (one reason per edition)',
    params: idParams,
    body: z.object({ reason: z.enum(LOST_REASONS), note: text(5000).default('') }),
    response: okResponse,
    errors: ['customer_not_found', 'customer_invalid'],
  }),
  recovered: endpoint({
    method: 'POST',
    path: '/api/v1/console/customers/:id/recovered',
    access: 'organizer',
    summary: 'A lost customer was won back: stage "won back", counted by the lost list’s win-back figure',
    params: idParams,
    body: z.object({ note: text(5000).default('') }),
    response: z.object({ moved: z.boolean() }),
    errors: ['customer_not_found', 'customer_invalid'],
  }),
  referral: endpoint({
    method: 'POST',
    path: '/api/v1/console/customers/:id/referral',
    access: 'organizer',
    summary: 'The customer’s registration in the current edition carried another customer’s invitation code (a walk-in who showed one): recorded as a referral',
    params: idParams,
    body: z.object({ inviteCode: text(40).min(1) }),
    response: z.object({ referrer: uuidSchema }),
    errors: ['customer_invalid'],
  }),
  merge: endpoint({
    method: 'POST',
    path: '/api/v1/console/customers/merge',
    access: 'organizer',
    summary: 'Merge two customers into one (undoable)',
    body: z.object({ into: uuidSchema, from: uuidSchema, note: text(500).default('') }),
    response: z.object({ moveId: z.string() }),
    errors: ['customer_not_found', 'customer_move_refused'],
  }),
  split: endpoint({
    method: 'POST',
    path: '/api/v1/console/customers/:id/split',
    access: 'organizer',
    summary: 'Records of a customer leave it for a new customer of their own (undoable)',
    params: idParams,
    body: z.object({ records: z.array(uuidSchema).min(1).max(1000), note: text(500).default('') }),
    response: moveResult,
    errors: ['customer_not_found', 'customer_move_refused'],
  }),
  unlink: endpoint({
    method: 'POST',
    path: '/api/v1/console/customer-links/:id/unlink',
    access: 'organizer',
    summary: 'This record is not this customer: it gets a customer of its own (undoable)',
    params: idParams,
    body: z.object({ note: text(500).default('') }),
    response: moveResult,
    errors: ['customer_not_found', 'customer_move_refused'],
  }),
  undo: endpoint({
    method: 'POST',
    path: '/api/v1/console/customer-moves/:id/undo',
    access: 'organizer',
    summary: 'Undo a merge, split, unlink or accepted suggestion: the records go back exactly where they were',
    params: serialParams,
    body: emptyBody,
    response: okResponse,
    errors: ['customer_move_not_found', 'customer_move_refused'],
  }),
  reviews: endpoint({
    method: 'GET',
    path: '/api/v1/console/customer-reviews',
    access: 'organizer',
    summary: 'Suggested links for the organizer to review (same mobile or email under another name; same name and company)',
    query: z.object({ kind: kind.default('contact'), after: z.string().regex(/^\d{1,18}$/, 'invalid_format').optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
    response: z.object({ rows: z.array(reviewSchema), next: z.string().nullable() }),
    errors: [],
  }),
  decide: endpoint({
    method: 'POST',
    path: '/api/v1/console/customer-reviews/:id',
    access: 'organizer',
    summary: 'Accept a suggestion (the two become one customer, undoable) or keep them apart for good',
    params: serialParams,
    body: z.object({ decision: z.enum(['link', 'distinct']) }),
    response: z.object({ moveId: z.string().nullable() }),
    errors: ['customer_move_not_found', 'customer_move_refused'],
  }),
  pipeline: endpoint({
    method: 'GET',
    path: '/api/v1/console/pipeline',
    access: 'organizer',
    summary: 'The development pipeline: customers per stage, time spent per stage, conversion from stage to stage per source',
    query: z.object({ kind: kind.optional() }),
    response: pipelineSchema,
    errors: [],
  }),
  lost: endpoint({
    method: 'GET',
    path: '/api/v1/console/lost',
    access: 'organizer',
    summary: 'Lost exhibitors and A/B buyers of the previous edition: reason, last complaint, survey answers, win-back actions',
    query: z.object({ side: z.enum(RETENTION_SIDES).default('exhibitors'), after: uuidSchema.optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
    response: z.object({ summary: lostSummarySchema, rows: z.array(lostCustomerSchema), next: uuidSchema.nullable() }),
    errors: [],
  }),
  tierRules: endpoint({
    method: 'GET',
    path: '/api/v1/console/tier-rules',
    access: 'organizer',
    summary: 'The ABC tier rules in force (companies and buyers), with their versions',
    response: tierRulesSchema,
    errors: [],
  }),
  saveTierRule: endpoint({
    method: 'PUT',
    path: '/api/v1/console/tier-rules',
    access: 'organizer',
    summary: 'Save an edited tier rule as its next version (tiers already computed keep theirs)',
    body: z.union([companyTierRuleSchema, contactTierRuleSchema]),
    response: z.object({ version: z.number() }),
    errors: [],
  }),
  tiers: endpoint({
    method: 'GET',
    path: '/api/v1/console/tiers',
    access: 'organizer',
    summary: 'How many customers of the current edition are in each tier, per side, and the rule version they were computed with',
    response: tierCountsResponse,
    errors: [],
  }),
  computeTiers: endpoint({
    method: 'POST',
    path: '/api/v1/console/tiers/compute',
    access: 'organizer',
    summary: 'Compute the current edition’s tiers under the rules in force, storing each with its rule version and inputs',
    body: emptyBody,
    response: z.object({ contacts: tierCountsSchema, companies: tierCountsSchema }),
    errors: [],
  }),
  tierList: endpoint({
    method: 'GET',
    path: '/api/v1/console/tiers/list',
    access: 'organizer',
    summary: 'The customers of one tier of the current edition, best first, with the inputs that placed them',
    query: z.object({ kind, tier: z.enum(TIERS), limit: z.coerce.number().int().min(1).max(500).default(100) }),
    response: z.object({
      rows: z.array(z.object({ id: uuidSchema, name: z.string(), company: z.string(), tier: z.enum(TIERS), rank: z.number(), value: z.number(), ruleVersion: z.number(), inputs: z.unknown() })),
    }),
    errors: [],
  }),
};
