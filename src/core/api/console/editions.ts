/**
 * Shows and editions, and retention between editions (issue 15): the editions of every show, the
 * next edition with the setup of the previous one, the current edition, and for an edition (the
 * current one unless `event` names another) the retention figures on both sides, the list behind
 * every number (paged, or as CSV with BOM / XLSX), the trend over all editions of the show, and
 * returning against new visitors so far during the show.
 */
import { z } from 'zod';
import { RETENTION_GROUPS } from '../../customers/retention';
import { COPIED_SETUP, editionSchema } from '../../editions/schema';
import { isoDateSchema, uuidSchema } from '../../schema/common';
import { emptyBody, idParams, TABLE_FORMATS, TABLE_TYPES } from '../common';
import { endpoint, fileResponse } from '../define';

export const RETENTION_SIDES = ['visitors', 'exhibitors'] as const;
export type RetentionSide = (typeof RETENTION_SIDES)[number];
export const LIST_GROUPS = [...RETENTION_GROUPS, 'lostBefore'] as const;
export type ListGroup = (typeof LIST_GROUPS)[number];

const rate = z.number().nullable();
export const sideFiguresSchema = z.object({
  previousCustomers: z.number(),
  customers: z.number(),
  returning: z.number(),
  new: z.number(),
  reactivated: z.number(),
  lost: z.number(),
  lostBefore: z.number(),
  churnRatePct: rate,
  retentionRatePct: rate,
  winBackPct: rate,
});
export type SideFigures = z.infer<typeof sideFiguresSchema>;

export const retentionFiguresSchema = z.object({
  event: uuidSchema,
  previous: uuidSchema.nullable(),
  beforePrevious: uuidSchema.nullable(),
  visitors: sideFiguresSchema,
  exhibitors: sideFiguresSchema.extend({ renewalRatePct: rate }),
  countedApart: z.object({ press: z.number(), staff: z.number(), previousPress: z.number(), previousStaff: z.number() }),
  /** Registrations of this edition carrying another customer's invitation code. */
  referrals: z.number(),
});
export type RetentionFiguresView = z.infer<typeof retentionFiguresSchema>;

export const trendPointSchema = sideFiguresSchema.extend({ eventId: uuidSchema, name: z.string(), edition: z.number(), startsOn: z.string().nullable() });
export type TrendPointView = z.infer<typeof trendPointSchema>;

export const customerListRowSchema = z.object({
  id: uuidSchema,
  kind: z.enum(['contact', 'company']),
  name: z.string(),
  company: z.string(),
  creditCode: z.string(),
  mobile: z.string(),
  email: z.string(),
  country: z.string(),
  province: z.string(),
  editions: z.number(),
  firstEdition: z.number().nullable(),
  lastEdition: z.number().nullable(),
  days: z.number().nullable(),
  floorArea: z.number().nullable(),
  contractAmount: z.number().nullable(),
  tier: z.string().nullable(),
  stage: z.string().nullable(),
  owner: z.string(),
  erased: z.boolean(),
});
export type CustomerListRowView = z.infer<typeof customerListRowSchema>;

/** Which edition: the current one unless `event` names another. */
const editionQuery = z.object({ event: uuidSchema.optional() });
const pageQuery = { after: uuidSchema.optional(), limit: z.coerce.number().int().min(1).max(500).default(100) };

export const retentionListQuerySchema = editionQuery.extend({ side: z.enum(RETENTION_SIDES), group: z.enum(LIST_GROUPS), ...pageQuery });
export const retentionExportQuerySchema = editionQuery.extend({
  side: z.enum(RETENTION_SIDES),
  group: z.enum(LIST_GROUPS),
  format: z.enum(TABLE_FORMATS).default('csv'),
  lang: z.enum(['zh-CN', 'zh-TW', 'en']).default('zh-CN'),
});

export const newEditionSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    /** The show (series); by default the current edition's show. */
    show: z.string().trim().min(1).max(200).optional(),
    /** Copy the setup of the previous edition (the default), of the edition named, or nothing. */
    copyFrom: z.union([z.literal('previous'), uuidSchema, z.null()]).default('previous'),
  })
  .refine((e) => e.startsOn <= e.endsOn, { message: 'ends_before_start', path: ['endsOn'] });

export const editionsApi = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/console/editions',
    access: 'organizer',
    summary: 'Every edition of every show: show, edition number, dates, current, previous edition',
    response: z.object({ editions: z.array(editionSchema) }),
    errors: [],
  }),
  add: endpoint({
    method: 'POST',
    path: '/api/v1/console/editions',
    access: 'organizer',
    summary: 'Create the next edition, copying the setup (form, taxonomies, surveys, booth questions) of the previous one unless told otherwise',
    body: newEditionSchema,
    response: z.object({ edition: editionSchema, copied: z.object({ from: uuidSchema.nullable(), what: z.array(z.enum(COPIED_SETUP)) }) }),
    errors: ['edition_not_found', 'edition_taken'],
  }),
  use: endpoint({
    method: 'POST',
    path: '/api/v1/console/editions/:id/use',
    access: 'organizer',
    summary: 'Make an edition current for the console, the CLI and new pairing codes (devices paired before keep theirs)',
    params: idParams,
    body: emptyBody,
    response: editionSchema,
    errors: ['edition_not_found'],
  }),
  retention: endpoint({
    method: 'GET',
    path: '/api/v1/console/retention',
    access: 'organizer',
    summary: 'Retention of an edition against the previous one, visitors and exhibitors: returning, new, reactivated, lost, churn, retention, win-back, renewal',
    query: editionQuery,
    response: retentionFiguresSchema,
    errors: ['edition_not_found'],
  }),
  trend: endpoint({
    method: 'GET',
    path: '/api/v1/console/retention/trend',
    access: 'organizer',
    summary: 'The retention figures of every edition of the show up to this one, oldest first, on both sides',
    query: editionQuery,
    response: z.object({ visitors: z.array(trendPointSchema), exhibitors: z.array(trendPointSchema) }),
    errors: ['edition_not_found'],
  }),
  retentionList: endpoint({
    method: 'GET',
    path: '/api/v1/console/retention/list',
    access: 'organizer',
    summary: 'The customers behind one retention number, a page at a time',
    query: retentionListQuerySchema,
    response: z.object({ total: z.number(), rows: z.array(customerListRowSchema), next: uuidSchema.nullable() }),
    errors: ['edition_not_found'],
  }),
  retentionExport: endpoint({
    method: 'GET',
    path: '/api/v1/console/retention/export',
    access: 'organizer',
    summary: 'The customers behind one retention number as CSV (UTF-8 with BOM) or XLSX',
    query: retentionExportQuerySchema,
    response: fileResponse(...Object.values(TABLE_TYPES)),
    errors: ['edition_not_found'],
  }),
  live: endpoint({
    method: 'GET',
    path: '/api/v1/console/retention/live',
    access: 'organizer',
    summary: 'During the show: visitors so far, of them returning, new and reactivated',
    response: z.object({
      eventId: uuidSchema,
      previous: uuidSchema.nullable(),
      customers: z.number(),
      returning: z.number(),
      new: z.number(),
      reactivated: z.number(),
      returningSharePct: rate,
    }),
    errors: [],
  }),
};
