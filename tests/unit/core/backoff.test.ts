// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backoffCeiling, backoffDelay, SYNC_BACKOFF } from '../../../src/core/sync/backoff';

const SECOND = 1_000;
const FIVE_MINUTES = 5 * 60 * SECOND;
const ALMOST_ONE = 1 - Number.EPSILON;

describe('sync backoff', () => {
  it('doubles the ceiling from 1 s after each failure and caps it at 5 minutes', () => {
    const ceilings = Array.from({ length: 14 }, (_, i) => backoffCeiling(i + 1));
    expect(ceilings).toEqual([
      1 * SECOND,
      2 * SECOND,
      4 * SECOND,
      8 * SECOND,
      16 * SECOND,
      32 * SECOND,
      64 * SECOND,
      128 * SECOND,
      256 * SECOND,
      FIVE_MINUTES,
      FIVE_MINUTES,
      FIVE_MINUTES,
      FIVE_MINUTES,
      FIVE_MINUTES,
    ]);
    expect(SYNC_BACKOFF.capMs).toBe(FIVE_MINUTES);
  });

  it('does not wait at all before the first attempt (0 failures)', () => {
    expect(backoffCeiling(0)).toBe(0);
    expect(backoffDelay(0, () => 0.5)).toBe(0);
    expect(backoffDelay(0, () => ALMOST_ONE)).toBe(0);
  });

  it('keeps every delay between 10 % and 100 % of its ceiling, whatever the random draw', () => {
    for (let failures = 1; failures <= 40; failures++) {
      const ceiling = backoffCeiling(failures);
      const low = backoffDelay(failures, () => 0);
      const high = backoffDelay(failures, () => ALMOST_ONE);
      expect(low).toBeGreaterThanOrEqual(ceiling * 0.1 - 0.5);
      expect(low).toBeLessThanOrEqual(ceiling * 0.1 + 0.5);
      expect(low).toBeGreaterThan(0);
      expect(high).toBeLessThanOrEqual(ceiling);
      expect(high).toBeGreaterThanOrEqual(ceiling * 0.99);
      for (let i = 0; i < 20; i++) {
        const delay = backoffDelay(failures);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling * 0.1));
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it('spreads devices that failed together over the whole window (jitter)', () => {
    const draws = [0, 0.25, 0.5, 0.75, ALMOST_ONE].map((r) => backoffDelay(6, () => r));
    expect(new Set(draws).size).toBe(draws.length);
    expect([...draws].sort((a, b) => a - b)).toEqual(draws);
  });

  it('stays finite and capped for huge failure counts', () => {
    for (const failures of [31, 64, 1_024, 1e6, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Infinity]) {
      expect(backoffCeiling(failures)).toBe(FIVE_MINUTES);
      const delay = backoffDelay(failures, () => ALMOST_ONE);
      expect(Number.isFinite(delay)).toBe(true);
      expect(delay).toBeLessThanOrEqual(FIVE_MINUTES);
      expect(delay).toBeGreaterThanOrEqual(FIVE_MINUTES * 0.1);
    }
  });

  it('honours custom base and cap', () => {
    const opts = { baseMs: 250, capMs: 3_000 };
    expect([1, 2, 3, 4, 5, 6].map((f) => backoffCeiling(f, opts))).toEqual([250, 500, 1_000, 2_000, 3_000, 3_000]);
  });
});
