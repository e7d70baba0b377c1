/**
 * Lead capture as the organizer sets it up (core/api/console/leads.ts), and the organizer's hold on
 * exhibitor logins: each change ends the sessions that matter at once, on every instance (they
 * live in the database).
 */
import type { leadsSetupApi } from '../../../core/api/console/leads';
import { organizerQuestionsDocSchema } from '../../../core/leads/profile';
import type { Db } from '../../db/types';
import { ApiError } from '../../http/errors';
import type { Handlers } from '../../http/mount';
import { getEventDoc, putEventDoc } from '../../events/eventDocs';
import {
  createExhibitorAccount,
  endExhibitorSessions,
  ExhibitorAccountError,
  findExhibitorAccount,
  listExhibitorAccounts,
  resetExhibitorPassword,
  setExhibitorLoginDisabled,
} from '../../auth/exhibitorAccounts';
import { getBoothProfile, putBoothProfile } from '../../leads/exhibitors';

const ACCOUNT_CODES = {
  exists: 'username_taken',
  bad_username: 'bad_username',
  weak_password: 'weak_password',
  no_exhibitor: 'exhibitor_not_found',
  bad_credentials: 'bad_credentials',
  locked: 'locked',
  disabled: 'login_disabled',
} as const;

async function accountCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ExhibitorAccountError) throw new ApiError(ACCOUNT_CODES[error.reason], error.message);
    throw error;
  }
}

export function leadsSetupHandlers(db: Db): Handlers<typeof leadsSetupApi> {
  async function booth(eventId: string, exhibitorId: string) {
    const profile = await getBoothProfile(db, eventId, exhibitorId);
    if (!profile) throw new ApiError('exhibitor_not_found');
    return profile;
  }
  return {
    accounts: async ({ event }) => ({ accounts: await listExhibitorAccounts(db, event.id) }),
    createAccount: ({ event, account, params, body }) =>
      accountCall(() => createExhibitorAccount(db, { eventId: event.id, exhibitorId: params.id, username: body.username, password: body.password, createdBy: account.username })),
    async disableAccount({ event, account, params }) {
      const ended = await setExhibitorLoginDisabled(db, event.id, params.id, true, `organizer:${account.username}`);
      if (ended === null) throw new ApiError('exhibitor_login_not_found');
      return { ok: true, endedSessions: ended };
    },
    async enableAccount({ event, account, params }) {
      const ended = await setExhibitorLoginDisabled(db, event.id, params.id, false, `organizer:${account.username}`);
      if (ended === null) throw new ApiError('exhibitor_login_not_found');
      return { ok: true, endedSessions: ended };
    },
    async resetPassword({ event, params, body }) {
      const typed = body?.password;
      const reset = await accountCall(() => resetExhibitorPassword(db, event.id, params.id, typed));
      if (!reset) throw new ApiError('exhibitor_login_not_found');
      // A password the organizer typed is not sent back; one made here is shown once.
      return { ok: true, endedSessions: reset.endedSessions, ...(typed ? {} : { password: reset.password }) };
    },
    async endSessions({ event, params }) {
      if (!(await findExhibitorAccount(db, event.id, params.id))) throw new ApiError('exhibitor_login_not_found');
      return { ok: true, endedSessions: await endExhibitorSessions(db, event.id, params.id) };
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
