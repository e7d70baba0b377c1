/**
 * Invitation codes (邀请码): a customer passes theirs on; a registration carrying it is a referral
 * by that customer. Eight characters of Crockford's base32 (no I, L, O or U, so a code read aloud
 * or copied from paper is not mistaken), shown in two groups of four. Typed codes are read
 * leniently: case, spaces and dashes do not matter, and O, I and L are read as 0, 1 and 1.
 */
import { labelKey } from '../text/normalise';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const INVITE_CODE_LENGTH = 8;

/** A new code from random bytes (crypto.getRandomValues, in the browser and in Node alike). */
export function newInviteCode(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  return [...random(INVITE_CODE_LENGTH)].map((b) => ALPHABET[b % 32]).join('');
}

/** The code as stored, or '' when the text cannot be a code. */
export function normaliseInviteCode(raw: string): string {
  const code = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== INVITE_CODE_LENGTH) return '';
  return [...code].every((ch) => ALPHABET.includes(ch)) ? code : '';
}

/** ABCD-EFGH: easier to read out and type. */
export function formatInviteCode(code: string): string {
  return code.length === INVITE_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** Headers of the roster column that carries the invitation code a visitor registered with. */
export const INVITE_HEADERS: readonly string[] = ['邀请码', '邀請碼', '邀请代码', '推荐码', '推薦碼', 'invitation code', 'invite code', 'referral code', 'invitation'];
const INVITE_KEYS = new Set(INVITE_HEADERS.map(labelKey));

export function isInviteHeader(header: string): boolean {
  return INVITE_KEYS.has(labelKey(header));
}

/**
 * Each row's invitation code: the code when it reads as one, '' when empty; a cell that is no
 * code is a warning (the visitor is imported all the same, without a referral).
 */
export function readInviteCodes(cells: readonly string[], lines: readonly number[], column: string): { codes: string[]; warnings: Array<{ line: number; message: string }> } {
  const warnings: Array<{ line: number; message: string }> = [];
  const codes = cells.map((cell, i) => {
    if (!cell.trim()) return '';
    const code = normaliseInviteCode(cell);
    if (!code) warnings.push({ line: lines[i] ?? i + 2, message: `${column}: "${cell.trim().slice(0, 40)}" is not an invitation code (8 letters and digits); imported without a referral` });
    return code;
  });
  return { codes, warnings };
}
