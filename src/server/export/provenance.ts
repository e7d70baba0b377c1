/**
 * How each classified value of a person came about, for the exports: a person's country, province
 * and city, industry and company size each come from one of their records (sf_refresh_persons:
 * the primary record first, then the others oldest first), and every interest from the first record
 * that holds it. Here the same record is found again by its value — the first record, in the same
 * order, whose value equals the person's — and its classification (status, rule, evidence) is
 * returned beside the value. Matching on the value keeps one source of truth for the precedence.
 */
import type { ClassifiedValue } from '../../core/classify/types';
import type { VisitorClassification } from '../../core/classify/visitor';
import type { PersonRow } from '../../core/visitors/schema';
import type { Queryable } from '../db/types';

export interface PersonProvenance {
  country: ClassifiedValue<unknown> | null;
  province: ClassifiedValue<unknown> | null;
  city: ClassifiedValue<unknown> | null;
  industry: ClassifiedValue<unknown> | null;
  companySize: ClassifiedValue<unknown> | null;
  /** By interest id. */
  interests: ReadonlyMap<string, ClassifiedValue<unknown>>;
}

interface RecordRow {
  person_id: string;
  country: string;
  province: string;
  city: string;
  industry: string;
  company_size: string;
  interests: string[];
  classification: VisitorClassification | null;
}

/** The classification behind each value of the given persons, by person id. */
export async function personProvenance(db: Queryable, eventId: string, persons: readonly PersonRow[]): Promise<Map<string, PersonProvenance>> {
  const result = new Map<string, PersonProvenance>();
  if (!persons.length) return result;
  const { rows } = await db.query<RecordRow>(
    `SELECT v.person_id, v.country, v.province, v.city, v.industry, v.company_size, v.interests, v.classification
       FROM visitor_profiles v JOIN attendees a ON a.id = v.attendee_id
      WHERE v.event_id = $1 AND v.person_id = ANY($2::uuid[])
      ORDER BY v.person_id, v.attendee_id = v.person_id DESC, a.created_at, a.id`,
    [eventId, persons.map((p) => p.id)],
  );
  const byPerson = new Map<string, RecordRow[]>();
  for (const r of rows) byPerson.set(r.person_id, [...(byPerson.get(r.person_id) ?? []), r]);
  for (const p of persons) {
    const records = byPerson.get(p.id) ?? [];
    const first = (test: (r: RecordRow) => boolean) => records.find(test) ?? null;
    const region = first((r) => r.country === p.country && r.province === p.province && r.city === p.city);
    const industry = first((r) => r.industry === p.industry);
    const size = first((r) => r.company_size === p.companySize);
    const interests = new Map<string, ClassifiedValue<unknown>>();
    for (const id of p.interests) {
      const r = first((x) => x.interests.includes(id));
      const found = r?.classification?.interests.find((i) => i.value === id);
      if (found) interests.set(id, found);
    }
    result.set(p.id, {
      country: region?.classification?.region.country ?? null,
      province: region?.classification?.region.province ?? null,
      city: region?.classification?.region.city ?? null,
      industry: industry?.classification?.industry ?? null,
      companySize: size?.classification?.companySize ?? null,
      interests,
    });
  }
  return result;
}

/** Exhibitors' names (interests inferred from booth scans name the exhibitors). */
export async function exhibitorNames(db: Queryable, eventId: string): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; name: string }>('SELECT id, name FROM exhibitors WHERE event_id = $1', [eventId]);
  return new Map(rows.map((r) => [r.id, r.name]));
}
