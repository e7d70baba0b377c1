/**
 * A visitor's right to their data: everything held about them as one JSON document, and erasure.
 *
 * A visitor is a person of the classified database (their merged records). Erasure keeps every
 * row that figures count (the record, its check-ins, its answers, its cases) but strips what
 * identifies the person: names, companies, contact details, badge codes, free text tied to them,
 * photos, and the copies of all that in the mutation log. The classified values the figures read
 * (region, industry, size, interests, category) stay, frozen: the record is never classified
 * again. Devices drop their copies at their next sync (a roster tombstone for desks, and a
 * `visitor_erasure` document every device applies to its own stores); re-importing the original
 * registration file does not bring the person back (digests of the import keys are kept).
 */
import { createHash } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Db, Queryable } from '../db/types';
import { putEventDoc } from '../events/eventDocs';
import { CHECKIN_STRIP, closeErasureGate, FEEDBACK_STRIP, LEAD_STRIP_PARAMS, leadStrip, RESPONSE_STRIP, scrubLog } from './lateErasure';

export const VISITOR_EXPORT_FORMAT = 'showfloor-visitor-data-v1';

/** The person a record or person id belongs to, with all their record ids; null when unknown. */
export async function resolvePerson(db: Queryable, eventId: string, id: string): Promise<{ personId: string; attendeeIds: string[] } | null> {
  const { rows } = await db.query<{ person_id: string; ids: string[] }>(
    `SELECT v.person_id, ARRAY(SELECT w.attendee_id::text FROM visitor_profiles w WHERE w.person_id = v.person_id ORDER BY w.attendee_id) AS ids
       FROM visitor_profiles v WHERE v.event_id = $1 AND v.attendee_id = $2`,
    [eventId, id],
  );
  const row = rows[0];
  return row ? { personId: row.person_id, attendeeIds: row.ids } : null;
}

interface Identity {
  emails: string[];
  /** Digits of each mobile, with and without the country code, to match phone numbers typed in other forms. */
  phones: string[];
  badgeCodes: string[];
  importKeys: string[];
}

async function identityOf(db: Queryable, attendeeIds: readonly string[]): Promise<Identity> {
  const { rows } = await db.query<{ email: string; mobile: string; badge_code: string; import_key: string }>(
    'SELECT email, mobile, badge_code, import_key FROM attendees WHERE id = ANY($1::uuid[])',
    [attendeeIds],
  );
  const phones = new Set<string>();
  for (const { mobile } of rows) {
    if (!mobile) continue;
    phones.add(mobile.replace(/\D/g, ''));
    const national = parsePhoneNumberFromString(mobile)?.nationalNumber;
    if (national) phones.add(String(national));
  }
  return {
    emails: [...new Set(rows.map((r) => r.email.toLowerCase()).filter(Boolean))],
    phones: [...phones],
    badgeCodes: rows.map((r) => r.badge_code),
    importKeys: rows.map((r) => r.import_key).filter((k) => !k.startsWith('walkin:') && !k.startsWith('erased:')),
  };
}

/** Feedback cases about this person: linked to their record, or with their email or phone as the contact. */
const FEEDBACK_OF = `event_id = $1 AND (attendee_id = ANY($2::uuid[])
  OR (contact_email <> '' AND lower(contact_email) = ANY($3::text[]))
  OR (contact_phone <> '' AND regexp_replace(contact_phone, '\\D', '', 'g') = ANY($4::text[])))`;

/** Survey responses linked to their record, or whose contact answer gives their email or phone. */
const RESPONSES_OF = `event_id = $1 AND (attendee_id = ANY($2::uuid[]) OR EXISTS (
  SELECT 1 FROM jsonb_each(answers) e WHERE jsonb_typeof(e.value) = 'object'
     AND (lower(e.value->>'email') = ANY($3::text[]) OR regexp_replace(COALESCE(e.value->>'phone', ''), '\\D', '', 'g') = ANY($4::text[]))))`;

/** Leads of any exhibitor about this person: from their badge, or a card with their email or mobile. */
const LEADS_OF = `event_id = $1 AND (attendee_id = ANY($2::uuid[])
  OR (COALESCE(contact->>'email', '') <> '' AND lower(contact->>'email') = ANY($3::text[]))
  OR (COALESCE(contact->>'mobile', '') <> '' AND regexp_replace(contact->>'mobile', '\\D', '', 'g') = ANY($4::text[])))`;

/** Everything held about the visitor, as one JSON-ready document; null when the id is unknown. */
export async function exportVisitorData(db: Queryable, eventId: string, id: string): Promise<Record<string, unknown> | null> {
  const person = await resolvePerson(db, eventId, id);
  if (!person) return null;
  const ids = person.attendeeIds;
  const who = await identityOf(db, ids);
  const params = [eventId, ids, who.emails, who.phones];
  const q = async (sql: string, p: readonly unknown[] = params) => (await db.query(sql, p)).rows;
  const [event] = await q('SELECT id, name FROM events WHERE id = $1', [eventId]);
  return {
    format: VISITOR_EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    event,
    personId: person.personId,
    person: (await q('SELECT * FROM persons WHERE id = $1', [person.personId]))[0] ?? null,
    records: await q(
      `SELECT id, ref, source, category, name, company, title, mobile, email, country, province, city, job_function, industry, company_size,
              interests, visit_purpose, purchase_role, heard_via, extra, consent_data, consent_share, badge_code, revoked_at, erased_at,
              captured_at, created_at, updated_at
         FROM attendees WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    ),
    classification: await q('SELECT attendee_id, classification, corrections, country, province, city, scope, industry, company_size, interests, classified_at FROM visitor_profiles WHERE attendee_id = ANY($1::uuid[])', [ids]),
    merges: await q('SELECT id::text, into_person, from_person, signal, evidence, merged_by, merged_at, moved, undone_at, undone_by FROM person_merges WHERE moved && $1::uuid[] ORDER BY id', [ids]),
    visitDays: await q(`SELECT to_char(day, 'YYYY-MM-DD') AS day, entries, first_at FROM attendee_days WHERE attendee_id = ANY($1::uuid[]) ORDER BY day`, [ids]),
    checkins: await q(
      `SELECT c.id, c.attendee_id, c.code, c.method, c.category, c.name, c.company, c.flags, c.captured_at, c.received_at, d.name AS device
         FROM checkins c JOIN devices d ON d.id = c.device_id
        WHERE c.event_id = $1 AND (c.attendee_id = ANY($2::uuid[]) OR c.code = ANY($3::text[])) ORDER BY c.captured_at, c.id`,
      [eventId, ids, who.badgeCodes],
    ),
    surveyResponses: await q(`SELECT id, survey_id, version, mode, channel, audience, language, attendee_id, answers, captured_at FROM survey_responses WHERE ${RESPONSES_OF} ORDER BY captured_at`),
    feedback: await q(
      `SELECT f.id, f.type, f.category, f.severity, f.description, f.channel, f.audience, f.contact_name, f.contact_email, f.contact_phone,
              f.preferred_language, f.consent_contact, f.attendee_id, f.has_photo, f.status, f.reported_at,
              COALESCE((SELECT json_agg(json_build_object('status', s.status, 'at', s.at, 'by', s.actor, 'note', s.note) ORDER BY s.id) FROM feedback_steps s WHERE s.feedback_id = f.id), '[]') AS steps
         FROM feedback f WHERE ${FEEDBACK_OF.replace(/\b(event_id|attendee_id|contact_email|contact_phone)\b/g, 'f.$1')} ORDER BY f.reported_at`,
    ),
    leads: await q(
      `SELECT l.id, x.name AS exhibitor, l.source, l.contact, l.rating, l.answers, l.interests, l.notes, l.follow_up, l.follow_up_due, l.staff,
              l.card_text, l.shared_email, l.shared_mobile, l.captured_at, l.deleted_at
         FROM leads l JOIN exhibitors x ON x.id = l.exhibitor_id WHERE ${LEADS_OF.replace(/\b(event_id|attendee_id|contact)\b/g, 'l.$1')} ORDER BY l.captured_at`,
    ),
    erasures: await q('SELECT id::text, erased_by, erased_at, counts FROM erasures WHERE event_id = $1 AND attendee_ids && $2::uuid[] ORDER BY id', [eventId, ids]),
  };
}

export interface ErasureSummary {
  personId: string;
  attendeeIds: string[];
  counts: Record<string, number>;
  /** The same person in the show's other editions (linked through their contact), erased with them. */
  otherEditions?: Array<{ eventId: string; personId: string; attendeeIds: string[] }>;
}

/** Runs `fn` in a transaction of its own, or in the caller's when `db` is one already. */
function inTransaction<T>(db: Db | Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return 'transaction' in db ? db.transaction(fn) : fn(db);
}

/**
 * Erasure reaches every edition: the contacts the records belong to (server/customers) are
 * emptied of the person, with their notes and the evidence of their links, and the person's
 * records in other editions are erased as these were. Returns those other records, by edition.
 */
async function eraseLinkedEditions(tx: Queryable, attendeeIds: readonly string[], erasedBy: string): Promise<Array<{ eventId: string; recordId: string }>> {
  const { rows: contacts } = await tx.query<{ id: string }>(
    `SELECT DISTINCT c.id FROM customer_links l JOIN customers c ON c.id = l.customer_id WHERE l.record_id = ANY($1::uuid[]) AND c.erased_at IS NULL
     UNION SELECT c.id FROM customers c WHERE c.erased_at IS NULL AND c.merged_into IN (SELECT customer_id FROM customer_links WHERE record_id = ANY($1::uuid[]))`,
    [attendeeIds],
  );
  const ids = contacts.map((c) => c.id);
  if (!ids.length) return [];
  const { rows: others } = await tx.query<{ event_id: string; record_id: string }>(
    `SELECT l.event_id, l.record_id FROM customer_links l JOIN attendees a ON a.id = l.record_id
      WHERE l.customer_id = ANY($1::uuid[]) AND a.erased_at IS NULL AND NOT (l.record_id = ANY($2::uuid[]))`,
    [ids, attendeeIds],
  );
  await tx.query(
    `UPDATE customers SET name = '', company = '', mobile = '', email = '', country = '', province = '', name_tokens = '', name_flat = '', company_key = '',
            owner = '', erased_at = now(), updated_at = now() WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  await tx.query(`UPDATE customer_links SET evidence = '{}', mobile = '', email = '', name_tokens = '', name_flat = '', company_key = '' WHERE customer_id = ANY($1::uuid[])`, [ids]);
  await tx.query('DELETE FROM customer_notes WHERE customer_id = ANY($1::uuid[])', [ids]);
  await tx.query(`UPDATE customer_stage_moves SET note = '' WHERE customer_id = ANY($1::uuid[])`, [ids]);
  await tx.query(`UPDATE customer_lost_reasons SET note = '' WHERE customer_id = ANY($1::uuid[])`, [ids]);
  await tx.query('DELETE FROM customer_reviews WHERE customer_id = ANY($1::uuid[]) OR record_id = ANY($2::uuid[]) OR other_customer = ANY($1::uuid[])', [ids, attendeeIds]);
  // What the links held before a move quoted the person: gone, and such a move can no longer be undone.
  await tx.query(
    `UPDATE customer_moves SET before = '[]', note = '', undone_at = COALESCE(undone_at, now()), undone_by = COALESCE(undone_by, $2)
      WHERE into_customer = ANY($1::uuid[]) OR from_customer = ANY($1::uuid[])`,
    [ids, erasedBy],
  );
  return others.map((o) => ({ eventId: o.event_id, recordId: o.record_id }));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** SHA-256 digests of the import keys of erased records: rows with these keys are not imported again. */
export async function suppressedImportKeys(db: Queryable, eventId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ k: string }>('SELECT unnest(suppressed) AS k FROM erasures WHERE event_id = $1', [eventId]);
  return new Set(rows.map((r) => r.k));
}

export function importKeyDigest(importKey: string): string {
  return sha256(importKey);
}

/** Erases the person `id` belongs to, in one transaction; null when the id is unknown. */
export async function eraseVisitor(db: Db | Queryable, eventId: string, id: string, erasedBy: string): Promise<ErasureSummary | null> {
  return inTransaction(db, async (tx) => {
    // No push may commit in between: it would store the person after this looked (lateErasure.ts).
    await closeErasureGate(tx);
    return erasePerson(tx, eventId, id, erasedBy);
  });
}

async function erasePerson(tx: Queryable, eventId: string, id: string, erasedBy: string): Promise<ErasureSummary | null> {
  const person = await resolvePerson(tx, eventId, id);
  if (!person) return null;
  return eraseRecords(tx, eventId, person.attendeeIds, erasedBy, person.personId);
}

/**
 * Erases these visitor records (one person's) and everything about them, inside the caller's
 * transaction, which holds the erasure gate. `personId` names the erasure for devices.
 */
export async function eraseRecords(tx: Queryable, eventId: string, ids: string[], erasedBy: string, personId: string): Promise<ErasureSummary> {
  const who = await identityOf(tx, ids);
  const params = [eventId, ids, who.emails, who.phones];
  const count = async (sql: string, p: readonly unknown[] = params) => (await tx.query(sql, p)).rowCount;
  const counts: Record<string, number> = {};

  // What identified them, as digests: records captured before and delivered later are recognised by them.
  await tx.query(
    `INSERT INTO erased_identities (event_id, digest, kind)
     SELECT $1, d, k FROM (
       SELECT sf_digest('badge', b) AS d, 'badge' AS k FROM unnest($2::text[]) b WHERE b NOT LIKE 'erased:%'
       UNION SELECT sf_digest('email', e), 'contact' FROM unnest($3::text[]) e
       UNION SELECT sf_digest('phone', p), 'contact' FROM unnest($4::text[]) p) x
     ON CONFLICT (event_id, digest) DO UPDATE SET erased_at = now()`,
    [eventId, who.badgeCodes, who.emails, who.phones],
  );

  counts.records = await count(
    `UPDATE attendees SET name = '', company = '', title = '', mobile = '', email = '', country = '', province = '', city = '', ref = '',
            extra = '{}', pinyin = '', initials = '', import_key = 'erased:' || id::text, badge_code = 'erased:' || id::text,
            revoked_at = COALESCE(revoked_at, now()), erased_at = now(), updated_at = now()
      WHERE event_id = $1 AND id = ANY($2::uuid[])`,
    [eventId, ids],
  );
  // The figures keep the classified values; the evidence (which quotes the record) goes.
  await tx.query(`UPDATE visitor_profiles SET classification = NULL, corrections = '{}', name_key = '', stale = false WHERE attendee_id = ANY($1::uuid[])`, [ids]);
  await tx.query(`UPDATE person_merges SET evidence = '' WHERE moved && $1::uuid[]`, [ids]);

  // Check-ins keep their time, device and verdict (the counts), not who it was.
  const { rows: checkins } = await tx.query<{ mutation_id: string }>(
    `UPDATE checkins SET ${CHECKIN_STRIP}
      WHERE event_id = $1 AND (attendee_id = ANY($2::uuid[]) OR code = ANY($3::text[])) RETURNING mutation_id`,
    [eventId, ids, who.badgeCodes],
  );
  counts.checkins = checkins.length;

  const { rows: cases } = await tx.query<{ id: string; mutation_id: string }>(`UPDATE feedback SET ${FEEDBACK_STRIP} WHERE ${FEEDBACK_OF} RETURNING id, mutation_id`, params);
  counts.feedback = cases.length;
  counts.feedbackPhotos = await count('DELETE FROM feedback_photos WHERE feedback_id = ANY($1::uuid[])', [cases.map((c) => c.id)]);

  // Answers stay (they are the survey's results); the link to the person and any contact details they gave go.
  const { rows: responses } = await tx.query<{ mutation_id: string }>(`UPDATE survey_responses SET ${RESPONSE_STRIP} WHERE ${RESPONSES_OF} RETURNING mutation_id`, params);
  counts.surveyResponses = responses.length;

  // Leads are the exhibitors' copies: emptied of the person (the exhibitor's counts and ratings stay).
  const { rows: leads } = await tx.query<{ id: string }>(`UPDATE leads SET ${leadStrip(5, 6)} WHERE ${LEADS_OF} RETURNING id`, [...params, ...LEAD_STRIP_PARAMS()]);
  counts.leads = leads.length;
  const leadIds = leads.map((l) => l.id);
  const { rows: aliases } = await tx.query<{ alias_id: string }>('SELECT alias_id FROM lead_aliases WHERE lead_id = ANY($1::uuid[])', [leadIds]);
  counts.leadPhotos = await count('DELETE FROM lead_photos WHERE lead_id = ANY($1::uuid[])', [[...leadIds, ...aliases.map((a) => a.alias_id)]]);

  // The mutation log holds what devices sent: those copies go too (the ids stay, so replays are still duplicates).
  await scrubLog(tx, [...checkins, ...cases].map((r) => r.mutation_id));
  await scrubLog(
    tx,
    responses.map((r) => r.mutation_id),
    'answers',
  );
  const { rows: logged } = await tx.query<{ id: string }>(
    `SELECT id FROM mutations WHERE event_id = $1 AND ((type = 'visitor' AND data->>'id' = ANY($2::text[])) OR (type = 'lead' AND data->>'id' = ANY($3::text[])))`,
    [eventId, ids, [...leadIds, ...aliases.map((a) => a.alias_id)]],
  );
  await scrubLog(
    tx,
    logged.map((r) => r.id),
  );

  // Devices: desks drop the roster rows; every device applies the erasure to what it captured.
  await tx.query(`INSERT INTO sync_tombstones (event_id, stream, kind, key) SELECT $1, 'roster', 'attendee', unnest($2::text[])`, [eventId, ids]);
  await putEventDoc(tx, eventId, 'visitor_erasure', { attendeeIds: ids }, ['desk', 'booth', 'kiosk'], personId);

  await tx.query(`INSERT INTO erasures (event_id, person_id, attendee_ids, suppressed, erased_by, counts) VALUES ($1, $2, $3::uuid[], $4::text[], $5, $6::jsonb)`, [
    eventId,
    personId,
    ids,
    who.importKeys.map(sha256),
    erasedBy,
    JSON.stringify(counts),
  ]);
  // Every edition: the contacts these records are linked to are emptied, and the person's records
  // in the show's other editions erased as these were (in the same transaction and gate).
  const otherEditions: NonNullable<ErasureSummary['otherEditions']> = [];
  for (const other of await eraseLinkedEditions(tx, ids, erasedBy)) {
    if (otherEditions.some((o) => o.attendeeIds.includes(other.recordId))) continue;
    const { rows: still } = await tx.query('SELECT 1 FROM attendees WHERE id = $1 AND erased_at IS NULL', [other.recordId]);
    if (!still.length) continue;
    const done = await erasePerson(tx, other.eventId, other.recordId, erasedBy);
    if (done) otherEditions.push({ eventId: other.eventId, personId: done.personId, attendeeIds: done.attendeeIds }, ...(done.otherEditions ?? []));
  }
  return { personId, attendeeIds: ids, counts, ...(otherEditions.length ? { otherEditions } : {}) };
}
