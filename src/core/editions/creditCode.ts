/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, Z, S, V). The last is a check character: the first 17
 * weighted by 3^i mod 31, summed, and 31 minus the sum mod 31 (31 becomes 0), written in the same
 * alphabet. A typo in one character always changes it, so a wrong code is caught on import.
 */
import { toHalfWidth } from '../text/normalise';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Upper case, half-width, without spaces and dashes: how codes are compared and stored. */
export function normaliseCreditCode(raw: string): string {
  return toHalfWidth(raw.normalize('NFKC'))
    .replace(/[\s\-–—]/g, '')
    .toUpperCase();
}

/** The check character for the first 17 characters, or null when one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] as string);
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] as number);
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check] as string;
}

export type CreditCodeProblem = 'length' | 'characters' | 'check_digit';

/** Why a (normalised) code is not valid, or null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'characters';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'check_digit';
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(normaliseCreditCode(code)) === null;
}
