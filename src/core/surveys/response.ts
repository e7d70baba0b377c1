/**
 * A survey response as a kiosk captures it and pushes it (`response.create`). The schema checks
 * the shape of each answer; whether the answers fit the survey version is `validateAnswers`,
 * which both the kiosk (at capture) and the server (against its stored version) run.
 */
import { z } from 'zod';
import { isoDateTimeSchema, textSchema, uuidSchema } from '../schema/common';
import { freeTextSchema } from '../text/freeText';
import { audienceSchema, optionValueSchema, questionIdSchema } from './schema';

export const RESPONSE_LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;
export type ResponseLanguage = (typeof RESPONSE_LANGUAGES)[number];

/** Self-service on the kiosk, or staff recording an opinion on someone's behalf, and through which channel. */
export const RESPONSE_MODES = ['kiosk', 'staff'] as const;
export const STAFF_CHANNELS = ['desk', 'floor', 'phone', 'paper', 'online'] as const;
export const CHANNELS = ['kiosk', ...STAFF_CHANNELS] as const;
export type Channel = (typeof CHANNELS)[number];
export type StaffChannel = (typeof STAFF_CHANNELS)[number];

export const contactAnswerSchema = z.object({
  name: textSchema(200),
  email: z.string().max(254),
  phone: z.string().max(40),
});
export type ContactAnswer = z.infer<typeof contactAnswerSchema>;

export type AnswerValue = number | boolean | string | string[] | ContactAnswer;

const ANSWER_KINDS: Record<string, z.ZodType<AnswerValue>> = {
  number: z.number().int().min(0).max(10),
  boolean: z.boolean(),
  string: freeTextSchema(),
  array: z.array(optionValueSchema).max(30),
  object: contactAnswerSchema,
};

/**
 * One answer, by its JSON type: a score, a choice or text, several choices, contact details or
 * consent. Dispatched on the type first (not a union) so a too-long text is reported as exactly that.
 */
export const answerValueSchema = z.unknown().transform((value, ctx): AnswerValue => {
  const schema = ANSWER_KINDS[Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value];
  if (!schema) {
    ctx.addIssue({ code: 'custom', message: 'invalid_answer' });
    return z.NEVER;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // Passed on whole: the kind of check and its limit (a too-long text's maximum) reach the answer.
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue });
  return z.NEVER;
});

export const responseSchema = z
  .object({
    id: uuidSchema,
    eventId: uuidSchema,
    deviceId: uuidSchema,
    capturedAt: isoDateTimeSchema,
    surveyId: uuidSchema,
    version: z.number().int().min(1),
    mode: z.enum(RESPONSE_MODES),
    channel: z.enum(CHANNELS),
    /** The respondent's group: the survey's audience, or what the badge or staff said. */
    audience: audienceSchema,
    language: z.enum(RESPONSE_LANGUAGES),
    /** Set when the respondent scanned a badge that verified; null for anonymous answers. */
    attendeeId: uuidSchema.nullable(),
    answers: z.record(questionIdSchema, answerValueSchema).refine((a) => Object.keys(a).length <= 50, { message: 'too_many_entries', params: { max: 50 } }),
  })
  .refine((r) => (r.mode === 'kiosk') === (r.channel === 'kiosk'), { message: 'kiosk_channel', path: ['channel'] });
export type SurveyResponse = z.infer<typeof responseSchema>;
