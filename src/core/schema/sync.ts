/**
 * The sync wire contract, shared by the device engine and the server (docs/architecture.md).
 * Mutations are small uniform envelopes; `data` is validated per type by `MUTATION_TYPES` (mutations.ts).
 */
import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from './common';

export const MUTATION_OPS = ['create', 'update', 'delete'] as const;
export const MAX_PUSH_MUTATIONS = 500;
/** Request body cap, checked by the server before parsing (413 beyond it). */
export const MAX_PUSH_BYTES = 4 * 1024 * 1024;

export const mutationEnvelopeSchema = z.object({
  /** Mutation id (UUIDv7 from the device). Stored once by the server: a replay answers `duplicate`. */
  id: uuidSchema,
  /** The device's local outbox order; the server keeps it for audit, it never orders by it. */
  seq: z.number().int().nonnegative(),
  type: z.string().min(1).max(40),
  op: z.enum(MUTATION_OPS),
  data: z.unknown(),
  /** Device clock at capture. Informative only: ordering and figures use the server's clock too. */
  capturedAt: isoDateTimeSchema,
});
export type MutationEnvelope = z.infer<typeof mutationEnvelopeSchema>;

export const pushRequestSchema = z.object({
  deviceId: uuidSchema,
  /** Items are validated one by one so one bad mutation is rejected without failing its batch. */
  mutations: z.array(z.unknown()).max(MAX_PUSH_MUTATIONS),
  /** Records still waiting on the device when it pushed: shown in the console's device list. */
  unsynced: z.number().int().nonnegative().max(10_000_000).optional(),
  /** The device's clock when it sent the batch: the server measures the device's clock error from it (core/sync/clockSkew.ts). */
  sentAt: isoDateTimeSchema.optional(),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const MUTATION_STATUSES = ['applied', 'duplicate', 'rejected'] as const;
export const pushResultSchema = z.object({
  id: z.string(),
  status: z.enum(MUTATION_STATUSES),
  error: z.string().optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;
export const pushResponseSchema = z.object({ results: z.array(pushResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** Server-owned data comes down in streams, each with its own checkpoint. */
export const PULL_STREAMS = ['config', 'roster', 'leads'] as const;
export type PullStream = (typeof PULL_STREAMS)[number];
export const PULL_PAGE_MAX = 5_000;
/**
 * `rows` is the first row layout (ROSTER_ROW_FIELDS_V1), `rows2` the current one (ROSTER_ROW_FIELDS: the first ten, the short code, returning, editions).
 * A layout never changes once shipped: a tablet still running the version before an update asks
 * for the layout it reads, and gets it.
 */
export const PULL_FORMS = ['objects', 'rows', 'rows2'] as const;
export type PullForm = (typeof PULL_FORMS)[number];

export const pullQuerySchema = z.object({
  /** A server sequence number as a decimal string; "0" or absent means from the start. */
  since: z
    .string()
    .regex(/^\d{1,19}$/, 'bad_checkpoint')
    // 19 digits can still exceed bigint; the database would fail with a 500 the device retries forever.
    .refine((s) => !/^\d{1,19}$/.test(s) || BigInt(s) <= 9_223_372_036_854_775_807n, 'bad_checkpoint')
    .default('0'),
  stream: z.enum(PULL_STREAMS).default('config'),
  limit: z.coerce.number().int().min(1).max(PULL_PAGE_MAX).default(2_000),
  /**
   * How attendees come: `objects` (`{kind, key, data}` like every change) or `rows` (an array in
   * ROSTER_ROW_FIELDS order, decisions 34). Tombstones and other kinds are objects either way. A
   * server from before `rows` ignores the parameter and sends objects, which devices still read.
   */
  form: z.enum(PULL_FORMS).default('objects'),
});

export const changeSchema = z.object({
  kind: z.string(),
  key: z.string(),
  /** null is a tombstone: the device deletes its copy. */
  data: z.unknown().nullable(),
});
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z.object({
  checkpoint: z.string(),
  changes: z.array(changeSchema),
  more: z.boolean(),
  /** Changes still to come after this page: lets the device draw a progress bar. */
  remaining: z.number().int().nonnegative(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/**
 * A pull page as the device first checks it: the envelope only. Each change is checked as it is
 * applied (readChange, then its kind's schema): one pass over a 5,000-change page, not two.
 */
export const pullEnvelopeSchema = pullResponseSchema.extend({ changes: z.array(z.unknown()) });
export type PullEnvelope = z.infer<typeof pullEnvelopeSchema>;

/** changeSchema's parse by hand, for the same reason as readRosterEntry. */
export function readChange(value: unknown): Change | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  if (typeof c.kind !== 'string' || typeof c.key !== 'string' || c.data === undefined) return null;
  return { kind: c.kind, key: c.key, data: c.data };
}
