/**
 * Server-side classification of visitor records (the same classifyVisitor the devices run), in
 * chunks: load the stale profiles with what classification reads, classify, store the result and
 * its plain values, then recompute the persons the records belong to. Corrections are passed in
 * and win over every rule, so reclassifying never undoes what staff corrected.
 */
import { classifyVisitor, type VisitorClassification, type VisitorCorrections } from '../../core/classify/visitor';
import { classificationInput, nameCompanyKey } from '../../core/visitors/input';
import { summarise } from '../../core/visitors/summary';
import { stepSizer, yieldToOthers } from '../db/shortSteps';
import { isTransientDbError, type Db, type Queryable } from '../db/types';
import { autoMerge } from './identity';
import { boothScans } from './integrations';
import { loadTaxonomies } from './taxonomies';

interface StaleRow {
  id: string;
  erased: boolean;
  person_id: string;
  name: string;
  company: string;
  mobile: string;
  email: string;
  country: string;
  province: string;
  city: string;
  industry: string;
  company_size: string;
  interests: unknown;
  extra: Record<string, unknown> | null;
  corrections: VisitorCorrections | null;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Classifies stale records of the event: the given ones, or up to `limit` of any. Runs in the
 * caller's transaction; rows another transaction is classifying are skipped, not waited for.
 * Returns the ids classified.
 */
export async function classifyStale(db: Queryable, eventId: string, opts: { ids?: readonly string[]; limit?: number } = {}): Promise<string[]> {
  const limit = opts.limit ?? 1_000;
  const { rows } = await db.query<StaleRow>(
    `SELECT a.id, a.erased_at IS NOT NULL AS erased, v.person_id, a.name, a.company, a.mobile, a.email, a.country, a.province, a.city, a.industry, a.company_size, a.interests, a.extra, v.corrections
       FROM visitor_profiles v JOIN attendees a ON a.id = v.attendee_id
      WHERE v.event_id = $1 AND v.stale AND ($2::uuid[] IS NULL OR v.attendee_id = ANY($2::uuid[]))
      ORDER BY v.attendee_id LIMIT $3
      FOR UPDATE OF v SKIP LOCKED`,
    [eventId, opts.ids ?? null, limit],
  );
  if (!rows.length) return [];
  // An erased record keeps the values it had (figures count it) and has nothing left to classify from.
  const erased = rows.filter((r) => r.erased).map((r) => r.id);
  if (erased.length) {
    await db.query('UPDATE visitor_profiles SET stale = false WHERE attendee_id = ANY($1::uuid[])', [erased]);
    const rest = rows.filter((r) => !r.erased);
    if (!rest.length) return erased;
    rows.splice(0, rows.length, ...rest);
  }
  const taxonomies = await loadTaxonomies(db, eventId);
  const scans = await boothScans(db, eventId, rows.map((r) => r.id));
  const results = rows.map((r) => {
    const input = classificationInput(
      {
        company: r.company,
        mobile: r.mobile,
        email: r.email,
        country: r.country,
        province: r.province,
        city: r.city,
        industry: r.industry,
        companySize: r.company_size,
        interests: strings(r.interests),
        extra: r.extra ?? {},
      },
      r.corrections,
      scans.get(r.id) ?? [],
    );
    const classification: VisitorClassification = classifyVisitor(input, taxonomies);
    const s = summarise(classification);
    return {
      attendee_id: r.id,
      classification,
      country: s.country,
      province: s.province,
      city: s.city,
      scope: s.scope,
      industry: s.industry,
      company_size: s.companySize,
      interests: s.interests,
      name_key: nameCompanyKey(r.name, r.company),
    };
  });
  await db.query(
    `UPDATE visitor_profiles v SET classification = x.classification, country = x.country, province = x.province, city = x.city, scope = x.scope,
            industry = x.industry, company_size = x.company_size, interests = ARRAY(SELECT jsonb_array_elements_text(x.interests)),
            name_key = x.name_key, stale = false, classified_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(attendee_id uuid, classification jsonb, country text, province text, city text, scope text,
            industry text, company_size text, interests jsonb, name_key text)
      WHERE v.attendee_id = x.attendee_id`,
    [JSON.stringify(results)],
  );
  const ids = rows.map((r) => r.id);
  await db.query('SELECT sf_refresh_persons($1::uuid[])', [[...new Set(rows.map((r) => r.person_id))]]);
  await autoMerge(db, eventId, ids);
  return [...erased, ...ids];
}

export interface ClassificationProgress {
  done: number;
  remaining: number;
}

/**
 * Works through every stale record of the event in short transactions, each sized to take about
 * STEP_MS and followed by a yield, so requests run between them (decisions, 53). `chunk` caps a
 * step's records. The count left is taken once and then followed, not counted again every step.
 */
export async function classifyAllStale(db: Db, eventId: string, onProgress?: (p: ClassificationProgress) => void, chunk = 1_000): Promise<ClassificationProgress> {
  // A step has a cost of its own (finding duplicates scans the event's records) whatever its size: not fewer than 200.
  const sizer = stepSizer({ first: Math.min(200, chunk), min: Math.min(200, chunk), max: chunk });
  let done = 0;
  let remaining = await staleCount(db, eventId);
  while (remaining > 0) {
    const started = performance.now();
    const ids = await db.transaction((tx) => classifyStale(tx, eventId, { limit: sizer.size }));
    sizer.record(ids.length, performance.now() - started);
    done += ids.length;
    // Records made stale meanwhile (a walk-in) are found by the recount when this count runs out.
    remaining = ids.length ? Math.max(0, remaining - ids.length) : 0;
    if (!remaining && ids.length) remaining = await staleCount(db, eventId);
    onProgress?.({ done, remaining });
    if (!ids.length) break;
    await yieldToOthers();
  }
  return { done, remaining };
}

export async function staleCount(db: Queryable, eventId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM visitor_profiles WHERE event_id = $1 AND stale', [eventId]);
  return rows[0]?.n ?? 0;
}

/** Marks every record for classification again (the console's and the CLI's "reclassify"). */
export async function markAllStale(db: Queryable, eventId: string): Promise<number> {
  await db.query('UPDATE visitor_profiles SET stale = true WHERE event_id = $1 AND NOT stale', [eventId]);
  return staleCount(db, eventId);
}

/**
 * Classification as part of another write (a pushed walk-in): under a savepoint, so that a
 * failure to classify never costs the record itself. The record then stays stale and is
 * classified by the next `reclassify`. Connection failures still propagate (the batch is retried).
 */
export async function classifyWithin(tx: Queryable, eventId: string, ids: readonly string[], log: (message: string) => void = console.error): Promise<void> {
  if (!ids.length) return;
  await tx.query('SAVEPOINT classify');
  try {
    await classifyStale(tx, eventId, { ids });
    await tx.query('RELEASE SAVEPOINT classify');
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && isTransientDbError(error)) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT classify');
    log(`classification of ${ids.length} record(s) postponed: ${(error as Error).message}`);
  }
}
