/**
 * Pull: server-owned data newer than the device's checkpoint, in `seq` order, a page at a time.
 * Each stream merges several sources (tables and their tombstones); the page is cut at `limit`
 * after merging, so the checkpoint always covers exactly the changes returned.
 */
import type { Change, PullResponse, PullStream } from '../../core/schema/sync';
import type { Role } from '../../core/schema/common';
import type { Queryable } from '../db/types';
import type { DeviceIdentity } from '../services/devices';
import { toEventConfig } from '../services/events';

interface SourceRow {
  seq: string;
  change: Change;
}

interface Source {
  kinds: string[];
  /** Rows with seq > since, in seq order, at most `limit`. */
  fetch(db: Queryable, device: DeviceIdentity, since: string, limit: number): Promise<SourceRow[]>;
  count(db: Queryable, device: DeviceIdentity, since: string): Promise<number>;
}

function tableSource<R extends { seq: string }>(opts: { kind: string; from: string; columns: string; where?: string; toChange: (row: R) => Change }): Source {
  const where = `event_id = $1 AND seq > $2::bigint${opts.where ? ` AND ${opts.where}` : ''}`;
  return {
    kinds: [opts.kind],
    async fetch(db, device, since, limit) {
      // Order by the bigint column (src.seq): a bare `seq` would name the text output column and sort '10000' before '2'.
      const { rows } = await db.query<R>(`SELECT seq::text AS seq, ${opts.columns} FROM ${opts.from} AS src WHERE ${where} ORDER BY src.seq LIMIT $3`, [
        device.eventId,
        since,
        limit,
      ]);
      return rows.map((r) => ({ seq: r.seq, change: opts.toChange(r) }));
    },
    async count(db, device, since) {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${opts.from} AS src WHERE ${where}`, [device.eventId, since]);
      return rows[0]?.n ?? 0;
    },
  };
}

function tombstoneSource(stream: PullStream): Source {
  return {
    kinds: [],
    async fetch(db, device, since, limit) {
      const { rows } = await db.query<{ seq: string; kind: string; key: string }>(
        `SELECT seq::text AS seq, kind, key FROM sync_tombstones t WHERE event_id = $1 AND stream = $2 AND seq > $3::bigint ORDER BY t.seq LIMIT $4`,
        [device.eventId, stream, since, limit],
      );
      return rows.map((r) => ({ seq: r.seq, change: { kind: r.kind, key: r.key, data: null } }));
    },
    async count(db, device, since) {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM sync_tombstones WHERE event_id = $1 AND stream = $2 AND seq > $3::bigint`,
        [device.eventId, stream, since],
      );
      return rows[0]?.n ?? 0;
    },
  };
}

const eventSource = tableSource<{ seq: string; id: string; name: string; starts_on: string | null; ends_on: string | null; venue: string }>({
  kind: 'event',
  from: '(SELECT *, id AS event_id FROM events)',
  columns: `id, name, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, venue`,
  toChange: (r) => ({ kind: 'event', key: r.id, data: toEventConfig(r) }),
});

const badgeKeySource = tableSource<{ seq: string; kid: string; owner: string; public_key: string; revoked: boolean }>({
  kind: 'badge_key',
  from: 'badge_keys',
  columns: 'kid, owner, public_key, revoked_at IS NOT NULL AS revoked',
  toChange: (r) => ({ kind: 'badge_key', key: r.kid, data: { kid: r.kid, owner: r.owner, publicKey: r.public_key, revoked: r.revoked } }),
});

const revocationSource = tableSource<{ seq: string; id: string; revoked: boolean }>({
  kind: 'badge_revocation',
  from: 'attendees',
  columns: 'id, revoked_at IS NOT NULL AS revoked',
  // Every device learns revoked badges, but only desks get the roster itself.
  where: 'revoked_at IS NOT NULL',
  toChange: (r) => ({ kind: 'badge_revocation', key: r.id, data: { attendeeId: r.id } }),
});

const attendeeSource = tableSource<{
  seq: string;
  id: string;
  name: string;
  company: string;
  title: string;
  category: string;
  mobile: string;
  email: string;
  badge_code: string;
}>({
  kind: 'attendee',
  from: 'attendees',
  columns: 'id, name, company, title, category, mobile, email, badge_code',
  toChange: (r) => ({
    kind: 'attendee',
    key: r.id,
    data: { id: r.id, name: r.name, company: r.company, title: r.title, category: r.category, mobile: r.mobile, email: r.email, badgeCode: r.badge_code },
  }),
});

const STREAMS: Record<PullStream, { roles: readonly Role[]; sources: Source[] }> = {
  config: { roles: ['desk', 'booth', 'kiosk'], sources: [eventSource, badgeKeySource, revocationSource, tombstoneSource('config')] },
  roster: { roles: ['desk'], sources: [attendeeSource, tombstoneSource('roster')] },
};

export function mayPull(role: Role, stream: PullStream): boolean {
  return STREAMS[stream].roles.includes(role);
}

export async function pull(db: Queryable, device: DeviceIdentity, stream: PullStream, since: string, limit: number): Promise<PullResponse> {
  const { sources } = STREAMS[stream];
  const fetched = (await Promise.all(sources.map((s) => s.fetch(db, device, since, limit + 1)))).flat();
  fetched.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : BigInt(a.seq) > BigInt(b.seq) ? 1 : 0));
  const page = fetched.slice(0, limit);
  const more = fetched.length > limit;
  const checkpoint = page.length ? (page[page.length - 1] as SourceRow).seq : since;
  const remaining = more ? (await Promise.all(sources.map((s) => s.count(db, device, checkpoint)))).reduce((a, b) => a + b, 0) : 0;
  return { checkpoint, changes: page.map((r) => r.change), more, remaining };
}
