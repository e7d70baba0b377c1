/**
 * What exhibitor logins call (core/api/exhibitor.ts). Every lead query is scoped by the login's
 * own exhibitor, never by an id from the request alone.
 */
import type { exhibitorApi } from '../../core/api/exhibitor';
import { LEAD_FILE_TYPES } from '../../core/api/common';
import type { Db } from '../db/types';
import { EXHIBITOR_COOKIE } from '../http/callers';
import { ApiError } from '../http/errors';
import type { Handlers } from '../http/mount';
import { CardReadingBusy, type CardReaderPool } from '../cards/readerPool';
import { importCardPhoto } from '../leads/cardImport';
import { leadFile } from '../leads/files';
import { getLeadPhoto, listExhibitorLeads } from '../leads/store';
import { endExhibitorSession, ExhibitorAccountError, exhibitorLogin, exhibitorSession, type ExhibitorAccount } from '../auth/exhibitorAccounts';
import { getBoothProfile, putBoothProfile } from '../leads/exhibitors';

const me = (a: ExhibitorAccount) => ({ username: a.username, exhibitorId: a.exhibitorId, exhibitorName: a.exhibitorName });

export function exhibitorHandlers(db: Db, cards: CardReaderPool): Handlers<typeof exhibitorApi> {
  async function profile(account: ExhibitorAccount) {
    const found = await getBoothProfile(db, account.eventId, account.exhibitorId);
    if (!found) throw new ApiError('exhibitor_not_found');
    return found;
  }
  return {
    async login({ body, request, reply }) {
      let token: string;
      try {
        token = await exhibitorLogin(db, body.username, body.password);
      } catch (error) {
        if (error instanceof ExhibitorAccountError && (error.reason === 'bad_credentials' || error.reason === 'locked')) throw new ApiError(error.reason, error.message);
        if (error instanceof ExhibitorAccountError && error.reason === 'disabled') throw new ApiError('login_disabled', error.message);
        throw error;
      }
      reply.setCookie(EXHIBITOR_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: '/', maxAge: 7 * 24 * 3600 });
      const account = await exhibitorSession(db, token);
      if (!account) throw new ApiError('exhibitor_login_required');
      return me(account);
    },
    async logout({ request, reply }) {
      const token = request.cookies[EXHIBITOR_COOKIE];
      if (token) await endExhibitorSession(db, token);
      reply.clearCookie(EXHIBITOR_COOKIE, { path: '/' });
      return { ok: true };
    },
    me: ({ exhibitor }) => me(exhibitor),
    leads: async ({ exhibitor }) => ({ leads: await listExhibitorLeads(db, exhibitor.eventId, exhibitor.exhibitorId) }),
    async leadsExport({ exhibitor, query }) {
      const { body } = await leadFile(db, exhibitor.eventId, exhibitor.exhibitorId, query.format, query.lang);
      return { type: LEAD_FILE_TYPES[query.format], body, filename: `leads.${query.format}` };
    },
    async leadPhoto({ exhibitor, params }) {
      const photo = await getLeadPhoto(db, exhibitor.eventId, exhibitor.exhibitorId, params.id);
      if (!photo) throw new ApiError('photo_not_found');
      return { type: photo.contentType, body: photo.bytes, cache: 'private, max-age=3600' };
    },
    profile: ({ exhibitor }) => profile(exhibitor),
    async saveProfile({ exhibitor, body }) {
      await putBoothProfile(db, exhibitor.eventId, exhibitor.exhibitorId, body);
      return profile(exhibitor);
    },
    async importCard({ exhibitor, body, reply }) {
      let result;
      try {
        result = await importCardPhoto(db, cards, exhibitor, body.fileName, Buffer.from(body.data, 'base64'));
      } catch (error) {
        if (!(error instanceof CardReadingBusy)) throw error;
        // Nothing was read or kept: the uploader sends the same photo again after the wait.
        reply.header('retry-after', String(error.retryAfterSeconds));
        throw new ApiError('card_reading_busy', error.message);
      }
      if ('error' in result) throw new ApiError('not_an_image', result.error);
      return { leadId: result.leadId, fileName: result.fileName, ...(result.warning ? { warning: result.warning } : {}) };
    },
  };
}
