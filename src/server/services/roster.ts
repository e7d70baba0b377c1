/**
 * Roster import: validated and prepared records (core/roster/rows.ts, roster/prepare.ts) into the
 * attendees table, in one transaction so an import either lands whole or not at all. Re-importing
 * the same people updates them (matched on their import key) and keeps their ids and badges.
 */
import type { RosterRecord, RowProblem } from '../../core/roster/rows';
import type { Db, Queryable } from '../db/types';
import { prepareImport, stableJson, type AttendeeWrite, type ExistingAttendee, type ImportSummary } from '../roster/prepare';
import type { EventSigner } from './events';

export type { ImportSummary } from '../roster/prepare';

/** What a re-import is compared with: every attendee of the event by import key, and the owners of external badge codes. */
export interface ExistingRoster {
  /** [import_key, id, fingerprint (SQL's jsonb text), consent_share, consent_data, short_code] per attendee. */
  rows: Array<[string, string, string, boolean | null, boolean | null, string]>;
  /** [badge_code, import_key] for codes from another registration system (ours name their attendee). */
  externalBadges: Array<[string, string]>;
}

export async function loadExistingRoster(db: Queryable, eventId: string): Promise<ExistingRoster> {
  const { rows } = await db.query<{ k: string; id: string; f: string; s: boolean | null; d: boolean | null; c: string }>(
    `SELECT import_key AS k, id, consent_share AS s, consent_data AS d, short_code AS c,
            jsonb_build_array(ref, CASE WHEN badge_code LIKE 'SF1%' THEN '' ELSE badge_code END, name, company, title, mobile, email, country, province, city, category, extra)::text AS f
       FROM attendees WHERE event_id = $1`,
    [eventId],
  );
  const { rows: badges } = await db.query<{ b: string; k: string }>(
    `SELECT badge_code AS b, import_key AS k FROM attendees WHERE event_id = $1 AND badge_code NOT LIKE 'SF1%'`,
    [eventId],
  );
  return { rows: rows.map((r) => [r.k, r.id, r.f, r.s, r.d, r.c]), externalBadges: badges.map((b) => [b.b, b.k]) };
}

/** The existing roster as prepareImport compares it (fingerprints in our key order). */
export function existingByKey(existing: ExistingRoster): { byKey: Map<string, ExistingAttendee>; badgeOwners: Map<string, string> } {
  const byKey = new Map<string, ExistingAttendee>();
  for (const [key, id, f, consentShare, consentData, shortCode] of existing.rows) byKey.set(key, { id, fingerprint: stableJson(JSON.parse(f)), consentShare, consentData, shortCode });
  return { byKey, badgeOwners: new Map(existing.externalBadges) };
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problems: RowProblem[] };

/** Rows per statement: each is short enough that a request waiting behind it is not kept long. */
const CHUNK = 1_000;

/**
 * Writes prepared rows in one transaction, so an import lands whole or not at all, in statements of
 * CHUNK rows with a pause between them for the server's other work (on PostgreSQL other requests
 * run meanwhile on their own connections; on the embedded database each waits for the transaction).
 */
export async function writeRoster(db: Db, eventId: string, writes: readonly AttendeeWrite[], onProgress?: (done: number, total: number) => void): Promise<void> {
  if (!writes.length) return;
  await db.transaction(async (tx) => {
    for (let i = 0; i < writes.length; i += CHUNK) {
      await tx.query(
        `INSERT INTO attendees (id, event_id, import_key, ref, badge_code, name, company, title, mobile, email, country, province, city, category, extra, consent_share, consent_data, pinyin, initials, short_code)
         SELECT id, $2, import_key, ref, badge_code, name, company, title, mobile, email, country, province, city, category, extra, consent_share, consent_data, pinyin, initials, short_code
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, import_key text, ref text, badge_code text, name text, company text, title text,
                mobile text, email text, country text, province text, city text, category text, extra jsonb, consent_share boolean, consent_data boolean,
                pinyin text, initials text, short_code text)
         ON CONFLICT (event_id, import_key) DO UPDATE SET
           ref = EXCLUDED.ref, badge_code = EXCLUDED.badge_code, name = EXCLUDED.name, company = EXCLUDED.company, title = EXCLUDED.title,
           mobile = EXCLUDED.mobile, email = EXCLUDED.email, country = EXCLUDED.country, province = EXCLUDED.province, city = EXCLUDED.city,
           category = EXCLUDED.category, extra = EXCLUDED.extra,
           consent_share = EXCLUDED.consent_share, consent_data = EXCLUDED.consent_data, pinyin = EXCLUDED.pinyin, initials = EXCLUDED.initials, short_code = EXCLUDED.short_code, updated_at = now()
         -- A visitor erased on request meanwhile is never written back.
         WHERE attendees.erased_at IS NULL`,
        [JSON.stringify(writes.slice(i, i + CHUNK)), eventId],
      );
      onProgress?.(Math.min(i + CHUNK, writes.length), writes.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Fresh statistics, or the planner keeps believing the table is tiny and pulls sort it whole (PGlite has no autovacuum).
    await tx.query('ANALYZE attendees');
  });
}

/**
 * Validated records into the attendees table, in one transaction, in this thread (the CLI reads
 * and prepares big files in a worker first: cli/commands/importRoster.ts). Conflicts only visible
 * against the database (a badge code another attendee already has) are returned as problems and
 * nothing is written.
 */
export async function importRoster(
  db: Db,
  eventId: string,
  records: ReadonlyArray<RosterRecord & { line: number }>,
  signer: EventSigner,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  const { byKey, badgeOwners } = existingByKey(await loadExistingRoster(db, eventId));
  const prepared = prepareImport(eventId, records, byKey, badgeOwners, signer);
  if (prepared.problems.length) return { ok: false, problems: prepared.problems };
  await writeRoster(db, eventId, prepared.writes, onProgress);
  return { ok: true, summary: prepared.summary };
}

export interface BadgeListRow {
  id: string;
  name: string;
  company: string;
  category: string;
  badge_code: string;
}

export async function listBadges(db: Db, eventId: string): Promise<BadgeListRow[]> {
  const { rows } = await db.query<BadgeListRow>(
    // Erased visitors have no badge to print any more.
    'SELECT id, name, company, category, badge_code FROM attendees WHERE event_id = $1 AND erased_at IS NULL ORDER BY created_at, id',
    [eventId],
  );
  return rows;
}
