import { describe, expect, it } from 'vitest';
import { WedgeDetector } from '../../../src/app/scan/wedgeDetector';

type Key = string | { key: string; gap: number };

/** Feeds keystrokes `gap` ms apart (or with their own gap) and returns the codes the detector reported. */
function type(detector: WedgeDetector, keys: Key[], gap: number, start = 10_000): string[] {
  const codes: string[] = [];
  let at = start;
  for (const k of keys) {
    const key = typeof k === 'string' ? k : k.key;
    at += typeof k === 'string' ? gap : k.gap;
    const result = detector.key(key, at);
    if (result !== null && result !== 'consumed') codes.push(result);
  }
  return codes;
}

const chars = (text: string) => [...text];
const CODE = 'SF1ABCDEFGH234567';

describe('keyboard-wedge detector', () => {
  it('reports a burst of characters 5 ms apart closed by Enter as a scan', () => {
    expect(type(new WedgeDetector(), [...chars(CODE), 'Enter'], 5)).toEqual([CODE]);
  });

  it('ignores a person typing 150 ms apart, even when they press Enter', () => {
    expect(type(new WedgeDetector(), [...chars('ABCDEFGH'), 'Enter'], 150)).toEqual([]);
  });

  it('ignores Enter pressed by hand well after a burst', () => {
    expect(type(new WedgeDetector(), [...chars(CODE), { key: 'Enter', gap: 400 }], 5)).toEqual([]);
  });

  it('drops a slow keystroke before the scan and keeps only the scanned part', () => {
    const keys: Key[] = ['x', { key: 'y', gap: 200 }, { key: 'S', gap: 150 }, ...chars(CODE.slice(1)), 'Enter'];
    expect(type(new WedgeDetector(), keys, 5)).toEqual([CODE]);
  });

  it('reports two scans in a row separately', () => {
    const keys: Key[] = [...chars('CODE-ONE'), 'Enter', { key: 'C', gap: 800 }, ...chars('ODE-TWO'), 'Enter'];
    expect(type(new WedgeDetector(), keys, 4)).toEqual(['CODE-ONE', 'CODE-TWO']);
  });

  it('ignores bursts shorter than the minimum length', () => {
    expect(type(new WedgeDetector(), [...chars('AB'), 'Enter'], 5)).toEqual([]);
    expect(type(new WedgeDetector(), [...chars('ABC'), 'Enter'], 5)).toEqual([]);
    expect(type(new WedgeDetector(), [...chars('ABCD'), 'Enter'], 5)).toEqual(['ABCD']);
    expect(type(new WedgeDetector({ maxGapMs: 50, minLength: 8, maxLength: 100 }), [...chars('ABCDEFG'), 'Enter'], 5)).toEqual([]);
  });

  it('ignores Shift and other named keys inside a scan', () => {
    const keys = ['Shift', 'S', 'Shift', 'F', '1', 'Shift', 'A', 'CapsLock', 'b', 'Shift', 'C', 'Enter'];
    expect(type(new WedgeDetector(), keys, 5)).toEqual(['SF1AbC']);
  });

  it('also ends a scan on Tab', () => {
    expect(type(new WedgeDetector(), [...chars(CODE), 'Tab'], 5)).toEqual([CODE]);
  });

  it('accepts a slower Bluetooth scanner within the gap and splits at a longer pause', () => {
    expect(type(new WedgeDetector(), [...chars(CODE), 'Enter'], 40)).toEqual([CODE]);
    expect(type(new WedgeDetector(), [...chars(CODE), 'Enter'], 60)).toEqual([]);
  });

  it('lets the page claim the keys of a burst in progress but not a lone keystroke', () => {
    const detector = new WedgeDetector();
    expect(detector.key('a', 1_000)).toBeNull();
    expect(detector.key('b', 1_005)).toBe('consumed');
    expect(detector.key('c', 1_300)).toBeNull();
  });

  it('forgets a burst after reset()', () => {
    const detector = new WedgeDetector();
    type(detector, chars('ABCDEF'), 5, 0);
    detector.reset();
    expect(detector.key('Enter', 35)).toBeNull();
  });
});
