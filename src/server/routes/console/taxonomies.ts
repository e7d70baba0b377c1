/** The event's taxonomies in the console (core/api/console/taxonomies.ts). */
import type { taxonomiesApi } from '../../../core/api/console/taxonomies';
import type { Db } from '../../db/types';
import type { Handlers } from '../../http/mount';
import { isCustomised, loadTaxonomies, saveTaxonomies } from '../../visitors/taxonomies';

export function taxonomiesHandlers(db: Db): Handlers<typeof taxonomiesApi> {
  return {
    get: async ({ event }) => ({ taxonomies: await loadTaxonomies(db, event.id), customised: await isCustomised(db, event.id) }),
    async save({ event, body }) {
      const { stale } = await saveTaxonomies(db, event.id, body);
      return { taxonomies: body, customised: true, remaining: stale };
    },
  };
}
