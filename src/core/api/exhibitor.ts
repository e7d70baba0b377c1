/**
 * What an exhibitor login calls at /exhibitor: its session, the whole team's leads (lists, files,
 * card photos), its products and questions, and card photos to read into leads. Every query is
 * scoped by the login's own exhibitor, never by an id in the request.
 */
import { z } from 'zod';
import { boothProfileInputSchema, boothProfileSchema } from '../leads/profile';
import { serverLeadSchema } from '../leads/schema';
import { credentialsSchema } from '../schema/console';
import { base64Schema, emptyBody, IMAGE_TYPES, idParams, LEAD_FILE_TYPES, leadExportQuerySchema, okResponse } from './common';
import { endpoint, fileResponse } from './define';

export const exhibitorMeSchema = z.object({ username: z.string(), exhibitorId: z.string(), exhibitorName: z.string() });
export type ExhibitorMe = z.infer<typeof exhibitorMeSchema>;

/** A card photo to read into a lead: up to 15 MB (a phone's photo); it is shrunk before reading. */
export const CARD_UPLOAD_MAX_BYTES = 15 * 1024 * 1024;
export const cardUploadSchema = z.object({
  fileName: z.string().min(1).max(300),
  data: base64Schema(CARD_UPLOAD_MAX_BYTES, 'photo_too_large'),
});
/** `warning`: `no_card_fields` when nothing card-like was found on the image (the lead is kept, with its photo). */
export const cardImportSchema = z.object({ leadId: z.string(), fileName: z.string(), warning: z.enum(['no_card_fields']).optional() });

export const exhibitorApi = {
  login: endpoint({
    method: 'POST',
    path: '/api/v1/exhibitor/login',
    access: 'public',
    summary: 'Log in with an exhibitor account: sets its own httpOnly session cookie',
    body: credentialsSchema,
    response: exhibitorMeSchema,
    errors: ['bad_credentials', 'locked', 'login_disabled'],
    rateLimit: { max: 10, timeWindow: '1 minute' },
  }),
  logout: endpoint({
    method: 'POST',
    path: '/api/v1/exhibitor/logout',
    access: 'public',
    summary: 'End the exhibitor session and clear its cookie',
    body: emptyBody,
    response: okResponse,
    errors: [],
  }),
  me: endpoint({
    method: 'GET',
    path: '/api/v1/exhibitor/me',
    access: 'exhibitor',
    summary: 'Who is logged in, for which exhibitor',
    response: exhibitorMeSchema,
    errors: [],
  }),
  leads: endpoint({
    method: 'GET',
    path: '/api/v1/exhibitor/leads',
    access: 'exhibitor',
    summary: 'The whole team’s leads, with contact details shared by consenting visitors',
    response: z.object({ leads: z.array(serverLeadSchema) }),
    errors: [],
  }),
  leadsExport: endpoint({
    method: 'GET',
    path: '/api/v1/exhibitor/leads/export',
    access: 'exhibitor',
    summary: 'The team’s leads as CSV (UTF-8 with BOM), XLSX or vCard',
    query: leadExportQuerySchema,
    response: fileResponse(...Object.values(LEAD_FILE_TYPES)),
    errors: [],
  }),
  leadPhoto: endpoint({
    method: 'GET',
    path: '/api/v1/exhibitor/leads/:id/photo',
    access: 'exhibitor',
    summary: 'The business-card photo kept with a lead',
    params: idParams,
    response: fileResponse(...IMAGE_TYPES),
    errors: ['photo_not_found'],
  }),
  profile: endpoint({
    method: 'GET',
    path: '/api/v1/exhibitor/profile',
    access: 'exhibitor',
    summary: 'The exhibitor’s products and qualification questions',
    response: boothProfileSchema,
    errors: [],
  }),
  saveProfile: endpoint({
    method: 'PUT',
    path: '/api/v1/exhibitor/profile',
    access: 'exhibitor',
    summary: 'Save products and questions; booth devices receive them with their config',
    body: boothProfileInputSchema,
    response: boothProfileSchema,
    errors: [],
  }),
  importCard: endpoint({
    method: 'POST',
    path: '/api/v1/exhibitor/cards',
    access: 'exhibitor',
    summary: 'One business-card photo, read on the server into a lead (a folder is sent photo by photo)',
    body: cardUploadSchema,
    response: cardImportSchema,
    errors: ['not_an_image', 'card_reading_busy'],
    bodyLimit: Math.ceil(CARD_UPLOAD_MAX_BYTES * 1.4) + 4096,
  }),
};
