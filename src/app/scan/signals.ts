/**
 * What staff hear and feel after a scan: a short rising beep and a tap for success, a low double
 * buzz and a longer vibration for a problem. Tones are synthesised (WebAudio oscillator), so
 * there are no sound files to cache. Muting (sound and vibration together) is remembered on the
 * device.
 */
export type SignalTone = 'success' | 'error';

const MUTE_KEY = 'showfloor.scan.muted';

export function isMuted(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

export function setMuted(muted: boolean): void {
  try {
    if (muted) localStorage.setItem(MUTE_KEY, '1');
    else localStorage.removeItem(MUTE_KEY);
  } catch {
    // No storage (private mode): muting lasts for this page.
  }
}

interface Note {
  frequency: number;
  start: number;
  duration: number;
  type: OscillatorType;
}

const TONES: Record<SignalTone, { notes: Note[]; vibrate: number[] }> = {
  success: {
    notes: [
      { frequency: 1046.5, start: 0, duration: 0.07, type: 'sine' },
      { frequency: 1568, start: 0.08, duration: 0.1, type: 'sine' },
    ],
    vibrate: [40],
  },
  error: {
    notes: [
      { frequency: 220, start: 0, duration: 0.16, type: 'square' },
      { frequency: 196, start: 0.22, duration: 0.22, type: 'square' },
    ],
    vibrate: [120, 80, 160],
  },
};

type AudioContextClass = typeof AudioContext;

export class ScanSignals {
  private context: AudioContext | null = null;
  muted = isMuted();

  /**
   * Browsers start audio only from a user gesture: call this from the tap that starts the camera,
   * so later beeps (triggered by frames, not taps) can sound.
   */
  unlock(): void {
    if (this.context) {
      void this.context.resume().catch(() => undefined);
      return;
    }
    const Ctor = (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext) as AudioContextClass | undefined;
    if (!Ctor) return;
    try {
      this.context = new Ctor();
    } catch {
      this.context = null;
    }
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    setMuted(muted);
  }

  play(tone: SignalTone): void {
    if (this.muted) return;
    const { notes, vibrate } = TONES[tone];
    try {
      navigator.vibrate?.(vibrate);
    } catch {
      // Vibration refused (no user activation yet, or no motor): the beep still tells.
    }
    const context = this.context;
    if (!context || context.state === 'closed') return;
    const now = context.currentTime;
    for (const note of notes) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = note.type;
      oscillator.frequency.value = note.frequency;
      // Short ramps in and out: an abrupt start or stop clicks.
      gain.gain.setValueAtTime(0, now + note.start);
      gain.gain.linearRampToValueAtTime(note.type === 'square' ? 0.12 : 0.3, now + note.start + 0.01);
      gain.gain.linearRampToValueAtTime(0, now + note.start + note.duration);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(now + note.start);
      oscillator.stop(now + note.start + note.duration + 0.02);
    }
  }

  close(): void {
    void this.context?.close().catch(() => undefined);
    this.context = null;
  }
}
