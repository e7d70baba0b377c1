/** The event, devices, pairing codes, exhibitors, the walk-in form, badges (core/api/console/event.ts). */
import type { eventApi } from '../../../core/api/console/event';
import { DEFAULT_VISITOR_FORM } from '../../../core/forms/visitorForm';
import type { ServerConfig } from '../../config';
import type { Db } from '../../db/types';
import { ApiError } from '../../http/errors';
import type { Handlers } from '../../http/mount';
import { revokeBadge } from '../../checkins/badges';
import { listDevices, revokeDevice } from '../../devices/devices';
import { getEventDoc, putEventDoc } from '../../events/eventDocs';
import { updateEvent } from '../../events/events';
import { createExhibitor, listExhibitors } from '../../leads/exhibitors';
import { createPairingCode, PairingCodeError, pairingUrl } from '../../devices/pairing';

export function eventHandlers(db: Db, config: ServerConfig): Handlers<typeof eventApi> {
  return {
    get: ({ event }) => event,
    save: ({ event, body }) => updateEvent(db, event.id, body),
    devices: async ({ event }) => ({ devices: await listDevices(db, event.id) }),
    async revokeDevice({ event, params }) {
      if (!(await revokeDevice(db, event.id, params.id))) throw new ApiError('device_not_found');
      return { ok: true };
    },
    async pairingCode({ event, body, request }) {
      try {
        const code = await createPairingCode(db, { eventId: event.id, role: body.role, exhibitorId: body.exhibitorId ?? null, ttlMinutes: body.ttlMinutes });
        const address = request.server.server.address();
        return { ...code, url: pairingUrl(config, code.code, typeof address === 'object' && address ? address.port : undefined) };
      } catch (error) {
        if (error instanceof PairingCodeError) throw new ApiError(error.reason, error.message);
        throw error;
      }
    },
    exhibitors: async ({ event }) => ({ exhibitors: await listExhibitors(db, event.id) }),
    addExhibitor: ({ event, body }) => createExhibitor(db, event.id, body.name, body.country ?? ''),
    visitorForm: async ({ event }) => (await getEventDoc(db, event.id, 'visitor_form')) ?? DEFAULT_VISITOR_FORM,
    async saveVisitorForm({ event, body }) {
      await putEventDoc(db, event.id, 'visitor_form', body, ['desk']);
      return body;
    },
    async revokeBadge({ event, params }) {
      const revoked = await revokeBadge(db, event.id, params.id);
      if (!revoked) throw new ApiError('visitor_not_found');
      return revoked;
    },
  };
}
