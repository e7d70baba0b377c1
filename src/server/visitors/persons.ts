/** Reading the classified visitor database: persons (merged identities) with their records and history. */
import { consentState, type VisitorFilter } from '../../core/stats/filters';
import type { Scope } from '../../core/stats/rules';
import type { VisitorCategory } from '../../core/categories';
import type { MergeCandidate, MergeEntry, PersonDetail, PersonPage, PersonRow, VisitorRecord } from '../../core/visitors/schema';
import type { Queryable } from '../db/types';
import { personConditions } from './where';

interface PersonSqlRow {
  id: string;
  name: string;
  company: string;
  title: string;
  mobile: string;
  email: string;
  category: VisitorCategory;
  is_visitor: boolean;
  country: string;
  province: string;
  city: string;
  scope: Scope;
  industry: string;
  company_size: string;
  interests: string[];
  days: number;
  records: number;
  consent_data: boolean | null;
}

/** The person's contact details are those of their primary record (the oldest). */
const PERSON_SELECT = `
  SELECT p.id, a.name, a.company, a.title, a.mobile, a.email, p.category, p.is_visitor, p.country, p.province, p.city, p.scope,
         p.industry, p.company_size, p.interests, p.days, p.records, p.consent_data
    FROM persons p JOIN attendees a ON a.id = p.id`;

function toRow(r: PersonSqlRow): PersonRow {
  return {
    id: r.id,
    name: r.name,
    company: r.company,
    title: r.title,
    mobile: r.mobile,
    email: r.email,
    category: r.category,
    isVisitor: r.is_visitor,
    country: r.country,
    province: r.province,
    city: r.city,
    scope: r.scope,
    industry: r.industry,
    companySize: r.company_size,
    interests: r.interests,
    days: r.days,
    records: r.records,
    consent: consentState(r.consent_data),
  };
}

/** One page of the persons a filter selects, in id order (keyset: `after` is the last id of the previous page). */
export async function listPersons(db: Queryable, eventId: string, filter: VisitorFilter, page: { after?: string | null; limit: number }): Promise<PersonPage> {
  const params: unknown[] = [eventId];
  const where = ['p.event_id = $1', ...personConditions(filter, params)];
  const countParams = [...params];
  const { rows: total } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM persons p WHERE ${where.join(' AND ')}`, countParams);
  if (page.after) {
    params.push(page.after);
    where.push(`p.id > $${params.length}`);
  }
  params.push(page.limit + 1);
  const { rows } = await db.query<PersonSqlRow>(`${PERSON_SELECT} WHERE ${where.join(' AND ')} ORDER BY p.id LIMIT $${params.length}`, params);
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit).map(toRow);
  return { total: total[0]?.n ?? 0, rows: shown, next: more ? (shown.at(-1)?.id ?? null) : null };
}

/** Every person a filter selects, a chunk at a time (exports). */
export async function* allPersons(db: Queryable, eventId: string, filter: VisitorFilter, chunk = 5_000): AsyncGenerator<PersonRow[]> {
  let after: string | null = null;
  for (;;) {
    const page: PersonPage = await listPersons(db, eventId, filter, { after, limit: chunk });
    if (page.rows.length) yield page.rows;
    if (!page.next) return;
    after = page.next;
  }
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

interface MergeSqlRow {
  id: string;
  into_person: string;
  from_person: string;
  signal: string;
  evidence: string;
  merged_by: string;
  merged_at: Date;
  moved: string[];
  undone_at: Date | null;
  undone_by: string | null;
}

function toMerge(r: MergeSqlRow): MergeEntry {
  return {
    id: r.id,
    intoPerson: r.into_person,
    fromPerson: r.from_person,
    signal: r.signal,
    evidence: r.evidence,
    mergedBy: r.merged_by,
    mergedAt: iso(r.merged_at) ?? '',
    moved: r.moved,
    undoneAt: iso(r.undone_at),
    undoneBy: r.undone_by,
  };
}

/** The person a record belongs to, with all their records, classification and merge history. */
export async function personDetail(db: Queryable, eventId: string, attendeeId: string): Promise<PersonDetail | null> {
  const { rows: owner } = await db.query<{ person_id: string }>('SELECT person_id FROM visitor_profiles WHERE event_id = $1 AND attendee_id = $2', [eventId, attendeeId]);
  const personId = owner[0]?.person_id;
  if (!personId) return null;
  const { rows: person } = await db.query<PersonSqlRow>(`${PERSON_SELECT} WHERE p.event_id = $1 AND p.id = $2`, [eventId, personId]);
  if (!person[0]) return null;
  const { rows: records } = await db.query<{
    id: string;
    source: string;
    name: string;
    company: string;
    title: string;
    mobile: string;
    email: string;
    category: VisitorCategory;
    created_at: Date;
    classified_at: Date | null;
    stale: boolean;
    classification: VisitorRecord['classification'];
  }>(
    `SELECT a.id, a.source, a.name, a.company, a.title, a.mobile, a.email, a.category, a.created_at, v.classified_at, v.stale, v.classification
       FROM visitor_profiles v JOIN attendees a ON a.id = v.attendee_id
      WHERE v.person_id = $1 ORDER BY v.attendee_id = v.person_id DESC, a.created_at, a.id`,
    [personId],
  );
  const ids = records.map((r) => r.id);
  const { rows: merges } = await db.query<MergeSqlRow>(
    `SELECT id::text, into_person, from_person, signal, evidence, merged_by, merged_at, moved, undone_at, undone_by
       FROM person_merges WHERE event_id = $1 AND (into_person = $2 OR from_person = $2 OR moved && $3::uuid[]) ORDER BY id DESC`,
    [eventId, personId, ids],
  );
  const { rows: days } = await db.query<{ day: string }>(`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM person_days WHERE person_id = $1 ORDER BY day`, [personId]);
  return {
    person: toRow(person[0]),
    records: records.map((r) => ({
      id: r.id,
      source: r.source,
      name: r.name,
      company: r.company,
      title: r.title,
      mobile: r.mobile,
      email: r.email,
      category: r.category,
      createdAt: iso(r.created_at) ?? '',
      classifiedAt: iso(r.classified_at),
      stale: r.stale,
      classification: r.classification,
    })),
    merges: merges.map(toMerge),
    visitDays: days.map((d) => d.day),
  };
}

/**
 * Persons who share a name and company (the weak signal): offered to the organizer to merge or
 * to mark as different people; pairs already decided apart are not offered again.
 */
export async function mergeCandidates(db: Queryable, eventId: string, limit = 50): Promise<MergeCandidate[]> {
  const { rows: groups } = await db.query<{ key: string; persons: string[] }>(
    `SELECT g.name_key AS key, g.persons FROM (
        SELECT v.name_key, array_agg(DISTINCT v.person_id ORDER BY v.person_id) AS persons
          FROM visitor_profiles v WHERE v.event_id = $1 AND v.name_key <> '' GROUP BY v.name_key HAVING count(DISTINCT v.person_id) > 1
     ) g
     WHERE EXISTS (SELECT 1 FROM unnest(g.persons) x, unnest(g.persons) y
                    WHERE x < y AND NOT EXISTS (SELECT 1 FROM person_distinct d WHERE d.event_id = $1 AND d.a = x AND d.b = y))
     ORDER BY g.name_key LIMIT $2`,
    [eventId, limit],
  );
  if (!groups.length) return [];
  const ids = [...new Set(groups.flatMap((g) => g.persons))];
  const { rows } = await db.query<PersonSqlRow>(`${PERSON_SELECT} WHERE p.event_id = $1 AND p.id = ANY($2::uuid[])`, [eventId, ids]);
  const byId = new Map(rows.map((r) => [r.id, toRow(r)]));
  // Oldest first: merging a group keeps the first person, as automatic merges do.
  const { rows: order } = await db.query<{ id: string }>('SELECT id FROM attendees WHERE id = ANY($1::uuid[]) ORDER BY created_at, id', [ids]);
  const rank = new Map(order.map((r, i) => [r.id, i]));
  return groups.map((g) => ({
    key: g.key,
    persons: [...g.persons]
      .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
      .map((id) => byId.get(id))
      .filter((p): p is PersonRow => p !== undefined),
  }));
}
