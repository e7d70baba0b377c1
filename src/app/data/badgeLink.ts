/**
 * A badge scanned at the kiosk links a response or case to its visitor, verified offline with the
 * event's keys. Anything that does not verify is refused with the reason and the answers stay
 * anonymous: a forged badge must not attach opinions to someone else's name.
 */
import { verifyBadge } from '../../core/badge/codec';
import { AUDIENCE_BY_CATEGORY, type Audience } from '../../core/surveys/schema';
import { db } from '../db/open';
import { loadKeyring } from './keyring';

export type BadgeLink =
  | { status: 'linked'; attendeeId: string; name: string; audience: Audience }
  | { status: 'refused'; reason: 'forged' | 'revoked' | 'other_event' | 'unreadable' | 'not_ready' };

export async function linkBadge(code: string): Promise<BadgeLink> {
  const { keyring } = await loadKeyring(db());
  if (!keyring) return { status: 'refused', reason: 'not_ready' };
  const verdict = verifyBadge(code.trim().slice(0, 4096), keyring);
  if (verdict.status === 'valid') {
    return { status: 'linked', attendeeId: verdict.payload.attendeeId, name: verdict.payload.name, audience: AUDIENCE_BY_CATEGORY[verdict.payload.category] };
  }
  return { status: 'refused', reason: verdict.status };
}
