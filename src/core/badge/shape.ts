/**
 * What one of our badge codes looks like, with no decoding and no cryptography: the desk's database
 * upgrade asks it of every roster row, so it must not bring the signature code into a tablet's start.
 */
export const BADGE_PREFIX = 'SF1';
export const SIGNATURE_BYTES = 64;
/** Version, event, attendee, category, key id, two empty lengths, signature. */
export const MIN_BADGE_BYTES = 1 + 16 + 16 + 1 + 8 + 2 + SIGNATURE_BYTES;
const BADGE_SHAPE = new RegExp(`^${BADGE_PREFIX}[A-Z2-7]{${Math.ceil((MIN_BADGE_BYTES * 8) / 5)},}$`, 'i');

/**
 * Whether a code looks like one of our signed badges: the prefix and a base32 body long enough to
 * hold one. No decoding, so it can be asked of every row of a 200,000-row roster; a registration
 * system's own codes (short, or not base32) never look like this.
 */
export function hasBadgeShape(code: string): boolean {
  return BADGE_SHAPE.test(code);
}
