/** Text normalisation shared by imports, search and de-duplication. */

/** Full-width ASCII (ＡＢＣ１２３＠) typed by Chinese IMEs becomes half-width; the ideographic space a plain space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** For matching labels and headers: NFKC, half-width, lower case, no spaces, underscores or punctuation. */
export function labelKey(text: string): string {
  return toHalfWidth(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s_\-./()（）:：*]/g, '');
}

export function normaliseEmail(text: string): string {
  return toHalfWidth(text).trim().toLowerCase();
}

// Deliberately permissive: one @, something on each side, a dot in the domain, no spaces.
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL_RE.test(text);
}

/** Printable ASCII only: what a keyboard-wedge scanner can type. */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7e]+$/.test(text);
}

/**
 * The digits a phone number is matched on to find the same person twice: "+852 5123-4567",
 * "+85251234567" and "00852 5123 4567" are one number; verified or not, only its digits count.
 * An international prefix (00) is dropped so it meets the "+" form. (Here, not in phone.ts, so
 * the desk's search worker matches numbers without libphonenumber's metadata.)
 */
export function phoneDigits(text: string): string {
  const half = toHalfWidth(text);
  const digits = half.replace(/\D/g, '');
  return /^\s*00/.test(half) ? digits.slice(2) : digits;
}
