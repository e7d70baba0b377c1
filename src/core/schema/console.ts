/** Shapes of the organizer console's API, shared by the server routes and the console screens. */
import { z } from 'zod';
import { roleSchema } from './common';

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

export const consoleStatsSchema = z.object({
  checkins: z.number(),
  flagged: z.number(),
  uniqueAttendees: z.number(),
  attendees: z.number(),
  rosterImport: rosterImportRunSchema.nullable().optional(),
});
export type ConsoleStats = z.infer<typeof consoleStatsSchema>;

export const exhibitorSchema = z.object({ id: z.string(), name: z.string() });
export type ExhibitorSummary = z.infer<typeof exhibitorSchema>;
