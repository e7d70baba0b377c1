/**
 * What paired devices call (core/api/device.ts): pairing, push and pull, photos sent after their
 * records, a booth team's leads as a file. Lead queries are scoped by the device's own exhibitor.
 */
import type { deviceApi } from '../../core/api/device';
import { LEAD_FILE_TYPES } from '../../core/api/common';
import type { Db } from '../db/types';
import { ApiError } from '../http/errors';
import { RawJson, type Handlers } from '../http/mount';
import { photoBytes } from '../http/photos';
import { leadFile } from '../leads/files';
import { putLeadPhoto } from '../leads/store';
import { putPhoto } from '../feedback/feedback';
import { PairingError, redeemPairingCode } from '../devices/pairing';
import { mayPull, pullBody, pullPage } from '../sync/pull';
import { applyPush } from '../sync/push';

/** A booth device without an exhibitor cannot exist (pairing refuses it); this keeps the types honest. */
function exhibitorOfBooth(device: { role: string; exhibitorId: string | null }): string {
  if (!device.exhibitorId) throw new ApiError('forbidden', `a ${device.role} device has no leads`);
  return device.exhibitorId;
}

export function deviceHandlers(db: Db): Handlers<typeof deviceApi> {
  return {
    async pair({ body, request }) {
      try {
        return await redeemPairingCode(db, body, request.ip);
      } catch (error) {
        if (error instanceof PairingError) throw new ApiError(`pairing_${error.reason}`, error.message);
        throw error;
      }
    },
    async push({ device, body }) {
      if (body.deviceId !== device.id) throw new ApiError('device_mismatch');
      return { results: await applyPush(db, device, body.mutations, body.unsynced, { deviceSentAt: body.sentAt, receivedAtMs: Date.now() }) };
    },
    async pull({ device, query }) {
      if (!mayPull(device.role, query.stream)) throw new ApiError('forbidden', `a ${device.role} device may not pull ${query.stream}`);
      return new RawJson(pullBody(await pullPage(db, device, query.stream, query.since, query.limit, query.form)));
    },
    async feedbackPhoto({ device, params, body }) {
      await putPhoto(db, device.eventId, device.id, params.id, body.contentType, photoBytes(body));
      return { ok: true };
    },
    async leadPhoto({ device, params, body }) {
      const bytes = photoBytes(body);
      const exhibitorId = exhibitorOfBooth(device);
      const filed = await putLeadPhoto(db, { eventId: device.eventId, exhibitorId, deviceId: device.id, leadId: params.id, contentType: body.contentType, bytes });
      // A lead stripped by a visitor's erasure keeps no photo; the device is told it arrived, so it stops sending it.
      if (filed === 'not_yours') throw new ApiError('lead_of_other_exhibitor');
      return { ok: true };
    },
    async leadsExport({ device, query }) {
      const { body } = await leadFile(db, device.eventId, exhibitorOfBooth(device), query.format, query.lang);
      return { type: LEAD_FILE_TYPES[query.format], body, filename: `leads.${query.format}` };
    },
  };
}
