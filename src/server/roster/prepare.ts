/**
 * The CPU-heavy half of a roster import, done in the read worker (readWorker.ts) so the server's
 * event loop stays free: which rows are new, changed or unchanged against what the database holds,
 * a badge signed for each new or changed person, and the pinyin search keys of their names.
 */
import { encodeBadge, type BadgeSigner } from '../../core/badge/codec';
import { newShortCode } from '../../core/badge/shortCode';
import { newId } from '../../core/ids';
import type { RosterRecord, RowProblem } from '../../core/roster/rows';
import { nameSearchKeys } from '../../core/text/pinyin';

/** What the database holds of a person already imported, by import key. */
export interface ExistingAttendee {
  id: string;
  fingerprint: string;
  consentShare: boolean | null;
  consentData: boolean | null;
  /** '' for people imported before badges had short codes: they get one when next updated. */
  shortCode: string;
}

export interface ImportSummary {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** One attendees row to insert or update, as the write statement reads it. */
export interface AttendeeWrite {
  id: string;
  import_key: string;
  ref: string;
  badge_code: string;
  name: string;
  company: string;
  title: string;
  mobile: string;
  email: string;
  country: string;
  province: string;
  city: string;
  category: string;
  extra: Record<string, string>;
  consent_share: boolean | null;
  consent_data: boolean | null;
  pinyin: string;
  initials: string;
  short_code: string;
}

/** JSON with object keys sorted, so Postgres's jsonb rendering and ours compare equal. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fields a re-import compares (the SQL in roster.ts builds the same array from a stored row). */
export function fingerprint(r: RosterRecord): string {
  return stableJson([r.ref, r.badge, r.name, r.company, r.title, r.mobile, r.email, r.country, r.province, r.city, r.category, r.extra]);
}

export interface PreparedImport {
  writes: AttendeeWrite[];
  summary: ImportSummary;
  /** Conflicts only visible against the database: nothing may be written when there are any. */
  problems: RowProblem[];
}

/**
 * `badgeOwners`: import key of each external badge code already in the database (our signed codes
 * name their attendee and cannot clash). An unchanged person is not rewritten: their seq stays, so
 * desks do not download them again. A file that does not state consent keeps what was said before.
 */
export function prepareImport(
  eventId: string,
  records: ReadonlyArray<RosterRecord & { line: number }>,
  existing: ReadonlyMap<string, ExistingAttendee>,
  badgeOwners: ReadonlyMap<string, string>,
  signer: { kid: string; sign: BadgeSigner },
  onProgress?: (done: number, total: number) => void,
): PreparedImport {
  const problems: RowProblem[] = [];
  for (const r of records) {
    const owner = r.badge ? badgeOwners.get(r.badge) : undefined;
    if (owner && owner !== r.importKey) problems.push({ line: r.line, field: 'badge', message: `badge code "${r.badge}" already belongs to another visitor` });
  }
  const summary: ImportSummary = { inserted: 0, updated: 0, unchanged: 0 };
  if (problems.length) return { writes: [], summary, problems };
  const writes: AttendeeWrite[] = [];
  // Short codes are drawn at random (40 bits); one already held by someone in the event is drawn again.
  const taken = new Set<string>();
  for (const e of existing.values()) if (e.shortCode) taken.add(e.shortCode);
  const drawShortCode = () => {
    for (;;) {
      const code = newShortCode();
      if (!taken.has(code)) {
        taken.add(code);
        return code;
      }
    }
  };
  records.forEach((r, i) => {
    if (onProgress && i % 5_000 === 0) onProgress(i, records.length);
    const before = existing.get(r.importKey);
    const consentShare = r.consentShare ?? before?.consentShare ?? null;
    const consentData = r.consentData ?? before?.consentData ?? null;
    if (before && before.fingerprint === fingerprint(r) && consentShare === before.consentShare && consentData === before.consentData) {
      summary.unchanged++;
      return;
    }
    const id = before?.id ?? newId();
    if (before) summary.updated++;
    else summary.inserted++;
    writes.push({
      id,
      import_key: r.importKey,
      ref: r.ref,
      badge_code: r.badge || encodeBadge({ eventId, attendeeId: id, category: r.category, kid: signer.kid, name: r.name, company: r.company }, signer.sign),
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
      short_code: before?.shortCode || drawShortCode(),
    });
  });
  onProgress?.(records.length, records.length);
  return { writes, summary, problems };
}
