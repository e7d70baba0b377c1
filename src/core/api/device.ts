/**
 * What paired devices call: pairing, the sync wire (push and pull, see README's "Sync contract"),
 * photos sent after their records, and a booth team's leads as a file. The push and pull keep
 * their own fast readers on both sides (decisions 3, 33, 34): the declarations describe the wire
 * and check the envelope only.
 */
import { pairRequestSchema, pairResponseSchema } from '../schema/pairing';
import { MAX_PUSH_BYTES, pullEnvelopeSchema, pullQuerySchema, pushRequestSchema, pushResponseSchema } from '../schema/sync';
import { idParams, LEAD_FILE_TYPES, leadExportQuerySchema, okResponse, PHOTO_UPLOAD_BODY_LIMIT, photoUploadSchema } from './common';
import { endpoint, fileResponse } from './define';

const ALL_ROLES = ['desk', 'booth', 'kiosk'] as const;

export const deviceApi = {
  pair: endpoint({
    method: 'POST',
    path: '/api/v1/devices/pair',
    access: 'public',
    summary: 'Redeem a pairing code: the device gets its id, token, role and event',
    body: pairRequestSchema,
    response: pairResponseSchema,
    errors: ['pairing_invalid', 'pairing_expired', 'pairing_withdrawn', 'pairing_locked'],
    rateLimit: { max: 10, timeWindow: '1 minute' },
  }),
  push: endpoint({
    method: 'POST',
    path: '/api/v1/sync/push',
    access: { device: ALL_ROLES },
    summary: 'Deliver captured records; each is applied once, a replay answers duplicate, a bad one is rejected alone',
    body: pushRequestSchema,
    response: pushResponseSchema,
    errors: ['device_mismatch'],
    bodyLimit: MAX_PUSH_BYTES,
    // Each mutation is checked on its own (a record nested too deep is rejected, not its batch).
    bodyDepth: Number.POSITIVE_INFINITY,
  }),
  pull: endpoint({
    method: 'GET',
    path: '/api/v1/sync/pull',
    access: { device: ALL_ROLES },
    summary: 'Server-owned data changed since a checkpoint (config, roster for desks, leads for booths), one page at a time',
    query: pullQuerySchema,
    response: pullEnvelopeSchema,
    errors: [],
  }),
  feedbackPhoto: endpoint({
    method: 'PUT',
    path: '/api/v1/feedback/:id/photo',
    access: { device: ['kiosk'] },
    summary: 'The photo of a case recorded on this kiosk',
    params: idParams,
    body: photoUploadSchema,
    response: okResponse,
    errors: ['photo_type_mismatch'],
    bodyLimit: PHOTO_UPLOAD_BODY_LIMIT,
  }),
  leadPhoto: endpoint({
    method: 'PUT',
    path: '/api/v1/leads/:id/photo',
    access: { device: ['booth'] },
    summary: 'The business-card photo of a lead of this booth’s exhibitor',
    params: idParams,
    body: photoUploadSchema,
    response: okResponse,
    errors: ['photo_type_mismatch', 'lead_of_other_exhibitor'],
    bodyLimit: PHOTO_UPLOAD_BODY_LIMIT,
  }),
  leadsExport: endpoint({
    method: 'GET',
    path: '/api/v1/leads/export',
    access: { device: ['booth'] },
    summary: 'The whole team’s leads of this booth’s exhibitor as CSV, XLSX or vCard',
    query: leadExportQuerySchema,
    response: fileResponse(...Object.values(LEAD_FILE_TYPES)),
    errors: [],
  }),
};
