import { z } from 'zod';

export const uuidSchema = z.uuid();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();

/**
 * Free text from people and scanners: Unicode-normalised (NFC) so the same name typed on two
 * tablets compares equal, trimmed, and capped so one bad input cannot bloat the database.
 */
export function textSchema(max: number) {
  return z
    .string()
    .max(max * 4)
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max));
}

export const ROLES = ['desk', 'booth', 'kiosk'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
