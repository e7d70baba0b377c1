/**
 * Tells a keyboard-wedge barcode scanner from a person typing. A scanner "types" the code a few
 * milliseconds per character and ends with Enter; people type 100+ ms apart. A burst of at least
 * `minLength` characters, each within `maxGapMs` of the previous, closed by Enter, is a scan.
 * A slow keystroke in the middle starts a new burst, so typing interleaved with a scan is dropped
 * rather than glued onto the code. Pure: keystrokes in, scans out; the DOM binding is separate.
 */
export interface WedgeOptions {
  /** Bluetooth scanners can be slower than USB ones; 50 ms still separates them from fingers. */
  maxGapMs: number;
  minLength: number;
  maxLength: number;
}

export const DEFAULT_WEDGE: WedgeOptions = { maxGapMs: 50, minLength: 4, maxLength: 4096 };

export class WedgeDetector {
  private buffer = '';
  private lastAt = -Infinity;

  constructor(private readonly opts: WedgeOptions = DEFAULT_WEDGE) {}

  /**
   * Feed one key (KeyboardEvent.key) with its time. Returns the scanned code when this key ends a
   * scan, 'consumed' when it belongs to a burst in progress (callers keep it from reaching other
   * handlers), or null when it is ordinary typing.
   */
  key(key: string, at: number): string | 'consumed' | null {
    const gap = at - this.lastAt;
    this.lastAt = at;
    if (key === 'Enter' || key === 'Tab') {
      const code = this.buffer;
      this.buffer = '';
      if (gap <= this.opts.maxGapMs && code.length >= this.opts.minLength) return code;
      return null;
    }
    if (key.length !== 1) return null; // Shift, arrows…: scanners send Shift before capitals, ignore it
    if (gap > this.opts.maxGapMs) this.buffer = '';
    if (this.buffer.length < this.opts.maxLength) this.buffer += key;
    return this.buffer.length >= 2 ? 'consumed' : null;
  }

  reset(): void {
    this.buffer = '';
    this.lastAt = -Infinity;
  }
}
