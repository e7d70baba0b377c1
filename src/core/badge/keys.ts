import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { fromHex, toHex } from '../ids';

// noble-ed25519 needs a synchronous SHA-512 for its sync API; verification at the desk must be
// synchronous and fast, so we give it the audited pure-JS one (works in browsers and Node alike).
ed.hashes.sha512 = sha512;

export interface BadgeKeyPair {
  /** 8-byte key id, hex: the first bytes of SHA-256(publicKey). Printed in every badge it signs. */
  kid: string;
  publicKey: string;
  secretKey: string;
}

export function generateBadgeKeyPair(): BadgeKeyPair {
  const secret = ed.utils.randomSecretKey();
  return keyPairFromSecret(toHex(secret));
}

export function keyPairFromSecret(secretKeyHex: string): BadgeKeyPair {
  const publicKey = ed.getPublicKey(fromHex(secretKeyHex));
  return { kid: keyIdOf(publicKey), publicKey: toHex(publicKey), secretKey: secretKeyHex };
}

export function keyIdOf(publicKey: Uint8Array): string {
  return toHex(sha256(publicKey).slice(0, 8));
}

export function jsSigner(secretKeyHex: string): (message: Uint8Array) => Uint8Array {
  const secret = fromHex(secretKeyHex);
  return (message) => ed.sign(message, secret);
}

export function verifyBytes(signature: Uint8Array, message: Uint8Array, publicKeyHex: string): boolean {
  try {
    return ed.verify(signature, message, fromHex(publicKeyHex));
  } catch {
    return false;
  }
}
