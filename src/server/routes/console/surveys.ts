/** Surveys and cases in the console (core/api/console/surveys.ts). */
import { TABLE_TYPES } from '../../../core/api/common';
import type { feedbackApi, surveysApi } from '../../../core/api/console/surveys';
import { computeResults } from '../../../core/surveys/results';
import type { Db } from '../../db/types';
import { feedbackColumns } from '../../export/feedbackCases';
import { responseColumns } from '../../export/surveyResponses';
import { renderTable } from '../../export/table';
import { ApiError } from '../../http/errors';
import type { Handlers } from '../../http/mount';
import { getFeedback, getPhoto, getSettings, listFeedback, putSettings, StepRefused, takeStep } from '../../feedback/feedback';
import { createSurvey, getSurvey, listResponses, listSurveys, saveSurvey, setSurveyActive, surveyVersions } from '../../surveys/surveys';

function found<T>(value: T | null, code: 'survey_not_found' | 'case_not_found'): T {
  if (value === null) throw new ApiError(code);
  return value;
}

export function surveysHandlers(db: Db): Handlers<typeof surveysApi> {
  /** The versions asked for (`null`: all); a 404 for no survey, or no such version. */
  async function versions(eventId: string, id: string, version: number | null) {
    const all = await surveyVersions(db, eventId, id);
    if (!all.length) throw new ApiError('survey_not_found');
    const chosen = version === null ? all : all.filter((v) => v.version === version);
    if (!chosen.length) throw new ApiError('survey_version_not_found', `the survey has no version ${version}`);
    return chosen;
  }
  return {
    list: async ({ event }) => ({ surveys: await listSurveys(db, event.id) }),
    create: ({ event, account, body }) => createSurvey(db, event.id, body, account.username),
    get: async ({ event, params }) => found(await getSurvey(db, event.id, params.id), 'survey_not_found'),
    save: async ({ event, account, params, body }) => found(await saveSurvey(db, event.id, params.id, body, account.username), 'survey_not_found'),
    setActive: async ({ event, params, body }) => found(await setSurveyActive(db, event.id, params.id, body.active), 'survey_not_found'),
    async results({ event, params, query }) {
      const chosen = await versions(event.id, params.id, query.version);
      return computeResults(chosen, await listResponses(db, event.id, params.id, query.version), { timeZone: query.tz });
    },
    async export({ event, params, query }) {
      const chosen = await versions(event.id, params.id, query.version);
      const rows = await listResponses(db, event.id, params.id, query.version);
      const body = await renderTable(query.format, responseColumns(chosen, query.lang, query.tz), rows, 'responses');
      const name = `survey-${params.id.slice(-8)}-${query.version === null ? 'all' : `v${query.version}`}.${query.format}`;
      return { type: TABLE_TYPES[query.format], body, filename: name };
    },
  };
}

export function feedbackHandlers(db: Db): Handlers<typeof feedbackApi> {
  return {
    list: ({ event }) => listFeedback(db, event.id),
    settings: ({ event }) => getSettings(db, event.id),
    saveSettings: ({ event, body }) => putSettings(db, event.id, body),
    async export({ event, query }) {
      const [{ items }, settings] = await Promise.all([listFeedback(db, event.id), getSettings(db, event.id)]);
      const body = await renderTable(query.format, feedbackColumns(settings.categories, query.lang), items, 'feedback');
      return { type: TABLE_TYPES[query.format], body, filename: `feedback.${query.format}` };
    },
    get: async ({ event, params }) => found(await getFeedback(db, event.id, params.id), 'case_not_found'),
    async step({ event, account, params, body }) {
      try {
        return found(await takeStep(db, event.id, params.id, body, account.username), 'case_not_found');
      } catch (error) {
        if (error instanceof StepRefused) throw new ApiError('step_refused', error.message, [error.problem]);
        throw error;
      }
    },
    async photo({ event, params }) {
      const photo = await getPhoto(db, event.id, params.id);
      if (!photo) throw new ApiError('photo_not_found', 'no photo for this case (yet)');
      // Served as the image it was checked to be, never sniffed into anything else.
      return { type: photo.contentType, body: photo.bytes, cache: 'private, max-age=3600' };
    },
  };
}
