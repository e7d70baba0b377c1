/** A visitor registered at a desk (walk-in): captured offline, pushed as `visitor.create`. */
import { z } from 'zod';
import { visitorClassificationSchema, visitorCorrectionsSchema } from '../classify/schema';
import { categorySchema, isoDateTimeSchema, textSchema, uuidSchema } from '../schema/common';

const code = z.string().max(60);

export const visitorSchema = z.object({
  id: uuidSchema,
  eventId: uuidSchema,
  deviceId: uuidSchema,
  capturedAt: isoDateTimeSchema,
  category: categorySchema,
  name: textSchema(200).pipe(z.string().min(1)),
  company: textSchema(300),
  title: textSchema(200),
  jobFunction: code,
  /**
   * E.164 when the number validates (libphonenumber), otherwise as staff typed it after they were
   * warned: a number is never a reason to refuse a person (isVerifiedPhone tells the two apart).
   * '' when not given.
   */
  mobile: textSchema(60),
  email: z.string().max(254),
  /** ISO 3166-1 alpha-2, '' when not given. */
  country: z.string().regex(/^([A-Z]{2})?$/),
  /** GB/T 2260 codes for China, '' otherwise. */
  province: code,
  city: code,
  industry: code,
  companySize: code,
  interests: z.array(code).max(100),
  visitPurpose: code,
  purchaseRole: code,
  heardVia: code,
  consentData: z.boolean(),
  consentShare: z.boolean(),
  /** Signed at the desk with the device's own badge key, so it verifies everywhere once config has synced. */
  badgeCode: z.string().min(1).max(1000),
  /** The short code printed on the badge for typing, drawn by the desk (core/badge/shortCode.ts). */
  shortCode: z
    .string()
    .regex(/^[0-9A-HJKMNP-TV-Z]{9}$/)
    .optional(),
  /** How the form was filled: typed by staff or from a business card. */
  source: z.enum(['form', 'card']),
  /**
   * The desk's classification at capture (classifyVisitor on the fields above), kept with the
   * record and shown to staff. The server classifies the record again on receipt and keeps its own.
   */
  classification: visitorClassificationSchema.optional(),
  /** Values staff corrected at the desk: declared from then on, on the server too. */
  corrections: visitorCorrectionsSchema.optional(),
});
export type Visitor = z.infer<typeof visitorSchema>;
