/**
 * A device's clock can be wrong by days (a tablet that lost its battery, a time zone set by hand).
 * Each push carries the device's clock at sending; the server compares it with its own at receipt
 * and moves the batch's capture times onto its clock, so order and per-day figures stay right.
 * The device's own times are kept beside the measured error (the "skew note").
 *
 * Assumes the clock was as wrong at capture as at sending: true of a clock set wrong, not of one
 * corrected in between (that batch is then off by the correction, never by more).
 */

/** Below this the clocks agree for our purposes: request latency and ordinary drift, nothing to correct. */
export const CLOCK_TOLERANCE_MS = 2 * 60_000;

/** Server clock minus device clock, in ms (positive: the device is behind); null when the device did not say. */
export function measureSkew(deviceSentAt: string | undefined, receivedAtMs: number): number | null {
  if (!deviceSentAt) return null;
  const sent = Date.parse(deviceSentAt);
  return Number.isFinite(sent) ? Math.round(receivedAtMs - sent) : null;
}

/** The correction to apply to this batch's capture times: 0 within tolerance. */
export function correctionFor(skewMs: number | null): number {
  return skewMs !== null && Math.abs(skewMs) > CLOCK_TOLERANCE_MS ? skewMs : 0;
}

/** A device time moved onto the server's clock. */
export function onServerClock(deviceIso: string, correctionMs: number): string {
  if (!correctionMs) return deviceIso;
  return new Date(Date.parse(deviceIso) + correctionMs).toISOString();
}
