/**
 * Pull: server-owned data newer than the device's checkpoint, in `seq` order, a page at a time.
 *
 * Each stream merges several sources (tables and their tombstones). The merge, the page cut and
 * the JSON are all done by the database in one statement: a 200,000-row roster is 40 pages, and
 * turning thousands of rows into JS objects and back per page cost more than everything else.
 * The page is cut after merging, so the checkpoint covers exactly the changes returned.
 */
import { isUuid } from '../../core/ids';
import type { Role } from '../../core/schema/common';
import { ROSTER_ROW_FIELDS, ROSTER_ROW_FIELDS_V1 } from '../../core/schema/config';
import type { PullForm, PullResponse, PullStream } from '../../core/schema/sync';
import type { Queryable } from '../db/types';
import type { DeviceIdentity } from '../devices/devices';
import { SERVER_LEAD_JSON } from '../leads/store';

/**
 * A source is a SELECT of `seq` (bigint) and `change` (json: {kind, key, data}) over rows of the
 * device's event ($1) newer than the checkpoint ($2). `seq` must come from an index on (event_id, seq).
 */
type Source = string;

function tombstones(stream: PullStream): Source {
  return `SELECT seq, json_build_object('kind', kind, 'key', key, 'data', NULL) AS change
            FROM sync_tombstones WHERE event_id = $1 AND seq > $2::bigint AND stream = '${stream}'`;
}

const EVENT: Source = `
  SELECT seq, json_build_object('kind', 'event', 'key', id::text, 'data', json_build_object(
           'id', id, 'name', name, 'startsOn', to_char(starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(ends_on, 'YYYY-MM-DD'), 'venue', venue,
           'current', is_current)) AS change
    FROM events WHERE id = $1 AND seq > $2::bigint`;

const BADGE_KEYS: Source = `
  SELECT seq, json_build_object('kind', 'badge_key', 'key', kid, 'data', json_build_object(
           'kid', kid, 'owner', owner, 'publicKey', public_key, 'revoked', revoked_at IS NOT NULL)) AS change
    FROM badge_keys WHERE event_id = $1 AND seq > $2::bigint`;

// Every device learns revoked badges, but only desks get the roster itself.
const REVOCATIONS: Source = `
  SELECT seq, json_build_object('kind', 'badge_revocation', 'key', id::text, 'data', json_build_object('attendeeId', id)) AS change
    FROM attendees WHERE event_id = $1 AND seq > $2::bigint AND revoked_at IS NOT NULL`;

/** Where each field of a roster entry comes from, for both forms of an attendee change. */
const ATTENDEE_COLUMNS: Record<(typeof ROSTER_ROW_FIELDS)[number], string> = {
  id: 'id',
  name: 'name',
  company: 'company',
  title: 'title',
  category: 'category',
  mobile: 'mobile',
  email: 'email',
  badgeCode: 'badge_code',
  pinyin: 'pinyin',
  initials: 'initials',
  shortCode: 'short_code',
  returning: `CASE WHEN at_previous_edition THEN '1' ELSE '0' END`,
  editions: 'past_editions::text',
};

// Erased visitors are never sent again; their erasure reaches desks as a roster tombstone.
function attendees(form: PullForm): Source {
  const change =
    form !== 'objects'
      ? `json_build_array(${(form === 'rows' ? ROSTER_ROW_FIELDS_V1 : ROSTER_ROW_FIELDS).map((f) => ATTENDEE_COLUMNS[f]).join(', ')})`
      : `json_build_object('kind', 'attendee', 'key', id::text, 'data', json_build_object(
           ${ROSTER_ROW_FIELDS.map((f) => `'${f}', ${ATTENDEE_COLUMNS[f]}`).join(', ')}))`;
  return `SELECT seq, ${change} AS change FROM attendees WHERE event_id = $1 AND seq > $2::bigint AND erased_at IS NULL`;
}

/** Documents addressed to the device's role. `role` comes from the closed set of roles, never from input. */
function eventDocs(role: Role): Source {
  return `SELECT seq, json_build_object('kind', kind, 'key', key, 'data', data) AS change
            FROM event_docs WHERE event_id = $1 AND seq > $2::bigint AND '${role}' = ANY(roles)`;
}

/**
 * The exhibitor's id as a SQL literal. It comes from the device's own row (never from input) and is
 * checked to be a UUID, so it is safe to inline; sources share the two parameters of every stream.
 */
function exhibitorLiteral(device: DeviceIdentity): string {
  // A booth paired without an exhibitor matches nothing (NULL equals no row).
  return device.exhibitorId && isUuid(device.exhibitorId) ? `'${device.exhibitorId}'::uuid` : 'NULL::uuid';
}

/** The exhibitor's own leads (the whole team's), with what the server added. Never another exhibitor's. */
function leads(device: DeviceIdentity): Source {
  return `SELECT l.seq, json_build_object('kind', 'lead', 'key', l.id::text, 'data', ${SERVER_LEAD_JSON}) AS change
            FROM leads l WHERE l.exhibitor_id = ${exhibitorLiteral(device)} AND l.event_id = $1 AND l.seq > $2::bigint`;
}

/** The exhibitor's products and questions. */
function boothProfile(device: DeviceIdentity): Source {
  return `SELECT seq, json_build_object('kind', 'booth_profile', 'key', id::text, 'data', json_build_object(
           'exhibitorId', id, 'name', name, 'products', products, 'questions', lead_questions)) AS change
            FROM exhibitors WHERE id = ${exhibitorLiteral(device)} AND event_id = $1 AND seq > $2::bigint`;
}

const STREAMS: Record<PullStream, { roles: readonly Role[]; sources: (device: DeviceIdentity, form: PullForm) => Source[] }> = {
  config: { roles: ['desk', 'booth', 'kiosk'], sources: (device) => [EVENT, BADGE_KEYS, REVOCATIONS, eventDocs(device.role), tombstones('config')] },
  roster: { roles: ['desk'], sources: (_device, form) => [attendees(form), tombstones('roster')] },
  leads: { roles: ['booth'], sources: (device) => [leads(device), boothProfile(device)] },
};

export function mayPull(role: Role, stream: PullStream): boolean {
  return STREAMS[stream].roles.includes(role);
}

/** One page, with `changes` still as the JSON text the database produced. */
export interface RawPullPage {
  checkpoint: string;
  changesJson: string;
  count: number;
  more: boolean;
  remaining: number;
}

export async function pullPage(
  db: Queryable,
  device: DeviceIdentity,
  stream: PullStream,
  since: string,
  limit: number,
  form: PullForm = 'objects',
): Promise<RawPullPage> {
  const sources = STREAMS[stream].sources(device, form);
  // Each source is cut at `limit` first (an index range scan), then merged and cut again.
  const union = sources.map((s) => `(SELECT * FROM (${s}) src ORDER BY src.seq LIMIT $3)`).join(' UNION ALL ');
  const { rows } = await db.query<{ checkpoint: string | null; n: number; changes: string }>(
    `WITH page AS (SELECT seq, change FROM (${union}) merged ORDER BY seq LIMIT $3)
     SELECT (SELECT max(seq)::text FROM page) AS checkpoint,
            (SELECT count(*)::int FROM page) AS n,
            COALESCE((SELECT json_agg(change ORDER BY seq)::text FROM page), '[]') AS changes`,
    [device.eventId, since, limit],
  );
  const row = rows[0];
  const checkpoint = row?.checkpoint ?? since;
  const count = row?.n ?? 0;
  let remaining = 0;
  if (count === limit) {
    // Counted source by source: a subquery counted on its own is flattened and its change JSON never
    // built, where a count over their UNION built it for every remaining row, page after page
    // (most of a 200,000-row roster pull's time on PGlite).
    const total = sources.map((s) => `(SELECT count(*) FROM (${s}) src)`).join(' + ');
    const counts = await db.query<{ n: number }>(`SELECT (${total})::int AS n`, [device.eventId, checkpoint]);
    remaining = counts.rows[0]?.n ?? 0;
  }
  return { checkpoint, changesJson: row?.changes ?? '[]', count, more: remaining > 0, remaining };
}

/** The response body, assembled around the database's JSON without parsing it. */
export function pullBody(page: RawPullPage): string {
  return `{"checkpoint":${JSON.stringify(page.checkpoint)},"changes":${page.changesJson},"more":${page.more},"remaining":${page.remaining}}`;
}

/** A page in the object form (what PullResponse describes). */
export async function pull(db: Queryable, device: DeviceIdentity, stream: PullStream, since: string, limit: number): Promise<PullResponse> {
  return JSON.parse(pullBody(await pullPage(db, device, stream, since, limit))) as PullResponse;
}
