import { keyIdOf } from '../../core/badge/keys';
import { fromHex, newId } from '../../core/ids';
import type { Role } from '../../core/schema/common';
import type { PairResponse } from '../../core/schema/pairing';
import { hashToken, newPairingCode, newToken } from '../auth/secrets';
import { publicBaseUrl, type ServerConfig } from '../config';
import type { Db, Queryable } from '../db/types';
import { isLockedOut, recordFailure } from '../auth/failures';

export const DEFAULT_CODE_TTL_MINUTES = 60;

/**
 * Wrong codes an open code survives. A guess cannot be pinned on one code, so every wrong code
 * counts against every open one: a code can never receive more than this many guesses, from any
 * number of addresses, so the chance it is guessed while open is at most 25 in 999,975 (0.0025 %).
 * A typo by staff costs the same; 25 leaves room for the typos of a morning's pairing.
 */
export const MAX_WRONG_TRIES_PER_CODE = 25;

export class PairingError extends Error {
  constructor(
    readonly reason: 'invalid' | 'expired' | 'withdrawn' | 'locked',
    message: string,
  ) {
    super(message);
  }
}

/** A pairing code that cannot be made as asked (the CLI prints the message; the console translates the reason). */
export class PairingCodeError extends Error {
  constructor(
    readonly reason: 'booth_needs_exhibitor' | 'exhibitor_only_for_booth' | 'exhibitor_not_found',
    message: string,
  ) {
    super(message);
  }
}

export interface NewPairingCode {
  code: string;
  role: Role;
  exhibitorId: string | null;
  expiresAt: string;
}

export async function createPairingCode(
  db: Queryable,
  opts: { eventId: string; role: Role; exhibitorId?: string | null; ttlMinutes?: number },
): Promise<NewPairingCode> {
  const exhibitorId = opts.exhibitorId ?? null;
  if (opts.role === 'booth' && !exhibitorId) throw new PairingCodeError('booth_needs_exhibitor', 'a booth device belongs to an exhibitor: give --exhibitor ID');
  if (opts.role !== 'booth' && exhibitorId) throw new PairingCodeError('exhibitor_only_for_booth', 'only booth devices belong to an exhibitor');
  if (exhibitorId) {
    const { rows } = await db.query('SELECT 1 FROM exhibitors WHERE id = $1 AND event_id = $2', [exhibitorId, opts.eventId]);
    if (!rows.length) throw new PairingCodeError('exhibitor_not_found', `no exhibitor ${exhibitorId} in this event (list them with: npx showfloor exhibitors)`);
  }
  const ttl = opts.ttlMinutes ?? DEFAULT_CODE_TTL_MINUTES;
  // A live code must be unique; retry on the rare collision with another live code.
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newPairingCode();
    const { rows } = await db.query<{ expires_at: Date }>(
      `INSERT INTO pairing_codes (code, event_id, role, exhibitor_id, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))
       ON CONFLICT (code) WHERE used_at IS NULL DO NOTHING RETURNING expires_at`,
      [code, opts.eventId, opts.role, exhibitorId, ttl],
    );
    if (rows[0]) return { code, role: opts.role, exhibitorId, expiresAt: new Date(rows[0].expires_at).toISOString() };
  }
  throw new Error('could not find a free pairing code; try again');
}

/** The link that pairs a device by opening it (the console and `cli pair` print it). */
export function pairingUrl(config: ServerConfig, code: string, port?: number): string {
  return `${publicBaseUrl(config, port)}/pair?code=${code}`;
}

/** Redeems a code once: creates the device and its token. Wrong codes count towards the lockout. */
export interface PairingRequest {
  code: string;
  deviceName: string;
  previousToken?: string | undefined;
  badgePublicKey?: string | undefined;
}

export async function redeemPairingCode(db: Db, request: PairingRequest, clientIp: string): Promise<PairResponse> {
  const { code, deviceName, previousToken, badgePublicKey } = request;
  if (await isLockedOut(db, 'pair', clientIp)) {
    throw new PairingError('locked', 'too many wrong pairing codes from this device recently; wait 15 minutes and try again');
  }
  const outcome = await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ event_id: string; role: Role; exhibitor_id: string | null; expired: boolean; withdrawn: boolean }>(
      `SELECT event_id, role, exhibitor_id, expires_at < now() AS expired, wrong_tries >= $2 AS withdrawn
         FROM pairing_codes WHERE code = $1 AND used_at IS NULL FOR UPDATE`,
      [code, MAX_WRONG_TRIES_PER_CODE],
    );
    const row = rows[0];
    if (!row) return { error: new PairingError('invalid', 'this pairing code is not valid (it may have been used already)') };
    if (row.expired) return { error: new PairingError('expired', 'this pairing code has expired; create a new one in the console') };
    if (row.withdrawn) {
      return { error: new PairingError('withdrawn', 'this pairing code was withdrawn because many wrong codes were tried while it was open; create a new one in the console') };
    }
    const deviceId = newId();
    const token = newToken();
    // Pairing again: the old token (even revoked) proves this is the same tablet.
    const { rows: before } = previousToken
      ? await tx.query<{ id: string; lineage: string[] }>('SELECT id, to_jsonb(lineage) AS lineage FROM devices WHERE token_hash = $1 AND event_id = $2', [
          hashToken(previousToken),
          row.event_id,
        ])
      : { rows: [] };
    const lineage = before[0] ? [...before[0].lineage, before[0].id] : [];
    // The tablet now holds the new token only; the old one must not keep working elsewhere.
    // Its badge key stays valid: badges it signed were issued by this same tablet.
    if (before[0]) await tx.query('UPDATE devices SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1', [before[0].id]);
    await tx.query(`INSERT INTO devices (id, event_id, role, exhibitor_id, name, token_hash, lineage) VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[])`, [
      deviceId,
      row.event_id,
      row.role,
      row.exhibitor_id,
      deviceName,
      hashToken(token),
      lineage,
    ]);
    await tx.query(`UPDATE pairing_codes SET used_at = now(), used_by = $2 WHERE code = $1 AND used_at IS NULL`, [code, deviceId]);
    if (row.role === 'desk' && badgePublicKey) {
      await tx.query(`INSERT INTO badge_keys (kid, event_id, owner, public_key) VALUES ($1, $2, $3, $4) ON CONFLICT (kid) DO NOTHING`, [
        keyIdOf(fromHex(badgePublicKey)),
        row.event_id,
        deviceId,
        badgePublicKey,
      ]);
    }
    const response: PairResponse = { deviceId, token, role: row.role, eventId: row.event_id, exhibitorId: row.exhibitor_id, deviceName };
    return { response };
  });
  if ('error' in outcome && outcome.error) {
    if (outcome.error.reason === 'invalid') await countWrongCode(db, clientIp);
    throw outcome.error;
  }
  return outcome.response as PairResponse;
}

/** A wrong code: against the address that sent it, and against every code open right now. */
async function countWrongCode(db: Db, clientIp: string): Promise<void> {
  await db.transaction(async (tx) => {
    await recordFailure(tx, 'pair', clientIp);
    await tx.query('UPDATE pairing_codes SET wrong_tries = wrong_tries + 1 WHERE used_at IS NULL AND expires_at > now()');
  });
}
