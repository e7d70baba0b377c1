/**
 * Leads from booth devices. Every lead mutation carries the whole lead with per-part edit times,
 * so create, update and delete are one operation here: merge into what is stored (core/leads/merge.ts),
 * in any order, any number of times.
 *
 * Checks before anything is stored: the device's exhibitor owns the lead (a lead id that belongs to
 * another exhibitor is refused, never overwritten), and a badge lead's badge is signed by a key of
 * this event and names the visitor the lead says (the same verification as a check-in).
 *
 * The same visitor scanned at the same booth by two devices offline arrives as two ids: the second
 * merges into the lead stored first and its id becomes an alias, so later edits under it land there.
 */
import { verifyBadge, type BadgeKeyring } from '../../../core/badge/codec';
import { mergeLeads } from '../../../core/leads/merge';
import type { Lead } from '../../../core/leads/schema';
import type { Queryable } from '../../db/types';
import type { DeviceIdentity } from '../../devices/devices';
import { LEAD_ROW_COLUMNS, leadFromRow, shareContacts, writeLeads, type LeadRow } from '../../leads/store';
import { classifyWithin } from '../../visitors/classify';
import { forgetErasedLeads } from '../../visitors/lateErasure';
import { RejectMutation, sameDevice, type Applicable, type Handler, type Precheck } from './types';

const precheck: Precheck<'lead.create'> = (device, data) => {
  const wrongDevice = sameDevice(device, data);
  if (wrongDevice) return wrongDevice;
  if (!device.exhibitorId || data.exhibitorId !== device.exhibitorId) return `lead ${data.id} is not yours`;
  if (data.source === 'badge' && (!data.badgeCode || !data.attendeeId)) return 'a badge lead needs the badge code and the visitor';
  if (data.source === 'card' && data.attendeeId) return 'a card lead names no registered visitor';
  return null;
};

async function keyringFor(tx: Queryable, eventId: string, attendeeIds: readonly string[]): Promise<BadgeKeyring> {
  const [{ rows: keys }, { rows: revoked }] = await Promise.all([
    tx.query<{ kid: string; public_key: string; revoked: boolean }>('SELECT kid, public_key, revoked_at IS NOT NULL AS revoked FROM badge_keys WHERE event_id = $1', [eventId]),
    tx.query<{ id: string }>('SELECT id FROM attendees WHERE event_id = $1 AND id = ANY($2::uuid[]) AND revoked_at IS NOT NULL', [eventId, attendeeIds]),
  ]);
  return { eventId, keys: keys.map((k) => ({ kid: k.kid, publicKey: k.public_key, revoked: k.revoked })), revokedAttendees: new Set(revoked.map((r) => r.id)) };
}

/** A badge lead must carry a badge of this event, signed by one of its keys, naming its visitor. */
function checkBadge(lead: Lead, keyring: BadgeKeyring): void {
  if (lead.source !== 'badge' || !lead.badgeCode) return;
  const verdict = verifyBadge(lead.badgeCode, keyring);
  // A revoked badge still names a real visitor: the lead is theirs (the desk, not the booth, refuses entry).
  if (verdict.status !== 'valid' && verdict.status !== 'revoked') {
    throw new RejectMutation(`lead ${lead.id}: the badge is ${verdict.status === 'unreadable' ? 'not a badge of this show' : verdict.status.replace('_', ' ')}`);
  }
  if (verdict.payload.attendeeId !== lead.attendeeId) throw new RejectMutation(`lead ${lead.id}: the badge names another visitor`);
}

async function applyLeads(tx: Queryable, device: DeviceIdentity, items: ReadonlyArray<Applicable<'lead.create'>>): Promise<void> {
  const exhibitorId = device.exhibitorId;
  if (!exhibitorId) throw new RejectMutation('only a booth device paired to an exhibitor may send leads');
  // One exhibitor's leads are merged one batch at a time: two devices delivering the same visitor
  // at once would otherwise both insert it.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('leads:' || $1))`, [exhibitorId]);

  const incoming = items.map((i) => i.data);
  const keyring = await keyringFor(tx, device.eventId, incoming.flatMap((l) => (l.attendeeId ? [l.attendeeId] : [])));
  for (const lead of incoming) checkBadge(lead, keyring);

  const ids = incoming.map((l) => l.id);
  const attendees = incoming.flatMap((l) => (l.attendeeId ? [l.attendeeId] : []));
  const { rows: aliasRows } = await tx.query<{ alias_id: string; lead_id: string; exhibitor_id: string }>(
    'SELECT alias_id, lead_id, exhibitor_id FROM lead_aliases WHERE alias_id = ANY($1::uuid[])',
    [ids],
  );
  const { rows: stored } = await tx.query<LeadRow>(
    `SELECT ${LEAD_ROW_COLUMNS} FROM leads l
      WHERE l.id = ANY($1::uuid[]) OR l.id = ANY($2::uuid[]) OR (l.exhibitor_id = $3 AND l.attendee_id = ANY($4::uuid[]))
      FOR UPDATE`,
    [ids, aliasRows.map((a) => a.lead_id), exhibitorId, attendees],
  );
  for (const row of [...stored, ...aliasRows]) {
    // Checked against the database, not the device's word: a lead id of another booth is never
    // touched, and the answer says no more than "not yours" (not whose, not what it holds).
    if (row.exhibitor_id !== exhibitorId && (ids.includes('id' in row ? row.id : row.alias_id))) {
      throw new RejectMutation(`lead ${'id' in row ? row.id : row.alias_id} is not yours`);
    }
  }

  const byId = new Map(stored.filter((r) => r.exhibitor_id === exhibitorId).map((r) => [r.id, leadFromRow(r)]));
  const aliasOf = new Map(aliasRows.map((a) => [a.alias_id, a.lead_id]));
  const byAttendee = new Map([...byId.values()].flatMap((l) => (l.attendeeId ? [[l.attendeeId, l.id] as const] : [])));
  const changed = new Set<string>();
  const newAliases: Array<{ alias_id: string; lead_id: string }> = [];
  for (const lead of incoming) {
    let target = aliasOf.get(lead.id) ?? (byId.has(lead.id) ? lead.id : undefined);
    if (!target && lead.attendeeId) {
      target = byAttendee.get(lead.attendeeId);
      if (target && target !== lead.id) {
        aliasOf.set(lead.id, target);
        newAliases.push({ alias_id: lead.id, lead_id: target });
      }
    }
    const current = target ? byId.get(target) : undefined;
    const merged = current ? mergeLeads(current, lead) : lead;
    byId.set(merged.id, merged);
    if (merged.attendeeId) byAttendee.set(merged.attendeeId, merged.id);
    changed.add(merged.id);
  }

  await writeLeads(tx, [...changed].map((id) => byId.get(id)!));
  if (newAliases.length) {
    await tx.query(
      `INSERT INTO lead_aliases (alias_id, lead_id, exhibitor_id) SELECT alias_id, lead_id, $2 FROM jsonb_to_recordset($1::jsonb) AS x(alias_id uuid, lead_id uuid)
       ON CONFLICT (alias_id) DO NOTHING`,
      [JSON.stringify(newAliases), exhibitorId],
    );
  }
  await shareContacts(tx, [...changed]);

  // Each captured badge lead is a scan at this booth: it adds to the visitor's inferred interests.
  const scans = incoming.filter((l) => l.attendeeId).map((l) => ({ id: l.id, attendee_id: l.attendeeId, lead_id: aliasOf.get(l.id) ?? l.id, device_id: l.deviceId, scanned_at: l.capturedAt }));
  if (!scans.length) return;
  const { rows: fresh } = await tx.query<{ attendee_id: string }>(
    `INSERT INTO lead_scans (id, event_id, exhibitor_id, attendee_id, lead_id, device_id, scanned_at)
     SELECT id, $2, $3, attendee_id, lead_id, device_id, scanned_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, attendee_id uuid, lead_id uuid, device_id uuid, scanned_at timestamptz)
     ON CONFLICT (id) DO NOTHING RETURNING attendee_id`,
    [JSON.stringify(scans), device.eventId, exhibitorId],
  );
  const scanned = [...new Set(fresh.map((r) => r.attendee_id))];
  if (!scanned.length) return;
  const { rows: profiles } = await tx.query<{ attendee_id: string }>(
    'UPDATE visitor_profiles SET stale = true WHERE event_id = $1 AND attendee_id = ANY($2::uuid[]) RETURNING attendee_id',
    [device.eventId, scanned],
  );
  await classifyWithin(
    tx,
    device.eventId,
    profiles.map((p) => p.attendee_id),
  );
}

function leadHandler<K extends 'lead.create' | 'lead.update' | 'lead.delete'>(): Handler<K> {
  return {
    precheck: precheck as Precheck<K>,
    applyMany: (tx, device, items) => applyLeads(tx, device, items as ReadonlyArray<Applicable<'lead.create'>>),
    forgetErased: (tx, device, items) => forgetErasedLeads(tx, device.eventId, items as ReadonlyArray<Applicable<'lead.create'>>),
  };
}

export const leadCreate = leadHandler<'lead.create'>();
export const leadUpdate = leadHandler<'lead.update'>();
export const leadDelete = leadHandler<'lead.delete'>();
