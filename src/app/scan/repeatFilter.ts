/**
 * Camera scanning sees the same badge in frame after frame. A code is handled once, then ignored
 * while it stays in view and until it has been out of sight for `windowMs`: the window restarts
 * with every sighting, so a visitor who keeps holding the badge up is not checked in again every
 * few seconds. A different code is handled at once. Pure: codes and times in, decisions out.
 */
export const REPEAT_WINDOW_MS = 3000;

export class RepeatFilter {
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly windowMs: number = REPEAT_WINDOW_MS) {}

  /** True when `code`, seen at `now` (ms), should be handled; false when it is a repeat. */
  accept(code: string, now: number): boolean {
    const previous = this.lastSeen.get(code);
    this.lastSeen.set(code, now);
    for (const [other, at] of this.lastSeen) if (now - at > this.windowMs) this.lastSeen.delete(other);
    return previous === undefined || now - previous > this.windowMs;
  }

  clear(): void {
    this.lastSeen.clear();
  }
}
