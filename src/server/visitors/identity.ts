/**
 * One visitor, one person. Records of the same person (roster, walk-in, business card, later
 * leads and surveys) are merged into the person of the oldest record: automatically on a strong
 * signal (the same mobile number, on its digits, or lower-cased email), by the organizer on the weak one (name +
 * company, offered for review) or by hand. Every merge is logged with its signal and the records
 * it moved, and can be undone; an undone pair is remembered as two people, so it is not merged
 * again automatically.
 */
import type { Queryable } from '../db/types';

export type MergeSignal = 'mobile' | 'email' | 'name_company' | 'manual';

export class IdentityError extends Error {
  constructor(
    readonly reason: 'not_found' | 'same_person' | 'already_undone' | 'merged_again' | 'distinct',
    message: string,
  ) {
    super(message);
  }
}

const pair = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

/** Moves every record of `from` into `into`, logs it, recomputes both persons. Returns the log id. */
export async function mergePersons(db: Queryable, eventId: string, into: string, from: string, signal: MergeSignal, evidence: string, by: string): Promise<string> {
  if (into === from) throw new IdentityError('same_person', 'these records already belong to one person');
  const { rows: found } = await db.query<{ id: string }>('SELECT id FROM persons WHERE event_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE', [eventId, [into, from]]);
  if (found.length !== 2) throw new IdentityError('not_found', 'no such person in this event');
  const { rows: moved } = await db.query<{ attendee_id: string }>(
    'UPDATE visitor_profiles SET person_id = $2 WHERE person_id = $1 AND event_id = $3 RETURNING attendee_id',
    [from, into, eventId],
  );
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO person_merges (event_id, into_person, from_person, signal, evidence, merged_by, moved) VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[]) RETURNING id::text`,
    [eventId, into, from, signal, evidence, by, moved.map((m) => m.attendee_id)],
  );
  await db.query('SELECT sf_refresh_persons($1::uuid[])', [[into, from]]);
  return rows[0]?.id ?? '';
}

/** Undoes one merge: its records go back to the person they came from. */
export async function unmerge(db: Queryable, eventId: string, mergeId: string, by: string): Promise<void> {
  const { rows } = await db.query<{ into_person: string; from_person: string; moved: string[]; undone_at: Date | null }>(
    'SELECT into_person, from_person, moved, undone_at FROM person_merges WHERE event_id = $1 AND id = $2 FOR UPDATE',
    [eventId, mergeId],
  );
  const merge = rows[0];
  if (!merge) throw new IdentityError('not_found', 'no such merge');
  if (merge.undone_at) throw new IdentityError('already_undone', 'this merge was undone already');
  const { rows: still } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM visitor_profiles WHERE attendee_id = ANY($1::uuid[]) AND person_id = $2', [
    merge.moved,
    merge.into_person,
  ]);
  if ((still[0]?.n ?? 0) !== merge.moved.length) {
    throw new IdentityError('merged_again', 'the person was merged again since: undo that merge first');
  }
  await db.query('UPDATE visitor_profiles SET person_id = $2 WHERE attendee_id = ANY($1::uuid[])', [merge.moved, merge.from_person]);
  await db.query('UPDATE person_merges SET undone_at = now(), undone_by = $2 WHERE id = $1', [mergeId, by]);
  await markDistinct(db, eventId, merge.into_person, merge.from_person, by);
  await db.query('SELECT sf_refresh_persons($1::uuid[])', [[merge.into_person, merge.from_person]]);
}

/** Records the organizer's decision that two persons are different people. */
export async function markDistinct(db: Queryable, eventId: string, x: string, y: string, by: string): Promise<void> {
  const [a, b] = pair(x, y);
  await db.query('INSERT INTO person_distinct (event_id, a, b, decided_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [eventId, a, b, by]);
}

interface Match {
  person: string;
  other: string;
  signal: 'mobile' | 'email';
  value: string;
}

/**
 * Merges the persons of these records with every other person sharing a mobile or an email.
 * Each group ends in the person whose primary record is oldest (a roster entry before the walk-in
 * made at the desk), so the identifiers people already hold stay valid.
 */
export async function autoMerge(db: Queryable, eventId: string, attendeeIds: readonly string[]): Promise<number> {
  if (!attendeeIds.length) return 0;
  const { rows: matches } = await db.query<Match>(
    // Mobiles meet on their digits: one kept as typed ("+852 4000-1234") is the same number as
    // "+85240001234" (sf_phone_digits, indexed).
    `WITH mine AS (SELECT a.id, a.mobile, sf_phone_digits(a.mobile) AS digits, lower(a.email) AS email, v.person_id
                     FROM attendees a JOIN visitor_profiles v ON v.attendee_id = a.id
                    WHERE a.id = ANY($2::uuid[]) AND a.event_id = $1)
     SELECT DISTINCT m.person_id AS person, v.person_id AS other, 'mobile' AS signal, m.mobile AS value
       FROM mine m JOIN attendees o ON o.event_id = $1 AND o.mobile <> '' AND sf_phone_digits(o.mobile) = m.digits AND m.digits <> ''
            JOIN visitor_profiles v ON v.attendee_id = o.id
      WHERE v.person_id <> m.person_id
     UNION
     SELECT DISTINCT m.person_id, v.person_id, 'email', m.email
       FROM mine m JOIN attendees o ON o.event_id = $1 AND lower(o.email) = m.email AND o.email <> '' JOIN visitor_profiles v ON v.attendee_id = o.id
      WHERE v.person_id <> m.person_id`,
    [eventId, attendeeIds],
  );
  if (!matches.length) return 0;
  const persons = [...new Set(matches.flatMap((m) => [m.person, m.other]))];
  const { rows: order } = await db.query<{ id: string }>('SELECT a.id FROM attendees a WHERE a.id = ANY($1::uuid[]) ORDER BY a.created_at, a.id', [persons]);
  const rank = new Map(order.map((r, i) => [r.id, i]));
  const { rows: distinct } = await db.query<{ a: string; b: string }>('SELECT a, b FROM person_distinct WHERE event_id = $1 AND (a = ANY($2::uuid[]) OR b = ANY($2::uuid[]))', [
    eventId,
    persons,
  ]);
  const apart = new Set(distinct.map((d) => `${d.a}|${d.b}`));

  // Union-find over the persons, oldest as root; a pair decided apart is never joined.
  const root = new Map<string, string>();
  const find = (p: string): string => {
    const r = root.get(p) ?? p;
    return r === p ? p : find(r);
  };
  let merged = 0;
  // Mobile before email, then the oldest other person first: the outcome does not depend on the order rows come back in.
  const sorted = [...matches].sort((x, y) => (x.signal === y.signal ? (rank.get(x.other) ?? 0) - (rank.get(y.other) ?? 0) : x.signal === 'mobile' ? -1 : 1));
  for (const m of sorted) {
    const a = find(m.person);
    const b = find(m.other);
    if (a === b) continue;
    if (apart.has(pair(a, b).join('|'))) continue;
    const [into, from] = (rank.get(a) ?? 0) <= (rank.get(b) ?? 0) ? [a, b] : [b, a];
    await mergePersons(db, eventId, into, from, m.signal, `${m.signal}: ${m.value}`, 'auto');
    root.set(from, into);
    merged++;
  }
  return merged;
}
