import type { Role } from '../../core/schema/common';
import type { DeviceSummary } from '../../core/schema/console';
import { hashToken } from '../auth/secrets';
import type { Db, Queryable } from '../db/types';

export interface DeviceIdentity {
  id: string;
  eventId: string;
  role: Role;
  exhibitorId: string | null;
  name: string;
  /** This device's earlier identities (see pairing): records captured under them are accepted. */
  lineage: readonly string[];
}

interface DeviceAuthRow {
  id: string;
  event_id: string;
  role: Role;
  exhibitor_id: string | null;
  name: string;
  lineage: string[];
  stale: boolean;
}

/** The device a bearer token belongs to, or null when unknown or revoked. */
export async function deviceForToken(db: Queryable, token: string): Promise<DeviceIdentity | null> {
  const { rows } = await db.query<DeviceAuthRow>(
    `SELECT id, event_id, role, exhibitor_id, name, to_jsonb(lineage) AS lineage, (last_seen_at IS NULL OR last_seen_at < now() - interval '15 seconds') AS stale
       FROM devices WHERE token_hash = $1 AND revoked_at IS NULL`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return null;
  // Last-seen is for the console's fleet view; writing it at most every 15 s keeps reads cheap.
  if (row.stale) await db.query('UPDATE devices SET last_seen_at = now() WHERE id = $1', [row.id]);
  return { id: row.id, eventId: row.event_id, role: row.role, exhibitorId: row.exhibitor_id, name: row.name, lineage: row.lineage };
}

/**
 * A device by id, revoked or not, as the identity its records were captured under: used to replay
 * an emergency export file the device saved when it could not sync.
 */
export async function deviceById(db: Queryable, id: string): Promise<DeviceIdentity | null> {
  const { rows } = await db.query<Omit<DeviceAuthRow, 'stale'>>(
    `SELECT id, event_id, role, exhibitor_id, name, to_jsonb(lineage) AS lineage FROM devices WHERE id = $1`,
    [id],
  );
  const row = rows[0];
  return row ? { id: row.id, eventId: row.event_id, role: row.role, exhibitorId: row.exhibitor_id, name: row.name, lineage: row.lineage } : null;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

export async function listDevices(db: Queryable, eventId: string): Promise<DeviceSummary[]> {
  const { rows } = await db.query<{
    id: string;
    name: string;
    role: Role;
    exhibitor_id: string | null;
    exhibitor_name: string | null;
    paired_at: Date;
    last_seen_at: Date | null;
    last_sync_at: Date | null;
    unsynced_count: number | null;
    unsynced_reported_at: Date | null;
    revoked_at: Date | null;
    clock_skew_ms: string | number | null;
  }>(
    `SELECT d.id, d.name, d.role, d.exhibitor_id, x.name AS exhibitor_name, d.paired_at, d.last_seen_at, d.last_sync_at, d.unsynced_count, d.unsynced_reported_at, d.revoked_at,
            d.clock_skew_ms
       FROM devices d LEFT JOIN exhibitors x ON x.id = d.exhibitor_id
      WHERE d.event_id = $1 ORDER BY d.revoked_at IS NOT NULL, d.paired_at`,
    [eventId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    exhibitorId: r.exhibitor_id,
    exhibitorName: r.exhibitor_name,
    pairedAt: iso(r.paired_at) ?? '',
    lastSeenAt: iso(r.last_seen_at),
    lastSyncAt: iso(r.last_sync_at),
    unsynced: r.unsynced_count,
    unsyncedReportedAt: iso(r.unsynced_reported_at),
    revokedAt: iso(r.revoked_at),
    // bigint comes back as a string from PostgreSQL.
    clockSkewMs: r.clock_skew_ms === null ? null : Number(r.clock_skew_ms),
  }));
}

/** Revokes the device's token and any badge key it held: its next request is refused. */
export async function revokeDevice(db: Db, eventId: string, deviceId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rowCount } = await tx.query('UPDATE devices SET revoked_at = now() WHERE id = $1 AND event_id = $2 AND revoked_at IS NULL', [deviceId, eventId]);
    if (rowCount) await tx.query('UPDATE badge_keys SET revoked_at = now() WHERE owner = $1 AND revoked_at IS NULL', [deviceId]);
    return rowCount > 0;
  });
}
