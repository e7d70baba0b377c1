/**
 * The classified visitor database (core/api/console/visitors.ts): persons and their records,
 * corrections, merges with undo, the review of weak matches, reclassification in steps, the
 * export, and a visitor's data on request (download or erasure, see visitors/privacy.ts).
 */
import { TABLE_TYPES } from '../../../core/api/common';
import type { visitorsApi } from '../../../core/api/console/visitors';
import type { Db } from '../../db/types';
import { exportVisitors } from '../../export/visitors';
import { ApiError } from '../../http/errors';
import type { Handlers } from '../../http/mount';
import { classifyStale, markAllStale, staleCount } from '../../visitors/classify';
import { CorrectionError, correctVisitor } from '../../visitors/corrections';
import { IdentityError, markDistinct, mergePersons, unmerge } from '../../visitors/identity';
import { listPersons, mergeCandidates, personDetail } from '../../visitors/persons';
import { eraseVisitor, exportVisitorData } from '../../visitors/privacy';

/** Records classified per console request: small enough to answer within a second or two. */
const CLASSIFY_STEP = 1_000;

const IDENTITY_CODES = {
  not_found: 'visitor_not_found',
  same_person: 'same_person',
  already_undone: 'merge_already_undone',
  merged_again: 'merged_again',
  distinct: 'same_person',
} as const;

async function identity<T>(run: () => Promise<T>, notFound: 'visitor_not_found' | 'merge_not_found' = 'visitor_not_found'): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof IdentityError) throw new ApiError(error.reason === 'not_found' ? notFound : IDENTITY_CODES[error.reason], error.message);
    throw error;
  }
}

export function visitorsHandlers(db: Db): Handlers<typeof visitorsApi> {
  async function detail(eventId: string, id: string) {
    const found = await personDetail(db, eventId, id);
    if (!found) throw new ApiError('visitor_not_found');
    return found;
  }
  return {
    list({ event, query }) {
      const { after, limit, ...filter } = query;
      return listPersons(db, event.id, filter, { after: after ?? null, limit });
    },
    async export({ event, query }) {
      const { format, lang, ...filter } = query;
      return { type: TABLE_TYPES[format], body: await exportVisitors(db, event.id, filter, format, lang), filename: `visitors.${format}` };
    },
    candidates: async ({ event }) => ({ candidates: await mergeCandidates(db, event.id) }),
    get: ({ event, params }) => detail(event.id, params.id),
    async correct({ event, account, params, body }) {
      try {
        await correctVisitor(db, event.id, params.id, body, `organizer:${account.username}`);
      } catch (error) {
        if (error instanceof CorrectionError) throw new ApiError(error.reason === 'not_found' ? 'visitor_not_found' : 'correction_invalid', error.message);
        throw error;
      }
      return detail(event.id, params.id);
    },
    async merge({ event, account, body }) {
      const why = body.signal === 'name_company' ? 'same name and company' : '';
      const mergeId = await identity(() => db.transaction((tx) => mergePersons(tx, event.id, body.into, body.from, body.signal, why, account.username)));
      return { mergeId, person: await personDetail(db, event.id, body.into) };
    },
    async distinct({ event, account, body }) {
      if (body.a === body.b) throw new ApiError('same_person', 'two different persons are needed');
      await markDistinct(db, event.id, body.a, body.b, account.username);
      return { ok: true };
    },
    async undoMerge({ event, account, params }) {
      await identity(() => db.transaction((tx) => unmerge(tx, event.id, params.id, account.username)), 'merge_not_found');
      return { ok: true };
    },
    classification: async ({ event }) => ({ remaining: await staleCount(db, event.id) }),
    reclassify: async ({ event }) => ({ remaining: await markAllStale(db, event.id) }),
    async classifyStep({ event }) {
      const ids = await db.transaction((tx) => classifyStale(tx, event.id, { limit: CLASSIFY_STEP }));
      return { classified: ids.length, remaining: await staleCount(db, event.id) };
    },
    async data({ event, params }) {
      const data = await exportVisitorData(db, event.id, params.id);
      if (!data) throw new ApiError('visitor_not_found');
      return { type: 'application/json; charset=utf-8', body: JSON.stringify(data), filename: `visitor-${params.id}.json` };
    },
    async erase({ event, account, params }) {
      const summary = await eraseVisitor(db, event.id, params.id, `organizer:${account.username}`);
      if (!summary) throw new ApiError('visitor_not_found');
      return summary;
    },
  };
}
