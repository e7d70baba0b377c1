import { forgetErasedFeedback } from '../../visitors/lateErasure';
import { sameDevice, type Handler } from './types';

/**
 * A complaint, suggestion, praise or enquiry becomes a case in status `new`, with its first step
 * recorded as taken by the device that recorded it. Its service levels count from when it was
 * reported: the device's clock, but never later than the server received it.
 */
export const feedbackCreate: Handler<'feedback.create'> = {
  precheck: sameDevice,
  async applyMany(tx, device, items) {
    const rows = items.map(({ mutationId, data }) => ({
      id: data.id,
      device_id: data.deviceId,
      mutation_id: mutationId,
      type: data.type,
      category: data.category,
      severity: data.severity,
      description: data.description,
      channel: data.channel,
      audience: data.audience,
      contact_name: data.contactName,
      contact_email: data.contactEmail,
      contact_phone: data.contactPhone,
      preferred_language: data.preferredLanguage,
      consent_contact: data.consentContact,
      attendee_id: data.attendeeId,
      has_photo: data.hasPhoto,
      captured_at: data.capturedAt,
    }));
    const { rows: inserted } = await tx.query<{ id: string; reported_at: Date }>(
      `INSERT INTO feedback (id, event_id, device_id, mutation_id, type, category, severity, description, channel, audience, contact_name, contact_email,
                             contact_phone, preferred_language, consent_contact, attendee_id, has_photo, captured_at, reported_at)
       SELECT id, $2, device_id, mutation_id, type, category, severity, description, channel, audience, contact_name, contact_email,
              contact_phone, preferred_language, consent_contact, attendee_id, has_photo, captured_at, LEAST(captured_at, now())
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, device_id uuid, mutation_id uuid, type text, category text, severity text, description text,
              channel text, audience text, contact_name text, contact_email text, contact_phone text, preferred_language text, consent_contact boolean,
              attendee_id uuid, has_photo boolean, captured_at timestamptz)
       ON CONFLICT (id) DO NOTHING
       RETURNING id, reported_at`,
      [JSON.stringify(rows), device.eventId],
    );
    if (!inserted.length) return;
    await tx.query(
      `INSERT INTO feedback_steps (feedback_id, status, at, actor)
       SELECT id, 'new', reported_at, $2 FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, reported_at timestamptz)`,
      [JSON.stringify(inserted.map((r) => ({ id: r.id, reported_at: new Date(r.reported_at).toISOString() }))), device.name],
    );
  },
  forgetErased: (tx, device, items) => forgetErasedFeedback(tx, device.eventId, items),
};
