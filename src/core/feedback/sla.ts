/**
 * Service levels per severity: how soon someone must take a case (respond: it is assigned) and
 * how soon the person must have the outcome (resolve: it is answered — resolved but untold does
 * not count). Defaults: 2 h and 24 h for every severity; the organizer may change them.
 */
import { z } from 'zod';
import { median } from '../surveys/results';
import { SEVERITIES, type Severity } from './schema';
import { isOpen, type FeedbackStatus } from './workflow';

const levelSchema = z
  .object({
    respondMinutes: z.number().int().min(1).max(30 * 24 * 60),
    resolveMinutes: z.number().int().min(1).max(90 * 24 * 60),
  })
  .refine((l) => l.respondMinutes <= l.resolveMinutes, { message: 'respond_after_resolve' });

export const slaSchema = z.object(Object.fromEntries(SEVERITIES.map((s) => [s, levelSchema])) as Record<Severity, typeof levelSchema>);
export type Sla = z.infer<typeof slaSchema>;

export const DEFAULT_SLA: Sla = Object.fromEntries(SEVERITIES.map((s) => [s, { respondMinutes: 120, resolveMinutes: 24 * 60 }])) as Sla;

export type Overdue = 'respond' | 'resolve';

export interface SlaCase {
  severity: Severity;
  status: FeedbackStatus;
  /** When the person reported it (see decisions: the device clock, never later than the server's receipt). */
  reportedAt: string;
  assignedAt: string | null;
  answeredAt: string | null;
}

export interface SlaState {
  respondBy: string;
  resolveBy: string;
  overdue: Overdue[];
}

const addMinutes = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000);

export function slaState(c: SlaCase, sla: Sla, now: Date): SlaState {
  const level = sla[c.severity];
  const respondBy = addMinutes(c.reportedAt, level.respondMinutes);
  const resolveBy = addMinutes(c.reportedAt, level.resolveMinutes);
  const overdue: Overdue[] = [];
  if (!c.assignedAt && isOpen(c.status) && now > respondBy) overdue.push('respond');
  if (!c.answeredAt && isOpen(c.status) && now > resolveBy) overdue.push('resolve');
  return { respondBy: respondBy.toISOString(), resolveBy: resolveBy.toISOString(), overdue };
}

export interface FeedbackFigures {
  total: number;
  open: number;
  overdue: number;
  answered: number;
  /** Median minutes from report to the person having the answer, over answered cases. */
  medianMinutesToAnswer: number | null;
}

export function feedbackFigures(cases: readonly SlaCase[], sla: Sla, now: Date): FeedbackFigures {
  const answeredMinutes = cases.filter((c) => c.answeredAt).map((c) => (new Date(c.answeredAt!).getTime() - new Date(c.reportedAt).getTime()) / 60_000);
  return {
    total: cases.length,
    open: cases.filter((c) => isOpen(c.status)).length,
    overdue: cases.filter((c) => slaState(c, sla, now).overdue.length > 0).length,
    answered: answeredMinutes.length,
    medianMinutesToAnswer: median(answeredMinutes),
  };
}
