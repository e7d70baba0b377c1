/** The console's calls for surveys and cases (complaints, suggestions…); the session cookie goes along by itself. */
import { z } from 'zod';
import { feedbackDetailSchema, feedbackListSchema, feedbackSettingsSchema, type FeedbackDetail, type FeedbackList, type FeedbackSettings } from '../../core/feedback/console';
import type { StepInput } from '../../core/feedback/workflow';
import { saveSurveyResponseSchema, surveyDetailSchema, surveySummarySchema, type SurveyDetail, type SurveySummary } from '../../core/surveys/console';
import { surveyResultsSchema, type SurveyResults } from '../../core/surveys/results';
import type { SurveyContent } from '../../core/surveys/schema';
import { request } from '../net/http';

const json = (method: string, body?: unknown): RequestInit => ({ method, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
const id = (value: string) => encodeURIComponent(value);

export type VersionChoice = number | 'all';

/** The console's own time zone: results are split by the show's days as the organizer sees them. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export const surveysApi = {
  list: (): Promise<SurveySummary[]> => request('/api/v1/console/surveys', json('GET'), (b) => z.object({ surveys: z.array(surveySummarySchema) }).parse(b).surveys),
  get: (surveyId: string): Promise<SurveyDetail> => request(`/api/v1/console/surveys/${id(surveyId)}`, json('GET'), (b) => surveyDetailSchema.parse(b)),
  create: (content: SurveyContent): Promise<SurveyDetail> => request('/api/v1/console/surveys', json('POST', content), (b) => surveyDetailSchema.parse(b)),
  save: (surveyId: string, content: SurveyContent): Promise<{ survey: SurveyDetail; changed: boolean }> =>
    request(`/api/v1/console/surveys/${id(surveyId)}`, json('PUT', content), (b) => saveSurveyResponseSchema.parse(b)),
  setActive: (surveyId: string, active: boolean): Promise<SurveyDetail> => request(`/api/v1/console/surveys/${id(surveyId)}/active`, json('POST', { active }), (b) => surveyDetailSchema.parse(b)),
  results: (surveyId: string, version: VersionChoice): Promise<SurveyResults> =>
    request(`/api/v1/console/surveys/${id(surveyId)}/results?${new URLSearchParams({ version: String(version), tz: localTimeZone() })}`, json('GET'), (b) => surveyResultsSchema.parse(b)),
  exportUrl: (surveyId: string, version: VersionChoice, format: 'csv' | 'xlsx', lang: string): string =>
    `/api/v1/console/surveys/${id(surveyId)}/export?${new URLSearchParams({ version: String(version), format, lang, tz: localTimeZone() })}`,
};

export const feedbackApi = {
  list: (): Promise<FeedbackList> => request('/api/v1/console/feedback', json('GET'), (b) => feedbackListSchema.parse(b)),
  get: (caseId: string): Promise<FeedbackDetail> => request(`/api/v1/console/feedback/${id(caseId)}`, json('GET'), (b) => feedbackDetailSchema.parse(b)),
  step: (caseId: string, input: StepInput): Promise<FeedbackDetail> => request(`/api/v1/console/feedback/${id(caseId)}/steps`, json('POST', input), (b) => feedbackDetailSchema.parse(b)),
  settings: (): Promise<FeedbackSettings> => request('/api/v1/console/feedback/settings', json('GET'), (b) => feedbackSettingsSchema.parse(b)),
  saveSettings: (settings: FeedbackSettings): Promise<FeedbackSettings> => request('/api/v1/console/feedback/settings', json('PUT', settings), (b) => feedbackSettingsSchema.parse(b)),
  photoUrl: (caseId: string): string => `/api/v1/console/feedback/${id(caseId)}/photo`,
  exportUrl: (format: 'csv' | 'xlsx', lang: string): string => `/api/v1/console/feedback/export?${new URLSearchParams({ format, lang })}`,
};
