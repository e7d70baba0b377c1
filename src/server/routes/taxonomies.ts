/** The event's taxonomies in the console: read (defaults until saved) and save, which devices then pull. */
import type { FastifyInstance } from 'fastify';
import { eventTaxonomiesSchema } from '../../core/taxonomy/schema';
import type { Db } from '../db/types';
import { requireAccount } from '../http/consoleSession';
import { parseOr400 } from '../http/legacy';
import { requireEvent } from '../services/events';
import { isCustomised, loadTaxonomies, saveTaxonomies } from '../visitors/taxonomies';

export function taxonomyRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/console/taxonomies', async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const event = await requireEvent(db);
    return { taxonomies: await loadTaxonomies(db, event.id), customised: await isCustomised(db, event.id) };
  });

  /** Saving marks every record for classification again; the answer says how many wait. */
  app.put('/api/v1/console/taxonomies', { bodyLimit: 4 * 1024 * 1024 }, async (request, reply) => {
    if (!(await requireAccount(db, request, reply))) return reply;
    const body = parseOr400(reply, eventTaxonomiesSchema, request.body);
    if (!body) return reply;
    const event = await requireEvent(db);
    const { stale } = await saveTaxonomies(db, event.id, body);
    return { taxonomies: body, customised: true, remaining: stale };
  });
}
