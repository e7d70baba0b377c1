/** The classified visitor database: persons and their records, corrections, merges and their undo, reclassification, a visitor's data on request. */
import { z } from 'zod';
import { visitorFilterSchema } from '../../stats/filters';
import { TAXONOMY_LOCALES } from '../../taxonomy/labels';
import { correctionRequestSchema } from '../../visitors/corrections';
import { mergeCandidateSchema, personDetailSchema, personPageSchema } from '../../visitors/schema';
import { uuidSchema } from '../../schema/common';
import { emptyBody, idParams, okResponse, TABLE_FORMATS, TABLE_TYPES } from '../common';
import { endpoint, fileResponse } from '../define';
import { personQuerySchema } from './stats';

export const visitorExportQuerySchema = visitorFilterSchema.extend({ format: z.enum(TABLE_FORMATS).default('csv'), lang: z.enum(TAXONOMY_LOCALES).default('zh-CN') });
const remainingSchema = z.object({ remaining: z.number() });
export const erasureSummarySchema = z.object({ personId: z.string(), attendeeIds: z.array(z.string()), counts: z.record(z.string(), z.number()) });
export type ErasureSummary = z.infer<typeof erasureSummarySchema>;

export const visitorsApi = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/console/visitors',
    access: 'organizer',
    summary: 'One row per person (records of one person merged), filtered, a page at a time; also the persons behind a figure',
    query: personQuerySchema,
    response: personPageSchema,
    errors: [],
  }),
  export: endpoint({
    method: 'GET',
    path: '/api/v1/console/visitors/export',
    access: 'organizer',
    summary: 'The filtered visitor database as CSV (UTF-8 with BOM) or XLSX; visitors who refused follow-up marked',
    query: visitorExportQuerySchema,
    response: fileResponse(...Object.values(TABLE_TYPES)),
    errors: [],
  }),
  candidates: endpoint({
    method: 'GET',
    path: '/api/v1/console/visitors/candidates',
    access: 'organizer',
    summary: 'Persons who may be one (same name and company) for the organizer to review',
    response: z.object({ candidates: z.array(mergeCandidateSchema) }),
    errors: [],
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/console/visitors/:id',
    access: 'organizer',
    summary: 'One person: records, visits, classification, merges (`:id` is any of their record ids)',
    params: idParams,
    response: personDetailSchema,
    errors: ['visitor_not_found'],
  }),
  correct: endpoint({
    method: 'POST',
    path: '/api/v1/console/visitors/:id/corrections',
    access: 'organizer',
    summary: 'Correct one classified value of one record, or clear the correction',
    params: idParams,
    body: correctionRequestSchema,
    response: personDetailSchema,
    errors: ['visitor_not_found', 'correction_invalid'],
  }),
  merge: endpoint({
    method: 'POST',
    path: '/api/v1/console/visitors/merge',
    access: 'organizer',
    summary: 'Merge two persons into one (undoable)',
    body: z.object({ into: uuidSchema, from: uuidSchema, signal: z.enum(['manual', 'name_company']).default('manual') }),
    response: z.object({ mergeId: z.string(), person: personDetailSchema.nullable() }),
    errors: ['visitor_not_found', 'same_person'],
  }),
  distinct: endpoint({
    method: 'POST',
    path: '/api/v1/console/visitors/distinct',
    access: 'organizer',
    summary: 'Two persons are not one: they are no longer offered for review',
    body: z.object({ a: uuidSchema, b: uuidSchema }),
    response: okResponse,
    errors: ['same_person'],
  }),
  undoMerge: endpoint({
    method: 'POST',
    path: '/api/v1/console/merges/:id/undo',
    access: 'organizer',
    summary: 'Undo a merge',
    params: z.object({ id: z.string().regex(/^\d{1,18}$/, 'invalid_format') }),
    body: emptyBody,
    response: okResponse,
    errors: ['merge_not_found', 'merge_already_undone', 'merged_again'],
  }),
  classification: endpoint({
    method: 'GET',
    path: '/api/v1/console/classification',
    access: 'organizer',
    summary: 'How many records wait to be classified',
    response: remainingSchema,
    errors: [],
  }),
  reclassify: endpoint({
    method: 'POST',
    path: '/api/v1/console/classification/reclassify',
    access: 'organizer',
    summary: 'Mark every record for classification; then call `step` until none remain',
    body: emptyBody,
    response: remainingSchema,
    errors: [],
  }),
  classifyStep: endpoint({
    method: 'POST',
    path: '/api/v1/console/classification/step',
    access: 'organizer',
    summary: 'Classify the next 1,000 waiting records (corrections are kept)',
    body: emptyBody,
    response: remainingSchema.extend({ classified: z.number() }),
    errors: [],
  }),
  data: endpoint({
    method: 'GET',
    path: '/api/v1/console/visitors/:id/data',
    access: 'organizer',
    summary: 'Everything held about a visitor, as one JSON file (on their request)',
    params: idParams,
    response: fileResponse('application/json; charset=utf-8'),
    errors: ['visitor_not_found'],
  }),
  erase: endpoint({
    method: 'POST',
    path: '/api/v1/console/visitors/:id/erase',
    access: 'organizer',
    summary: 'Erase a visitor on their request: identity gone everywhere, figures kept; cannot be undone',
    params: idParams,
    body: z.object({ confirm: z.literal(true, 'erasure_needs_confirm') }),
    response: erasureSummarySchema,
    errors: ['visitor_not_found'],
  }),
};
