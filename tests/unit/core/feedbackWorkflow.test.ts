import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA, feedbackFigures, slaSchema, slaState, type SlaCase } from '../../../src/core/feedback/sla';
import { englishProblem } from '../../../src/core/api/problems';
import { FEEDBACK_STATUSES, NEXT_STATUSES, stepProblem, type FeedbackStatus } from '../../../src/core/feedback/workflow';

describe('the follow-up workflow', () => {
  it('goes new → assigned → in progress → resolved → answered → closed', () => {
    expect(stepProblem('new', { to: 'assigned', assignee: 'Li' })).toBeNull();
    expect(stepProblem('assigned', { to: 'in_progress' })).toBeNull();
    expect(stepProblem('in_progress', { to: 'resolved', note: 'fixed' })).toBeNull();
    expect(stepProblem('resolved', { to: 'answered', note: 'phoned' })).toBeNull();
    expect(stepProblem('answered', { to: 'closed' })).toBeNull();
  });

  it('can never be closed before the person was answered', () => {
    for (const from of FEEDBACK_STATUSES.filter((s) => s !== 'answered')) {
      expect(stepProblem(from, { to: 'closed' }), from).not.toBeNull();
    }
    expect(stepProblem('resolved', { to: 'closed' })).toEqual({ path: 'to', problem: 'close_after_answer' });
    // No path reaches closed except through answered.
    const reaches = (target: FeedbackStatus, avoiding: FeedbackStatus): boolean => {
      const seen = new Set<FeedbackStatus>();
      const walk = (s: FeedbackStatus): boolean => {
        if (s === target) return true;
        if (s === avoiding || seen.has(s)) return false;
        seen.add(s);
        return NEXT_STATUSES[s].some(walk);
      };
      return walk('new');
    };
    expect(reaches('closed', 'answered')).toBe(false);
    expect(reaches('closed', 'resolved')).toBe(false);
  });

  it('asks for who, how it was resolved and what the person was told', () => {
    expect(stepProblem('new', { to: 'assigned' })).toEqual({ path: 'assignee', problem: 'assignee_required' });
    expect(stepProblem('in_progress', { to: 'resolved' })).toEqual({ path: 'note', problem: 'resolution_note_required' });
    expect(stepProblem('resolved', { to: 'answered' })).toEqual({ path: 'note', problem: 'answer_note_required' });
    expect(englishProblem(stepProblem('new', { to: 'resolved', note: 'x' })!)).toBe('to: a case cannot go from new to resolved');
    expect(stepProblem('closed', { to: 'assigned', assignee: 'x' })).not.toBeNull();
  });
});

describe('service levels', () => {
  const reportedAt = '2026-03-01T02:00:00.000Z';
  const at = (minutes: number) => new Date(new Date(reportedAt).getTime() + minutes * 60_000);
  const fresh: SlaCase = { severity: 'normal', status: 'new', reportedAt, assignedAt: null, answeredAt: null };

  it('default to respond in 2 h and answer in 24 h', () => {
    expect(slaState(fresh, DEFAULT_SLA, at(0))).toEqual({ respondBy: '2026-03-01T04:00:00.000Z', resolveBy: '2026-03-02T02:00:00.000Z', overdue: [] });
    expect(slaState(fresh, DEFAULT_SLA, at(120)).overdue).toEqual([]);
    expect(slaState(fresh, DEFAULT_SLA, at(121)).overdue).toEqual(['respond']);
    expect(slaState(fresh, DEFAULT_SLA, at(24 * 60 + 1)).overdue).toEqual(['respond', 'resolve']);
  });

  it('stop counting once assigned (respond) and once answered (resolve); resolved alone is not enough', () => {
    const assigned = { ...fresh, status: 'resolved' as const, assignedAt: at(30).toISOString() };
    expect(slaState(assigned, DEFAULT_SLA, at(25 * 60)).overdue).toEqual(['resolve']);
    const answered = { ...assigned, status: 'answered' as const, answeredAt: at(60).toISOString() };
    expect(slaState(answered, DEFAULT_SLA, at(25 * 60)).overdue).toEqual([]);
  });

  it('are per severity and refuse a respond time longer than the resolve time', () => {
    const sla = { ...DEFAULT_SLA, urgent: { respondMinutes: 15, resolveMinutes: 60 } };
    expect(slaState({ ...fresh, severity: 'urgent' }, sla, at(16)).overdue).toEqual(['respond']);
    expect(slaSchema.safeParse({ ...DEFAULT_SLA, low: { respondMinutes: 90, resolveMinutes: 60 } }).success).toBe(false);
  });

  it('give the figures: open, overdue, answered, median minutes to answer', () => {
    const cases: SlaCase[] = [
      fresh,
      { ...fresh, status: 'answered', assignedAt: at(10).toISOString(), answeredAt: at(60).toISOString() },
      { ...fresh, status: 'closed', assignedAt: at(10).toISOString(), answeredAt: at(180).toISOString() },
      { ...fresh, status: 'resolved', assignedAt: at(10).toISOString() },
    ];
    expect(feedbackFigures(cases, DEFAULT_SLA, at(150))).toEqual({ total: 4, open: 2, overdue: 1, answered: 2, medianMinutesToAnswer: 120 });
    expect(feedbackFigures([], DEFAULT_SLA, at(0))).toEqual({ total: 0, open: 0, overdue: 0, answered: 0, medianMinutesToAnswer: null });
  });
});
