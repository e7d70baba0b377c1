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

/**
 * Beyond this the device's clock is not wrong but absurd (a sentAt in the year 9999): no setting
 * of a real clock explains it, and moving capture times by it would put them outside any calendar
 * the database keeps. A tablet reset to 1970 is within it. An absurd clock is measured and shown
 * as such; the batch's times are kept as the device gave them.
 */
export const MAX_PLAUSIBLE_SKEW_MS = 100 * 365.25 * 24 * 3600_000;

export function isAbsurdSkew(skewMs: number | null): boolean {
  return skewMs !== null && Math.abs(skewMs) > MAX_PLAUSIBLE_SKEW_MS;
}

/** Server clock minus device clock, in ms (positive: the device is behind); null when the device did not say. */
export function measureSkew(deviceSentAt: string | undefined, receivedAtMs: number): number | null {
  if (!deviceSentAt) return null;
  const sent = Date.parse(deviceSentAt);
  return Number.isFinite(sent) ? Math.round(receivedAtMs - sent) : null;
}

/** The correction to apply to this batch's capture times: 0 within tolerance, and for an absurd clock. */
export function correctionFor(skewMs: number | null): number {
  if (skewMs === null || isAbsurdSkew(skewMs)) return 0;
  return Math.abs(skewMs) > CLOCK_TOLERANCE_MS ? skewMs : 0;
}

/** Years 1 to 9999: what ISO 8601 text without a sign holds, and every database. */
const FIRST_MS = -62_135_596_800_000; // 0001-01-01T00:00:00Z (Date.UTC reads years below 100 as 19xx)
const LAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A device time moved onto the server's clock (unmoved if that would leave the calendar). */
export function onServerClock(deviceIso: string, correctionMs: number): string {
  if (!correctionMs) return deviceIso;
  const moved = Date.parse(deviceIso) + correctionMs;
  return Number.isFinite(moved) && moved >= FIRST_MS && moved <= LAST_MS ? new Date(moved).toISOString() : deviceIso;
}
