import { describe, expect, it } from 'vitest';
import { REPEAT_WINDOW_MS, RepeatFilter } from '../../../src/app/scan/repeatFilter';

describe('repeat filter (the same code seen again within 3 s is ignored)', () => {
  it('uses a 3-second window', () => {
    expect(REPEAT_WINDOW_MS).toBe(3000);
  });

  it('handles a code the first time and ignores it in the following frames', () => {
    const f = new RepeatFilter();
    expect(f.accept('SF1AAA', 1000)).toBe(true);
    expect(f.accept('SF1AAA', 1033)).toBe(false);
    expect(f.accept('SF1AAA', 1066)).toBe(false);
  });

  it('handles the code again once it has been out of sight for longer than the window', () => {
    const f = new RepeatFilter();
    expect(f.accept('SF1AAA', 0)).toBe(true);
    expect(f.accept('SF1AAA', 3000)).toBe(false);
    expect(f.accept('SF1AAA', 6001)).toBe(true);
  });

  it('restarts the window with every sighting: a badge held up for 10 s counts once', () => {
    const f = new RepeatFilter();
    const accepted = Array.from({ length: 300 }, (_, i) => f.accept('SF1HELD', i * 33)).filter(Boolean);
    expect(accepted).toHaveLength(1);
  });

  it('handles a different code at once, and keeps each code’s own window', () => {
    const f = new RepeatFilter();
    expect(f.accept('SF1AAA', 0)).toBe(true);
    expect(f.accept('SF1BBB', 100)).toBe(true);
    expect(f.accept('SF1AAA', 200)).toBe(false);
    expect(f.accept('SF1BBB', 3050)).toBe(false);
    expect(f.accept('SF1AAA', 3250)).toBe(true);
  });

  it('takes the window it is given', () => {
    const f = new RepeatFilter(500);
    expect(f.accept('X', 0)).toBe(true);
    expect(f.accept('X', 499)).toBe(false);
    expect(f.accept('X', 1000)).toBe(true);
  });

  it('clear() forgets every code', () => {
    const f = new RepeatFilter();
    f.accept('SF1AAA', 0);
    f.clear();
    expect(f.accept('SF1AAA', 10)).toBe(true);
  });
});
