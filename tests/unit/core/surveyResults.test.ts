import { describe, expect, it } from 'vitest';
import { computeResults, csatOf, dayOf, median, npsOf, type ResultResponse } from '../../../src/core/surveys/results';
import type { SurveyContent } from '../../../src/core/surveys/schema';

const L = (en: string) => ({ 'zh-CN': en, 'zh-TW': en, en });

describe('NPS', () => {
  it('is promoters (9–10) minus detractors (0–6), in points', () => {
    expect(npsOf([10, 9, 8, 7, 6, 0])).toEqual({ n: 6, promoters: 2, passives: 2, detractors: 2, score: 0 });
    expect(npsOf([10, 10, 9, 7])).toEqual({ n: 4, promoters: 3, passives: 1, detractors: 0, score: 75 });
    expect(npsOf([9, 6, 6, 6])).toMatchObject({ score: -50 });
  });

  it('has no score when nobody answered, rather than 0', () => {
    expect(npsOf([])).toEqual({ n: 0, promoters: 0, passives: 0, detractors: 0, score: null });
  });

  it('is -100 when every answer is a detractor', () => {
    expect(npsOf([0, 1, 2, 3, 4, 5, 6])).toEqual({ n: 7, promoters: 0, passives: 0, detractors: 7, score: -100 });
  });

  it('is +100 when every answer is a promoter, and ignores values off the scale', () => {
    expect(npsOf([9, 10, 11, -1, 7.5, '9', null, undefined])).toEqual({ n: 2, promoters: 2, passives: 0, detractors: 0, score: 100 });
  });
});

describe('CSAT', () => {
  it('is the share of 4 and 5 answers, in per cent', () => {
    expect(csatOf([5, 4, 3, 2])).toEqual({ n: 4, satisfied: 2, score: 50 });
    expect(csatOf([5, 5, 4])).toMatchObject({ score: 100 });
    expect(csatOf([1, 2, 3])).toMatchObject({ satisfied: 0, score: 0 });
  });

  it('has no score without answers, and ignores values off the 1–5 scale', () => {
    expect(csatOf([])).toEqual({ n: 0, satisfied: 0, score: null });
    expect(csatOf([0, 6, 10, 'x'])).toEqual({ n: 0, satisfied: 0, score: null });
  });
});

describe('median and days', () => {
  it('median of odd, even and empty sets', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('puts an instant on the show’s calendar day, not UTC’s', () => {
    expect(dayOf('2026-03-01T17:00:00Z', 'Asia/Shanghai')).toBe('2026-03-02');
    expect(dayOf('2026-03-01T17:00:00Z', 'UTC')).toBe('2026-03-01');
    expect(dayOf('2026-03-01T03:00:00Z', 'America/Los_Angeles')).toBe('2026-02-28');
  });
});

describe('survey results across versions', () => {
  const v1: SurveyContent = {
    title: L('Survey'),
    intro: L(''),
    thanks: L(''),
    audience: 'trade_visitor',
    questions: [
      { id: 'nps', type: 'nps', required: true, text: L('Recommend?') },
      { id: 'sat', type: 'csat', style: 'faces', required: true, text: L('Satisfied?') },
      { id: 'hall', type: 'single', required: false, text: L('Hall?'), options: [{ value: 'a', label: L('Hall A') }, { value: 'b', label: L('Hall B') }] },
    ],
  };
  // Version 2 drops the hall question, adds a comment and renames an option-less question.
  const v2: SurveyContent = { ...v1, questions: [v1.questions[0]!, v1.questions[1]!, { id: 'comment', type: 'text', required: false, text: L('Comment?') }] };
  const r = (id: string, version: number, audience: string, at: string, answers: Record<string, unknown>): ResultResponse => ({ id, version, audience, at, answers });
  const responses = [
    r('r1', 1, 'exhibitor', '2026-03-01T02:00:00Z', { nps: 10, sat: 5, hall: 'a' }),
    r('r2', 1, 'trade_visitor', '2026-03-01T03:00:00Z', { nps: 3, sat: 2, hall: 'b' }),
    r('r3', 2, 'trade_visitor', '2026-03-02T02:00:00Z', { nps: 9, sat: 4, comment: '<b>不错</b> 👍' }),
    r('r4', 2, 'trade_visitor', '2026-03-02T05:00:00Z', { nps: 8, sat: 3, comment: 'مرحبا' }),
    // A response under a version whose question has another kind does not count for it.
    r('r5', 2, 'media', '2026-03-02T06:00:00Z', { nps: 7, sat: 5, hall: 'a' }),
  ];
  const all = computeResults(
    [
      { version: 1, content: v1 },
      { version: 2, content: v2 },
    ],
    responses,
    { timeZone: 'Asia/Shanghai' },
  );

  it('gives the headline NPS and CSAT over every response', () => {
    expect(all.total).toBe(5);
    expect(all.headline.nps).toEqual({ n: 5, promoters: 2, passives: 2, detractors: 1, score: 20 });
    expect(all.headline.csat).toEqual({ n: 5, satisfied: 3, score: 60 });
  });

  it('lists each question once, defined by the newest version, with the versions that asked it', () => {
    expect(all.questions.map((q) => [q.id, q.versions])).toEqual([
      ['nps', [1, 2]],
      ['sat', [1, 2]],
      ['comment', [2]],
      ['hall', [1]],
    ]);
    const hall = all.questions.find((q) => q.id === 'hall')!;
    expect(hall.answered).toBe(2);
    expect(hall.distribution).toEqual([
      { value: 'a', label: L('Hall A'), count: 1 },
      { value: 'b', label: L('Hall B'), count: 1 },
    ]);
  });

  it('keeps free text as written, newest first', () => {
    expect(all.questions.find((q) => q.id === 'comment')!.texts!.map((t) => t.text)).toEqual(['مرحبا', '<b>不错</b> 👍']);
  });

  it('splits by audience and by day', () => {
    expect(all.byAudience.map((b) => [b.key, b.n, b.nps?.score])).toEqual([
      ['exhibitor', 1, 100],
      ['media', 1, 0],
      ['trade_visitor', 3, 0],
    ]);
    expect(all.byDay.map((b) => [b.key, b.n, b.csat?.satisfied])).toEqual([
      ['2026-03-01', 2, 1],
      ['2026-03-02', 3, 2],
    ]);
    expect(all.byDay[1]?.csat?.score).toBeCloseTo(66.67, 2);
  });

  it('gives a full 0–10 distribution for NPS and empty figures for a survey nobody answered', () => {
    expect(all.questions[0]!.distribution!.map((d) => d.count)).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1]);
    const none = computeResults([{ version: 1, content: v1 }], [], { timeZone: 'UTC' });
    expect(none).toMatchObject({ total: 0, headline: { nps: { n: 0, score: null }, csat: { n: 0, score: null } }, byAudience: [], byDay: [] });
    expect(none.questions[0]).toMatchObject({ answered: 0, mean: null });
  });
});
