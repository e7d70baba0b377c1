/**
 * Leads in the organizer database: rows ↔ the core Lead shape, and the reads every exhibitor-facing
 * path uses. Every function here takes the exhibitor id and filters by it: nothing reads leads
 * across exhibitors except the organizer's figures (through the lead_intent view).
 */
import type { Lead, ServerLead } from '../../core/leads/schema';
import type { Db, Queryable } from '../db/types';
import { enterErasureGate, leadErased } from '../visitors/lateErasure';

export interface LeadRow {
  id: string;
  event_id: string;
  exhibitor_id: string;
  device_id: string;
  source: Lead['source'];
  badge_code: string | null;
  attendee_id: string | null;
  contact: Lead['contact'];
  rating: Lead['rating'];
  answers: Lead['answers'];
  interests: string[];
  notes: string;
  follow_up: NonNullable<Lead['followUp']>['action'] | null;
  follow_up_due: string | null;
  staff: string;
  has_photo: boolean;
  card_text: string;
  card_unread: boolean;
  stamps: Lead['stamps'];
  captured_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const iso = (v: string | Date): string => new Date(v).toISOString();

/** The columns a Lead is read from, with times as ISO text and the due date as YYYY-MM-DD. */
export const LEAD_ROW_COLUMNS = `l.id, l.event_id, l.exhibitor_id, l.device_id, l.source, l.badge_code, l.attendee_id, l.contact, l.rating, l.answers,
  l.interests, l.notes, l.follow_up, to_char(l.follow_up_due, 'YYYY-MM-DD') AS follow_up_due, l.staff, l.has_photo, l.card_text, l.card_unread,
  l.stamps, l.captured_at, l.updated_at, l.deleted_at`;

export function leadFromRow(r: LeadRow): Lead {
  return {
    id: r.id,
    eventId: r.event_id,
    deviceId: r.device_id,
    exhibitorId: r.exhibitor_id,
    capturedAt: iso(r.captured_at),
    source: r.source,
    badgeCode: r.badge_code,
    attendeeId: r.attendee_id,
    contact: r.contact,
    rating: r.rating,
    answers: r.answers,
    interests: r.interests,
    notes: r.notes,
    followUp: r.follow_up ? { action: r.follow_up, due: r.follow_up_due } : null,
    staff: r.staff,
    hasPhoto: r.has_photo,
    cardText: r.card_text,
    cardUnread: r.card_unread,
    deletedAt: r.deleted_at ? iso(r.deleted_at) : null,
    stamps: r.stamps,
    updatedAt: iso(r.updated_at),
  };
}

/** The row written for a lead (json for jsonb_to_recordset). */
export function rowFromLead(l: Lead): Record<string, unknown> {
  return {
    id: l.id,
    event_id: l.eventId,
    exhibitor_id: l.exhibitorId,
    device_id: l.deviceId,
    source: l.source,
    badge_code: l.badgeCode,
    attendee_id: l.attendeeId,
    contact: l.contact,
    rating: l.rating,
    answers: l.answers,
    interests: l.interests,
    notes: l.notes,
    follow_up: l.followUp?.action ?? null,
    follow_up_due: l.followUp?.due ?? null,
    staff: l.staff,
    has_photo: l.hasPhoto,
    card_text: l.cardText,
    card_unread: l.cardUnread,
    stamps: l.stamps,
    captured_at: l.capturedAt,
    updated_at: l.updatedAt,
    deleted_at: l.deletedAt,
  };
}

/** Upserts merged leads (their final state) in one statement. */
export async function writeLeads(tx: Queryable, leads: readonly Lead[]): Promise<void> {
  if (!leads.length) return;
  await tx.query(
    `INSERT INTO leads (id, event_id, exhibitor_id, device_id, source, badge_code, attendee_id, contact, rating, answers, interests, notes,
                        follow_up, follow_up_due, staff, has_photo, card_text, card_unread, stamps, captured_at, updated_at, deleted_at)
     SELECT id, event_id, exhibitor_id, device_id, source, badge_code, attendee_id, contact, rating, answers,
            ARRAY(SELECT jsonb_array_elements_text(interests)), notes, follow_up, follow_up_due, staff, has_photo, card_text, card_unread,
            stamps, captured_at, updated_at, deleted_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, event_id uuid, exhibitor_id uuid, device_id uuid, source text, badge_code text, attendee_id uuid,
            contact jsonb, rating text, answers jsonb, interests jsonb, notes text, follow_up text, follow_up_due date, staff text, has_photo boolean,
            card_text text, card_unread boolean, stamps jsonb, captured_at timestamptz, updated_at timestamptz, deleted_at timestamptz)
     ON CONFLICT (id) DO UPDATE SET
       badge_code = EXCLUDED.badge_code, attendee_id = EXCLUDED.attendee_id, contact = EXCLUDED.contact, rating = EXCLUDED.rating,
       answers = EXCLUDED.answers, interests = EXCLUDED.interests, notes = EXCLUDED.notes, follow_up = EXCLUDED.follow_up,
       follow_up_due = EXCLUDED.follow_up_due, has_photo = EXCLUDED.has_photo, card_text = EXCLUDED.card_text, card_unread = EXCLUDED.card_unread,
       stamps = EXCLUDED.stamps, captured_at = EXCLUDED.captured_at, updated_at = EXCLUDED.updated_at, deleted_at = EXCLUDED.deleted_at`,
    [JSON.stringify(leads.map(rowFromLead))],
  );
}

/** Fills the shared contact details of these leads from their visitors' records (consent to share only). */
export async function shareContacts(tx: Queryable, leadIds: readonly string[]): Promise<void> {
  if (!leadIds.length) return;
  await tx.query(
    `UPDATE leads l
        SET shared_email = CASE WHEN a.consent_share IS TRUE AND a.revoked_at IS NULL THEN a.email ELSE '' END,
            shared_mobile = CASE WHEN a.consent_share IS TRUE AND a.revoked_at IS NULL THEN a.mobile ELSE '' END
       FROM attendees a
      WHERE l.id = ANY($1::uuid[]) AND a.id = l.attendee_id AND a.event_id = l.event_id
        AND (l.shared_email, l.shared_mobile) IS DISTINCT FROM (
              CASE WHEN a.consent_share IS TRUE AND a.revoked_at IS NULL THEN a.email ELSE '' END,
              CASE WHEN a.consent_share IS TRUE AND a.revoked_at IS NULL THEN a.mobile ELSE '' END)`,
    [leadIds],
  );
}

/**
 * The `lead` change of the leads stream as JSON built by the database (serverLeadSchema), for
 * rows aliased `l`. Shared contact details appear only once the server has filled them.
 */
export const SERVER_LEAD_JSON = `json_build_object(
  'id', l.id, 'eventId', l.event_id, 'deviceId', l.device_id, 'exhibitorId', l.exhibitor_id,
  'capturedAt', to_char(l.captured_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'source', l.source, 'badgeCode', l.badge_code, 'attendeeId', l.attendee_id, 'contact', l.contact, 'rating', l.rating,
  'answers', l.answers, 'interests', to_json(l.interests), 'notes', l.notes,
  'followUp', CASE WHEN l.follow_up IS NULL THEN NULL ELSE json_build_object('action', l.follow_up, 'due', to_char(l.follow_up_due, 'YYYY-MM-DD')) END,
  'staff', l.staff, 'hasPhoto', l.has_photo, 'cardText', l.card_text, 'cardUnread', l.card_unread,
  'deletedAt', to_char(l.deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'stamps', l.stamps, 'updatedAt', to_char(l.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'shared', CASE WHEN l.shared_email = '' AND l.shared_mobile = '' THEN NULL ELSE json_build_object('email', l.shared_email, 'mobile', l.shared_mobile) END,
  'aliases', COALESCE((SELECT json_agg(a.alias_id ORDER BY a.alias_id) FROM lead_aliases a WHERE a.lead_id = l.id), '[]'::json),
  'photoReceived', EXISTS (SELECT 1 FROM lead_photos p WHERE p.lead_id = l.id AND p.exhibitor_id = l.exhibitor_id))`;

export interface LeadListOptions {
  includeDeleted?: boolean;
}

/** Every lead of one exhibitor (the whole team's), newest first, as the exhibitor sees them. */
export async function listExhibitorLeads(db: Queryable, eventId: string, exhibitorId: string, opts: LeadListOptions = {}): Promise<ServerLead[]> {
  const { rows } = await db.query<{ lead: ServerLead }>(
    `SELECT ${SERVER_LEAD_JSON} AS lead FROM leads l
      WHERE l.event_id = $1 AND l.exhibitor_id = $2 AND ($3 OR l.deleted_at IS NULL)
      ORDER BY l.captured_at DESC, l.id`,
    [eventId, exhibitorId, opts.includeDeleted ?? false],
  );
  return rows.map((r) => r.lead);
}

/**
 * Files a lead's photo under the sender's exhibitor: `not_yours` for a lead id that is another
 * exhibitor's; `erased` (nothing kept) for a lead stripped by a visitor's erasure, whose photo
 * arrives late; else `stored` (a retried upload is not an error: the first copy wins).
 */
export async function putLeadPhoto(
  db: Db,
  p: { eventId: string; exhibitorId: string; deviceId: string | null; leadId: string; contentType: string; bytes: Buffer },
): Promise<'stored' | 'not_yours' | 'erased'> {
  return db.transaction(async (tx) => {
    await enterErasureGate(tx);
    const { rows } = await tx.query<{ ok: boolean }>(
      `SELECT NOT EXISTS (SELECT 1 FROM leads WHERE id = $1 AND exhibitor_id <> $2)
          AND NOT EXISTS (SELECT 1 FROM lead_aliases WHERE alias_id = $1 AND exhibitor_id <> $2) AS ok`,
      [p.leadId, p.exhibitorId],
    );
    if (!rows[0]?.ok) return 'not_yours';
    if (await leadErased(tx, p.leadId)) return 'erased';
    await tx.query(
      `INSERT INTO lead_photos (lead_id, event_id, exhibitor_id, device_id, content_type, bytes) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (lead_id) DO NOTHING`,
      [p.leadId, p.eventId, p.exhibitorId, p.deviceId, p.contentType, p.bytes],
    );
    return 'stored';
  });
}

export async function getLeadPhoto(db: Queryable, eventId: string, exhibitorId: string, leadId: string): Promise<{ contentType: string; bytes: Buffer } | null> {
  const { rows } = await db.query<{ content_type: string; bytes: Uint8Array }>(
    `SELECT p.content_type, p.bytes FROM lead_photos p
      WHERE p.event_id = $1 AND p.exhibitor_id = $2
        AND (p.lead_id = $3 OR p.lead_id IN (SELECT alias_id FROM lead_aliases WHERE lead_id = $3 AND exhibitor_id = $2))
      LIMIT 1`,
    [eventId, exhibitorId, leadId],
  );
  const row = rows[0];
  return row ? { contentType: row.content_type, bytes: Buffer.from(row.bytes) } : null;
}
