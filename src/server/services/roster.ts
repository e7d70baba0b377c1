/**
 * Roster import: validated records (core/roster/rows.ts) into the attendees table, in one
 * transaction so an import either lands whole or not at all. Re-importing the same people
 * updates them (matched on their import key) and keeps their ids and badges.
 */
import { encodeBadge } from '../../core/badge/codec';
import { newId } from '../../core/ids';
import { nameSearchKeys } from '../../core/text/pinyin';
import type { RosterRecord, RowProblem } from '../../core/roster/rows';
import type { Db, Queryable } from '../db/types';
import type { EventSigner } from './events';

export interface ImportSummary {
  inserted: number;
  updated: number;
  unchanged: number;
}

interface ExistingRow {
  id: string;
  import_key: string;
  badge_code: string;
  fingerprint: string;
  consent_share: boolean | null;
  consent_data: boolean | null;
}

const CHUNK = 2_000;

/** JSON with object keys sorted, so Postgres's jsonb rendering and ours compare equal. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function fingerprint(r: RosterRecord): string {
  return stableJson([r.ref, r.badge, r.name, r.company, r.title, r.mobile, r.email, r.country, r.province, r.city, r.category, r.extra]);
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problems: RowProblem[] };

/**
 * Writes the records. Conflicts only visible against the database (a badge code the file gives
 * that another attendee already has) are returned as problems and nothing is written.
 */
export async function importRoster(
  db: Db,
  eventId: string,
  records: ReadonlyArray<RosterRecord & { line: number }>,
  signer: EventSigner,
  onProgress?: (done: number, total: number) => void,
  /** More writes of the same import (a past edition's attendance), in the same transaction. */
  afterWrite?: (tx: Queryable) => Promise<void>,
): Promise<ImportOutcome> {
  return db.transaction(async (tx) => {
    const { rows: existingRows } = await tx.query<ExistingRow>(
      `SELECT id, import_key, badge_code,
              jsonb_build_array(ref, CASE WHEN badge_code LIKE 'SF1%' THEN '' ELSE badge_code END, name, company, title, mobile, email, country, province, city, category, extra)::text AS fingerprint,
              consent_share, consent_data
         FROM attendees WHERE event_id = $1`,
      [eventId],
    );
    const byKey = new Map(existingRows.map((r) => [r.import_key, r]));
    const badgeOwner = new Map(existingRows.map((r) => [r.badge_code, r.import_key]));

    const problems: RowProblem[] = [];
    for (const r of records) {
      const owner = r.badge ? badgeOwner.get(r.badge) : undefined;
      if (owner && owner !== r.importKey) problems.push({ line: r.line, field: 'badge', message: `badge code "${r.badge}" already belongs to another visitor` });
    }
    if (problems.length) return { ok: false, problems };

    const summary: ImportSummary = { inserted: 0, updated: 0, unchanged: 0 };
    const writes: Array<Record<string, unknown>> = [];
    for (const r of records) {
      const existing = byKey.get(r.importKey);
      // An unchanged person is not rewritten: their seq stays, so desks do not download them again.
      // A file that does not state consent (no column, empty cell) keeps what the visitor said before.
      const consentShare = r.consentShare ?? existing?.consent_share ?? null;
      const consentData = r.consentData ?? existing?.consent_data ?? null;
      if (
        existing &&
        stableJson(JSON.parse(existing.fingerprint)) === fingerprint(r) &&
        consentShare === existing.consent_share &&
        consentData === existing.consent_data
      ) {
        summary.unchanged++;
        continue;
      }
      const id = existing?.id ?? newId();
      const badgeCode =
        r.badge ||
        encodeBadge({ eventId, attendeeId: id, category: r.category, kid: signer.kid, name: r.name, company: r.company }, signer.sign);
      if (existing) summary.updated++;
      else summary.inserted++;
      writes.push({
        id,
        import_key: r.importKey,
        ref: r.ref,
        badge_code: badgeCode,
        name: r.name,
        company: r.company,
        title: r.title,
        mobile: r.mobile,
        email: r.email,
        country: r.country,
        province: r.province,
        city: r.city,
        category: r.category,
        extra: r.extra,
        consent_share: consentShare,
        consent_data: consentData,
        ...nameSearchKeys(r.name),
      });
    }
    for (let i = 0; i < writes.length; i += CHUNK) {
      await tx.query(
        `INSERT INTO attendees (id, event_id, import_key, ref, badge_code, name, company, title, mobile, email, country, province, city, category, extra, consent_share, consent_data, pinyin, initials)
         SELECT id, $2, import_key, ref, badge_code, name, company, title, mobile, email, country, province, city, category, extra, consent_share, consent_data, pinyin, initials
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, import_key text, ref text, badge_code text, name text, company text, title text,
                mobile text, email text, country text, province text, city text, category text, extra jsonb, consent_share boolean, consent_data boolean,
                pinyin text, initials text)
         ON CONFLICT (event_id, import_key) DO UPDATE SET
           ref = EXCLUDED.ref, badge_code = EXCLUDED.badge_code, name = EXCLUDED.name, company = EXCLUDED.company, title = EXCLUDED.title,
           mobile = EXCLUDED.mobile, email = EXCLUDED.email, country = EXCLUDED.country, province = EXCLUDED.province, city = EXCLUDED.city,
           category = EXCLUDED.category, extra = EXCLUDED.extra,
           consent_share = EXCLUDED.consent_share, consent_data = EXCLUDED.consent_data, pinyin = EXCLUDED.pinyin, initials = EXCLUDED.initials, updated_at = now()`,
        [JSON.stringify(writes.slice(i, i + CHUNK)), eventId],
      );
      onProgress?.(Math.min(i + CHUNK, writes.length), writes.length);
    }
    // Fresh statistics, or the planner keeps believing the table is tiny and pulls sort it whole (PGlite has no autovacuum).
    if (writes.length) await tx.query('ANALYZE attendees');
    await afterWrite?.(tx);
    return { ok: true, summary };
  });
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
