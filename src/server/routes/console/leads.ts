/** Lead capture as the organizer sets it up (core/api/console/leads.ts). */
import type { leadsSetupApi } from '../../../core/api/console/leads';
import { organizerQuestionsDocSchema } from '../../../core/leads/profile';
import type { Db } from '../../db/types';
import { ApiError } from '../../http/errors';
import type { Handlers } from '../../http/mount';
import { getEventDoc, putEventDoc } from '../../services/eventDocs';
import { createExhibitorAccount, ExhibitorAccountError, listExhibitorAccounts } from '../../services/exhibitorAccounts';
import { getBoothProfile, putBoothProfile } from '../../services/exhibitors';

const ACCOUNT_CODES = {
  exists: 'username_taken',
  bad_username: 'bad_username',
  weak_password: 'weak_password',
  no_exhibitor: 'exhibitor_not_found',
  bad_credentials: 'bad_credentials',
  locked: 'locked',
} as const;

export function leadsSetupHandlers(db: Db): Handlers<typeof leadsSetupApi> {
  async function booth(eventId: string, exhibitorId: string) {
    const profile = await getBoothProfile(db, eventId, exhibitorId);
    if (!profile) throw new ApiError('exhibitor_not_found');
    return profile;
  }
  return {
    accounts: async ({ event }) => ({ accounts: await listExhibitorAccounts(db, event.id) }),
    async createAccount({ event, account, params, body }) {
      try {
        return await createExhibitorAccount(db, { eventId: event.id, exhibitorId: params.id, username: body.username, password: body.password, createdBy: account.username });
      } catch (error) {
        if (error instanceof ExhibitorAccountError) throw new ApiError(ACCOUNT_CODES[error.reason], error.message);
        throw error;
      }
    },
    booth: ({ event, params }) => booth(event.id, params.id),
    async saveBooth({ event, params, body }) {
      if (!(await putBoothProfile(db, event.id, params.id, body))) throw new ApiError('exhibitor_not_found');
      return booth(event.id, params.id);
    },
    async questions({ event }) {
      const doc = organizerQuestionsDocSchema.safeParse(await getEventDoc(db, event.id, 'lead_questions'));
      return doc.success ? doc.data : { questions: [] };
    },
    async saveQuestions({ event, body }) {
      await putEventDoc(db, event.id, 'lead_questions', body, ['booth']);
      return body;
    },
  };
}
