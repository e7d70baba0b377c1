/**
 * Badge codes: the text inside a badge's QR code, also what a keyboard-wedge scanner types.
 *
 * Format: "SF1" + base32(body + signature), ASCII only.
 *   body = version(1) | eventId(16) | attendeeId(16) | category(1) | kid(8) | len+name | len+company
 *   signature = Ed25519 over DOMAIN + body, by the key named by kid (the event key, or a desk
 *   device's key for walk-ins registered offline).
 * A desk can therefore show who the visitor is and tell a forged badge from a real one with no
 * network and without the roster.
 */
import { VISITOR_CATEGORIES, type VisitorCategory } from '../categories';
import { bytesToUuid, fromHex, toHex, uuidToBytes } from '../ids';
import { base32Decode, base32Encode } from './base32';
import { verifyBytes } from './keys';
import { BADGE_PREFIX, MIN_BADGE_BYTES, SIGNATURE_BYTES } from './shape';

/** Signs a message with a badge key: pure JS on devices (keys.ts), Node's native crypto on the server. */
export type BadgeSigner = (message: Uint8Array) => Uint8Array;

const VERSION = 1;
const DOMAIN = new TextEncoder().encode('showfloor-badge-v1');
/** Byte budgets keep the QR small enough to print at 25 mm and still scan. */
export const BADGE_NAME_MAX_BYTES = 96;
export const BADGE_COMPANY_MAX_BYTES = 150;

export interface BadgePayload {
  eventId: string;
  attendeeId: string;
  category: VisitorCategory;
  kid: string;
  name: string;
  company: string;
}

export type BadgeDecodeResult =
  | { ok: true; payload: BadgePayload; body: Uint8Array; signature: Uint8Array }
  | { ok: false; reason: 'not_a_badge' | 'corrupt' };

/** Cuts a string to at most `maxBytes` of UTF-8 without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const size = encoder.encode(ch).length;
    if (used + size > maxBytes) break;
    out += ch;
    used += size;
  }
  return out;
}

function encodeBody(p: BadgePayload): Uint8Array {
  const encoder = new TextEncoder();
  const name = encoder.encode(truncateUtf8(p.name, BADGE_NAME_MAX_BYTES));
  const company = encoder.encode(truncateUtf8(p.company, BADGE_COMPANY_MAX_BYTES));
  const categoryIndex = VISITOR_CATEGORIES.indexOf(p.category);
  if (categoryIndex < 0) throw new Error(`unknown category ${p.category}`);
  const kid = fromHex(p.kid);
  if (kid.length !== 8) throw new Error('kid must be 8 bytes');
  const body = new Uint8Array(1 + 16 + 16 + 1 + 8 + 1 + name.length + 1 + company.length);
  let o = 0;
  body[o++] = VERSION;
  body.set(uuidToBytes(p.eventId), o);
  o += 16;
  body.set(uuidToBytes(p.attendeeId), o);
  o += 16;
  body[o++] = categoryIndex;
  body.set(kid, o);
  o += 8;
  body[o++] = name.length;
  body.set(name, o);
  o += name.length;
  body[o++] = company.length;
  body.set(company, o);
  return body;
}

function signedMessage(body: Uint8Array): Uint8Array {
  const msg = new Uint8Array(DOMAIN.length + body.length);
  msg.set(DOMAIN, 0);
  msg.set(body, DOMAIN.length);
  return msg;
}

export function encodeBadge(payload: BadgePayload, sign: BadgeSigner): string {
  const body = encodeBody(payload);
  const signature = sign(signedMessage(body));
  const all = new Uint8Array(body.length + signature.length);
  all.set(body, 0);
  all.set(signature, body.length);
  return BADGE_PREFIX + base32Encode(all);
}

/** Scanners add stray whitespace or type with Caps Lock; both are tolerated here, nothing else. */
export function normaliseScannedCode(text: string): string {
  return text.trim();
}

export function decodeBadge(text: string): BadgeDecodeResult {
  const clean = normaliseScannedCode(text);
  if (clean.slice(0, BADGE_PREFIX.length).toUpperCase() !== BADGE_PREFIX) return { ok: false, reason: 'not_a_badge' };
  const bytes = base32Decode(clean.slice(BADGE_PREFIX.length));
  if (!bytes || bytes.length < MIN_BADGE_BYTES) return { ok: false, reason: 'corrupt' };
  if (bytes[0] !== VERSION) return { ok: false, reason: 'corrupt' };
  let o = 1;
  const eventId = bytesToUuid(bytes.slice(o, o + 16));
  o += 16;
  const attendeeId = bytesToUuid(bytes.slice(o, o + 16));
  o += 16;
  const category = VISITOR_CATEGORIES[bytes[o++] ?? 255];
  const kid = toHex(bytes.slice(o, o + 8));
  o += 8;
  const nameLen = bytes[o++] ?? 0;
  const nameBytes = bytes.slice(o, o + nameLen);
  o += nameLen;
  const companyLen = bytes[o++] ?? 0;
  const companyBytes = bytes.slice(o, o + companyLen);
  o += companyLen;
  if (!category || nameBytes.length !== nameLen || companyBytes.length !== companyLen) return { ok: false, reason: 'corrupt' };
  if (bytes.length !== o + SIGNATURE_BYTES) return { ok: false, reason: 'corrupt' };
  let name: string;
  let company: string;
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    name = decoder.decode(nameBytes);
    company = decoder.decode(companyBytes);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  return {
    ok: true,
    payload: { eventId, attendeeId, category, kid, name, company },
    body: bytes.slice(0, o),
    signature: bytes.slice(o),
  };
}

/** The public half of the keys a device trusts, from the event config. */
export interface BadgeKeyring {
  eventId: string;
  keys: ReadonlyArray<{ kid: string; publicKey: string; revoked: boolean }>;
  revokedAttendees: ReadonlySet<string>;
}

export type BadgeVerdict =
  | { status: 'valid'; payload: BadgePayload }
  | { status: 'forged' | 'revoked' | 'other_event'; payload: BadgePayload }
  | { status: 'unreadable'; reason: 'not_a_badge' | 'corrupt' };

export function verifyBadge(text: string, keyring: BadgeKeyring): BadgeVerdict {
  const decoded = decodeBadge(text);
  if (!decoded.ok) return { status: 'unreadable', reason: decoded.reason };
  const { payload } = decoded;
  const key = keyring.keys.find((k) => k.kid === payload.kid);
  // Signed by a key we do not hold and naming another event: a badge of another show. A badge that
  // names one of our keys is checked first, so an altered event id reads as forged, not foreign.
  if (!key && payload.eventId !== keyring.eventId) return { status: 'other_event', payload };
  if (!key || !verifyBytes(decoded.signature, signedMessage(decoded.body), key.publicKey)) return { status: 'forged', payload };
  if (payload.eventId !== keyring.eventId) return { status: 'other_event', payload };
  if (key.revoked || keyring.revokedAttendees.has(payload.attendeeId)) return { status: 'revoked', payload };
  return { status: 'valid', payload };
}
