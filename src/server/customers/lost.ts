/**
 * Lost customers are followed (客户流失管理): the exhibitors and the A and B buyers of the previous
 * edition who did not take part in this one, each with the reason when recorded (定位, 质量, 市场,
 * 服务质量, 客户自身, 社会), their last complaint and survey answers, and the win-back actions
 * taken. Recovering one (they signed or registered again) moves them to the stage "won back",
 * which the list's win-back figure counts.
 */
import { LOST_REASONS, type LostReason } from '../../core/customers/pipeline';
import { ratePct } from '../../core/customers/retention';
import type { Db, Queryable } from '../db/types';
import { addNote, moveStage } from './crm';
import { editionWindow, GROUP_SQL, TYPED, windowParams, type Side } from './retention';

export interface LostCustomer {
  id: string;
  name: string;
  company: string;
  mobile: string;
  email: string;
  /** Tier at the previous edition (visitors: only A and B are listed). */
  tier: string | null;
  reason: { reason: LostReason; note: string; recordedBy: string; recordedAt: string } | null;
  lastComplaint: { id: string; eventId: string; category: string; description: string; status: string; reportedAt: string; answer: string } | null;
  surveyAnswers: Array<{ id: string; eventId: string; surveyId: string; answers: unknown; capturedAt: string }>;
  winBackActions: Array<{ id: string; kind: string; at: string; by: string; text: string }>;
  stage: string | null;
  recovered: boolean;
}

export interface LostSummary {
  lost: number;
  withReason: number;
  byReason: Record<LostReason, number>;
  recovered: number;
  /** Recovered ÷ lost, one decimal: how far the follow-up has come. */
  recoveredPct: number | null;
}

/** The lost customers of this side the list holds: every exhibitor; visitors of tier A or B at the previous edition. */
function lostSql(side: Side): string {
  const tiered = side === 'visitors' ? `JOIN customer_tiers t ON t.customer_id = g.customer_id AND t.event_id = $2 AND t.tier IN ('A', 'B')` : '';
  return `SELECT g.customer_id FROM (${GROUP_SQL.lost}) g ${tiered}`;
}

export async function lostSummary(db: Queryable, eventId: string, side: Side): Promise<LostSummary> {
  const w = await editionWindow(db, eventId);
  const { rows } = await db.query<{ lost: number; recovered: number; reason: LostReason | null; n: number }>(
    `WITH ${TYPED}, l AS (${lostSql(side)})
     SELECT r.reason, count(*)::int AS n, count(*) FILTER (WHERE c.stage = 'won_back')::int AS recovered
       FROM l JOIN customers c ON c.id = l.customer_id LEFT JOIN customer_lost_reasons r ON r.customer_id = l.customer_id AND r.event_id = $1
      GROUP BY r.reason`,
    windowParams(w, side),
  );
  const byReason = Object.fromEntries(LOST_REASONS.map((r) => [r, 0])) as Record<LostReason, number>;
  let lost = 0;
  let recovered = 0;
  for (const r of rows) {
    lost += r.n;
    recovered += r.recovered;
    if (r.reason) byReason[r.reason] += r.n;
  }
  const withReason = Object.values(byReason).reduce((a, b) => a + b, 0);
  return { lost, withReason, byReason, recovered, recoveredPct: ratePct(recovered, lost) };
}

/** One page of the list, in id order (keyset). */
export async function lostCustomers(db: Queryable, eventId: string, side: Side, page: { after?: string | null; limit: number }): Promise<{ rows: LostCustomer[]; next: string | null }> {
  const w = await editionWindow(db, eventId);
  const { rows } = await db.query<{
    id: string;
    name: string;
    company: string;
    mobile: string;
    email: string;
    stage: string | null;
    tier: string | null;
    reason: LostReason | null;
    reason_note: string | null;
    reason_by: string | null;
    reason_at: Date | null;
    records: string[];
  }>(
    `WITH ${TYPED}, l AS (${lostSql(side)})
     SELECT c.id, c.name, c.company, c.mobile, c.email, c.stage,
            (SELECT t.tier FROM customer_tiers t WHERE t.customer_id = c.id AND t.event_id = $2) AS tier,
            r.reason, r.note AS reason_note, r.recorded_by AS reason_by, r.recorded_at AS reason_at,
            ARRAY(SELECT k.record_id::text FROM customer_links k WHERE k.customer_id = c.id) AS records
       FROM l JOIN customers c ON c.id = l.customer_id LEFT JOIN customer_lost_reasons r ON r.customer_id = c.id AND r.event_id = $1
      WHERE $6::uuid IS NULL OR c.id > $6::uuid
      ORDER BY c.id LIMIT $7`,
    [...windowParams(w, side), page.after ?? null, page.limit + 1],
  );
  const shown = rows.slice(0, page.limit);
  const ids = shown.map((r) => r.id);
  const records = shown.flatMap((r) => r.records);
  const emails = side === 'exhibitors' ? shown.map((r) => r.email).filter(Boolean) : [];
  const [complaints, answers, actions] = await Promise.all([
    db.query<{ id: string; event_id: string; category: string; description: string; status: string; reported_at: Date; answer: string | null; customer_id: string | null }>(
      `SELECT f.id, f.event_id, f.category, f.description, f.status, f.reported_at,
              COALESCE(l.customer_id, (SELECT c.id FROM customers c WHERE c.id = ANY($3::uuid[]) AND c.email <> '' AND c.email = lower(f.contact_email) LIMIT 1)) AS customer_id,
              (SELECT s.note FROM feedback_steps s WHERE s.feedback_id = f.id AND s.status = 'answered' ORDER BY s.id DESC LIMIT 1) AS answer
         FROM feedback f LEFT JOIN customer_links l ON l.record_id = f.attendee_id
        WHERE f.type = 'complaint' AND (f.attendee_id = ANY($1::uuid[]) OR (f.contact_email <> '' AND lower(f.contact_email) = ANY($2::text[])))
        ORDER BY f.reported_at DESC`,
      [records, emails, ids],
    ),
    db.query<{ id: string; event_id: string; survey_id: string; answers: unknown; captured_at: Date; customer_id: string }>(
      `SELECT r.id, r.event_id, r.survey_id, r.answers, r.captured_at, l.customer_id FROM survey_responses r JOIN customer_links l ON l.record_id = r.attendee_id
        WHERE r.attendee_id = ANY($1::uuid[]) ORDER BY r.captured_at DESC`,
      [records],
    ),
    db.query<{ id: string; customer_id: string; kind: string; at: Date; by: string; text: string }>(
      'SELECT id, customer_id, kind, at, by, text FROM customer_notes WHERE customer_id = ANY($1::uuid[]) AND win_back ORDER BY at DESC, id',
      [ids],
    ),
  ]);
  const iso = (d: Date) => new Date(d).toISOString();
  const out: LostCustomer[] = shown.map((r) => {
    const complaint = complaints.rows.find((f) => f.customer_id === r.id);
    return {
      id: r.id,
      name: r.name,
      company: r.company,
      mobile: r.mobile,
      email: r.email,
      tier: r.tier,
      reason: r.reason ? { reason: r.reason, note: r.reason_note ?? '', recordedBy: r.reason_by ?? '', recordedAt: r.reason_at ? iso(r.reason_at) : '' } : null,
      lastComplaint: complaint
        ? { id: complaint.id, eventId: complaint.event_id, category: complaint.category, description: complaint.description, status: complaint.status, reportedAt: iso(complaint.reported_at), answer: complaint.answer ?? '' }
        : null,
      surveyAnswers: answers.rows.filter((a) => a.customer_id === r.id).map((a) => ({ id: a.id, eventId: a.event_id, surveyId: a.survey_id, answers: a.answers, capturedAt: iso(a.captured_at) })),
      winBackActions: actions.rows.filter((a) => a.customer_id === r.id).map((a) => ({ id: a.id, kind: a.kind, at: iso(a.at), by: a.by, text: a.text })),
      stage: r.stage,
      recovered: r.stage === 'won_back',
    };
  });
  return { rows: out, next: rows.length > page.limit ? (out.at(-1)?.id ?? null) : null };
}

/** A win-back action: a contact made to win the customer back, on their timeline. */
export async function recordWinBackAction(db: Queryable, customerId: string, action: { kind: 'visit' | 'call' | 'email' | 'letter' | 'note'; text: string; at?: string; eventId?: string }, by: string): Promise<string> {
  return addNote(db, customerId, { ...action, winBack: true }, by);
}

/** The customer was won back (signed or registered again): stage "won back", timestamped; the list's win-back figure counts it. */
export async function markRecovered(db: Db, customerId: string, by: string, note = ''): Promise<boolean> {
  return moveStage(db, customerId, 'won_back', by, note);
}
