import type { BadgeKeyring } from '../../core/badge/codec';
import type { BadgeKey, EventConfig } from '../../core/schema/config';
import { db } from '../db/open';
import type { ShowfloorDb } from '../db/schema';

/** The event and the public badge keys this device trusts, from pulled config. */
export async function loadKeyring(d: ShowfloorDb): Promise<{ event: EventConfig | null; keyring: BadgeKeyring | null }> {
  const [rows, device] = await Promise.all([d.config.where('kind').anyOf('event', 'badge_key', 'badge_revocation').toArray(), d.device.get('this')]);
  const keys = rows.filter((r) => r.kind === 'badge_key').map((r) => r.data as BadgeKey);
  // This desk's own key, before the server has echoed it back in config: its walk-ins verify here at once.
  const own = device?.badgeKey;
  if (own && !keys.some((k) => k.kid === own.kid)) keys.push({ kid: own.kid, publicKey: own.publicKey, owner: device.deviceId, revoked: false });
  const event = (rows.find((r) => r.kind === 'event')?.data as EventConfig | undefined) ?? null;
  if (!event) return { event: null, keyring: null };
  return {
    event,
    keyring: {
      eventId: event.id,
      keys,
      revokedAttendees: new Set(rows.filter((r) => r.kind === 'badge_revocation').map((r) => r.key)),
    },
  };
}

/** The show's name as pulled with the event ('' before the first pull): badges and headers print it. */
export async function pulledShowName(): Promise<string> {
  return (await loadKeyring(db())).event?.name ?? '';
}
