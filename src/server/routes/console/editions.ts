/**
 * Shows, editions and retention (core/api/console/editions.ts). Figures link waiting records first
 * (walk-ins registered since the last link run), as the CLI and the report do, so a number and the
 * list behind it always agree.
 */
import { TABLE_TYPES } from '../../../core/api/common';
import type { editionsApi } from '../../../core/api/console/editions';
import { exportRetentionList } from '../../customers/exports';
import { linkPending } from '../../customers/link';
import { referralCount } from '../../customers/referrals';
import { retentionFigures, retentionList, retentionTrend, returningSoFar } from '../../customers/retention';
import type { Db } from '../../db/types';
import { addEdition, EditionError, listEditions, requireEdition, useEdition } from '../../editions/editions';
import { ApiError } from '../../http/errors';
import type { Handlers } from '../../http/mount';

/** EditionError as the API's codes. */
export async function editionCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof EditionError)) throw error;
    if (error.reason === 'not_found') throw new ApiError('edition_not_found', error.message);
    if (error.reason === 'edition_taken') throw new ApiError('edition_taken', error.message);
    if (error.reason === 'bad_dates') throw new ApiError('invalid_request', error.message, [{ path: 'endsOn', problem: 'ends_before_start' }]);
    throw new ApiError('invalid_request', error.message, [{ path: error.reason === 'copy_self' ? 'copyFrom' : 'name', problem: 'invalid_value' }]);
  }
}

export function editionsHandlers(db: Db): Handlers<typeof editionsApi> {
  /** The edition asked about (checked), with waiting records linked. */
  async function edition(asked: string | undefined, current: string): Promise<string> {
    const id = (await editionCall(() => requireEdition(db, asked ?? current))).id;
    await linkPending(db, { eventId: id });
    return id;
  }
  return {
    list: async () => ({ editions: await listEditions(db) }),
    add: ({ account, body }) => editionCall(() => addEdition(db, { name: body.name, startsOn: body.startsOn, endsOn: body.endsOn, show: body.show, copyFrom: body.copyFrom }, `organizer:${account.username}`)),
    use: ({ params }) => editionCall(() => useEdition(db, params.id)),
    async retention({ event, query }) {
      const id = await edition(query.event, event.id);
      const [figures, referrals] = await Promise.all([retentionFigures(db, id), referralCount(db, id)]);
      return { ...figures, referrals };
    },
    async trend({ event, query }) {
      const id = await edition(query.event, event.id);
      return { visitors: await retentionTrend(db, id, 'visitors'), exhibitors: await retentionTrend(db, id, 'exhibitors') };
    },
    async retentionList({ event, query }) {
      const id = await edition(query.event, event.id);
      return retentionList(db, id, query.side, query.group, { after: query.after ?? null, limit: query.limit });
    },
    async retentionExport({ event, query }) {
      const id = await edition(query.event, event.id);
      const body = await exportRetentionList(db, id, query.side, query.group, query.format, query.lang);
      return { type: TABLE_TYPES[query.format], body, filename: `${query.side}-${query.group}.${query.format}` };
    },
    live: ({ event }) => returningSoFar(db, event.id),
  };
}
