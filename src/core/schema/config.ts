/** Server-owned documents pulled by devices (the `changes` of a pull, by kind). */
import { z } from 'zod';
import { isoDateSchema, uuidSchema } from './common';
import { visitorFormSchema } from '../forms/visitorForm';
import { eventTaxonomiesSchema } from '../taxonomy/schema';
import { categorySchema } from './records';
import { surveyDocSchema } from '../surveys/schema';
import { feedbackCategoriesSchema } from '../feedback/schema';
import { serverLeadSchema } from '../leads/schema';
import { boothProfileSchema, organizerQuestionsDocSchema } from '../leads/profile';

export const eventConfigSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  startsOn: isoDateSchema.nullable(),
  endsOn: isoDateSchema.nullable(),
  venue: z.string(),
});
export type EventConfig = z.infer<typeof eventConfigSchema>;

export const badgeKeySchema = z.object({
  kid: z.string().regex(/^[0-9a-f]{16}$/),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  /** 'event' for the organizer's key; otherwise the desk device that signs walk-in badges offline. */
  owner: z.union([z.literal('event'), uuidSchema]),
  revoked: z.boolean(),
});
export type BadgeKey = z.infer<typeof badgeKeySchema>;

export const badgeRevocationSchema = z.object({ attendeeId: uuidSchema });

/** What a desk knows about a pre-registered visitor. Never sent to booth or kiosk devices. */
export const rosterEntrySchema = z.object({
  id: uuidSchema,
  name: z.string(),
  company: z.string(),
  title: z.string(),
  category: categorySchema,
  mobile: z.string(),
  email: z.string(),
  badgeCode: z.string(),
  /** Full pinyin and initials of the name ("zhangwei", "zw"), computed by the server. */
  pinyin: z.string().default(''),
  initials: z.string().default(''),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** A visitor erased on request: every device forgets the records with these ids (app/data/erasure.ts). */
export const visitorErasureSchema = z.object({ attendeeIds: z.array(uuidSchema).max(1000) });
export type VisitorErasure = z.infer<typeof visitorErasureSchema>;

export const CHANGE_KINDS = {
  event: eventConfigSchema,
  visitor_form: visitorFormSchema,
  taxonomies: eventTaxonomiesSchema,
  badge_key: badgeKeySchema,
  badge_revocation: badgeRevocationSchema,
  attendee: rosterEntrySchema,
  visitor_erasure: visitorErasureSchema,
  survey: surveyDocSchema,
  feedback_categories: feedbackCategoriesSchema,
  /** The organizer's lead qualification questions (booths). */
  lead_questions: organizerQuestionsDocSchema,
  /** The booth's own exhibitor: products and its questions (leads stream, own exhibitor only). */
  booth_profile: boothProfileSchema,
  /** One of the exhibitor's leads as the server holds it (leads stream, own exhibitor only). */
  lead: serverLeadSchema,
} as const;
export type ChangeKind = keyof typeof CHANGE_KINDS;
