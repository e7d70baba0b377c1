/** Shapes of the dashboard, the drill-down and the post-show report, shared by server, console and CLI. */
import { z } from 'zod';
import { deviceSummarySchema, rosterImportRunSchema } from '../schema/console';
import { localizedTextSchema } from '../schema/localized';
import { SCOPES } from './rules';

export const countSchema = z.object({ key: z.string(), count: z.number() });
export type Count = z.infer<typeof countSchema>;

const byScopeSchema = z.object(Object.fromEntries(SCOPES.map((s) => [s, z.number()])) as Record<(typeof SCOPES)[number], z.ZodNumber>);
export type ByScope = z.infer<typeof byScopeSchema>;

export const headlineSchema = z.object({
  uniqueVisitors: z.number(),
  visits: z.number(),
  /** Trade visitors and VIP buyers. */
  tradeVisitors: z.number(),
  publicVisitors: z.number(),
  /** Trade visitors / unique visitors, 0–1; null with no visitors. */
  tradeShare: z.number().nullable(),
  byScope: byScopeSchema,
  /** Admitted people who are not counted as visitors, by category. */
  nonVisitors: z.object({ press: z.number(), exhibitor_staff: z.number(), organizer_staff: z.number() }),
  admittedEntries: z.number(),
  flaggedScans: z.number(),
});
export type Headline = z.infer<typeof headlineSchema>;

export const distributionsSchema = z.object({
  province: z.array(countSchema),
  country: z.array(countSchema),
  industry: z.array(countSchema),
  companySize: z.array(countSchema),
  interest: z.array(countSchema),
});
export type Distributions = z.infer<typeof distributionsSchema>;

export const hourSchema = z.object({ hour: z.string(), admitted: z.number(), flagged: z.number() });
export const daySchema = z.object({ day: z.string(), uniqueVisitors: z.number() });

export const leadFiguresSchema = z.object({
  total: z.number(),
  intent: z.object({ hot: z.number(), warm: z.number(), cold: z.number(), unrated: z.number() }),
  perExhibitor: z.array(z.object({ exhibitorId: z.string(), name: z.string(), leads: z.number(), hot: z.number() })),
});

export const surveyFigureSchema = z.object({
  surveyId: z.string(),
  title: localizedTextSchema,
  responses: z.number(),
  nps: z.object({ n: z.number(), score: z.number().nullable() }).nullable(),
  csat: z.object({ n: z.number(), score: z.number().nullable() }).nullable(),
});

export const dashboardSchema = z.object({
  generatedAt: z.string(),
  timeZone: z.string(),
  today: z.string(),
  headline: headlineSchema,
  uniqueToday: z.number(),
  hourly: z.array(hourSchema),
  byDay: z.array(daySchema),
  distributions: distributionsSchema,
  /** null while lead capture provides no figures (see server/visitors/integrations.ts). */
  leads: leadFiguresSchema.nullable(),
  surveys: z.array(surveyFigureSchema),
  complaints: z.object({ total: z.number(), open: z.number(), overdue: z.number() }),
  devices: z.array(deviceSummarySchema),
  /** Records waiting to be classified (after an import or a taxonomy change). */
  unclassified: z.number(),
  /** Records in the visitor database: pre-registered (the roster) and walk-ins. */
  rosterSize: z.number(),
  /** A roster import saving rows now, or one that stopped half-way (null when neither). */
  rosterImport: rosterImportRunSchema.nullable(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/**
 * The records behind a figure. `persons`: the people a filter selects (unique visitors, trade
 * visitors, visitors from a province …); `visits`: one row per person and show day; `scans`: the
 * check-ins of one local hour, admitted or flagged.
 */
export const DRILL_FIGURES = ['persons', 'visits', 'scans'] as const;

export const visitRowSchema = z.object({ personId: z.string(), name: z.string(), company: z.string(), category: z.string(), day: z.string() });
export type VisitRow = z.infer<typeof visitRowSchema>;
export const scanRowSchema = z.object({
  id: z.string(),
  at: z.string(),
  device: z.string(),
  attendeeId: z.string().nullable(),
  name: z.string().nullable(),
  company: z.string().nullable(),
  category: z.string().nullable(),
  flags: z.array(z.string()),
});
export type ScanRow = z.infer<typeof scanRowSchema>;
export const visitPageSchema = z.object({ total: z.number(), rows: z.array(visitRowSchema), next: z.string().nullable() });
export const scanPageSchema = z.object({ total: z.number(), rows: z.array(scanRowSchema), next: z.string().nullable() });
