/**
 * Long database work cut into short steps, so that other requests run between them (decisions, 53).
 *
 * The embedded database runs every statement on the server's own thread and has one connection:
 * while a statement runs nothing else does, and a request waits for the whole transaction it
 * arrives behind. A fixed number of rows per step is too many on a loaded machine and wastefully
 * few on an idle one, so the size follows how long the last steps took, aiming at STEP_MS each.
 */

/** How long one step may hold the database: well under what a person or a desk's push notices. */
export const STEP_MS = 120;

export interface StepSizer {
  /** Rows to take in the next step. */
  readonly size: number;
  /** Tells the sizer how long the step of `rows` rows took. */
  record(rows: number, ms: number): void;
}

export function stepSizer(opts: { first?: number; min?: number; max?: number; targetMs?: number } = {}): StepSizer {
  const min = opts.min ?? 20;
  const max = opts.max ?? 2_000;
  const target = opts.targetMs ?? STEP_MS;
  let size = Math.min(max, Math.max(min, opts.first ?? 100));
  return {
    get size() {
      return size;
    },
    record(rows, ms) {
      if (rows <= 0) return;
      const ideal = (rows / Math.max(ms, 1)) * target;
      // Grow at most twofold a step (one fast step may be luck), shrink at once (a slow one stalls requests).
      size = Math.round(Math.min(max, Math.max(min, Math.min(ideal, size * 2))));
    },
  };
}

/** Lets timers, sockets and waiting queries run before the next step (setImmediate runs after I/O callbacks). */
export function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
