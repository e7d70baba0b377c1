/** The figures: the live dashboard, the records behind each figure, the post-show report and its settings. */
import { z } from 'zod';
import { visitorFilterSchema } from '../../stats/filters';
import { REPORT_LANGUAGES, reportDetailsSchema, reportSchema } from '../../stats/report';
import { isTimeZoneName } from '../../stats/rules';
import { dashboardSchema, scanPageSchema, visitPageSchema } from '../../stats/schema';
import { isCountryCode } from '../../taxonomy/countries';
import { idParams, XLSX_TYPE } from '../common';
import { endpoint, fileResponse } from '../define';

/** A page of a list: after the cursor the last page gave, up to `limit` rows. */
export const pageQuery = { after: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(500).default(50) };
/** A filter of the visitor database and a page of it. */
export const personQuerySchema = visitorFilterSchema.extend(pageQuery);

export const scanQuerySchema = z.object({
  /** A local hour of the event, YYYY-MM-DDTHH; a real one (the database would refuse 2026-02-30T25 with an error, not an answer). */
  hour: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}$/, 'hour_format')
    .refine((h) => {
      const at = new Date(`${h}:00:00Z`);
      return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 13) === h;
    }, 'hour_format'),
  admitted: z.enum(['yes', 'no']).default('yes'),
  ...pageQuery,
});

export const exhibitorProfileSchema = z.object({ id: z.string(), name: z.string(), country: z.string(), productCategories: z.array(z.string()) });
export type ExhibitorProfile = z.infer<typeof exhibitorProfileSchema>;
export const exhibitorProfileInputSchema = z.object({
  country: z.string().refine((c) => c === '' || isCountryCode(c), 'country_code'),
  productCategories: z.array(z.string().max(64)).max(200),
});
export const reportSettingsSchema = z.object({ timeZone: z.string(), details: reportDetailsSchema, exhibitors: z.array(exhibitorProfileSchema) });
export type ReportSettings = z.infer<typeof reportSettingsSchema>;
const timeZoneSchema = z.object({ timeZone: z.string().max(64).refine(isTimeZoneName, 'time_zone') });

export const statsApi = {
  dashboard: endpoint({
    method: 'GET',
    path: '/api/v1/console/dashboard',
    access: 'organizer',
    summary: 'Every live figure: visitors, visits, regions, industries, hours and days, leads, surveys, complaints, devices',
    response: dashboardSchema,
    errors: [],
  }),
  visits: endpoint({
    method: 'GET',
    path: '/api/v1/console/stats/visits',
    access: 'organizer',
    summary: 'The visits behind a figure (one row per person and show day), a page at a time',
    query: personQuerySchema,
    response: visitPageSchema,
    errors: [],
  }),
  scans: endpoint({
    method: 'GET',
    path: '/api/v1/console/stats/scans',
    access: 'organizer',
    summary: 'The check-ins of one local hour, admitted or flagged, a page at a time',
    query: scanQuerySchema,
    response: scanPageSchema,
    errors: [],
  }),
  report: endpoint({
    method: 'GET',
    path: '/api/v1/console/report',
    access: 'organizer',
    summary: 'The post-show report’s figures (the same as `cli stats --json`)',
    response: reportSchema,
    errors: [],
  }),
  reportXlsx: endpoint({
    method: 'GET',
    path: '/api/v1/console/report.xlsx',
    access: 'organizer',
    summary: 'The post-show report as an XLSX workbook, in Simplified Chinese or English',
    query: z.object({ lang: z.enum(REPORT_LANGUAGES).default('zh-CN') }),
    response: fileResponse(XLSX_TYPE),
    errors: [],
  }),
  reportSettings: endpoint({
    method: 'GET',
    path: '/api/v1/console/report/settings',
    access: 'organizer',
    summary: 'What the report adds to the data: its details, the show’s time zone, the exhibitors’ countries',
    response: reportSettingsSchema,
    errors: [],
  }),
  saveReportDetails: endpoint({
    method: 'PUT',
    path: '/api/v1/console/report/details',
    access: 'organizer',
    summary: 'Organizers, partners, area, booths, side events, the next edition',
    body: reportDetailsSchema,
    response: reportDetailsSchema,
    errors: [],
  }),
  saveTimeZone: endpoint({
    method: 'PUT',
    path: '/api/v1/console/report/time-zone',
    access: 'organizer',
    summary: 'The show’s time zone: show days and hours are counted in it',
    body: timeZoneSchema,
    response: z.object({ timeZone: z.string() }),
    errors: [],
  }),
  saveExhibitorProfile: endpoint({
    method: 'PUT',
    path: '/api/v1/console/exhibitors/:id/profile',
    access: 'organizer',
    summary: 'An exhibitor’s home country and product categories (for the report and interest inference)',
    params: idParams,
    body: exhibitorProfileInputSchema,
    response: exhibitorProfileSchema.omit({ name: true }),
    errors: ['exhibitor_not_found'],
  }),
};
