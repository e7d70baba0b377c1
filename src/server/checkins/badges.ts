import { decodeBadge } from '../../core/badge/codec';
import { isUuid } from '../../core/ids';
import type { Queryable } from '../db/types';

/**
 * Cancels a visitor's badge (lost, stolen, registration withdrawn). Every device learns it at its
 * next config pull and flags the badge "revoked" instead of admitting it.
 * `who` is an attendee id or the badge code itself.
 */
export async function revokeBadge(db: Queryable, eventId: string, who: string): Promise<{ id: string; name: string } | null> {
  const id = isUuid(who) ? who : (() => {
    const decoded = decodeBadge(who);
    return decoded.ok ? decoded.payload.attendeeId : null;
  })();
  const { rows } = await db.query<{ id: string; name: string }>(
    `UPDATE attendees SET revoked_at = COALESCE(revoked_at, now())
      WHERE event_id = $1 AND (id::text = $2 OR badge_code = $3) RETURNING id, name`,
    [eventId, id ?? '', who],
  );
  return rows[0] ?? null;
}
