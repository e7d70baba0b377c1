/**
 * The kiosk's staff PIN: set on the kiosk after pairing, kept only as a salted PBKDF2 hash in the
 * device row (never sent anywhere), checked to leave kiosk mode. Five wrong tries lock it for a
 * minute (kept in the database, so reloading the page does not reset the count).
 */
import { fromHex, toHex } from '../../core/ids';
import { db } from '../db/open';
import type { KioskPinHash } from '../db/schema';
import { requireDevice } from './device';

export const PIN_PATTERN = /^\d{4,8}$/;
const ITERATIONS = 100_000;
export const MAX_TRIES = 5;
export const LOCK_MS = 60_000;
const FAILURES = 'kioskPinFailures';

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const secret = new TextEncoder().encode(pin);
  // The browser's own PBKDF2 takes milliseconds where JavaScript takes a second on a tablet;
  // the pure-JS one is only for a context without WebCrypto (plain HTTP on a LAN address), and
  // loaded only there.
  if (globalThis.crypto?.subtle) {
    const key = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
    return toHex(new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256)));
  }
  const [{ pbkdf2Async }, { sha256 }] = await Promise.all([import('@noble/hashes/pbkdf2.js'), import('@noble/hashes/sha2.js')]);
  return toHex(await pbkdf2Async(sha256, secret, salt, { c: iterations, dkLen: 32 }));
}

export async function setKioskPin(pin: string): Promise<void> {
  if (!PIN_PATTERN.test(pin)) throw new Error('the PIN is 4 to 8 digits');
  await requireDevice('kiosk');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const kioskPin: KioskPinHash = { salt: toHex(salt), hash: await derive(pin, salt, ITERATIONS), iterations: ITERATIONS };
  await db().device.update('this', { kioskPin });
  await db().syncState.delete(FAILURES);
}

function sameText(a: string, b: string): boolean {
  // Compares every character so the time taken does not depend on where they differ.
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export type PinCheck = { ok: true } | { ok: false; lockedUntil: number | null; triesLeft: number };

export async function checkKioskPin(pin: string, now: number = Date.now()): Promise<PinCheck> {
  const device = await requireDevice('kiosk');
  const failures = ((await db().syncState.get(FAILURES))?.value as { count: number; lockedUntil: number | null } | undefined) ?? { count: 0, lockedUntil: null };
  if (failures.lockedUntil && failures.lockedUntil > now) return { ok: false, lockedUntil: failures.lockedUntil, triesLeft: 0 };
  const stored = device.kioskPin;
  if (stored && PIN_PATTERN.test(pin) && sameText(await derive(pin, fromHex(stored.salt), stored.iterations), stored.hash)) {
    await db().syncState.delete(FAILURES);
    return { ok: true };
  }
  const count = (failures.lockedUntil ? 0 : failures.count) + 1;
  const lockedUntil = count >= MAX_TRIES ? now + LOCK_MS : null;
  await db().syncState.put({ key: FAILURES, value: { count: lockedUntil ? 0 : count, lockedUntil } });
  return { ok: false, lockedUntil, triesLeft: lockedUntil ? 0 : MAX_TRIES - count };
}
