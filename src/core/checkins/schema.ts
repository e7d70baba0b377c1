/** A check-in as a desk captures it and pushes it (`checkin.create`, core/schema/mutations.ts). */
import { z } from 'zod';
import { categorySchema, isoDateTimeSchema, textSchema, uuidSchema } from '../schema/common';

/** `registration`: the check-in made together with a walk-in's registration. */
export const CHECKIN_METHODS = ['scanner', 'camera', 'typed', 'search', 'registration'] as const;
/**
 * Why a check-in needs a second look. A flagged check-in is still recorded: the desk never drops
 * a scan, it shows staff what it saw and lets the figures exclude it.
 */
export const CHECKIN_FLAGS = ['reentry', 'unknown', 'forged', 'revoked', 'other_event'] as const;
export type CheckinFlag = (typeof CHECKIN_FLAGS)[number];

export const checkinSchema = z.object({
  id: uuidSchema,
  eventId: uuidSchema,
  deviceId: uuidSchema,
  capturedAt: isoDateTimeSchema,
  /** The text the scanner produced, kept verbatim (capped) for audit even when it was garbage. */
  code: z.string().max(4096),
  method: z.enum(CHECKIN_METHODS),
  attendeeId: uuidSchema.nullable(),
  category: categorySchema.nullable(),
  name: textSchema(500).nullable(),
  company: textSchema(500).nullable(),
  flags: z.array(z.enum(CHECKIN_FLAGS)).max(CHECKIN_FLAGS.length),
});
export type Checkin = z.infer<typeof checkinSchema>;

/**
 * A check-in made by mistake, undone by staff the same day (issue 18). Its own correcting record:
 * the check-in stays as it was scanned, and every figure leaves it out (stats/rules.ts).
 */
export const checkinUndoSchema = z.object({
  id: uuidSchema,
  eventId: uuidSchema,
  deviceId: uuidSchema,
  capturedAt: isoDateTimeSchema,
  /** The check-in undone: one this desk recorded. */
  checkinId: uuidSchema,
});
export type CheckinUndo = z.infer<typeof checkinUndoSchema>;
