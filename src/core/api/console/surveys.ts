/** Surveys (versions, publishing to kiosks, results, exports) and cases (complaints, suggestions…) with their steps. */
import { z } from 'zod';
import { feedbackDetailSchema, feedbackListSchema, feedbackSettingsSchema } from '../../feedback/console';
import { stepInputSchema } from '../../feedback/workflow';
import { saveSurveyResponseSchema, SURVEY_EXPORT_FORMATS, surveyDetailSchema, surveySummarySchema } from '../../surveys/console';
import { RESPONSE_LANGUAGES } from '../../surveys/response';
import { isTimeZone, surveyResultsSchema } from '../../surveys/results';
import { surveyContentSchema } from '../../surveys/schema';
import { IMAGE_TYPES, idParams, TABLE_FORMATS, TABLE_TYPES } from '../common';
import { endpoint, fileResponse } from '../define';

/** Results are split into show days in this time zone (the console's own). */
const tzSchema = z.string().max(64).refine(isTimeZone, 'time_zone').default('UTC');
/** A version number, or `all`. */
const versionSchema = z
  .union([z.literal('all'), z.coerce.number().int().min(1).max(1_000_000)])
  .default('all')
  .transform((v) => (v === 'all' ? null : v));
export const surveyResultsQuerySchema = z.object({ version: versionSchema, tz: tzSchema });
export const surveyExportQuerySchema = surveyResultsQuerySchema.extend({ format: z.enum(SURVEY_EXPORT_FORMATS).default('csv'), lang: z.enum(RESPONSE_LANGUAGES).default('zh-CN') });

export const surveysApi = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/console/surveys',
    access: 'organizer',
    summary: 'Every survey with its current version and response count',
    response: z.object({ surveys: z.array(surveySummarySchema) }),
    errors: [],
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/console/surveys',
    access: 'organizer',
    summary: 'A new survey (version 1, not yet shown on kiosks)',
    body: surveyContentSchema,
    response: surveyDetailSchema,
    errors: [],
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/console/surveys/:id',
    access: 'organizer',
    summary: 'One survey: its current content and every version',
    params: idParams,
    response: surveyDetailSchema,
    errors: ['survey_not_found'],
  }),
  save: endpoint({
    method: 'PUT',
    path: '/api/v1/console/surveys/:id',
    access: 'organizer',
    summary: 'Save a survey: a changed survey becomes a new version, answers stay with the version they answered',
    params: idParams,
    body: surveyContentSchema,
    response: saveSurveyResponseSchema,
    errors: ['survey_not_found'],
  }),
  setActive: endpoint({
    method: 'POST',
    path: '/api/v1/console/surveys/:id/active',
    access: 'organizer',
    summary: 'Show a survey on the kiosks, or take it off',
    params: idParams,
    body: z.object({ active: z.boolean() }),
    response: surveyDetailSchema,
    errors: ['survey_not_found'],
  }),
  results: endpoint({
    method: 'GET',
    path: '/api/v1/console/surveys/:id/results',
    access: 'organizer',
    summary: 'Results of one version or all: NPS, CSAT, answers per question, by day and channel',
    params: idParams,
    query: surveyResultsQuerySchema,
    response: surveyResultsSchema,
    errors: ['survey_not_found', 'survey_version_not_found'],
  }),
  export: endpoint({
    method: 'GET',
    path: '/api/v1/console/surveys/:id/export',
    access: 'organizer',
    summary: 'The responses as CSV or XLSX, one column per question',
    params: idParams,
    query: surveyExportQuerySchema,
    response: fileResponse(...Object.values(TABLE_TYPES)),
    errors: ['survey_not_found', 'survey_version_not_found'],
  }),
};

export const feedbackApi = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/console/feedback',
    access: 'organizer',
    summary: 'Every case with its state and service-level figures',
    response: feedbackListSchema,
    errors: [],
  }),
  settings: endpoint({
    method: 'GET',
    path: '/api/v1/console/feedback/settings',
    access: 'organizer',
    summary: 'Case categories and service levels',
    response: feedbackSettingsSchema,
    errors: [],
  }),
  saveSettings: endpoint({
    method: 'PUT',
    path: '/api/v1/console/feedback/settings',
    access: 'organizer',
    summary: 'Set the case categories (kiosks receive them) and service levels',
    body: feedbackSettingsSchema,
    response: feedbackSettingsSchema,
    errors: [],
  }),
  export: endpoint({
    method: 'GET',
    path: '/api/v1/console/feedback/export',
    access: 'organizer',
    summary: 'Every case as CSV or XLSX',
    query: z.object({ format: z.enum(TABLE_FORMATS).default('csv'), lang: z.enum(RESPONSE_LANGUAGES).default('zh-CN') }),
    response: fileResponse(...Object.values(TABLE_TYPES)),
    errors: [],
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/console/feedback/:id',
    access: 'organizer',
    summary: 'One case and its steps',
    params: idParams,
    response: feedbackDetailSchema,
    errors: ['case_not_found'],
  }),
  step: endpoint({
    method: 'POST',
    path: '/api/v1/console/feedback/:id/steps',
    access: 'organizer',
    summary: 'Take a case a step further: assign, answer, resolve, close, reopen, with a note',
    params: idParams,
    body: stepInputSchema,
    response: feedbackDetailSchema,
    errors: ['case_not_found', 'step_refused'],
  }),
  photo: endpoint({
    method: 'GET',
    path: '/api/v1/console/feedback/:id/photo',
    access: 'organizer',
    summary: 'The photo of a case, as the image it was checked to be',
    params: idParams,
    response: fileResponse(...IMAGE_TYPES),
    errors: ['photo_not_found'],
  }),
};
