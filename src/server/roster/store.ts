/**
 * Roster import: validated and prepared records (core/roster/rows.ts, roster/prepare.ts) into the
 * attendees table, in short steps so the server keeps answering meanwhile (decisions, 53). Re-importing
 * the same people updates them (matched on their import key) and keeps their ids and badges, which
 * is also how an import that stopped half-way is completed.
 */
import type { RosterRecord, RowProblem } from '../../core/roster/rows';
import type { Db, Queryable } from '../db/types';
import { stepSizer, yieldToOthers } from '../db/shortSteps';
import { finishImportRun, importRunProgress, startImportRun, stopImportRun, stoppedRunSentence } from './importRuns';
import { prepareImport, stableJson, type AttendeeWrite, type ExistingAttendee, type ImportSummary } from './prepare';
import type { EventSigner } from '../events/events';

export type { ImportSummary } from './prepare';

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

export interface WriteRosterOptions {
  /** The file the rows come from (its path as the operator gave it): named when the run stops, matched when it is imported again. */
  source?: string;
  /** Sentences for the operator (a previous run of the event that stopped). */
  note?: (text: string) => void;
  /** More writes of the same import (a past edition's attendance), after the rows, before the run is finished. */
  afterWrite?: (tx: Queryable) => Promise<void>;
}

const UPSERT = `INSERT INTO attendees (id, event_id, import_key, ref, badge_code, name, company, title, mobile, email, country, province, city, category, extra, consent_share, consent_data, pinyin, initials, short_code)
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
  WHERE attendees.erased_at IS NULL`;

/**
 * Writes prepared rows in short transactions sized to take about STEP_MS each, yielding to the
 * server's other work between them (decisions, 53): on the embedded database a request waits at
 * most one step, not the whole import. The import is therefore not all or nothing: its run is
 * recorded (roster/importRuns.ts), and if it stops, importing the same file again completes it,
 * since rows are upserted on their import key.
 */
export async function writeRoster(
  db: Db,
  eventId: string,
  writes: readonly AttendeeWrite[],
  onProgress?: (done: number, total: number) => void,
  opts: WriteRosterOptions = {},
): Promise<void> {
  const run = await startImportRun(db, eventId, opts.source ?? '', writes.length);
  if (run.previous) opts.note?.(stoppedRunSentence(run.previous));
  const sizer = stepSizer();
  let done = 0;
  try {
    while (done < writes.length) {
      const rows = writes.slice(done, done + sizer.size);
      const started = performance.now();
      await db.transaction(async (tx) => {
        await tx.query(UPSERT, [JSON.stringify(rows), eventId]);
        await importRunProgress(tx, run.id, done + rows.length);
      });
      sizer.record(rows.length, performance.now() - started);
      done += rows.length;
      onProgress?.(done, writes.length);
      await yieldToOthers();
    }
    // Fresh statistics, or the planner keeps believing the tables are tiny and pulls sort them whole
    // and classification joins them by scanning (PGlite has no autovacuum). One table a statement.
    for (const table of writes.length ? ['attendees', 'visitor_profiles', 'persons'] : []) {
      await db.query(`ANALYZE ${table}`);
      await yieldToOthers();
    }
    // A past edition's attendance, once every row it names is in: one short transaction of its own.
    if (opts.afterWrite) await db.transaction(opts.afterWrite);
    await finishImportRun(db, run.id);
  } catch (error) {
    await stopImportRun(db, run.id);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the import stopped after saving ${done.toLocaleString('en')} of ${writes.length.toLocaleString('en')} visitors (${reason}); ` +
        'import the same file again to complete it (saved rows are matched on their import key, not duplicated)',
      { cause: error },
    );
  }
}

/**
 * Validated records into the attendees table (writeRoster), in this thread (the CLI reads
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
