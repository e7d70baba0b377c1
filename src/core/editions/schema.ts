/** Shows and their editions as the CLI prints them and the console will show them. */
import { z } from 'zod';
import { isoDateSchema, uuidSchema } from '../schema/common';

export const editionSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  show: z.string(),
  showId: uuidSchema,
  edition: z.number().int(),
  startsOn: isoDateSchema.nullable(),
  endsOn: isoDateSchema.nullable(),
  venue: z.string(),
  current: z.boolean(),
  /** The edition before it in the same show (nearest lower edition number), or null. */
  previous: uuidSchema.nullable(),
});
export type Edition = z.infer<typeof editionSchema>;

/** What creating the next edition copies from an earlier one (events add). */
export const COPIED_SETUP = ['visitor_form', 'taxonomies', 'surveys', 'lead_questions', 'feedback_categories', 'feedback_sla', 'time_zone', 'venue'] as const;
export type CopiedSetup = (typeof COPIED_SETUP)[number];
