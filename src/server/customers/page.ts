/**
 * A customer's page: who they are, their history over editions (attended days, category,
 * classification, leads taken or given, survey answers, complaints and how they were answered),
 * stage, tier, source, owner, the timeline of notes and contacts, and how their records were
 * linked. One function, a handful of indexed reads (`npm run bench -- editions` times it).
 */
import type { CustomerKind } from '../../core/customers/matching';
import type { Queryable } from '../db/types';

export interface CustomerRecord {
  id: string;
  eventId: string;
  name: string;
  company: string;
  category: string;
  source: string;
  reason: string;
  evidence: unknown;
  linkedBy: string;
  linkedAt: string;
  erased: boolean;
}

export interface EditionHistory {
  eventId: string;
  show: string;
  edition: number;
  name: string;
  startsOn: string | null;
  /** The participation (null: registered or listed, but not a customer of that edition). */
  role: 'visitor' | 'press' | 'staff' | 'exhibitor' | null;
  category: string | null;
  days: number;
  classification: { country: string; province: string; scope: string; industry: string; companySize: string; interests: string[] } | null;
  /** Exhibitors: booth, floor area (m²), contract amount. */
  booth: string | null;
  floorArea: number | null;
  contractAmount: number | null;
  /** Contacts: leads exhibitors took of them (given); companies: leads they took. */
  leads: { total: number; hot: number; warm: number; cold: number; unrated: number };
  surveyAnswers: Array<{ id: string; surveyId: string; version: number; answers: unknown; capturedAt: string }>;
  complaints: Array<{ id: string; type: string; category: string; severity: string; status: string; description: string; reportedAt: string; answeredAt: string | null; answer: string }>;
  tier: { tier: string; ruleVersion: number; value: number; inputs: unknown } | null;
  records: CustomerRecord[];
}

export interface TimelineEntry {
  kind: 'note' | 'visit' | 'call' | 'email' | 'letter' | 'stage' | 'lost_reason';
  at: string;
  by: string;
  text: string;
  winBack: boolean;
  /** Stage moves: from and to. */
  from?: string | null;
  to?: string;
  eventId?: string | null;
  id: string;
}

export interface CustomerPage {
  customer: {
    id: string;
    kind: CustomerKind;
    name: string;
    company: string;
    creditCode: string;
    mobile: string;
    email: string;
    country: string;
    province: string;
    stage: string | null;
    stageAt: string | null;
    source: string;
    owner: string;
    mergedInto: string | null;
    erased: boolean;
    createdAt: string;
  };
  /** Customers merged into this one (their notes are in the timeline). */
  merged: string[];
  history: EditionHistory[];
  timeline: TimelineEntry[];
  lostReasons: Array<{ eventId: string; reason: string; note: string; recordedBy: string; recordedAt: string }>;
  moves: Array<{ id: string; action: string; records: string[]; into: string; from: string | null; by: string; at: string; undoneAt: string | null }>;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const num = (x: string | number | null) => (x === null ? null : Number(x));

/** The page of a customer, or null when there is none. A customer merged into another answers with its own data and `mergedInto`. */
export async function customerPage(db: Queryable, customerId: string): Promise<CustomerPage | null> {
  const { rows: found } = await db.query<{
    id: string;
    kind: CustomerKind;
    name: string;
    company: string;
    credit_code: string;
    mobile: string;
    email: string;
    country: string;
    province: string;
    stage: string | null;
    stage_at: Date | null;
    source: string;
    owner: string;
    merged_into: string | null;
    erased: boolean;
    created_at: Date;
    merged: string[];
  }>(
    `SELECT c.id, c.kind, c.name, c.company, c.credit_code, c.mobile, c.email, c.country, c.province, c.stage, c.stage_at, c.source, c.owner, c.merged_into,
            c.erased_at IS NOT NULL AS erased, c.created_at, ARRAY(SELECT m.id::text FROM customers m WHERE m.merged_into = c.id ORDER BY m.id) AS merged
       FROM customers c WHERE c.id::text = $1`,
    [customerId],
  );
  const c = found[0];
  if (!c) return null;
  const everyone = [c.id, ...c.merged];
  const contact = c.kind === 'contact';

  const [records, participations, tiers] = await Promise.all([
    db.query<{ id: string; event_id: string; name: string; company: string; category: string; source: string; reason: string; evidence: unknown; linked_by: string; linked_at: Date; erased: boolean; person_id: string | null }>(
      contact
        ? `SELECT l.record_id AS id, l.event_id, a.name, a.company, a.category, a.source, l.reason, l.evidence, l.linked_by, l.linked_at, a.erased_at IS NOT NULL AS erased, v.person_id
             FROM customer_links l JOIN attendees a ON a.id = l.record_id LEFT JOIN visitor_profiles v ON v.attendee_id = a.id
            WHERE l.customer_id = $1 ORDER BY a.created_at, a.id`
        : `SELECT l.record_id AS id, l.event_id, x.name, x.name AS company, 'exhibitor' AS category, CASE WHEN x.import_key = '' THEN 'manual' ELSE 'import' END AS source,
                  l.reason, l.evidence, l.linked_by, l.linked_at, false AS erased, NULL::uuid AS person_id
             FROM customer_links l JOIN exhibitors x ON x.id = l.record_id WHERE l.customer_id = $1 ORDER BY x.created_at, x.id`,
      [c.id],
    ),
    db.query<{ event_id: string; role: EditionHistory['role']; category: string; days: number; floor_area: string | null; contract_amount: string | null }>(
      'SELECT event_id, role, category, days, floor_area::text, contract_amount::text FROM participations WHERE customer_id = $1',
      [c.id],
    ),
    db.query<{ event_id: string; tier: string; rule_version: number; value: string; inputs: unknown }>(
      'SELECT event_id, tier, rule_version, value::text, inputs FROM customer_tiers WHERE customer_id = $1',
      [c.id],
    ),
  ]);
  const recordIds = records.rows.map((r) => r.id);
  const personIds = [...new Set(records.rows.flatMap((r) => (r.person_id ? [r.person_id] : [])))];
  const eventIds = [...new Set([...records.rows.map((r) => r.event_id), ...participations.rows.map((p) => p.event_id)])];

  const [editions, persons, leads, answers, complaints, exhibitors, notes, stages, lost, moves] = await Promise.all([
    db.query<{ id: string; show: string; edition: number; name: string; starts_on: string | null }>(
      `SELECT e.id, s.name AS show, e.edition, e.name, to_char(e.starts_on, 'YYYY-MM-DD') AS starts_on FROM events e JOIN shows s ON s.id = e.show_id WHERE e.id = ANY($1::uuid[])
        ORDER BY e.starts_on NULLS LAST, s.name, e.edition`,
      [eventIds],
    ),
    db.query<{ id: string; event_id: string; country: string; province: string; scope: string; industry: string; company_size: string; interests: string[] }>(
      'SELECT id, event_id, country, province, scope, industry, company_size, interests FROM persons WHERE id = ANY($1::uuid[])',
      [personIds],
    ),
    db.query<{ event_id: string; rating: string | null; n: number }>(
      contact
        ? `SELECT event_id, rating, count(*)::int AS n FROM leads WHERE attendee_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY 1, 2`
        : `SELECT event_id, rating, count(*)::int AS n FROM leads WHERE exhibitor_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY 1, 2`,
      [recordIds],
    ),
    contact
      ? db.query<{ id: string; event_id: string; survey_id: string; version: number; answers: unknown; captured_at: Date }>(
          'SELECT id, event_id, survey_id, version, answers, captured_at FROM survey_responses WHERE attendee_id = ANY($1::uuid[]) ORDER BY captured_at',
          [recordIds],
        )
      : Promise.resolve({ rows: [] as Array<{ id: string; event_id: string; survey_id: string; version: number; answers: unknown; captured_at: Date }> }),
    db.query<{ id: string; event_id: string; type: string; category: string; severity: string; status: string; description: string; reported_at: Date; answered_at: Date | null; answer: string | null }>(
      `SELECT f.id, f.event_id, f.type, f.category, f.severity, f.status, f.description, f.reported_at, f.answered_at,
              (SELECT s.note FROM feedback_steps s WHERE s.feedback_id = f.id AND s.status = 'answered' ORDER BY s.id DESC LIMIT 1) AS answer
         FROM feedback f
        WHERE f.attendee_id = ANY($1::uuid[])
           OR (f.contact_email <> '' AND lower(f.contact_email) = ANY($2::text[]) AND f.event_id = ANY($3::uuid[]))
        ORDER BY f.reported_at`,
      [recordIds, contact ? [] : [c.email].filter(Boolean), eventIds],
    ),
    contact
      ? Promise.resolve({ rows: [] as Array<{ id: string; booth: string }> })
      : db.query<{ id: string; booth: string }>('SELECT id, booth FROM exhibitors WHERE id = ANY($1::uuid[])', [recordIds]),
    db.query<{ id: string; kind: TimelineEntry['kind']; at: Date; by: string; text: string; win_back: boolean; event_id: string | null }>(
      'SELECT id, kind, at, by, text, win_back, event_id FROM customer_notes WHERE customer_id = ANY($1::uuid[]) ORDER BY at, id',
      [everyone],
    ),
    db.query<{ id: string; from_stage: string | null; to_stage: string; at: Date; by: string; note: string }>(
      'SELECT id::text, from_stage, to_stage, at, by, note FROM customer_stage_moves WHERE customer_id = ANY($1::uuid[]) ORDER BY at, id',
      [everyone],
    ),
    db.query<{ event_id: string; reason: string; note: string; recorded_by: string; recorded_at: Date }>(
      'SELECT event_id, reason, note, recorded_by, recorded_at FROM customer_lost_reasons WHERE customer_id = ANY($1::uuid[]) ORDER BY recorded_at',
      [everyone],
    ),
    db.query<{ id: string; action: string; records: string[]; into_customer: string; from_customer: string | null; moved_by: string; moved_at: Date; undone_at: Date | null }>(
      'SELECT id::text, action, records, into_customer, from_customer, moved_by, moved_at, undone_at FROM customer_moves WHERE into_customer = ANY($1::uuid[]) OR from_customer = ANY($1::uuid[]) ORDER BY id',
      [everyone],
    ),
  ]);

  const personById = new Map(persons.rows.map((p) => [p.id, p]));
  const booths = new Map(exhibitors.rows.map((x) => [x.id, x.booth]));
  const history: EditionHistory[] = editions.rows.map((e) => {
    const p = participations.rows.find((x) => x.event_id === e.id);
    const t = tiers.rows.find((x) => x.event_id === e.id);
    const mine = records.rows.filter((r) => r.event_id === e.id);
    const person = mine.map((r) => (r.person_id ? personById.get(r.person_id) : undefined)).find((x) => x !== undefined);
    const counts = { total: 0, hot: 0, warm: 0, cold: 0, unrated: 0 };
    for (const l of leads.rows.filter((x) => x.event_id === e.id)) {
      counts.total += l.n;
      counts[(l.rating ?? 'unrated') as 'hot' | 'warm' | 'cold' | 'unrated'] += l.n;
    }
    return {
      eventId: e.id,
      show: e.show,
      edition: e.edition,
      name: e.name,
      startsOn: e.starts_on,
      role: p?.role ?? null,
      category: p?.category || mine[0]?.category || null,
      days: p?.days ?? 0,
      classification: person
        ? { country: person.country, province: person.province, scope: person.scope, industry: person.industry, companySize: person.company_size, interests: person.interests }
        : null,
      booth: contact ? null : (mine.map((r) => booths.get(r.id)).find((b) => b) ?? null),
      floorArea: num(p?.floor_area ?? null),
      contractAmount: num(p?.contract_amount ?? null),
      leads: counts,
      surveyAnswers: answers.rows
        .filter((a) => a.event_id === e.id)
        .map((a) => ({ id: a.id, surveyId: a.survey_id, version: a.version, answers: a.answers, capturedAt: iso(a.captured_at) ?? '' })),
      complaints: complaints.rows
        .filter((f) => f.event_id === e.id)
        .map((f) => ({
          id: f.id,
          type: f.type,
          category: f.category,
          severity: f.severity,
          status: f.status,
          description: f.description,
          reportedAt: iso(f.reported_at) ?? '',
          answeredAt: iso(f.answered_at),
          answer: f.answer ?? '',
        })),
      tier: t ? { tier: t.tier, ruleVersion: t.rule_version, value: Number(t.value), inputs: t.inputs } : null,
      records: mine.map((r) => ({
        id: r.id,
        eventId: r.event_id,
        name: r.name,
        company: r.company,
        category: r.category,
        source: r.source,
        reason: r.reason,
        evidence: r.evidence,
        linkedBy: r.linked_by,
        linkedAt: iso(r.linked_at) ?? '',
        erased: r.erased,
      })),
    };
  });
  const timeline: TimelineEntry[] = [
    ...notes.rows.map((n) => ({ id: n.id, kind: n.kind, at: iso(n.at) ?? '', by: n.by, text: n.text, winBack: n.win_back, eventId: n.event_id })),
    ...stages.rows.map((s) => ({ id: `stage-${s.id}`, kind: 'stage' as const, at: iso(s.at) ?? '', by: s.by, text: s.note, winBack: false, from: s.from_stage, to: s.to_stage })),
    ...lost.rows.map((l) => ({ id: `lost-${l.event_id}`, kind: 'lost_reason' as const, at: iso(l.recorded_at) ?? '', by: l.recorded_by, text: l.note, winBack: false, to: l.reason, eventId: l.event_id })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    customer: {
      id: c.id,
      kind: c.kind,
      name: c.name,
      company: c.company,
      creditCode: c.credit_code,
      mobile: c.mobile,
      email: c.email,
      country: c.country,
      province: c.province,
      stage: c.stage,
      stageAt: iso(c.stage_at),
      source: c.source,
      owner: c.owner,
      mergedInto: c.merged_into,
      erased: c.erased,
      createdAt: iso(c.created_at) ?? '',
    },
    merged: c.merged,
    history,
    timeline,
    lostReasons: lost.rows.map((l) => ({ eventId: l.event_id, reason: l.reason, note: l.note, recordedBy: l.recorded_by, recordedAt: iso(l.recorded_at) ?? '' })),
    moves: moves.rows.map((m) => ({ id: m.id, action: m.action, records: m.records, into: m.into_customer, from: m.from_customer, by: m.moved_by, at: iso(m.moved_at) ?? '', undoneAt: iso(m.undone_at) })),
  };
}
