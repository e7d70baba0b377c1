/** Lead capture as the organizer sets it up: exhibitor logins, each exhibitor's products and questions, the questions of every booth. */
import { z } from 'zod';
import { boothProfileInputSchema, boothProfileSchema, organizerQuestionsDocSchema } from '../../leads/profile';
import { credentialsSchema } from '../../schema/console';
import { idParams } from '../common';
import { endpoint } from '../define';

export const exhibitorAccountSchema = z.object({ id: z.string(), username: z.string(), exhibitorId: z.string(), createdAt: z.string() });
export type ExhibitorAccountSummary = z.infer<typeof exhibitorAccountSchema>;

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
