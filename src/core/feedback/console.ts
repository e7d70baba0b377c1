/** Shapes of the console's feedback API, shared by the server routes and the console screens. */
import { z } from 'zod';
import { audienceSchema } from '../surveys/schema';
import { CHANNELS, RESPONSE_LANGUAGES } from '../surveys/response';
import { FEEDBACK_TYPES, SEVERITIES, feedbackCategoriesSchema } from './schema';
import { slaSchema } from './sla';
import { FEEDBACK_STATUSES } from './workflow';

export const feedbackStepSchema = z.object({
  status: z.enum(FEEDBACK_STATUSES),
  at: z.string(),
  actor: z.string(),
  assignee: z.string(),
  note: z.string(),
});
export type FeedbackStep = z.infer<typeof feedbackStepSchema>;

export const feedbackItemSchema = z.object({
  id: z.string(),
  type: z.enum(FEEDBACK_TYPES),
  category: z.string(),
  severity: z.enum(SEVERITIES),
  description: z.string(),
  channel: z.enum(CHANNELS),
  audience: audienceSchema,
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  preferredLanguage: z.enum(RESPONSE_LANGUAGES),
  attendeeId: z.string().nullable(),
  deviceName: z.string(),
  hasPhoto: z.boolean(),
  photoReceived: z.boolean(),
  status: z.enum(FEEDBACK_STATUSES),
  assignee: z.string(),
  reportedAt: z.string(),
  assignedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  respondBy: z.string(),
  resolveBy: z.string(),
  overdue: z.array(z.enum(['respond', 'resolve'])),
});
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;

export const feedbackFiguresSchema = z.object({
  total: z.number(),
  open: z.number(),
  overdue: z.number(),
  answered: z.number(),
  medianMinutesToAnswer: z.number().nullable(),
});

export const feedbackListSchema = z.object({ items: z.array(feedbackItemSchema), figures: feedbackFiguresSchema });
export type FeedbackList = z.infer<typeof feedbackListSchema>;

export const feedbackDetailSchema = z.object({ item: feedbackItemSchema, steps: z.array(feedbackStepSchema) });
export type FeedbackDetail = z.infer<typeof feedbackDetailSchema>;

export const feedbackSettingsSchema = z.object({ categories: feedbackCategoriesSchema.shape.categories, sla: slaSchema });
export type FeedbackSettings = z.infer<typeof feedbackSettingsSchema>;
