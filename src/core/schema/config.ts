/** Server-owned documents pulled by devices (the `changes` of a pull, by kind). */
import { z } from 'zod';
import { categorySchema, isoDateSchema, uuidSchema } from './common';
import { visitorFormSchema } from '../forms/visitorForm';
import { eventTaxonomiesSchema } from '../taxonomy/schema';
import { VISITOR_CATEGORIES } from '../categories';
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
  /**
   * Whether this is still the edition the organizer works on (`events use`). A device paired to an
   * earlier edition keeps working on it, and learns here that pairing again moves it to the current one.
   */
  current: z.boolean().optional(),
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
  /** The short code printed on the badge for typing (core/badge/shortCode.ts); '' for people imported before there were any. */
  shortCode: z.string().default(''),
  /**
   * The desk's greeting (issue 15): "1" when the visitor took part in the show's previous edition,
   * and how many earlier editions they took part in. Strings on the wire, like every roster field;
   * absent from servers before editions existed. Nothing else of other editions reaches a device.
   */
  returning: z
    .enum(['0', '1'])
    .transform((v) => v === '1')
    .optional(),
  editions: z
    .string()
    .regex(/^\d{1,5}$/)
    .transform(Number)
    .optional(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** A roster entry's field as the wire carries it (the row form and the object form alike). */
export function rosterWireValue(entry: RosterEntry, field: (typeof ROSTER_ROW_FIELDS)[number]): string {
  if (field === 'returning') return entry.returning ? '1' : '0';
  if (field === 'editions') return String(entry.editions ?? 0);
  return entry[field];
}

const UUID = z.regexes.uuid();
const CATEGORIES: ReadonlySet<unknown> = new Set(VISITOR_CATEGORIES);
const ROSTER_TEXT = ['name', 'company', 'title', 'mobile', 'email', 'badgeCode'] as const;

/**
 * rosterEntrySchema's parse, written out by hand for the desk's roster pull: 200,000 entries went
 * through zod in about 3 s of a tablet's main thread (zod cannot compile its checks under our CSP),
 * this takes a few milliseconds per page. A unit test holds the two to the same verdicts; on a
 * refusal, zod explains why.
 */
export function readRosterEntry(data: unknown): RosterEntry | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.id !== 'string' || !UUID.test(d.id) || !CATEGORIES.has(d.category)) return null;
  for (const key of ROSTER_TEXT) if (typeof d[key] !== 'string') return null;
  const pinyin = d.pinyin === undefined ? '' : d.pinyin;
  const initials = d.initials === undefined ? '' : d.initials;
  const shortCode = d.shortCode === undefined ? '' : d.shortCode;
  if (typeof pinyin !== 'string' || typeof initials !== 'string' || typeof shortCode !== 'string') return null;
  if (d.returning !== undefined && d.returning !== '0' && d.returning !== '1') return null;
  if (d.editions !== undefined && (typeof d.editions !== 'string' || !/^\d{1,5}$/.test(d.editions))) return null;
  return {
    id: d.id,
    name: d.name as string,
    company: d.company as string,
    title: d.title as string,
    category: d.category as RosterEntry['category'],
    mobile: d.mobile as string,
    email: d.email as string,
    badgeCode: d.badgeCode as string,
    pinyin,
    initials,
    shortCode,
    ...(d.returning === undefined ? {} : { returning: d.returning === '1' }),
    ...(d.editions === undefined ? {} : { editions: Number(d.editions) }),
  };
}

/**
 * An attendee in the pull's row form (`form=rows`, decisions 34): the entry's fields as an array in
 * this order, in place of the `{kind, key, data}` change. A 200,000-row roster is then about a
 * quarter fewer bytes to send, decode and parse, and two objects fewer per attendee.
 */
export const ROSTER_ROW_FIELDS = ['id', 'name', 'company', 'title', 'category', 'mobile', 'email', 'badgeCode', 'pinyin', 'initials', 'shortCode', 'returning', 'editions'] as const satisfies ReadonlyArray<
  keyof RosterEntry
>;
/**
 * The fields of the first row form (`form=rows`), which desks of an older version still ask for
 * while an update waits for staff: they check a row's length, so its fields never change; newer
 * desks ask for `form=rows2`, ROSTER_ROW_FIELDS (these ten, the short code, the returning mark and
 * the number of earlier editions).
 */
export const ROSTER_ROW_FIELDS_V1 = ROSTER_ROW_FIELDS.slice(0, 10) as ReadonlyArray<(typeof ROSTER_ROW_FIELDS)[number]>;

/** readRosterEntry for the row form: true when `row` is an attendee the schema accepts (every field present). */
export function isRosterRow(row: unknown): row is string[] {
  if (!Array.isArray(row) || row.length !== ROSTER_ROW_FIELDS.length) return false;
  for (const field of row) if (typeof field !== 'string') return false;
  return UUID.test(row[0] as string) && CATEGORIES.has(row[4]) && (row[11] === '0' || row[11] === '1') && /^\d{1,5}$/.test(row[12] as string);
}

/** A row-form attendee as the change it stands for: how a refused one reaches zod, which words the warning. */
export function rosterRowChange(row: readonly unknown[]): { kind: 'attendee'; key: string; data: Record<string, unknown> } {
  return {
    kind: 'attendee',
    key: typeof row[0] === 'string' ? row[0] : '',
    data: Object.fromEntries(ROSTER_ROW_FIELDS.map((field, i) => [field, row[i]])),
  };
}

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
