/**
 * The follow-up of a complaint or suggestion: new → assigned → in progress → resolved → answered
 * (the person was told the outcome) → closed. Every step is recorded with who and when. A case can
 * only be closed once it was answered: resolving a complaint without telling the person is exactly
 * how a show ends up with every complaint "resolved" and half the complainants unhappy.
 */
import { z } from 'zod';
import { textSchema } from '../schema/common';
import { freeTextSchema } from '../text/freeText';
import type { FieldProblem } from '../api/problems';

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

/** Why a step cannot be taken (a problem of the field at fault, core/api/problems.ts), or null when it can. */
export function stepProblem(from: FeedbackStatus, input: StepInput): FieldProblem | null {
  if (!NEXT_STATUSES[from].includes(input.to)) {
    if (input.to === 'closed') return { path: 'to', problem: 'close_after_answer' };
    if (input.to === 'answered') return { path: 'to', problem: 'answer_after_resolve' };
    return { path: 'to', problem: 'step_not_allowed', values: { from, to: input.to } };
  }
  if (input.to === 'assigned' && !input.assignee) return { path: 'assignee', problem: 'assignee_required' };
  if (input.to === 'resolved' && !input.note) return { path: 'note', problem: 'resolution_note_required' };
  if (input.to === 'answered' && !input.note) return { path: 'note', problem: 'answer_note_required' };
  return null;
}
