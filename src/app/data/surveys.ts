/**
 * Surveys on the kiosk: the active ones arrive with the config pull; a response is checked against
 * the version it was answered on and captured with its outbox row in one transaction.
 */
import { newId } from '../../core/ids';
import { isAnswered, validateAnswers, type AnswerProblem } from '../../core/surveys/answers';
import { responseSchema, type AnswerValue, type Channel, type ResponseLanguage, type SurveyResponse } from '../../core/surveys/response';
import { surveyDocSchema, type Audience, type SurveyDoc } from '../../core/surveys/schema';
import { db } from '../db/open';
import type { LocalResponse } from '../db/schema';
import { requestSync } from './changes';
import { requireDevice } from './device';
import { captureRecord } from './outbox';

/** The active surveys this kiosk holds, newest version of each, in title order. */
export async function loadActiveSurveys(): Promise<SurveyDoc[]> {
  const rows = await db().config.where('kind').equals('survey').toArray();
  const surveys: SurveyDoc[] = [];
  for (const row of rows) {
    // A copy the app cannot read (from a newer server) is skipped rather than shown broken.
    const parsed = surveyDocSchema.safeParse(row.data);
    if (parsed.success) surveys.push(parsed.data);
  }
  return surveys.sort((a, b) => a.title.en.localeCompare(b.title.en) || a.id.localeCompare(b.id));
}

export type Answers = Partial<Record<string, AnswerValue>>;

/** Drops answers that say nothing (an untouched field), keeping an explicit "no" to consent. */
export function answeredOnly(answers: Answers): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers)) if (value !== undefined && (isAnswered(value) || value === false)) out[id] = value;
  return out;
}

export class AnswersInvalidError extends Error {
  constructor(readonly problems: AnswerProblem[]) {
    super('some answers are missing or not valid');
  }
}

export interface ResponseInput {
  survey: SurveyDoc;
  answers: Answers;
  language: ResponseLanguage;
  mode: SurveyResponse['mode'];
  channel: Channel;
  audience: Audience;
  attendeeId: string | null;
}

export async function captureResponse(input: ResponseInput): Promise<LocalResponse> {
  const device = await requireDevice('kiosk');
  const answers = answeredOnly(input.answers);
  const problems = validateAnswers(input.survey, answers);
  if (problems.length) throw new AnswersInvalidError(problems);
  const d = db();
  const stored = await d.transaction('rw', [d.responses, d.outbox], () =>
    captureRecord('response.create', responseSchema, 'responses', {
      id: newId(),
      eventId: device.eventId,
      deviceId: device.deviceId,
      capturedAt: new Date().toISOString(),
      surveyId: input.survey.id,
      version: input.survey.version,
      mode: input.mode,
      channel: input.channel,
      audience: input.audience,
      language: input.language,
      attendeeId: input.attendeeId,
      answers,
    }),
  );
  requestSync();
  return stored;
}
