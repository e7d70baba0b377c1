/**
 * Which mutation a device may push, by type and op, and the schema of its data. One table read
 * by both sides: the device builds outbox rows from it, the server validates and authorises with it.
 */
import type { z } from 'zod';
import type { Role } from './common';
import { checkinSchema, checkinUndoSchema } from '../checkins/schema';
import { visitorSchema } from '../visitors/walkIn';
import { responseSchema } from '../surveys/response';
import { feedbackSchema } from '../feedback/schema';
import { leadSchema } from '../leads/schema';

interface MutationSpec {
  roles: readonly Role[];
  schema: z.ZodType;
}

export const MUTATION_TYPES = {
  'checkin.create': { roles: ['desk'], schema: checkinSchema },
  // An undo is a record of its own, never a deletion of the check-in it corrects.
  'checkin_undo.create': { roles: ['desk'], schema: checkinUndoSchema },
  'visitor.create': { roles: ['desk'], schema: visitorSchema },
  'response.create': { roles: ['kiosk'], schema: responseSchema },
  'feedback.create': { roles: ['kiosk'], schema: feedbackSchema },
  // Every lead mutation carries the whole lead with per-part edit times: the server merges them in any order.
  'lead.create': { roles: ['booth'], schema: leadSchema },
  'lead.update': { roles: ['booth'], schema: leadSchema },
  'lead.delete': { roles: ['booth'], schema: leadSchema },
} as const satisfies Record<string, MutationSpec>;

export type MutationKey = keyof typeof MUTATION_TYPES;
export type MutationSchema<K extends MutationKey> = (typeof MUTATION_TYPES)[K]['schema'];
export type MutationData<K extends MutationKey> = z.infer<MutationSchema<K>>;

export function mutationSpec(type: string, op: string): MutationSpec | undefined {
  return (MUTATION_TYPES as Record<string, MutationSpec>)[`${type}.${op}`];
}
