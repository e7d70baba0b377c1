/**
 * Records captured before a visitor's erasure and delivered after it (a tablet that was offline)
 * must not bring the person back. Every mutation type's handler strips its records of the batch
 * that belong to someone erased (`forgetErased`, required by the Handler type, so a new type
 * cannot forget it), the same way the erasure stripped the records it found (privacy.ts), and
 * the copies in the mutation log too.
 *
 * "Belongs to someone erased": linked to an erased visitor record, or carrying a badge code,
 * email or mobile of an erased person (kept as digests in erased_identities: see migration 010's
 * sf_is_erased). Records stripped once stay stripped whatever a device sends for them later.
 *
 * Erasure and delivery never interleave: every write of device records holds the erasure gate
 * shared, an erasure holds it exclusively. An erasure waits for the pushes in flight (then its
 * statements see their records), and pushes that arrive during it wait for it (then their checks
 * see it): without that, a push committing while an erasure runs would keep the person.
 */
import { emptyCardFields } from '../../core/cards/fields';
import type { Queryable } from '../db/types';

/** The advisory lock of the gate (see above). */
export const ERASURE_GATE = 7405531;

/** A write of device records: taken shared, at the start of its transaction. */
export async function enterErasureGate(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock_shared($1)', [ERASURE_GATE]);
}

/** An erasure: taken exclusively, at the start of its transaction. */
export async function closeErasureGate(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [ERASURE_GATE]);
}

/** Whether anyone was ever erased in this event: most batches stop here, after one indexed lookup. */
export async function anyErasure(tx: Queryable, eventId: string): Promise<boolean> {
  const { rows } = await tx.query<{ any: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM erased_identities WHERE event_id = $1) OR EXISTS (SELECT 1 FROM attendees WHERE erased_at IS NOT NULL AND event_id = $1) AS any`,
    [eventId],
  );
  return rows[0]?.any ?? false;
}

// What stripping leaves of each kind of record: what counts (when, where, the verdict, the
// rating, the answers to questions), never who it was. Shared with the erasure itself.
export const CHECKIN_STRIP = `name = NULL, company = NULL, code = 'erased', code_verbatim = NULL`;
export const FEEDBACK_STRIP = `contact_name = '', contact_email = '', contact_phone = '', attendee_id = NULL, has_photo = false, erased_at = COALESCE(erased_at, now())`;
export const RESPONSE_STRIP = `attendee_id = NULL, erased_at = COALESCE(erased_at, now()),
  answers = (SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}') FROM jsonb_each(answers) e WHERE jsonb_typeof(e.value) <> 'object')`;
/**
 * $A: the empty card fields (JSON), $B: now (ISO). Every part is stamped now, so that no older
 * copy on a booth device wins a merge (core/leads/merge.ts). $B is typed timestamptz by its first
 * use: the stamps are written back as ISO text, as the lead schema reads them.
 */
export const leadStrip = (a: number, b: number) => `contact = $${a}::jsonb, badge_code = NULL, attendee_id = NULL, answers = '{}', notes = '', card_text = '',
  shared_email = '', shared_mobile = '', has_photo = false, erased_at = COALESCE(erased_at, now()), updated_at = $${b}::timestamptz,
  stamps = COALESCE((SELECT jsonb_object_agg(k, to_jsonb(to_char($${b}::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))) FROM jsonb_object_keys(stamps) k), '{}')`;
export const LEAD_STRIP_PARAMS = (): [string, string] => [JSON.stringify(emptyCardFields()), new Date().toISOString()];

/** The log keeps the mutation's id, not what it said. */
export async function scrubLog(tx: Queryable, mutationIds: readonly string[], how: 'whole' | 'answers' = 'whole'): Promise<void> {
  if (!mutationIds.length) return;
  const data = how === 'whole' ? `jsonb_build_object('id', data->'id', 'erased', true)` : `data - 'attendeeId' - 'answers'`;
  await tx.query(`UPDATE mutations SET data = ${data}, verbatim = NULL WHERE id = ANY($1::uuid[])`, [mutationIds]);
}

interface Item {
  mutationId: string;
  data: { id: string };
}

/** The batch's mutation ids whose record id is among `recordIds`. */
const mutationsOf = (items: readonly Item[], recordIds: Iterable<string>) => {
  const ids = new Set(recordIds);
  return items.filter((i) => ids.has(i.data.id)).map((i) => i.mutationId);
};

export async function forgetErasedCheckins(tx: Queryable, eventId: string, items: readonly Item[]): Promise<void> {
  const ids = items.map((i) => i.data.id);
  // A check-in stored before under another mutation id, and stripped then, still has this copy in the log.
  const { rows } = await tx.query<{ id: string }>(
    `WITH stripped AS (
       UPDATE checkins SET ${CHECKIN_STRIP}
        WHERE event_id = $1 AND id = ANY($2::uuid[]) AND code <> 'erased'
          AND sf_is_erased(event_id, attendee_id, captured_at, ARRAY[sf_digest('badge', code)])
       RETURNING id)
     SELECT id FROM stripped UNION SELECT id FROM checkins WHERE event_id = $1 AND id = ANY($2::uuid[]) AND code = 'erased'`,
    [eventId, ids],
  );
  await scrubLog(tx, mutationsOf(items, rows.map((r) => r.id)));
}

export async function forgetErasedFeedback(tx: Queryable, eventId: string, items: readonly Item[]): Promise<void> {
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE feedback SET ${FEEDBACK_STRIP}
      WHERE event_id = $1 AND id = ANY($2::uuid[])
        AND (erased_at IS NOT NULL OR sf_is_erased(event_id, attendee_id, captured_at, sf_contact_digests(contact_email, contact_phone)))
      RETURNING id`,
    [eventId, items.map((i) => i.data.id)],
  );
  if (!rows.length) return;
  const ids = rows.map((r) => r.id);
  // A photo that came before its case.
  await tx.query('DELETE FROM feedback_photos WHERE feedback_id = ANY($1::uuid[])', [ids]);
  await scrubLog(tx, mutationsOf(items, ids));
}

export async function forgetErasedResponses(tx: Queryable, eventId: string, items: readonly Item[]): Promise<void> {
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE survey_responses SET ${RESPONSE_STRIP}
      WHERE event_id = $1 AND id = ANY($2::uuid[])
        AND (erased_at IS NOT NULL OR sf_is_erased(event_id, attendee_id, captured_at, ARRAY(
              SELECT unnest(sf_contact_digests(e.value->>'email', e.value->>'phone')) FROM jsonb_each(answers) e WHERE jsonb_typeof(e.value) = 'object')))
      RETURNING id`,
    [eventId, items.map((i) => i.data.id)],
  );
  await scrubLog(
    tx,
    mutationsOf(
      items,
      rows.map((r) => r.id),
    ),
    'answers',
  );
}

export async function forgetErasedLeads(tx: Queryable, eventId: string, items: readonly Item[]): Promise<void> {
  const sent = items.map((i) => i.data.id);
  const { rows: aliases } = await tx.query<{ alias_id: string; lead_id: string }>('SELECT alias_id, lead_id FROM lead_aliases WHERE alias_id = ANY($1::uuid[])', [sent]);
  const target = new Map(aliases.map((a) => [a.alias_id, a.lead_id]));
  const [contact, now] = LEAD_STRIP_PARAMS();
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE leads SET ${leadStrip(3, 4)}
      WHERE event_id = $1 AND id = ANY($2::uuid[])
        AND (erased_at IS NOT NULL OR sf_is_erased(event_id, attendee_id, captured_at,
              ARRAY[sf_digest('badge', COALESCE(badge_code, ''))] || sf_contact_digests(contact->>'email', contact->>'mobile')))
      RETURNING id`,
    [eventId, [...new Set([...sent, ...target.values()])], contact, now],
  );
  if (!rows.length) return;
  const stripped = new Set(rows.map((r) => r.id));
  // Photos filed under the lead or any id merged into it.
  await tx.query('DELETE FROM lead_photos WHERE lead_id = ANY($1::uuid[]) OR lead_id IN (SELECT alias_id FROM lead_aliases WHERE lead_id = ANY($1::uuid[]))', [[...stripped]]);
  await scrubLog(
    tx,
    items.filter((i) => stripped.has(target.get(i.data.id) ?? i.data.id)).map((i) => i.mutationId),
  );
}

/** Whether a photo sent for this lead (or id merged into one) belongs to a stripped lead: it is then not kept. */
export async function leadErased(tx: Queryable, leadId: string): Promise<boolean> {
  const { rows } = await tx.query<{ erased: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM leads WHERE erased_at IS NOT NULL AND (id = $1 OR id IN (SELECT lead_id FROM lead_aliases WHERE alias_id = $1))) AS erased`,
    [leadId],
  );
  return rows[0]?.erased ?? false;
}

export async function feedbackErased(tx: Queryable, feedbackId: string): Promise<boolean> {
  const { rows } = await tx.query<{ erased: boolean }>('SELECT EXISTS (SELECT 1 FROM feedback WHERE id = $1 AND erased_at IS NOT NULL) AS erased', [feedbackId]);
  return rows[0]?.erased ?? false;
}
