/**
 * Staff and organizer corrections of classified values. The correction is stored beside the
 * classification (who, when, what it replaced, via applyCorrection) and the record is classified
 * again at once, in the same transaction, so figures and exports show it immediately; every later
 * reclassification keeps it, because classifyVisitor lets corrections win.
 */
import { applyCorrection } from '../../core/classify/correction';
import type { ClassifiedValue } from '../../core/classify/types';
import type { VisitorClassification, VisitorCorrections } from '../../core/classify/visitor';
import { correctableValue, correctionProblem, type CorrectionRequest } from '../../core/visitors/corrections';
import type { Db } from '../db/types';
import { classifyStale } from './classify';
import { loadTaxonomies } from './taxonomies';

export class CorrectionError extends Error {
  constructor(
    readonly reason: 'not_found' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

export async function correctVisitor(db: Db, eventId: string, attendeeId: string, req: CorrectionRequest, by: string): Promise<void> {
  const taxonomies = await loadTaxonomies(db, eventId);
  const problem = correctionProblem(req, taxonomies);
  if (problem) throw new CorrectionError('invalid', problem);
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ corrections: VisitorCorrections; classification: VisitorClassification | null }>(
      'SELECT corrections, classification FROM visitor_profiles WHERE event_id = $1 AND attendee_id = $2 FOR UPDATE',
      [eventId, attendeeId],
    );
    const row = rows[0];
    if (!row) throw new CorrectionError('not_found', 'no such visitor in this event');
    const corrections: VisitorCorrections = { ...row.corrections };
    const at = new Date().toISOString();
    if (req.clear) delete corrections[req.field];
    else if (req.field === 'interests') {
      const value = Array.isArray(req.value) ? req.value : req.value === null ? null : [req.value];
      corrections.interests = applyCorrection((row.classification ? correctableValue(row.classification, 'interests') : null) as ClassifiedValue<string[]> | null, value, by, at);
    } else {
      const value = Array.isArray(req.value) ? (req.value[0] ?? null) : req.value;
      corrections[req.field] = applyCorrection((row.classification ? correctableValue(row.classification, req.field) : null) as ClassifiedValue<string> | null, value, by, at);
    }
    await tx.query('UPDATE visitor_profiles SET corrections = $3::jsonb, stale = true WHERE event_id = $1 AND attendee_id = $2', [eventId, attendeeId, JSON.stringify(corrections)]);
    await classifyStale(tx, eventId, { ids: [attendeeId] });
  });
}
