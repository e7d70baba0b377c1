/**
 * What a booth device needs to qualify leads, pulled with its config: the organizer's
 * qualification questions (every exhibitor) and its own exhibitor's products and questions.
 */
import { z } from 'zod';
import { textSchema } from '../schema/common';

export const QUESTION_TYPES = ['single', 'multiple', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const idSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[A-Za-z0-9_.-]+$/, 'id_format');

export const leadOptionSchema = z.object({ id: idSchema, label: textSchema(200).pipe(z.string().min(1)) });

export const leadQuestionSchema = z
  .object({
    id: idSchema,
    label: textSchema(300).pipe(z.string().min(1)),
    type: z.enum(QUESTION_TYPES),
    options: z.array(leadOptionSchema).max(50).default([]),
  })
  .refine((q) => q.type === 'text' || q.options.length >= 2, 'choice_needs_two_options')
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, 'duplicate_id');
export type LeadQuestion = z.infer<typeof leadQuestionSchema>;

export const leadQuestionsSchema = z.array(leadQuestionSchema).max(50);

/** The organizer's questions, asked at every booth (event doc `lead_questions`). */
export const organizerQuestionsDocSchema = z.object({ questions: leadQuestionsSchema });
export type OrganizerQuestionsDoc = z.infer<typeof organizerQuestionsDocSchema>;

export const productSchema = z.object({ id: idSchema, name: textSchema(200).pipe(z.string().min(1)) });
export type Product = z.infer<typeof productSchema>;

/** One exhibitor's own products and questions (the `booth_profile` change, only to its own devices). */
export const boothProfileSchema = z.object({
  exhibitorId: z.uuid(),
  name: z.string(),
  products: z.array(productSchema).max(200),
  questions: leadQuestionsSchema,
});
export type BoothProfile = z.infer<typeof boothProfileSchema>;

/** What an organizer or exhibitor saves: products and questions (ids unique, checked here). */
export const boothProfileInputSchema = z
  .object({ products: z.array(productSchema).max(200), questions: leadQuestionsSchema })
  .refine((p) => new Set(p.products.map((x) => x.id)).size === p.products.length, 'duplicate_id')
  .refine((p) => new Set(p.questions.map((x) => x.id)).size === p.questions.length, 'duplicate_id');
export type BoothProfileInput = z.infer<typeof boothProfileInputSchema>;

/** Organizer questions first, then the exhibitor's; an exhibitor question reusing an organizer id is dropped. */
export function questionsForBooth(organizer: readonly LeadQuestion[], exhibitor: readonly LeadQuestion[]): LeadQuestion[] {
  const ids = new Set(organizer.map((q) => q.id));
  return [...organizer, ...exhibitor.filter((q) => !ids.has(q.id))];
}
