/**
 * Shows and editions. An event is one edition of a show; the previous edition of an event is the
 * one with the nearest lower edition number in the same show. One edition is current: the console,
 * the CLI and new pairing codes work on it (events/events.ts reads it). Devices keep working on
 * the edition they were paired to (docs/decisions.md).
 */
import { newId } from '../../core/ids';
import type { CopiedSetup, Edition } from '../../core/editions/schema';
import type { SurveyContent } from '../../core/surveys/schema';
import type { Db, Queryable } from '../db/types';
import { createEventKey } from '../events/events';

export class EditionError extends Error {
  constructor(
    readonly reason: 'not_found' | 'edition_taken' | 'bad_dates' | 'bad_name' | 'copy_self',
    message: string,
  ) {
    super(message);
  }
}

interface EditionRow {
  id: string;
  name: string;
  show: string;
  show_id: string;
  edition: number;
  starts_on: string | null;
  ends_on: string | null;
  venue: string;
  current: boolean;
  previous: string | null;
}

const EDITION_SELECT = `
  SELECT e.id, e.name, s.name AS show, e.show_id, e.edition, to_char(e.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(e.ends_on, 'YYYY-MM-DD') AS ends_on,
         e.venue, e.is_current AS current,
         (SELECT p.id FROM events p WHERE p.show_id = e.show_id AND p.edition < e.edition ORDER BY p.edition DESC LIMIT 1) AS previous
    FROM events e JOIN shows s ON s.id = e.show_id`;

function toEdition(r: EditionRow): Edition {
  return {
    id: r.id,
    name: r.name,
    show: r.show,
    showId: r.show_id,
    edition: r.edition,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    venue: r.venue,
    current: r.current,
    previous: r.previous,
  };
}

/** Every edition of every show, shows by name, editions in order. */
export async function listEditions(db: Queryable): Promise<Edition[]> {
  const { rows } = await db.query<EditionRow>(`${EDITION_SELECT} ORDER BY lower(s.name), e.edition`);
  return rows.map(toEdition);
}

export async function getEdition(db: Queryable, id: string): Promise<Edition | null> {
  const { rows } = await db.query<EditionRow>(`${EDITION_SELECT} WHERE e.id::text = $1`, [id]);
  return rows[0] ? toEdition(rows[0]) : null;
}

export async function requireEdition(db: Queryable, id: string): Promise<Edition> {
  const edition = await getEdition(db, id);
  if (!edition) throw new EditionError('not_found', `no edition ${id} (list them with: npx showfloor events list)`);
  return edition;
}

/** The editions of the event's show up to and including it, oldest first. */
export async function editionsUpTo(db: Queryable, eventId: string): Promise<Edition[]> {
  const { rows } = await db.query<EditionRow>(
    `${EDITION_SELECT} WHERE e.show_id = (SELECT show_id FROM events WHERE id = $1) AND e.edition <= (SELECT edition FROM events WHERE id = $1) ORDER BY e.edition`,
    [eventId],
  );
  return rows.map(toEdition);
}

const cleanName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim();

async function showFor(tx: Queryable, name: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>('SELECT id FROM shows WHERE lower(name) = lower($1)', [name]);
  if (rows[0]) return rows[0].id;
  const id = newId();
  await tx.query('INSERT INTO shows (id, name) VALUES ($1, $2)', [id, name]);
  return id;
}

export interface NewEdition {
  name: string;
  startsOn: string;
  endsOn: string;
  /** The show (series); by default the current edition's show. */
  show?: string | undefined;
  /** By default the show's last edition number + 1. */
  edition?: number | undefined;
  /** Where the setup is copied from: 'previous' (default), an event id, or null for nothing. */
  copyFrom?: string | null | undefined;
}

export interface NewEditionResult {
  edition: Edition;
  copied: { from: string | null; what: CopiedSetup[] };
}

export async function addEdition(db: Db, input: NewEdition, actor: string): Promise<NewEditionResult> {
  const name = cleanName(input.name);
  if (!name || name.length > 200) throw new EditionError('bad_name', 'give the edition a name of at most 200 characters');
  if (input.startsOn > input.endsOn) throw new EditionError('bad_dates', `the edition cannot end (${input.endsOn}) before it starts (${input.startsOn})`);
  if (input.show !== undefined && (!cleanName(input.show) || cleanName(input.show).length > 200)) throw new EditionError('bad_name', 'give the show a name of at most 200 characters');
  return db.transaction(async (tx) => {
    // One edition made at a time, so two "next edition" numbers cannot collide.
    await tx.query('SELECT pg_advisory_xact_lock(7405522)');
    const showId = input.show
      ? await showFor(tx, cleanName(input.show))
      : ((await tx.query<{ show_id: string }>('SELECT show_id FROM events ORDER BY is_current DESC, created_at, id LIMIT 1')).rows[0]?.show_id ?? (await showFor(tx, name)));
    const { rows: last } = await tx.query<{ n: number | null }>('SELECT max(edition)::int AS n FROM events WHERE show_id = $1', [showId]);
    const number = input.edition ?? (last[0]?.n ?? 0) + 1;
    const { rows: taken } = await tx.query<{ id: string; name: string }>('SELECT id, name FROM events WHERE show_id = $1 AND edition = $2', [showId, number]);
    if (taken[0]) throw new EditionError('edition_taken', `edition ${number} of this show exists already: ${taken[0].name} (${taken[0].id})`);
    const { rows: previous } = await tx.query<{ id: string }>('SELECT id FROM events WHERE show_id = $1 AND edition < $2 ORDER BY edition DESC LIMIT 1', [showId, number]);
    const source = input.copyFrom === undefined || input.copyFrom === 'previous' ? (previous[0]?.id ?? null) : input.copyFrom;
    if (source !== null && !(await tx.query('SELECT 1 FROM events WHERE id::text = $1', [source])).rows.length) {
      throw new EditionError('not_found', `no edition ${source} to copy the setup from`);
    }
    const id = newId();
    await tx.query('INSERT INTO events (id, name, starts_on, ends_on, show_id, edition) VALUES ($1, $2, $3, $4, $5, $6)', [id, name, input.startsOn, input.endsOn, showId, number]);
    await createEventKey(tx, id);
    const what = source ? await copySetup(tx, source, id, actor) : [];
    const edition = await getEdition(tx, id);
    if (!edition) throw new Error('edition was not created');
    return { edition, copied: { from: source, what } };
  });
}

/** Makes the edition current for the console, the CLI and new pairing codes. */
export async function useEdition(db: Db, id: string): Promise<Edition> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7405522)');
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM events WHERE id::text = $1', [id]);
    if (!rows[0]) throw new EditionError('not_found', `no edition ${id} (list them with: npx showfloor events list)`);
    await tx.query('UPDATE events SET is_current = false WHERE is_current AND id <> $1', [rows[0].id]);
    await tx.query('UPDATE events SET is_current = true WHERE id = $1 AND NOT is_current', [rows[0].id]);
    return (await getEdition(tx, rows[0].id)) as Edition;
  });
}

export interface EditionPatch {
  name?: string | undefined;
  show?: string | undefined;
  edition?: number | undefined;
  startsOn?: string | undefined;
  endsOn?: string | undefined;
}

/** Renames, re-dates, renumbers or moves an edition to another show. */
export async function updateEdition(db: Db, id: string, patch: EditionPatch): Promise<Edition> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7405522)');
    const current = await getEdition(tx, id);
    if (!current) throw new EditionError('not_found', `no edition ${id} (list them with: npx showfloor events list)`);
    const name = patch.name === undefined ? current.name : cleanName(patch.name);
    if (!name || name.length > 200) throw new EditionError('bad_name', 'give the edition a name of at most 200 characters');
    const startsOn = patch.startsOn ?? current.startsOn;
    const endsOn = patch.endsOn ?? current.endsOn;
    if (startsOn && endsOn && startsOn > endsOn) throw new EditionError('bad_dates', `the edition cannot end (${endsOn}) before it starts (${startsOn})`);
    const showId = patch.show === undefined ? current.showId : await showFor(tx, cleanName(patch.show));
    const number = patch.edition ?? current.edition;
    const { rows: taken } = await tx.query<{ name: string }>('SELECT name FROM events WHERE show_id = $1 AND edition = $2 AND id <> $3', [showId, number, current.id]);
    if (taken[0]) throw new EditionError('edition_taken', `edition ${number} of this show is already ${taken[0].name}`);
    await tx.query('UPDATE events SET name = $2, starts_on = $3, ends_on = $4, show_id = $5, edition = $6 WHERE id = $1', [current.id, name, startsOn, endsOn, showId, number]);
    return (await getEdition(tx, current.id)) as Edition;
  });
}

const COPIED_DOCS = ['visitor_form', 'taxonomies', 'lead_questions', 'feedback_categories'] as const;

/**
 * The next edition starts with the setup of an earlier one: the visitor form, taxonomies, the
 * organizer's booth questions, feedback categories and service levels, time zone and venue, and
 * every survey (as a new survey whose first version is the old one's current version, active if
 * it was). Exhibitors' own products and questions are not copied: exhibitors differ per edition.
 */
export async function copySetup(tx: Queryable, from: string, to: string, actor: string): Promise<CopiedSetup[]> {
  if (from === to) throw new EditionError('copy_self', 'an edition cannot copy its setup from itself');
  const copied: CopiedSetup[] = [];
  const { rows: docs } = await tx.query<{ kind: (typeof COPIED_DOCS)[number] }>(
    `INSERT INTO event_docs (event_id, kind, key, roles, data)
     SELECT $2, kind, key, roles, data FROM event_docs WHERE event_id = $1 AND kind = ANY($3::text[])
     ON CONFLICT (event_id, kind, key) DO UPDATE SET roles = EXCLUDED.roles, data = EXCLUDED.data, updated_at = now()
     RETURNING kind`,
    [from, to, COPIED_DOCS],
  );
  for (const kind of COPIED_DOCS) if (docs.some((d) => d.kind === kind)) copied.push(kind);
  const { rowCount: sla } = await tx.query(
    `INSERT INTO feedback_settings (event_id, sla) SELECT $2, sla FROM feedback_settings WHERE event_id = $1 ON CONFLICT (event_id) DO UPDATE SET sla = EXCLUDED.sla, updated_at = now()`,
    [from, to],
  );
  if (sla) copied.push('feedback_sla');
  const { rows: ev } = await tx.query<{ time_zone: string; venue: string }>('SELECT time_zone, venue FROM events WHERE id = $1', [from]);
  if (ev[0]) {
    await tx.query(`UPDATE events SET time_zone = $2, venue = CASE WHEN venue = '' THEN $3 ELSE venue END WHERE id = $1`, [to, ev[0].time_zone, ev[0].venue]);
    copied.push('time_zone');
    if (ev[0].venue) copied.push('venue');
  }
  const { rows: surveys } = await tx.query<{ active: boolean; content: SurveyContent }>(
    `SELECT s.active, v.content FROM surveys s JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version WHERE s.event_id = $1 ORDER BY s.created_at, s.id`,
    [from],
  );
  for (const s of surveys) {
    const id = newId();
    await tx.query('INSERT INTO surveys (id, event_id, active, current_version, created_by) VALUES ($1, $2, $3, 1, $4)', [id, to, s.active, actor]);
    const { rows: v } = await tx.query<{ published_at: Date }>(
      'INSERT INTO survey_versions (survey_id, version, event_id, content, published_by) VALUES ($1, 1, $2, $3::jsonb, $4) RETURNING published_at',
      [id, to, JSON.stringify(s.content), actor],
    );
    // As surveys/surveys.ts publishes an active survey: its document goes to the kiosks.
    if (s.active && v[0]) {
      const doc = { ...s.content, id, version: 1, publishedAt: new Date(v[0].published_at).toISOString() };
      await tx.query(`INSERT INTO event_docs (event_id, kind, key, roles, data) VALUES ($1, 'survey', $2, ARRAY['kiosk'], $3::jsonb)`, [to, id, JSON.stringify(doc)]);
    }
  }
  if (surveys.length) copied.push('surveys');
  return copied;
}
