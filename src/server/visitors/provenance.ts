/**
 * How much of each figure of the post-show report was declared and how much inferred: for every
 * counted visitor (a visitor with an admitted show day), the status of the record their region,
 * industry and company size come from, and of every interest (found as the exports find it: the
 * first record, primary first then oldest, holding the person's value — server/export/provenance.ts).
 * A staff correction counts as declared, as it does everywhere (core/classify/correction.ts).
 */
import type { FigureProvenance, StatusCounts } from '../../core/stats/report';
import type { Queryable } from '../db/types';

const source = (match: string, status: string) => `
  LEFT JOIN LATERAL (
    SELECT ${status} AS status
      FROM visitor_profiles v JOIN attendees a ON a.id = v.attendee_id
     WHERE v.person_id = p.id AND ${match}
     ORDER BY v.attendee_id = v.person_id DESC, a.created_at, a.id LIMIT 1)`;

const count = (alias: string) => `
  count(*) FILTER (WHERE ${alias}.status = 'declared')::int AS ${alias}_declared,
  count(*) FILTER (WHERE ${alias}.status = 'inferred')::int AS ${alias}_inferred,
  count(*) FILTER (WHERE ${alias}.status IS DISTINCT FROM 'declared' AND ${alias}.status IS DISTINCT FROM 'inferred')::int AS ${alias}_unknown`;

type Row = Record<string, number>;

export async function figureProvenance(db: Queryable, eventId: string): Promise<FigureProvenance> {
  const { rows } = await db.query<Row>(
    `SELECT ${count('r')}, ${count('i')}, ${count('s')}
       FROM persons p
       ${source('v.country = p.country AND v.province = p.province AND v.city = p.city', `CASE WHEN p.province <> '' THEN v.classification->'region'->'province'->>'status' ELSE v.classification->'region'->'country'->>'status' END`)} r ON true
       ${source('v.industry = p.industry', `v.classification->'industry'->>'status'`)} i ON true
       ${source('v.company_size = p.company_size', `v.classification->'companySize'->>'status'`)} s ON true
      WHERE p.event_id = $1 AND p.is_visitor AND p.days > 0`,
    [eventId],
  );
  const { rows: interests } = await db.query<{ status: string | null; n: number }>(
    `SELECT x.status, count(*)::int AS n FROM (
       SELECT (SELECT e->>'status'
                 FROM visitor_profiles v JOIN attendees a ON a.id = v.attendee_id, jsonb_array_elements(COALESCE(v.classification->'interests', '[]'::jsonb)) e
                WHERE v.person_id = p.id AND e->>'value' = i
                ORDER BY v.attendee_id = v.person_id DESC, a.created_at, a.id LIMIT 1) AS status
         FROM persons p, unnest(p.interests) AS i
        WHERE p.event_id = $1 AND p.is_visitor AND p.days > 0) x
      GROUP BY x.status`,
    [eventId],
  );
  const r = rows[0] ?? {};
  const of = (alias: string): StatusCounts => ({ declared: r[`${alias}_declared`] ?? 0, inferred: r[`${alias}_inferred`] ?? 0, unknown: r[`${alias}_unknown`] ?? 0 });
  const interestCounts: StatusCounts = { declared: 0, inferred: 0, unknown: 0 };
  for (const row of interests) {
    if (row.status === 'declared' || row.status === 'inferred') interestCounts[row.status] += row.n;
    else interestCounts.unknown += row.n;
  }
  return { region: of('r'), industry: of('i'), companySize: of('s'), interests: interestCounts };
}
