/**
 * Lead capture as the organizer sets it up: exhibitor logins (and the organizer's hold on them:
 * switch off or on, a new password, end their sessions), each exhibitor's products and questions,
 * the questions of every booth.
 */
import { z } from 'zod';
import { boothProfileInputSchema, boothProfileSchema, organizerQuestionsDocSchema } from '../../leads/profile';
import { credentialsSchema } from '../../schema/console';
import { emptyBody, idParams } from '../common';
import { endpoint } from '../define';

export const exhibitorAccountSchema = z.object({
  id: z.string(),
  username: z.string(),
  exhibitorId: z.string(),
  createdAt: z.string(),
  /** When the organizer switched the login off; null while it works. */
  disabledAt: z.string().nullable(),
  /** Sessions open now (browsers logged in with it). */
  sessions: z.number().int(),
});
export type ExhibitorAccountSummary = z.infer<typeof exhibitorAccountSchema>;

/** What a hold on a login did: how many of its sessions it ended. */
const loginHoldResponse = z.object({ ok: z.literal(true), endedSessions: z.number().int() });

export const leadsSetupApi = {
  accounts: endpoint({
    method: 'GET',
    path: '/api/v1/console/exhibitor-accounts',
    access: 'organizer',
    summary: 'Every exhibitor login of the event',
    response: z.object({ accounts: z.array(exhibitorAccountSchema) }),
    errors: [],
  }),
  createAccount: endpoint({
    method: 'POST',
    path: '/api/v1/console/exhibitors/:id/accounts',
    access: 'organizer',
    summary: 'A login for one exhibitor: it sees, exports and imports only that exhibitor’s leads',
    params: idParams,
    body: credentialsSchema.extend({ username: z.string().min(1).max(60) }),
    response: z.object({ id: z.string(), username: z.string() }),
    errors: ['username_taken', 'bad_username', 'weak_password', 'exhibitor_not_found'],
  }),
  disableAccount: endpoint({
    method: 'POST',
    path: '/api/v1/console/exhibitor-accounts/:id/disable',
    access: 'organizer',
    summary: 'Switch an exhibitor login off: it cannot log in, and its open sessions end at once',
    params: idParams,
    body: emptyBody,
    response: loginHoldResponse,
    errors: ['exhibitor_login_not_found'],
  }),
  enableAccount: endpoint({
    method: 'POST',
    path: '/api/v1/console/exhibitor-accounts/:id/enable',
    access: 'organizer',
    summary: 'Switch an exhibitor login back on',
    params: idParams,
    body: emptyBody,
    response: loginHoldResponse,
    errors: ['exhibitor_login_not_found'],
  }),
  resetPassword: endpoint({
    method: 'POST',
    path: '/api/v1/console/exhibitor-accounts/:id/password',
    access: 'organizer',
    summary: 'Give an exhibitor login a new password (the one typed, or one made here and shown once); its sessions end',
    params: idParams,
    body: z.object({ password: z.string().min(1).max(200).optional() }).optional(),
    response: loginHoldResponse.extend({ password: z.string().optional() }),
    errors: ['exhibitor_login_not_found', 'weak_password'],
  }),
  endSessions: endpoint({
    method: 'POST',
    path: '/api/v1/console/exhibitor-accounts/:id/end-sessions',
    access: 'organizer',
    summary: 'Log every browser out of an exhibitor login (a lost phone, a person who left the team)',
    params: idParams,
    body: emptyBody,
    response: loginHoldResponse,
    errors: ['exhibitor_login_not_found'],
  }),
  booth: endpoint({
    method: 'GET',
    path: '/api/v1/console/exhibitors/:id/booth',
    access: 'organizer',
    summary: 'One exhibitor’s products and qualification questions',
    params: idParams,
    response: boothProfileSchema,
    errors: ['exhibitor_not_found'],
  }),
  saveBooth: endpoint({
    method: 'PUT',
    path: '/api/v1/console/exhibitors/:id/booth',
    access: 'organizer',
    summary: 'Set one exhibitor’s products and questions',
    params: idParams,
    body: boothProfileInputSchema,
    response: boothProfileSchema,
    errors: ['exhibitor_not_found'],
  }),
  questions: endpoint({
    method: 'GET',
    path: '/api/v1/console/lead-questions',
    access: 'organizer',
    summary: 'The organizer’s questions asked at every booth',
    response: organizerQuestionsDocSchema,
    errors: [],
  }),
  saveQuestions: endpoint({
    method: 'PUT',
    path: '/api/v1/console/lead-questions',
    access: 'organizer',
    summary: 'Set the questions asked at every booth; booth devices receive them with their config',
    body: organizerQuestionsDocSchema,
    response: organizerQuestionsDocSchema,
    errors: [],
  }),
};
