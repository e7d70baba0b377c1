/**
 * The follow-up of a complaint or suggestion: new → assigned → in progress → resolved → answered
 * (the person was told the outcome) → closed. Every step is recorded with who and when. A case can
 * only be closed once it was answered: resolving a complaint without telling the person is exactly
 * how a show ends up with every complaint "resolved" and half the complainants unhappy.
 */
import { z } from 'zod';
import { textSchema } from '../schema/common';
import { freeTextSchema } from '../text/freeText';

export const FEEDBACK_STATUSES = ['new', 'assigned', 'in_progress', 'resolved', 'answered', 'closed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Where a case may go from each status. Re-assigning is allowed until it is resolved. */
export const NEXT_STATUSES: Readonly<Record<FeedbackStatus, readonly FeedbackStatus[]>> = {
  new: ['assigned'],
  assigned: ['assigned', 'in_progress'],
  in_progress: ['assigned', 'resolved'],
  resolved: ['answered'],
  answered: ['closed'],
  closed: [],
};

/** Still waiting for the person to hear back. */
export function isOpen(status: FeedbackStatus): boolean {
  return status !== 'answered' && status !== 'closed';
}

export const STEP_NOTE_MAX = 2000;

export const stepInputSchema = z.object({
  to: z.enum(FEEDBACK_STATUSES),
  /** Who handles it (a person or team), required when assigning. */
  assignee: textSchema(100).optional(),
  /** What was done (resolved) or what the person was told and how (answered). */
  note: freeTextSchema(STEP_NOTE_MAX).optional(),
});
export type StepInput = z.infer<typeof stepInputSchema>;

/** Why a step cannot be taken, in words, or null when it can. */
export function stepProblem(from: FeedbackStatus, input: StepInput): string | null {
  if (!NEXT_STATUSES[from].includes(input.to)) {
    if (input.to === 'closed') return 'a case can be closed only after the person was told the outcome (answered)';
    if (input.to === 'answered') return 'a case can be answered only once it is resolved';
    return `a case cannot go from ${from} to ${input.to}`;
  }
  if (input.to === 'assigned' && !input.assignee) return 'say who the case is assigned to';
  if (input.to === 'resolved' && !input.note) return 'say how the case was resolved';
  if (input.to === 'answered' && !input.note) return 'say what the person was told, and how';
  return null;
}
