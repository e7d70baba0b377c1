import { describeProblems, validateAnswers } from '../../../core/surveys/answers';
import type { SurveyContent } from '../../../core/surveys/schema';
import { forgetErasedResponses } from '../../visitors/lateErasure';
import { RejectMutation, sameDevice, type Handler } from './types';

/**
 * Survey responses are checked against the version they name, not the survey's current one: a
 * kiosk that was offline while the survey changed answered the questions it showed, and those
 * answers are good. Answers that do not fit their own version are refused with the reason.
 */
export const responseCreate: Handler<'response.create'> = {
  precheck: sameDevice,
  async applyMany(tx, device, items) {
    const wanted = [...new Map(items.map(({ data }) => [`${data.surveyId}:${data.version}`, { survey_id: data.surveyId, version: data.version }])).values()];
    const { rows } = await tx.query<{ survey_id: string; version: number; content: SurveyContent }>(
      `SELECT v.survey_id, v.version, v.content
         FROM survey_versions v JOIN jsonb_to_recordset($2::jsonb) AS x(survey_id uuid, version int) ON x.survey_id = v.survey_id AND x.version = v.version
        WHERE v.event_id = $1`,
      [device.eventId, JSON.stringify(wanted)],
    );
    const versions = new Map(rows.map((r) => [`${r.survey_id}:${r.version}`, r.content]));
    for (const { data } of items) {
      const content = versions.get(`${data.surveyId}:${data.version}`);
      if (!content) throw new RejectMutation(`response ${data.id}: survey ${data.surveyId} has no version ${data.version} in this event`);
      const problems = validateAnswers(content, data.answers);
      if (problems.length) throw new RejectMutation(`response ${data.id}: ${describeProblems(problems, data.version)}`);
    }
    const records = items.map(({ mutationId, data }) => ({
      id: data.id,
      survey_id: data.surveyId,
      version: data.version,
      device_id: data.deviceId,
      mutation_id: mutationId,
      mode: data.mode,
      channel: data.channel,
      audience: data.audience,
      language: data.language,
      attendee_id: data.attendeeId,
      answers: data.answers,
      captured_at: data.capturedAt,
    }));
    // The same response sent again under another mutation id is still one response.
    await tx.query(
      `INSERT INTO survey_responses (id, event_id, survey_id, version, device_id, mutation_id, mode, channel, audience, language, attendee_id, answers, captured_at)
       SELECT id, $2, survey_id, version, device_id, mutation_id, mode, channel, audience, language, attendee_id, answers, captured_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, survey_id uuid, version int, device_id uuid, mutation_id uuid, mode text, channel text,
              audience text, language text, attendee_id uuid, answers jsonb, captured_at timestamptz)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(records), device.eventId],
    );
  },
  forgetErased: (tx, device, items) => forgetErasedResponses(tx, device.eventId, items),
};
