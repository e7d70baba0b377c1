/**
 * The customer database (core/api/console/customers.ts): pages, notes, stages, lost reasons,
 * prospects, the hand on links, the pipeline, the lost list and the ABC tiers. The services in
 * customers/ refuse with their own errors; here they become the API's codes, with the field at
 * fault where there is one.
 */
import type { customersApi } from '../../../core/api/console/customers';
import type { FieldProblemKey } from '../../../core/api/problems';
import { addNote, createProspect, customerSummaries, CustomerInputError, listCustomers, moveStage, recordLostReason, setSourceAndOwner } from '../../customers/crm';
import { linkPending } from '../../customers/link';
import { lostCustomers, lostSummary, markRecovered } from '../../customers/lost';
import { CustomerMoveError, decideReview, listReviews, mergeCustomers, splitRecords, undoMove, unlinkRecord } from '../../customers/moves';
import { customerPage } from '../../customers/page';
import { pipelineFigures } from '../../customers/pipeline';
import { ensureInviteCode, recordReferral, ReferralError, referralsBy, referredBy } from '../../customers/referrals';
import { computeTiers, saveTierRule, tierCounts, tierList, tierRule, TierRuleError } from '../../customers/tiers';
import type { Db } from '../../db/types';
import { ApiError } from '../../http/errors';
import type { Handlers } from '../../http/mount';

const REFERRAL_PROBLEM = {
  bad_code: 'invite_code_format',
  unknown_code: 'unknown_invite_code',
  own_code: 'own_invite_code',
  no_registration: 'no_registration_this_edition',
} as const satisfies Record<ReferralError['reason'], FieldProblemKey>;

const FIELD_PROBLEM: Record<string, FieldProblemKey> = {
  mobile: 'phone_format',
  email: 'email_format',
  creditCode: 'credit_code_format',
  name: 'required',
  text: 'required',
};

/** The services' refusals as the API's codes. `moves`: a move or suggestion id was named, not a customer. */
async function customerCall<T>(run: () => Promise<T>, notFound: 'customer_not_found' | 'customer_move_not_found' = 'customer_not_found'): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CustomerInputError) {
      if (error.field === 'customer') throw new ApiError(error.message.startsWith('no customer') ? 'customer_not_found' : 'customer_move_refused', error.message);
      throw new ApiError('customer_invalid', error.message, [{ path: error.field, problem: FIELD_PROBLEM[error.field] ?? 'invalid_value' }]);
    }
    if (error instanceof CustomerMoveError) throw new ApiError(error.reason === 'not_found' ? notFound : 'customer_move_refused', error.message);
    throw error;
  }
}

export function customersHandlers(db: Db): Handlers<typeof customersApi> {
  const by = (username: string) => `organizer:${username}`;
  return {
    list: ({ query }) => {
      const { after, limit, ...filter } = query;
      return listCustomers(db, filter, { after: after ?? null, limit });
    },
    async get({ params }) {
      const page = await customerPage(db, params.id);
      if (!page) throw new ApiError('customer_not_found');
      const everyone = [page.customer.id, ...page.merged];
      const [inviteCode, referrals, referrer] = await Promise.all([
        page.customer.erased || page.customer.mergedInto ? Promise.resolve('') : ensureInviteCode(db, page.customer.id),
        referralsBy(db, everyone),
        referredBy(db, page.customer.id),
      ]);
      return { ...page, customer: { ...page.customer, inviteCode }, referrals, referredBy: referrer };
    },
    prospect: async ({ account, body }) => ({ id: await customerCall(() => createProspect(db, body, by(account.username))) }),
    async set({ params, body }) {
      await customerCall(() => setSourceAndOwner(db, params.id, body));
      return { ok: true };
    },
    note: async ({ account, event, params, body }) => ({ id: await customerCall(() => addNote(db, params.id, { ...body, eventId: event.id }, by(account.username))) }),
    stage: async ({ account, params, body }) => ({ moved: await customerCall(() => moveStage(db, params.id, body.stage, by(account.username), body.note)) }),
    async lostReason({ account, event, params, body }) {
      await customerCall(() => recordLostReason(db, params.id, event.id, body.reason, body.note, by(account.username)));
      return { ok: true };
    },
    recovered: async ({ account, params, body }) => ({ moved: await customerCall(() => markRecovered(db, params.id, by(account.username), body.note)) }),
    async referral({ event, params, body }) {
      try {
        return { referrer: (await recordReferral(db, event.id, params.id, body.inviteCode)).referrer };
      } catch (error) {
        if (error instanceof ReferralError) throw new ApiError('customer_invalid', error.message, [{ path: error.reason === 'no_registration' ? '' : 'inviteCode', problem: REFERRAL_PROBLEM[error.reason] }]);
        throw error;
      }
    },
    merge: async ({ account, body }) => ({ moveId: await customerCall(() => mergeCustomers(db, body.into, body.from, by(account.username), body.note)) }),
    split: ({ account, params, body }) => customerCall(() => splitRecords(db, params.id, body.records, by(account.username), body.note)),
    unlink: ({ account, params, body }) => customerCall(() => unlinkRecord(db, params.id, by(account.username), body.note)),
    async undo({ account, params }) {
      await customerCall(() => undoMove(db, params.id, by(account.username)), 'customer_move_not_found');
      return { ok: true };
    },
    async reviews({ query }) {
      const page = await listReviews(db, query.kind, { after: query.after ?? null, limit: query.limit });
      const people = await customerSummaries(db, page.rows.flatMap((r) => [r.customerId, ...(r.recordCustomer ? [r.recordCustomer] : [])]));
      return {
        rows: page.rows.map((r) => ({ ...r, suggested: people.get(r.customerId) ?? null, current: (r.recordCustomer && people.get(r.recordCustomer)) || null })),
        next: page.next,
      };
    },
    decide: ({ account, params, body }) => customerCall(() => decideReview(db, params.id, body.decision, by(account.username)), 'customer_move_not_found'),
    pipeline: ({ query }) => pipelineFigures(db, query.kind ? { kind: query.kind } : {}),
    async lost({ event, query }) {
      await linkPending(db, { eventId: event.id });
      const [summary, page] = await Promise.all([lostSummary(db, event.id, query.side), lostCustomers(db, event.id, query.side, { after: query.after ?? null, limit: query.limit })]);
      return { summary, ...page };
    },
    tierRules: async () => ({ company: await tierRule(db, 'company'), contact: await tierRule(db, 'contact') }),
    async saveTierRule({ account, body }) {
      try {
        return { version: await saveTierRule(db, body, by(account.username)) };
      } catch (error) {
        // The declaration's schema is the service's: a refusal here is a schema both missed.
        if (error instanceof TierRuleError) throw new ApiError('invalid_request', error.message);
        throw error;
      }
    },
    tiers: ({ event }) => tierCounts(db, event.id),
    async computeTiers({ event }) {
      await linkPending(db, { eventId: event.id });
      return computeTiers(db, event.id);
    },
    tierList: async ({ event, query }) => ({ rows: (await tierList(db, event.id, query.kind, query.tier, { limit: query.limit })).rows }),
  };
}
