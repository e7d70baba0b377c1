import { RejectMutation, sameDevice, type Handler } from './types';

/**
 * An undo is stored as its own record; the trigger of migration 014 marks the check-in it names and
 * takes it out of every figure. A second undo of the same check-in (a replay under another
 * mutation id, another tablet) is stored nowhere and changes nothing. The check-in must be on the
 * server already: this desk pushed it earlier in the same queue, so its absence means it was
 * rejected or is another desk's, and the undo is refused with it.
 */
export const checkinUndoCreate: Handler<'checkin_undo.create'> = {
  precheck: sameDevice,
  async applyMany(tx, device, items) {
    const rows = items.map(({ mutationId, data }) => ({ id: data.id, mutation_id: mutationId, device_id: data.deviceId, checkin_id: data.checkinId, captured_at: data.capturedAt }));
    const { rows: known } = await tx.query<{ id: string }>('SELECT id FROM checkins WHERE event_id = $1 AND id = ANY($2::uuid[]) AND device_id = ANY($3::uuid[])', [
      device.eventId,
      rows.map((r) => r.checkin_id),
      [device.id, ...device.lineage],
    ]);
    const found = new Set(known.map((k) => k.id));
    const missing = rows.find((r) => !found.has(r.checkin_id));
    if (missing) throw new RejectMutation(`check-in ${missing.checkin_id} to undo is not on the server`);
    await tx.query(
      `INSERT INTO checkin_undos (id, event_id, device_id, mutation_id, checkin_id, captured_at)
       SELECT id, $2, device_id, mutation_id, checkin_id, captured_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, device_id uuid, mutation_id uuid, checkin_id uuid, captured_at timestamptz)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows), device.eventId],
    );
  },
  // An undo holds no personal data: nothing to forget.
  forgetErased: () => Promise.resolve(),
};
