/**
 * Feedback surveys the organizer builds in the console. A survey's content is versioned: every
 * saved change is a new, immutable version, and each response names the version it was given
 * under, so a kiosk that was offline while the survey changed still sends answers that fit.
 */
import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from '../schema/common';
import { localizedTextSchema, type LocalizedText } from '../schema/localized';

/** Who a survey is for (the show's customer groups). */
export const AUDIENCES = ['exhibitor', 'trade_visitor', 'public_visitor', 'partner', 'media', 'general_public'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const audienceSchema = z.enum(AUDIENCES);

export const QUESTION_TYPES = ['nps', 'csat', 'rating', 'single', 'multiple', 'text', 'contact', 'consent'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const CSAT_STYLES = ['faces', 'stars'] as const;
export const RATING_MAX = { min: 3, max: 10 } as const;

/** Stable across versions: answers are keyed by it. */
export const questionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'id_format');
export const optionValueSchema = z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, 'id_format');

const hasAllLanguages = (t: LocalizedText) => !!(t['zh-CN'].trim() && t['zh-TW'].trim() && t.en.trim());
/** Texts respondents read: required in every UI language, so no kiosk shows an empty prompt. */
export const completeTextSchema = localizedTextSchema.refine(hasAllLanguages, { message: 'needs_all_languages' });

export const surveyOptionSchema = z.object({ value: optionValueSchema, label: completeTextSchema });
export type SurveyOption = z.infer<typeof surveyOptionSchema>;

const base = {
  id: questionIdSchema,
  text: completeTextSchema,
  required: z.boolean(),
};
const options = z
  .array(surveyOptionSchema)
  .min(2, 'choice_needs_two_options')
  .max(30)
  .refine((list) => new Set(list.map((o) => o.value)).size === list.length, { message: 'duplicate_value' });

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('nps') }),
  z.object({ ...base, type: z.literal('csat'), style: z.enum(CSAT_STYLES) }),
  z.object({ ...base, type: z.literal('rating'), max: z.number().int().min(RATING_MAX.min).max(RATING_MAX.max) }),
  z.object({ ...base, type: z.literal('single'), options }),
  z.object({ ...base, type: z.literal('multiple'), options }),
  z.object({ ...base, type: z.literal('text') }),
  z.object({ ...base, type: z.literal('contact') }),
  z.object({ ...base, type: z.literal('consent') }),
]);
export type Question = z.infer<typeof questionSchema>;

const contentShape = {
  title: completeTextSchema,
  /** Shown before the first question; may be empty. */
  intro: localizedTextSchema,
  /** Shown after submitting; empty means the kiosk's standard thank-you. */
  thanks: localizedTextSchema,
  audience: audienceSchema,
  questions: z.array(questionSchema).min(1, 'survey_needs_question').max(50),
};

function checkContent(content: { questions: readonly Question[] }, ctx: z.RefinementCtx): void {
  const ids = content.questions.map((q) => q.id);
  if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'duplicate_id' });
  const types = new Set(content.questions.map((q) => q.type));
  // Contact details are personal data: they are only collected together with consent.
  if (types.has('contact') && !types.has('consent')) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'contact_needs_consent_question' });
}

/**
 * The optional texts (introduction, thank-you) are none or all three languages: a kiosk must not
 * thank a visitor in a language they did not choose. Checked where a survey is saved, not where a
 * stored version is read (versions saved before this rule stay readable).
 */
function checkOptionalTexts(content: { intro: LocalizedText; thanks: LocalizedText }, ctx: z.RefinementCtx): void {
  for (const key of ['intro', 'thanks'] as const) {
    const filled = Object.values(content[key]).filter((text) => text.trim() !== '').length;
    if (filled > 0 && !hasAllLanguages(content[key])) ctx.addIssue({ code: 'custom', path: [key], message: 'needs_all_languages' });
  }
}

export const surveyContentSchema = z
  .object(contentShape)
  .superRefine(checkContent)
  .superRefine(checkOptionalTexts);
export type SurveyContent = z.infer<typeof surveyContentSchema>;

/** The current version of an active survey, as kiosks receive it in their config (kind 'survey', key = id). */
export const surveyDocSchema = z
  .object({ ...contentShape, id: uuidSchema, version: z.number().int().min(1), publishedAt: isoDateTimeSchema })
  .superRefine(checkContent);
export type SurveyDoc = z.infer<typeof surveyDocSchema>;

/** Visitor categories on badges → the audience a linked respondent belongs to. */
export const AUDIENCE_BY_CATEGORY = {
  trade: 'trade_visitor',
  vip_buyer: 'trade_visitor',
  public: 'public_visitor',
  press: 'media',
  exhibitor_staff: 'exhibitor',
  organizer_staff: 'general_public',
} as const satisfies Record<string, Audience>;

const t = (zhCN: string, zhTW: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

/** What a new survey starts with in the builder: the two questions nearly every show asks. */
export function starterSurvey(): SurveyContent {
  return {
    title: t('观众满意度调查', '觀眾滿意度調查', 'Visitor satisfaction survey'),
    intro: t('', '', ''),
    thanks: t('', '', ''),
    audience: 'trade_visitor',
    questions: [
      { id: 'recommend', type: 'nps', required: true, text: t('您有多大可能向同事或朋友推荐本届展会？', '您有多大可能向同事或朋友推薦本屆展會？', 'How likely are you to recommend this show to a colleague or friend?') },
      { id: 'satisfaction', type: 'csat', style: 'faces', required: true, text: t('您对本届展会的总体满意度如何？', '您對本屆展會的整體滿意度如何？', 'How satisfied are you with the show overall?') },
    ],
  };
}
