/**
 * The post-show report: what the organizer enters (organizers, partners, scale, side events, next
 * edition) and the figures computed from the database. One shape for the printable page, the XLSX
 * file and `cli stats --json`.
 */
import { z } from 'zod';
import { isoDateSchema } from '../schema/common';
import { countSchema, daySchema, headlineSchema, leadFiguresSchema } from './schema';

const text = (max: number) => z.string().trim().min(1).max(max);

export const sideEventSchema = z.object({
  title: text(300),
  date: isoDateSchema.nullable().default(null),
  /** Participants, when the organizer counted them. */
  participants: z.number().int().min(0).max(10_000_000).nullable().default(null),
});

export const reportDetailsSchema = z.object({
  organizers: z.array(text(200)).max(20).default([]),
  /** Co-organizers, supporters, media partners… as the organizer names them. */
  partners: z.array(text(200)).max(100).default([]),
  netAreaSqm: z.number().int().min(0).max(10_000_000).nullable().default(null),
  booths: z.number().int().min(0).max(1_000_000).nullable().default(null),
  /** Entered figures win over the exhibitor list (which may not hold every exhibitor). */
  exhibitorsDomestic: z.number().int().min(0).max(1_000_000).nullable().default(null),
  exhibitorsInternational: z.number().int().min(0).max(1_000_000).nullable().default(null),
  sideEvents: z.array(sideEventSchema).max(200).default([]),
  nextEdition: z
    .object({
      startsOn: isoDateSchema.nullable().default(null),
      endsOn: isoDateSchema.nullable().default(null),
      venue: z.string().trim().max(300).default(''),
      note: z.string().trim().max(1000).default(''),
    })
    .default({ startsOn: null, endsOn: null, venue: '', note: '' }),
});
export type ReportDetails = z.infer<typeof reportDetailsSchema>;

export const EMPTY_REPORT_DETAILS: ReportDetails = reportDetailsSchema.parse({});

export const REPORT_LANGUAGES = ['zh-CN', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

const retentionSideSchema = z.object({
  previousCustomers: z.number(),
  customers: z.number(),
  returning: z.number(),
  new: z.number(),
  reactivated: z.number(),
  lost: z.number(),
  churnRatePct: z.number().nullable(),
  retentionRatePct: z.number().nullable(),
  winBackPct: z.number().nullable(),
});

/** Customers kept, won and lost against the previous edition of the show (issue 15; core/customers/retention.ts). */
export const reportRetentionSchema = z.object({
  previous: z.object({ name: z.string(), edition: z.number() }).nullable(),
  edition: z.number(),
  visitors: retentionSideSchema,
  exhibitors: retentionSideSchema.extend({ renewalRatePct: z.number().nullable() }),
  /** Contacts who came as press or staff: counted apart, never visitor customers. */
  countedApart: z.object({ press: z.number(), staff: z.number() }),
});
export type ReportRetention = z.infer<typeof reportRetentionSchema>;

const statusCountsSchema = z.object({ declared: z.number(), inferred: z.number(), unknown: z.number() });
export type StatusCounts = z.infer<typeof statusCountsSchema>;

/**
 * How each figure's values were obtained, counted over the visitors the figures count: regions,
 * industries and company sizes one per visitor, interests one per visitor and interest. Declared
 * includes staff corrections.
 */
export const figureProvenanceSchema = z.object({ region: statusCountsSchema, industry: statusCountsSchema, companySize: statusCountsSchema, interests: statusCountsSchema });
export type FigureProvenance = z.infer<typeof figureProvenanceSchema>;

export const reportSchema = z.object({
  generatedAt: z.string(),
  timeZone: z.string(),
  event: z.object({ name: z.string(), startsOn: z.string().nullable(), endsOn: z.string().nullable(), venue: z.string() }),
  details: reportDetailsSchema,
  exhibitors: z.object({
    domestic: z.number().nullable(),
    international: z.number().nullable(),
    /**
     * counted: from the exhibitor list by home country (whenever the list has exhibitors);
     * entered: from the report details, for a show whose exhibitors are not in the list.
     */
    source: z.enum(['entered', 'counted']),
    /** Exhibitors in the list, and those of them whose home country is not set (counted in neither figure). */
    listed: z.number().default(0),
    countryNotSet: z.number().default(0),
  }),
  visitors: headlineSchema,
  byDay: z.array(daySchema),
  provinces: z.array(countSchema),
  countries: z.array(countSchema),
  industries: z.array(countSchema),
  companySizes: z.array(countSchema),
  interests: z.array(countSchema),
  /** Business intent from leads, or null while lead capture provides no figures. */
  leads: leadFiguresSchema.pick({ total: true, intent: true }).nullable(),
  /** Records not yet classified when the report was made (their region etc. count as unknown). */
  unclassified: z.number(),
  /** Against the previous edition; null only in reports made before editions existed. */
  retention: reportRetentionSchema.nullable().default(null),
  provenance: figureProvenanceSchema,
});
export type Report = z.infer<typeof reportSchema>;
