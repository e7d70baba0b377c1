import { forgetErasedCheckins } from '../../visitors/lateErasure';
import { sameDevice, type Handler } from './types';

/** Check-ins are append-only: each arrives once (its id is the key), a re-entry is another row. */
export const checkinCreate: Handler<'checkin.create'> = {
  precheck: sameDevice,
  async applyMany(tx, device, items) {
    const rows = items.map(({ mutationId, data, verbatim }) => ({
      id: data.id,
      event_id: device.eventId,
      // The identity that captured it (an earlier one of this tablet after re-pairing).
      device_id: data.deviceId,
      mutation_id: mutationId,
      attendee_id: data.attendeeId,
      code: data.code,
      // A code with a NUL in it is stored with U+FFFD there, and as scanned in escaped form here.
      code_verbatim: verbatim?.code ?? null,
      method: data.method,
      category: data.category,
      name: data.name,
      company: data.company,
      flags: data.flags,
      captured_at: data.capturedAt,
    }));
    // A check-in id already stored under another mutation id is the same capture sent twice:
    // keep the first, never count it again.
    await tx.query(
      `INSERT INTO checkins (id, event_id, device_id, mutation_id, attendee_id, code, code_verbatim, method, category, name, company, flags, captured_at)
       SELECT id, event_id, device_id, mutation_id, attendee_id, code, code_verbatim, method, category, name, company,
              ARRAY(SELECT jsonb_array_elements_text(flags)), captured_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, event_id uuid, device_id uuid, mutation_id uuid, attendee_id uuid, code text, code_verbatim text,
              method text, category text, name text, company text, flags jsonb, captured_at timestamptz)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(rows)],
    );
  },
  forgetErased: (tx, device, items) => forgetErasedCheckins(tx, device.eventId, items),
};
