/** The event's taxonomies: industries, product interests, company sizes, place aliases. */
import { z } from 'zod';
import { eventTaxonomiesSchema } from '../../taxonomy/schema';
import { endpoint } from '../define';

export const taxonomyResponseSchema = z.object({ taxonomies: eventTaxonomiesSchema, customised: z.boolean(), remaining: z.number().optional() });

export const taxonomiesApi = {
  get: endpoint({
    method: 'GET',
    path: '/api/v1/console/taxonomies',
    access: 'organizer',
    summary: 'The event’s taxonomies (the defaults until saved)',
    response: taxonomyResponseSchema,
    errors: [],
  }),
  save: endpoint({
    method: 'PUT',
    path: '/api/v1/console/taxonomies',
    access: 'organizer',
    summary: 'Save the taxonomies: every record waits to be classified again (the answer says how many), devices receive them',
    body: eventTaxonomiesSchema,
    response: taxonomyResponseSchema,
    errors: [],
    bodyLimit: 4 * 1024 * 1024,
  }),
};
