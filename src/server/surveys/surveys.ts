/**
 * Surveys and their versions. Saving changed content always makes a new version (never an
 * update), and an active survey's newest version is published to kiosks through event_docs; a
 * deactivated survey is withdrawn with a tombstone so kiosks drop it.
 */
import { newId } from '../../core/ids';
import type { SurveyContent, SurveyDoc } from '../../core/surveys/schema';
import type { SurveyDetail, SurveySummary } from '../../core/surveys/console';
import type { Db, Queryable } from '../db/types';
import { putEventDoc } from '../events/eventDocs';

const iso = (d: Date | string) => new Date(d).toISOString();

export async function listSurveys(db: Queryable, eventId: string): Promise<SurveySummary[]> {
  const { rows } = await db.query<{ id: string; active: boolean; current_version: number; content: SurveyContent; updated_at: Date; responses: number }>(
    `SELECT s.id, s.active, s.current_version, v.content, s.updated_at,
            (SELECT count(*)::int FROM survey_responses r WHERE r.survey_id = s.id) AS responses
       FROM surveys s JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version
      WHERE s.event_id = $1 ORDER BY s.created_at, s.id`,
    [eventId],
  );
  return rows.map((r) => ({
    id: r.id,
    active: r.active,
    currentVersion: r.current_version,
    title: r.content.title,
    audience: r.content.audience,
    responses: r.responses,
    updatedAt: iso(r.updated_at),
  }));
}

export async function getSurvey(db: Queryable, eventId: string, id: string): Promise<SurveyDetail | null> {
  const { rows } = await db.query<{ active: boolean; current_version: number }>('SELECT active, current_version FROM surveys WHERE id = $1 AND event_id = $2', [id, eventId]);
  const survey = rows[0];
  if (!survey) return null;
  const { rows: versions } = await db.query<{ version: number; content: SurveyContent; published_at: Date; published_by: string; responses: number }>(
    `SELECT v.version, v.content, v.published_at, v.published_by,
            (SELECT count(*)::int FROM survey_responses r WHERE r.survey_id = v.survey_id AND r.version = v.version) AS responses
       FROM survey_versions v WHERE v.survey_id = $1 ORDER BY v.version`,
    [id],
  );
  const current = versions.find((v) => v.version === survey.current_version);
  if (!current) throw new Error(`survey ${id} has no version ${survey.current_version}`);
  return {
    id,
    active: survey.active,
    currentVersion: survey.current_version,
    content: current.content,
    versions: versions.map((v) => ({ version: v.version, publishedAt: iso(v.published_at), publishedBy: v.published_by, responses: v.responses })),
  };
}

/** The content of every version of a survey of this event, oldest first. */
export async function surveyVersions(db: Queryable, eventId: string, id: string): Promise<Array<{ version: number; content: SurveyContent }>> {
  const { rows } = await db.query<{ version: number; content: SurveyContent }>('SELECT version, content FROM survey_versions WHERE survey_id = $1 AND event_id = $2 ORDER BY version', [id, eventId]);
  return rows;
}

async function publish(tx: Queryable, eventId: string, id: string): Promise<void> {
  const { rows } = await tx.query<{ active: boolean; version: number; content: SurveyContent; published_at: Date }>(
    `SELECT s.active, v.version, v.content, v.published_at FROM surveys s JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version WHERE s.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return;
  if (row.active) {
    // A tombstone left from an earlier withdrawal must not be replayed after this newer copy.
    await tx.query(`DELETE FROM sync_tombstones WHERE event_id = $1 AND stream = 'config' AND kind = 'survey' AND key = $2`, [eventId, id]);
    const doc: SurveyDoc = { ...row.content, id, version: row.version, publishedAt: iso(row.published_at) };
    await putEventDoc(tx, eventId, 'survey', doc, ['kiosk'], id);
  } else {
    const { rowCount } = await tx.query(`DELETE FROM event_docs WHERE event_id = $1 AND kind = 'survey' AND key = $2`, [eventId, id]);
    if (rowCount > 0) await tx.query(`INSERT INTO sync_tombstones (event_id, stream, kind, key) VALUES ($1, 'config', 'survey', $2)`, [eventId, id]);
  }
}

export async function createSurvey(db: Db, eventId: string, content: SurveyContent, actor: string): Promise<SurveyDetail> {
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO surveys (id, event_id, current_version, created_by) VALUES ($1, $2, 1, $3)', [id, eventId, actor]);
    await tx.query('INSERT INTO survey_versions (survey_id, version, event_id, content, published_by) VALUES ($1, 1, $2, $3::jsonb, $4)', [id, eventId, JSON.stringify(content), actor]);
  });
  return (await getSurvey(db, eventId, id))!;
}

/** Saves content: a new version when it differs from the newest one (JSON equality), republished if active. */
export async function saveSurvey(db: Db, eventId: string, id: string, content: SurveyContent, actor: string): Promise<{ survey: SurveyDetail; changed: boolean } | null> {
  const changed = await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ current_version: number; same: boolean }>(
      `SELECT s.current_version, v.content = $3::jsonb AS same
         FROM surveys s JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version
        WHERE s.id = $1 AND s.event_id = $2 FOR UPDATE OF s`,
      [id, eventId, JSON.stringify(content)],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.same) return false;
    const version = row.current_version + 1;
    await tx.query('INSERT INTO survey_versions (survey_id, version, event_id, content, published_by) VALUES ($1, $2, $3, $4::jsonb, $5)', [id, version, eventId, JSON.stringify(content), actor]);
    await tx.query('UPDATE surveys SET current_version = $2, updated_at = now() WHERE id = $1', [id, version]);
    await publish(tx, eventId, id);
    return true;
  });
  if (changed === null) return null;
  return { survey: (await getSurvey(db, eventId, id))!, changed };
}

export async function setSurveyActive(db: Db, eventId: string, id: string, active: boolean): Promise<SurveyDetail | null> {
  const found = await db.transaction(async (tx) => {
    const { rowCount } = await tx.query('UPDATE surveys SET active = $3, updated_at = now() WHERE id = $1 AND event_id = $2', [id, eventId, active]);
    if (!rowCount) return false;
    await publish(tx, eventId, id);
    return true;
  });
  return found ? getSurvey(db, eventId, id) : null;
}

export interface ResponseRow {
  id: string;
  version: number;
  mode: string;
  channel: string;
  audience: string;
  language: string;
  attendeeId: string | null;
  deviceName: string;
  /** When it was answered: the device's clock, never later than the server received it. */
  at: string;
  answers: Record<string, unknown>;
}

export async function listResponses(db: Queryable, eventId: string, surveyId: string, version: number | null): Promise<ResponseRow[]> {
  const { rows } = await db.query<{
    id: string;
    version: number;
    mode: string;
    channel: string;
    audience: string;
    language: string;
    attendee_id: string | null;
    device_name: string;
    at: Date;
    answers: Record<string, unknown>;
  }>(
    `SELECT r.id, r.version, r.mode, r.channel, r.audience, r.language, r.attendee_id, d.name AS device_name,
            LEAST(r.captured_at, r.received_at) AS at, r.answers
       FROM survey_responses r JOIN devices d ON d.id = r.device_id
      WHERE r.event_id = $1 AND r.survey_id = $2 AND ($3::int IS NULL OR r.version = $3::int)
      ORDER BY at, r.id`,
    [eventId, surveyId, version],
  );
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    mode: r.mode,
    channel: r.channel,
    audience: r.audience,
    language: r.language,
    attendeeId: r.attendee_id,
    deviceName: r.device_name,
    at: iso(r.at),
    answers: r.answers,
  }));
}
