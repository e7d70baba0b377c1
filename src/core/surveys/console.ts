/** Shapes of the console's survey API, shared by the server routes and the console screens. */
import { z } from 'zod';
import { localizedTextSchema } from '../schema/localized';
import { audienceSchema, surveyContentSchema } from './schema';

export const surveySummarySchema = z.object({
  id: z.string(),
  active: z.boolean(),
  currentVersion: z.number(),
  title: localizedTextSchema,
  audience: audienceSchema,
  responses: z.number(),
  updatedAt: z.string(),
});
export type SurveySummary = z.infer<typeof surveySummarySchema>;

export const surveyVersionInfoSchema = z.object({ version: z.number(), publishedAt: z.string(), publishedBy: z.string(), responses: z.number() });
export type SurveyVersionInfo = z.infer<typeof surveyVersionInfoSchema>;

export const surveyDetailSchema = z.object({
  id: z.string(),
  active: z.boolean(),
  currentVersion: z.number(),
  content: surveyContentSchema,
  versions: z.array(surveyVersionInfoSchema),
});
export type SurveyDetail = z.infer<typeof surveyDetailSchema>;

export const saveSurveyResponseSchema = z.object({ survey: surveyDetailSchema, changed: z.boolean() });

export const SURVEY_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
