/**
 * Cases (complaints, suggestions, praise, enquiries) and their follow-up. Each step is one
 * transaction: the case row is locked, the step checked against the workflow, the status and the
 * first time it was reached stored, and the step appended to the history. `now` is a parameter so
 * service levels can be tested at any time of day.
 */
import type { FeedbackDetail, FeedbackItem, FeedbackList, FeedbackSettings } from '../../core/feedback/console';
import { DEFAULT_FEEDBACK_CATEGORIES, feedbackCategoriesSchema, type FeedbackCategories, type Severity } from '../../core/feedback/schema';
import { DEFAULT_SLA, feedbackFigures, slaSchema, slaState, type Sla } from '../../core/feedback/sla';
import { stepProblem, type FeedbackStatus, type StepInput } from '../../core/feedback/workflow';
import type { Db, Queryable } from '../db/types';
import { enterErasureGate, feedbackErased } from '../visitors/lateErasure';
import { getEventDoc, putEventDoc } from '../events/eventDocs';
import { englishProblem, type FieldProblem } from '../../core/api/problems';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function getSla(db: Queryable, eventId: string): Promise<Sla> {
  const { rows } = await db.query<{ sla: unknown }>('SELECT sla FROM feedback_settings WHERE event_id = $1', [eventId]);
  const parsed = slaSchema.safeParse(rows[0]?.sla);
  return parsed.success ? parsed.data : DEFAULT_SLA;
}

export async function getCategories(db: Queryable, eventId: string): Promise<FeedbackCategories> {
  const parsed = feedbackCategoriesSchema.safeParse(await getEventDoc(db, eventId, 'feedback_categories'));
  return parsed.success ? parsed.data : DEFAULT_FEEDBACK_CATEGORIES;
}

export async function getSettings(db: Queryable, eventId: string): Promise<FeedbackSettings> {
  const [categories, sla] = await Promise.all([getCategories(db, eventId), getSla(db, eventId)]);
  return { categories: categories.categories, sla };
}

/** Stores both; the category list goes to kiosks with their config, the service levels stay on the server. */
export async function putSettings(db: Db, eventId: string, settings: FeedbackSettings): Promise<FeedbackSettings> {
  await db.transaction(async (tx) => {
    await putEventDoc(tx, eventId, 'feedback_categories', { categories: settings.categories } satisfies FeedbackCategories, ['kiosk']);
    await tx.query(
      `INSERT INTO feedback_settings (event_id, sla) VALUES ($1, $2::jsonb) ON CONFLICT (event_id) DO UPDATE SET sla = EXCLUDED.sla, updated_at = now()`,
      [eventId, JSON.stringify(settings.sla)],
    );
  });
  return settings;
}

interface CaseRow {
  id: string;
  type: FeedbackItem['type'];
  category: string;
  severity: Severity;
  description: string;
  channel: FeedbackItem['channel'];
  audience: FeedbackItem['audience'];
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  preferred_language: FeedbackItem['preferredLanguage'];
  attendee_id: string | null;
  device_name: string;
  has_photo: boolean;
  photo_received: boolean;
  status: FeedbackStatus;
  assignee: string;
  reported_at: Date;
  assigned_at: Date | null;
  resolved_at: Date | null;
  answered_at: Date | null;
  closed_at: Date | null;
}

/**
 * A photo counts only when the tablet that recorded the case uploaded it (or the same tablet
 * after re-pairing): a photo is stored before its case may exist, so any device could send one.
 */
const OWN_PHOTO = `
  SELECT p.feedback_id, (pd.id = f2.device_id OR f2.device_id = ANY(pd.lineage)) AS owner_ok
    FROM feedback_photos p JOIN devices pd ON pd.id = p.device_id JOIN feedback f2 ON f2.id = p.feedback_id`;

const CASE_SELECT = `
  SELECT f.id, f.type, f.category, f.severity, f.description, f.channel, f.audience, f.contact_name, f.contact_email, f.contact_phone,
         f.preferred_language, f.attendee_id, d.name AS device_name, f.has_photo, (p.feedback_id IS NOT NULL) AS photo_received,
         f.status, f.assignee, f.reported_at, f.assigned_at, f.resolved_at, f.answered_at, f.closed_at
    FROM feedback f JOIN devices d ON d.id = f.device_id
    LEFT JOIN (${OWN_PHOTO}) p ON p.feedback_id = f.id AND p.owner_ok`;

function toItem(r: CaseRow, sla: Sla, now: Date): FeedbackItem {
  const reportedAt = iso(r.reported_at)!;
  const assignedAt = iso(r.assigned_at);
  const answeredAt = iso(r.answered_at);
  const state = slaState({ severity: r.severity, status: r.status, reportedAt, assignedAt, answeredAt }, sla, now);
  return {
    id: r.id,
    type: r.type,
    category: r.category,
    severity: r.severity,
    description: r.description,
    channel: r.channel,
    audience: r.audience,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    preferredLanguage: r.preferred_language,
    attendeeId: r.attendee_id,
    deviceName: r.device_name,
    hasPhoto: r.has_photo,
    photoReceived: r.photo_received,
    status: r.status,
    assignee: r.assignee,
    reportedAt,
    assignedAt,
    resolvedAt: iso(r.resolved_at),
    answeredAt,
    closedAt: iso(r.closed_at),
    ...state,
  };
}

export async function listFeedback(db: Queryable, eventId: string, now: Date = new Date()): Promise<FeedbackList> {
  const sla = await getSla(db, eventId);
  const { rows } = await db.query<CaseRow>(`${CASE_SELECT} WHERE f.event_id = $1 ORDER BY f.reported_at DESC, f.id`, [eventId]);
  const items = rows.map((r) => toItem(r, sla, now));
  return { items, figures: feedbackFigures(items, sla, now) };
}

export async function getFeedback(db: Queryable, eventId: string, id: string, now: Date = new Date()): Promise<FeedbackDetail | null> {
  const { rows } = await db.query<CaseRow>(`${CASE_SELECT} WHERE f.event_id = $1 AND f.id = $2`, [eventId, id]);
  const row = rows[0];
  if (!row) return null;
  const { rows: steps } = await db.query<{ status: FeedbackStatus; at: Date; actor: string; assignee: string; note: string }>(
    'SELECT status, at, actor, assignee, note FROM feedback_steps WHERE feedback_id = $1 ORDER BY id',
    [id],
  );
  return { item: toItem(row, await getSla(db, eventId), now), steps: steps.map((s) => ({ ...s, at: iso(s.at)! })) };
}

/** A step the case's state or the input does not allow; `problem` says which, for the field at fault. */
export class StepRefused extends Error {
  constructor(readonly problem: FieldProblem) {
    super(englishProblem(problem));
  }
}

/** The column holding the first time a case reached each status. */
const REACHED_AT: Record<Exclude<FeedbackStatus, 'new'>, string> = {
  assigned: 'assigned_at',
  in_progress: 'in_progress_at',
  resolved: 'resolved_at',
  answered: 'answered_at',
  closed: 'closed_at',
};

/** Takes one workflow step as `actor`; null when the case does not exist, StepRefused when the step is not allowed. */
export async function takeStep(db: Db, eventId: string, id: string, input: StepInput, actor: string, now: Date = new Date()): Promise<FeedbackDetail | null> {
  const found = await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ status: FeedbackStatus }>('SELECT status FROM feedback WHERE id = $1 AND event_id = $2 FOR UPDATE', [id, eventId]);
    const current = rows[0];
    if (!current) return false;
    const problem = stepProblem(current.status, input);
    if (problem) throw new StepRefused(problem);
    if (input.to === 'new') throw new StepRefused({ path: 'to', problem: 'step_not_allowed', values: { from: current.status, to: 'new' } });
    const column = REACHED_AT[input.to];
    await tx.query(
      `UPDATE feedback SET status = $2, ${column} = COALESCE(${column}, $3), assignee = CASE WHEN $4::text IS NULL THEN assignee ELSE $4::text END WHERE id = $1`,
      [id, input.to, now.toISOString(), input.to === 'assigned' ? (input.assignee ?? '') : null],
    );
    await tx.query('INSERT INTO feedback_steps (feedback_id, status, at, actor, assignee, note) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      input.to,
      now.toISOString(),
      actor,
      input.assignee ?? '',
      input.note ?? '',
    ]);
    return true;
  });
  return found ? getFeedback(db, eventId, id, now) : null;
}

export async function putPhoto(db: Db, eventId: string, deviceId: string, feedbackId: string, contentType: string, bytes: Buffer): Promise<void> {
  await db.transaction(async (tx) => {
    await enterErasureGate(tx);
    // A case stripped by a visitor's erasure keeps no photo, also one that arrives after it.
    if (await feedbackErased(tx, feedbackId)) return;
    // The first copy wins: a retried upload of the same photo is not an error.
    await tx.query(
      `INSERT INTO feedback_photos (feedback_id, event_id, device_id, content_type, bytes) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (feedback_id) DO NOTHING`,
      [feedbackId, eventId, deviceId, contentType, bytes],
    );
  });
}

export async function getPhoto(db: Queryable, eventId: string, feedbackId: string): Promise<{ contentType: string; bytes: Buffer } | null> {
  const { rows } = await db.query<{ content_type: string; bytes: Uint8Array }>(
    `SELECT p.content_type, p.bytes FROM feedback_photos p JOIN devices pd ON pd.id = p.device_id JOIN feedback f ON f.id = p.feedback_id
      WHERE p.feedback_id = $1 AND f.event_id = $2 AND (pd.id = f.device_id OR f.device_id = ANY(pd.lineage))`,
    [feedbackId, eventId],
  );
  const row = rows[0];
  return row ? { contentType: row.content_type, bytes: Buffer.from(row.bytes) } : null;
}
