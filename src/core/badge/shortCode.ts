/**
 * The short code printed under a badge's QR for staff to type when the QR will not scan
 * (decisions, 41): 8 random symbols and a check symbol, from Crockford's base32 alphabet (no I,
 * L, O or U), printed in two groups ("K7M2 9QXAF"). Typed, it is read forgivingly: any case,
 * spaces or dashes, O for 0 and I or L for 1. The check symbol (Luhn mod 32) catches every
 * single mistyped symbol and most swaps of two neighbours, so a typo finds nobody rather than
 * someone else. The code is not signed: it is a key into the roster the desk holds, so a typed
 * code admits only someone the organizer registered, and revocation applies to it as to the QR.
 */
export const SHORT_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY = 8;
const VALUE = new Map([...SHORT_CODE_ALPHABET].map((c, i) => [c, i]));
for (const [alias, of] of [
  ['O', '0'],
  ['I', '1'],
  ['L', '1'],
] as const)
  VALUE.set(alias, VALUE.get(of) as number);

/** Luhn mod N over the alphabet: the symbol that makes the weighted sum of the whole code divisible by 32. */
function checkSymbol(body: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * (VALUE.get(body[i] as string) as number);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return SHORT_CODE_ALPHABET[(32 - (sum % 32)) % 32] as string;
}

/** A new code from 40 random bits (`random` fills a byte array: crypto.getRandomValues). */
export function newShortCode(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(5));
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let body = '';
  for (let i = 0; i < BODY; i++) body = SHORT_CODE_ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)] + body;
  return body + checkSymbol(body);
}

/** The code as printed: "K7M2 9QXAF". */
export function formatShortCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

/**
 * What staff typed, as the stored code, or null when it is not a short code (wrong length or
 * symbols, or a check symbol that does not match: a typo).
 */
export function readShortCode(typed: string): string | null {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '');
  if (clean.length !== BODY + 1) return null;
  let canonical = '';
  for (const ch of clean) {
    const v = VALUE.get(ch);
    if (v === undefined) return null;
    canonical += SHORT_CODE_ALPHABET[v];
  }
  return checkSymbol(canonical.slice(0, BODY)) === canonical[BODY] ? canonical : null;
}
