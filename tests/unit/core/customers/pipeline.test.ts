import { describe, expect, it } from 'vitest';
import { stageConversion, timePerStage, type StageMove } from '../../../../src/core/customers/pipeline';

const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString();
const moves: StageMove[] = [
  { customer: 'a', to: 'collect', at: day(0) },
  { customer: 'a', to: 'first_contact', at: day(4) },
  { customer: 'a', to: 'negotiate', at: day(10) },
  { customer: 'b', to: 'collect', at: day(0) },
  { customer: 'b', to: 'first_contact', at: day(2) },
  { customer: 'c', to: 'collect', at: day(5) },
];

describe('the development pipeline', () => {
  it('time per stage from the moves, finished stays and current ones apart', () => {
    const t = timePerStage(moves, new Date(day(20)));
    expect(t.find((x) => x.stage === 'collect')).toEqual({ stage: 'collect', completed: 2, meanDays: 3, medianDays: 3, current: 1, currentMeanDays: 15 });
    expect(t.find((x) => x.stage === 'first_contact')).toMatchObject({ completed: 1, meanDays: 6, current: 1, currentMeanDays: 18 });
    expect(t.find((x) => x.stage === 'negotiate')).toMatchObject({ completed: 0, meanDays: null, current: 1 });
  });

  it('conversion from stage to stage per source; a skipped stage counts as passed', () => {
    const source: Record<string, string> = { a: 'internet', b: 'internet', c: 'referral' };
    const c = stageConversion(moves, (id) => source[id] ?? '');
    expect(c.filter((x) => x.source === 'internet').map((x) => [x.from, x.to, x.converted, x.reached, x.ratePct])).toEqual([
      ['collect', 'first_contact', 2, 2, 100],
      ['first_contact', 'goodwill', 1, 2, 50],
      ['goodwill', 'relationship', 1, 1, 100],
      ['relationship', 'negotiate', 1, 1, 100],
      ['negotiate', 'signed', 0, 1, 0],
    ]);
    expect(c.find((x) => x.source === 'referral' && x.from === 'collect')).toMatchObject({ reached: 1, converted: 0, ratePct: 0 });
  });
});
