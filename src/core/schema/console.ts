/** Shapes of the organizer console's API, shared by the server routes and the console screens. */
import { z } from 'zod';
import { isCountryCode } from '../taxonomy/countries';
import { isoDateSchema, roleSchema, textSchema, uuidSchema } from './common';

/** Organizer and exhibitor passwords alike. */
export const MIN_PASSWORD_LENGTH = 10;

export const credentialsSchema = z.object({
  username: textSchema(80).pipe(z.string().min(1)),
  password: z.string().min(1).max(200),
});
export type Credentials = z.infer<typeof credentialsSchema>;
/** The first organizer account: a password long enough to resist guessing. */
export const setupSchema = credentialsSchema.extend({ password: z.string().min(MIN_PASSWORD_LENGTH).max(200) });

export const eventInputSchema = z
  .object({
    name: textSchema(200).pipe(z.string().min(1)),
    startsOn: isoDateSchema.nullable(),
    endsOn: isoDateSchema.nullable(),
    venue: textSchema(300),
  })
  .refine((e) => !e.startsOn || !e.endsOn || e.startsOn <= e.endsOn, { message: 'ends_before_start', path: ['endsOn'] });
export type EventInput = z.infer<typeof eventInputSchema>;

export const pairingCodeRequestSchema = z.object({
  role: roleSchema,
  exhibitorId: uuidSchema.nullable().optional(),
  ttlMinutes: z.number().int().min(5).max(7 * 24 * 60).optional(),
});

/** A new exhibitor; its home country (ISO 3166-1 alpha-2, '' when not known yet) is what the report counts exhibitors by. */
export const newExhibitorSchema = z.object({
  name: textSchema(200).pipe(z.string().min(1)),
  country: z
    .string()
    .refine((c) => c === '' || isCountryCode(c), 'country_code')
    .optional(),
});

export const loggedInSchema = z.object({ username: z.string() });

export const consoleStateSchema = z.object({
  setupRequired: z.boolean(),
  account: z.object({ username: z.string() }).nullable(),
});
export type ConsoleState = z.infer<typeof consoleStateSchema>;

export const deviceSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  exhibitorId: z.string().nullable(),
  exhibitorName: z.string().nullable(),
  pairedAt: z.string(),
  lastSeenAt: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  /** Records waiting on the device, as it reported at its last sync. */
  unsynced: z.number().nullable(),
  /** When the device reported that figure (after its last acknowledged batch): how old it is. */
  unsyncedReportedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** The device's clock error at its last push (server minus device, ms): staff are told to set the clock right. */
  clockSkewMs: z.number().nullable(),
});
export type DeviceSummary = z.infer<typeof deviceSummarySchema>;

export const pairingCodeResponseSchema = z.object({
  code: z.string(),
  role: roleSchema,
  exhibitorId: z.string().nullable(),
  expiresAt: z.string(),
  url: z.string(),
});
export type PairingCodeResponse = z.infer<typeof pairingCodeResponseSchema>;

/** A roster import still saving rows, or one that stopped before its last row (decisions, 53). */
export const rosterImportRunSchema = z.object({
  state: z.enum(['running', 'stopped']),
  /** The file's name (without its folder). */
  file: z.string(),
  done: z.number(),
  total: z.number(),
  startedAt: z.string(),
});
export type RosterImportRun = z.infer<typeof rosterImportRunSchema>;

export const exhibitorSchema = z.object({ id: z.string(), name: z.string() });
export type ExhibitorSummary = z.infer<typeof exhibitorSchema>;
