/** The console's calls for figures, the visitor database, taxonomies and the report; the session cookie goes along by itself. */
import { z } from 'zod';
import type { VisitorFilter } from '../../core/stats/filters';
import { reportDetailsSchema, reportSchema, type Report, type ReportDetails, type ReportLanguage } from '../../core/stats/report';
import { dashboardSchema, scanPageSchema, visitPageSchema, type Dashboard } from '../../core/stats/schema';
import { eventTaxonomiesSchema, type EventTaxonomies } from '../../core/taxonomy/schema';
import type { CorrectionRequest } from '../../core/visitors/corrections';
import { mergeCandidateSchema, personDetailSchema, personPageSchema, type MergeCandidate, type PersonDetail, type PersonPage } from '../../core/visitors/schema';
import { request } from '../net/http';

const json = (method: string, body?: unknown): RequestInit => ({ method, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
const id = (value: string) => encodeURIComponent(value);

/** Query string of a filter and paging, leaving out what is not set ('' stays: it filters for "unknown"). */
export function filterQuery(filter: VisitorFilter & Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined) params.set(k, String(v));
  return params.toString();
}

const remainingSchema = z.object({ remaining: z.number() });
const taxonomyResponseSchema = z.object({ taxonomies: eventTaxonomiesSchema, customised: z.boolean(), remaining: z.number().optional() });
export const exhibitorProfileSchema = z.object({ id: z.string(), name: z.string(), country: z.string(), productCategories: z.array(z.string()) });
export type ExhibitorProfile = z.infer<typeof exhibitorProfileSchema>;
const reportSettingsSchema = z.object({ timeZone: z.string(), details: reportDetailsSchema, exhibitors: z.array(exhibitorProfileSchema) });
export type ReportSettings = z.infer<typeof reportSettingsSchema>;

export const statsApi = {
  dashboard: (): Promise<Dashboard> => request('/api/v1/console/dashboard', json('GET'), (b) => dashboardSchema.parse(b)),
  persons: (filter: VisitorFilter, after: string | null, limit = 50): Promise<PersonPage> =>
    request(`/api/v1/console/stats/persons?${filterQuery({ ...filter, after: after ?? undefined, limit })}`, json('GET'), (b) => personPageSchema.parse(b)),
  visits: (filter: VisitorFilter, after: string | null, limit = 50) =>
    request(`/api/v1/console/stats/visits?${filterQuery({ ...filter, after: after ?? undefined, limit })}`, json('GET'), (b) => visitPageSchema.parse(b)),
  scans: (hour: string, admitted: boolean, after: string | null, limit = 50) =>
    request(`/api/v1/console/stats/scans?${new URLSearchParams({ hour, admitted: admitted ? 'yes' : 'no', limit: String(limit), ...(after ? { after } : {}) })}`, json('GET'), (b) =>
      scanPageSchema.parse(b),
    ),
  report: (): Promise<Report> => request('/api/v1/console/report', json('GET'), (b) => reportSchema.parse(b)),
  reportXlsxUrl: (lang: ReportLanguage): string => `/api/v1/console/report.xlsx?lang=${lang}`,
  reportSettings: (): Promise<ReportSettings> => request('/api/v1/console/report/settings', json('GET'), (b) => reportSettingsSchema.parse(b)),
  saveReportDetails: (details: ReportDetails): Promise<ReportDetails> => request('/api/v1/console/report/details', json('PUT', details), (b) => reportDetailsSchema.parse(b)),
  saveTimeZone: (timeZone: string) => request('/api/v1/console/report/time-zone', json('PUT', { timeZone }), (b) => z.object({ timeZone: z.string() }).parse(b)),
  saveExhibitorProfile: (exhibitorId: string, profile: { country: string; productCategories: string[] }) =>
    request(`/api/v1/console/exhibitors/${id(exhibitorId)}/profile`, json('PUT', profile), (b) => exhibitorProfileSchema.omit({ name: true }).parse(b)),
};

export const visitorsApi = {
  list: (filter: VisitorFilter, after: string | null, limit = 50): Promise<PersonPage> =>
    request(`/api/v1/console/visitors?${filterQuery({ ...filter, after: after ?? undefined, limit })}`, json('GET'), (b) => personPageSchema.parse(b)),
  get: (recordId: string): Promise<PersonDetail> => request(`/api/v1/console/visitors/${id(recordId)}`, json('GET'), (b) => personDetailSchema.parse(b)),
  correct: (recordId: string, correction: CorrectionRequest): Promise<PersonDetail> =>
    request(`/api/v1/console/visitors/${id(recordId)}/corrections`, json('POST', correction), (b) => personDetailSchema.parse(b)),
  candidates: (): Promise<MergeCandidate[]> =>
    request('/api/v1/console/visitors/candidates', json('GET'), (b) => z.object({ candidates: z.array(mergeCandidateSchema) }).parse(b).candidates),
  merge: (into: string, from: string, signal: 'manual' | 'name_company') =>
    request('/api/v1/console/visitors/merge', json('POST', { into, from, signal }), (b) => z.object({ mergeId: z.string() }).passthrough().parse(b)),
  distinct: (a: string, b: string) => request('/api/v1/console/visitors/distinct', json('POST', { a, b }), (x) => z.object({ ok: z.boolean() }).parse(x)),
  undoMerge: (mergeId: string) => request(`/api/v1/console/merges/${id(mergeId)}/undo`, json('POST', {}), (b) => z.object({ ok: z.boolean() }).parse(b)),
  exportUrl: (filter: VisitorFilter, format: 'csv' | 'xlsx', lang: string): string => `/api/v1/console/visitors/export?${filterQuery({ ...filter, format, lang })}`,
  classificationStatus: () => request('/api/v1/console/classification', json('GET'), (b) => remainingSchema.parse(b)),
  reclassify: () => request('/api/v1/console/classification/reclassify', json('POST', {}), (b) => remainingSchema.parse(b)),
  classifyStep: () => request('/api/v1/console/classification/step', json('POST', {}), (b) => remainingSchema.extend({ classified: z.number() }).parse(b)),
};

export const taxonomyApi = {
  get: () => request('/api/v1/console/taxonomies', json('GET'), (b) => taxonomyResponseSchema.parse(b)),
  save: (taxonomies: EventTaxonomies) => request('/api/v1/console/taxonomies', json('PUT', taxonomies), (b) => taxonomyResponseSchema.parse(b)),
};
