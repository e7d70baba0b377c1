/**
 * Complaints, suggestions, praise and enquiries recorded at the information desk (on a kiosk
 * device unlocked by staff) and pushed as `feedback.create`. What happens to them afterwards (the
 * follow-up workflow) is the organizer's, in the console: see workflow.ts.
 */
import { z } from 'zod';
import { isoDateTimeSchema, textSchema, uuidSchema } from '../schema/common';
import type { LocalizedText } from '../schema/localized';
import { completeTextSchema, optionValueSchema, audienceSchema } from '../surveys/schema';
import { RESPONSE_LANGUAGES, STAFF_CHANNELS } from '../surveys/response';
import { freeTextSchema } from '../text/freeText';
import { isEmail, normaliseEmail } from '../text/normalise';

export const FEEDBACK_TYPES = ['complaint', 'suggestion', 'praise', 'enquiry'] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];
export const SEVERITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const feedbackCategorySchema = z.object({ value: optionValueSchema, label: completeTextSchema });
export type FeedbackCategory = z.infer<typeof feedbackCategorySchema>;

/** The organizer's category list (kind 'feedback_categories' in the kiosks' config). */
export const feedbackCategoriesSchema = z.object({
  categories: z
    .array(feedbackCategorySchema)
    .min(1, 'keep_one_category')
    .max(50)
    .refine((list) => new Set(list.map((c) => c.value)).size === list.length, { message: 'duplicate_value' }),
});
export type FeedbackCategories = z.infer<typeof feedbackCategoriesSchema>;

const c = (value: string, zhCN: string, zhTW: string, en: string): FeedbackCategory => ({ value, label: { 'zh-CN': zhCN, 'zh-TW': zhTW, en } satisfies LocalizedText });

export const DEFAULT_FEEDBACK_CATEGORIES: FeedbackCategories = {
  categories: [
    c('registration', '登记注册', '登記註冊', 'Registration'),
    c('badges', '证件', '證件', 'Badges'),
    c('transport_parking', '交通与停车', '交通與停車', 'Transport and parking'),
    c('catering', '餐饮', '餐飲', 'Catering'),
    c('booth_services', '展位服务', '展位服務', 'Booth services'),
    c('safety', '安全', '安全', 'Safety'),
    c('cleanliness', '清洁卫生', '清潔衛生', 'Cleanliness'),
    c('other', '其他', '其他', 'Other'),
  ],
};

export const FEEDBACK_DESCRIPTION_MAX = 5000;

export const feedbackSchema = z
  .object({
    id: uuidSchema,
    eventId: uuidSchema,
    deviceId: uuidSchema,
    capturedAt: isoDateTimeSchema,
    type: z.enum(FEEDBACK_TYPES),
    /** A value of the category list when it was recorded (the list may change later; the value is kept). */
    category: optionValueSchema,
    severity: z.enum(SEVERITIES),
    description: freeTextSchema(FEEDBACK_DESCRIPTION_MAX).pipe(z.string().min(1)),
    channel: z.enum(STAFF_CHANNELS),
    audience: audienceSchema,
    contactName: textSchema(200),
    contactEmail: z
      .string()
      .max(254)
      .transform(normaliseEmail)
      .refine((e) => e === '' || isEmail(e), 'email_format'),
    contactPhone: z
      .string()
      .max(40)
      .transform((p) => p.trim())
      .refine((p) => p === '' || /^\+?[0-9 ()\-.]{5,40}$/.test(p), 'phone_format'),
    /** The language to answer in. */
    preferredLanguage: z.enum(RESPONSE_LANGUAGES),
    /** The person agreed to be contacted about this; required when contact details are given. */
    consentContact: z.boolean(),
    attendeeId: uuidSchema.nullable(),
    /** A photo was taken; it is uploaded on its own (see the photo route), not inside the mutation. */
    hasPhoto: z.boolean(),
  })
  .refine((f) => f.consentContact || !(f.contactName || f.contactEmail || f.contactPhone), {
    message: 'contact_needs_consent',
    path: ['consentContact'],
  });
export type Feedback = z.infer<typeof feedbackSchema>;

/** Largest photo accepted, after the device has scaled it down. */
export const FEEDBACK_PHOTO_MAX_BYTES = 1_500_000;
export const FEEDBACK_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
