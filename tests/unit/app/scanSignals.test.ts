import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isMuted, ScanSignals } from '../../../src/app/scan/signals';

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

describe('scan signals (beeps and vibration)', () => {
  it('vibrates briefly for success and longer, twice, for a problem', () => {
    const signals = new ScanSignals();
    signals.play('success');
    signals.play('error');
    // A short tap for success; two long pulses for a problem, felt even in a noisy hall.
    expect(vibrate.mock.calls).toEqual([[[40]], [[120, 80, 160]]]);
  });

  it('is silent and still when muted, and the device remembers it', () => {
    const signals = new ScanSignals();
    signals.setMuted(true);
    signals.play('success');
    signals.play('error');
    expect(vibrate).not.toHaveBeenCalled();
    expect(isMuted()).toBe(true);
    expect(new ScanSignals().muted).toBe(true);
    new ScanSignals().setMuted(false);
    expect(new ScanSignals().muted).toBe(false);
  });

  it('plays without an audio device (no AudioContext) and without a vibration motor', () => {
    Reflect.deleteProperty(navigator, 'vibrate');
    const signals = new ScanSignals();
    signals.unlock();
    expect(() => signals.play('error')).not.toThrow();
  });
});
