import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isMuted, ScanFeedback } from '../../../src/app/scan/feedback';

// The vibration motor is hardware jsdom does not have: a spy stands in for navigator.vibrate.
const vibrate = vi.fn<(pattern: VibratePattern) => boolean>(() => true);

beforeEach(() => {
  localStorage.clear();
  vibrate.mockClear();
  Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'vibrate');
});

describe('scan feedback', () => {
  it('vibrates briefly for success and longer, twice, for a problem', () => {
    const feedback = new ScanFeedback();
    feedback.play('success');
    feedback.play('error');
    // A short tap for success; two long pulses for a problem, felt even in a noisy hall.
    expect(vibrate.mock.calls).toEqual([[[40]], [[120, 80, 160]]]);
  });

  it('is silent and still when muted, and the device remembers it', () => {
    const feedback = new ScanFeedback();
    feedback.setMuted(true);
    feedback.play('success');
    feedback.play('error');
    expect(vibrate).not.toHaveBeenCalled();
    expect(isMuted()).toBe(true);
    expect(new ScanFeedback().muted).toBe(true);
    new ScanFeedback().setMuted(false);
    expect(new ScanFeedback().muted).toBe(false);
  });

  it('plays without an audio device (no AudioContext) and without a vibration motor', () => {
    Reflect.deleteProperty(navigator, 'vibrate');
    const feedback = new ScanFeedback();
    feedback.unlock();
    expect(() => feedback.play('error')).not.toThrow();
  });
});
