import { z } from 'zod';
import { roleSchema, textSchema, uuidSchema } from './common';

/** Pairing codes are 6 digits so they can be read aloud and typed on a tablet's number pad. */
export const PAIRING_CODE_RE = /^\d{6}$/;

export const pairRequestSchema = z.object({
  code: z
    .string()
    .max(40)
    .transform((s) => s.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(PAIRING_CODE_RE, 'pairing_code_format')),
  deviceName: textSchema(60).pipe(z.string().min(1)),
  /** The token this device held before, when it pairs again: links the new identity to the old one. */
  previousToken: z.string().max(200).optional(),
  /** A desk's own Ed25519 public key (hex): it signs walk-in badges offline; the secret never leaves the device. */
  badgePublicKey: z.string().regex(/^[0-9a-f]{64}$/, 'invalid_format').optional(),
});
export type PairRequest = z.infer<typeof pairRequestSchema>;

export const pairResponseSchema = z.object({
  deviceId: uuidSchema,
  token: z.string().min(20),
  role: roleSchema,
  eventId: uuidSchema,
  exhibitorId: uuidSchema.nullable(),
  deviceName: z.string(),
});
export type PairResponse = z.infer<typeof pairResponseSchema>;
