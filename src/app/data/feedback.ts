/**
 * Cases recorded at the information desk: the case and its outbox row (and its photo, if any) in
 * one transaction. The photo waits in its own table and is uploaded on its own (feedbackPhotos.ts).
 */
import { DEFAULT_FEEDBACK_CATEGORIES, feedbackCategoriesSchema, feedbackSchema, type Feedback, type FeedbackCategory } from '../../core/feedback/schema';
import { problemOf, type FieldProblem } from '../../core/api/problems';
import { newId } from '../../core/ids';
import { db } from '../db/open';
import type { LocalFeedback } from '../db/schema';
import { requestSync } from './changes';
import { requireDevice } from './device';
import { InvalidRecordError, captureRecord } from './outbox';

export async function loadFeedbackCategories(): Promise<FeedbackCategory[]> {
  const row = await db().config.get(['feedback_categories', 'default']);
  const parsed = feedbackCategoriesSchema.safeParse(row?.data);
  return (parsed.success ? parsed.data : DEFAULT_FEEDBACK_CATEGORIES).categories;
}

export type FeedbackInput = Omit<Feedback, 'id' | 'eventId' | 'deviceId' | 'capturedAt' | 'hasPhoto'>;
/** Problems by field, as the first the schema found (a key the form translates). */
export type FeedbackErrors = Partial<Record<keyof FeedbackInput, FieldProblem>>;

/** Checks the form with the same schema the server uses; returns the problems by field. */
export function validateFeedback(input: FeedbackInput): FeedbackErrors {
  const parsed = feedbackSchema.safeParse({ ...input, id: newId(), eventId: newId(), deviceId: newId(), capturedAt: new Date().toISOString(), hasPhoto: false });
  const errors: FeedbackErrors = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path[0] as keyof FeedbackInput] ??= problemOf(issue);
  return errors;
}

/** `photo`: the JPEG from preparePhoto, as bytes. */
export async function captureFeedback(input: FeedbackInput, photo: ArrayBuffer | null): Promise<LocalFeedback> {
  const device = await requireDevice('kiosk');
  const d = db();
  const stored = await d.transaction('rw', [d.feedback, d.outbox, d.feedbackPhotos], async () => {
    const record = await captureRecord('feedback.create', feedbackSchema, 'feedback', {
      ...input,
      id: newId(),
      eventId: device.eventId,
      deviceId: device.deviceId,
      capturedAt: new Date().toISOString(),
      hasPhoto: photo !== null,
    });
    if (photo) await d.feedbackPhotos.add({ feedbackId: record.id, contentType: 'image/jpeg', bytes: photo });
    return record;
  });
  requestSync();
  return stored;
}

export { InvalidRecordError };
