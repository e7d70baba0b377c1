import { z } from 'zod';
import { VISITOR_CATEGORIES } from '../categories';

export const uuidSchema = z.uuid();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();
export const categorySchema = z.enum(VISITOR_CATEGORIES);

// Line breaks and tabs become spaces in one-line text; every other C0 control and DEL is dropped
// (NUL cannot be stored by PostgreSQL; the others only confuse screens and exports).
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\t\n\r\u000B\u000C]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// One schema per length: zod schemas never change once built (every method returns a new one), and
// building the dozens of text fields anew at import was a noticeable part of a tablet's start.
const textSchemas = new Map<number, ReturnType<typeof buildTextSchema>>();

/**
 * One-line free text from people and scanners (names, companies, labels): Unicode-normalised
 * (NFC) so the same name typed on two tablets compares equal, control characters removed,
 * trimmed, and capped so one bad input cannot bloat the database. Text with a broken character
 * (half of a UTF-16 pair) is refused: it would be stored as a replacement mark, not as typed.
 */
export function textSchema(max: number) {
  let schema = textSchemas.get(max);
  if (!schema) textSchemas.set(max, (schema = buildTextSchema(max)));
  return schema;
}

function buildTextSchema(max: number) {
  return z
    .string()
    .max(max * 4)
    .refine((s) => !LONE_SURROGATE.test(s), 'broken_character')
    .transform((s) => s.normalize('NFC').replace(LINE_BREAKS, ' ').replace(CONTROLS, '').trim())
    .pipe(z.string().max(max));
}

export const ROLES = ['desk', 'booth', 'kiosk'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
