// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLOCK_TOLERANCE_MS, correctionFor, measureSkew, onServerClock, isAbsurdSkew, MAX_PLAUSIBLE_SKEW_MS } from '../../../src/core/sync/clockSkew';

const DAY = 24 * 3_600_000;
const received = Date.parse('2025-05-20T10:00:00.000Z');

describe('clock skew', () => {
  it('measures server minus device, positive for a device behind', () => {
    expect(measureSkew('2025-05-18T10:00:00.000Z', received)).toBe(2 * DAY);
    expect(measureSkew('2025-05-22T10:00:00.000+08:00', received)).toBe(-2 * DAY + 8 * 3_600_000);
  });

  it('knows nothing when the device did not say or said nonsense', () => {
    expect(measureSkew(undefined, received)).toBeNull();
    expect(measureSkew('yesterday', received)).toBeNull();
    expect(correctionFor(null)).toBe(0);
  });

  it('leaves latency and drift alone, corrects a clock days off', () => {
    expect(correctionFor(CLOCK_TOLERANCE_MS)).toBe(0);
    expect(correctionFor(-CLOCK_TOLERANCE_MS)).toBe(0);
    expect(correctionFor(2 * DAY)).toBe(2 * DAY);
    expect(correctionFor(-3 * DAY)).toBe(-3 * DAY);
  });

  it('moves a capture time onto the server clock, or returns it untouched', () => {
    const captured = '2025-05-18T09:30:00.000Z';
    expect(onServerClock(captured, 2 * DAY)).toBe('2025-05-20T09:30:00.000Z');
    expect(onServerClock(captured, 0)).toBe(captured);
  });
});

describe('an absurd clock', () => {
  const now = Date.parse('2026-05-12T10:00:00Z');

  it('is measured (year 9999, year 1) but never applied: the times stay as the device gave them', () => {
    for (const sentAt of ['9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z']) {
      const skew = measureSkew(sentAt, now);
      expect(isAbsurdSkew(skew)).toBe(true);
      expect(correctionFor(skew)).toBe(0);
    }
  });

  it('a tablet reset to 1970 is wrong, not absurd: corrected', () => {
    const skew = measureSkew('1970-01-01T00:05:00Z', now);
    expect(isAbsurdSkew(skew)).toBe(false);
    expect(onServerClock('1970-01-01T00:04:00Z', correctionFor(skew))).toBe('2026-05-12T09:59:00.000Z');
  });

  it('a correction that would leave years 1–9999 leaves the time as it was', () => {
    const justUnderACentury = -MAX_PLAUSIBLE_SKEW_MS + 1;
    expect(onServerClock('0050-01-01T00:00:00Z', justUnderACentury)).toBe('0050-01-01T00:00:00Z');
  });
});
