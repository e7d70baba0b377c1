/**
 * A lead: a visitor an exhibitor's staff met at the booth, from a scanned badge or a business
 * card, with how the staff rated and qualified them. Captured offline on a booth device, pushed as
 * `lead.capture` / `lead.update` / `lead.delete` / `lead.restore`, each carrying the whole lead.
 *
 * Every part staff can edit carries its own edit time in `stamps`, so two snapshots of the same
 * lead merge field group by field group, whatever order they arrive in (merge.ts).
 */
import { z } from 'zod';
import { cardFieldsSchema } from '../cards/fields';
import { isoDateSchema, isoDateTimeSchema, textSchema, uuidSchema } from '../schema/common';

export const LEAD_RATINGS = ['hot', 'warm', 'cold'] as const;
export type LeadRating = (typeof LEAD_RATINGS)[number];

export const FOLLOW_UP_ACTIONS = ['send_catalogue', 'call_back', 'quotation', 'meeting'] as const;
export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number];

/** `badge`: a signed badge was scanned; `card`: a business card (photo, QR vCard/MECARD) was read. */
export const LEAD_SOURCES = ['badge', 'card'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** The parts of a lead that are edited (and merged) as a whole. */
export const LEAD_PARTS = ['contact', 'rating', 'answers', 'interests', 'notes', 'followUp', 'deleted'] as const;
export type LeadPart = (typeof LEAD_PARTS)[number];

export const LEAD_NOTES_MAX = 4000;
export const LEAD_CARD_TEXT_MAX = 8000;

const idText = z.string().min(1).max(60);

/** A question's answer: an option id (single), option ids (multiple), or free text. */
export const leadAnswerSchema = z.union([textSchema(1000), z.array(idText).max(50)]);
export type LeadAnswer = z.infer<typeof leadAnswerSchema>;

export const followUpSchema = z.object({
  action: z.enum(FOLLOW_UP_ACTIONS),
  /** Local calendar date the follow-up is due, or null when staff gave none. */
  due: isoDateSchema.nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const leadStampsSchema = z.object(Object.fromEntries(LEAD_PARTS.map((p) => [p, isoDateTimeSchema])) as Record<LeadPart, typeof isoDateTimeSchema>);
export type LeadStamps = z.infer<typeof leadStampsSchema>;

export const leadSchema = z.object({
  id: uuidSchema,
  eventId: uuidSchema,
  /** The device that captured it (its staff member is `staff`). */
  deviceId: uuidSchema,
  exhibitorId: uuidSchema,
  capturedAt: isoDateTimeSchema,
  source: z.enum(LEAD_SOURCES),
  /** The scanned badge text (signed badge), verified again by the server; null for card leads. */
  badgeCode: z.string().min(1).max(1000).nullable(),
  /** The visitor the badge names; null for leads from a card alone. */
  attendeeId: uuidSchema.nullable(),
  /** Name and company from the badge, or every field read from the card and confirmed by staff. */
  contact: cardFieldsSchema,
  rating: z.enum(LEAD_RATINGS).nullable(),
  /** Answers by question id (organizer's and exhibitor's qualification questions). */
  answers: z.record(idText, leadAnswerSchema).refine((a) => Object.keys(a).length <= 100, { message: 'too_many_entries', params: { max: 100 } }),
  /** Product ids from the exhibitor's product list. */
  interests: z.array(idText).max(100),
  notes: textSchema(LEAD_NOTES_MAX),
  followUp: followUpSchema.nullable(),
  /** The staff member who took the lead: the capturing device's name. */
  staff: textSchema(120),
  /** A card photo goes with this lead (uploaded on its own, like case photos). */
  hasPhoto: z.boolean(),
  /** What card reading found on the photo, kept for search and re-reading. */
  cardText: z.string().max(LEAD_CARD_TEXT_MAX),
  /** The photo was kept without being read (card reading was not prepared): read it later. */
  cardUnread: z.boolean(),
  /** Set while the lead is deleted (staff can undo). */
  deletedAt: isoDateTimeSchema.nullable(),
  /** When each part was last edited (device clock). */
  stamps: leadStampsSchema,
  updatedAt: isoDateTimeSchema,
});
export type Lead = z.infer<typeof leadSchema>;

/** What the server adds to a lead it sends back to the exhibitor's devices. */
export const leadSharedContactSchema = z.object({
  /** Contact details from registration, only when the visitor agreed to share them with exhibitors. */
  email: z.string(),
  mobile: z.string(),
});
export type LeadSharedContact = z.infer<typeof leadSharedContactSchema>;

/** A lead as the server holds it for the exhibitor's team (the `lead` change of the leads stream). */
export const serverLeadSchema = leadSchema.extend({
  shared: leadSharedContactSchema.nullable(),
  /** Ids other devices gave the same lead (the same visitor scanned twice offline): merged into this one. */
  aliases: z.array(uuidSchema),
  photoReceived: z.boolean(),
});
export type ServerLead = z.infer<typeof serverLeadSchema>;
