/**
 * The classification result and staff corrections as they travel inside a record (a desk's
 * walk-in carries both): validated like every other field, so a device cannot store or send a
 * value that is not a plain code with its status, rule and evidence.
 */
import { z } from 'zod';
import { CLASSIFICATION_STATUSES } from './types';

const code = z.string().max(64);
const codes = z.array(code).max(100);
const evidence = z.array(z.string().max(1000)).max(30);

function classified<T extends z.ZodType>(value: T) {
  return z.object({ value: value.nullable(), status: z.enum(CLASSIFICATION_STATUSES), rule: z.string().max(64).optional(), evidence: evidence.optional() });
}

/** classifyVisitor's result (src/core/classify/visitor.ts). */
export const visitorClassificationSchema = z.object({
  region: z.object({ country: classified(code), province: classified(code), city: classified(code) }),
  companySize: classified(code),
  industry: classified(code),
  interests: z.array(classified(code)).max(100),
});

/**
 * Corrections by staff (applyCorrection makes them declared, rule "corrected"). The server
 * stores them in that form whatever a device sent (acceptDeviceCorrections), so the schema only
 * checks the shape.
 */
const correction = classified;

export const visitorCorrectionsSchema = z.object({
  country: correction(code).optional(),
  province: correction(code).optional(),
  city: correction(code).optional(),
  industry: correction(code).optional(),
  companySize: correction(code).optional(),
  interests: correction(codes).optional(),
});
