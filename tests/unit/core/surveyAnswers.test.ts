import { describe, expect, it } from 'vitest';
import { describeProblems, validateAnswers } from '../../../src/core/surveys/answers';
import { answerValueSchema, responseSchema } from '../../../src/core/surveys/response';
import { surveyContentSchema, type SurveyContent } from '../../../src/core/surveys/schema';
import { charCount, cleanFreeText, FREE_TEXT_MAX, freeTextSchema, groupThousands } from '../../../src/core/text/freeText';
import { englishIssues, problemOf } from '../../../src/core/api/problems';

const L = (en: string) => ({ 'zh-CN': `${en}（简）`, 'zh-TW': `${en}（繁）`, en });

const survey: SurveyContent = {
  title: L('Survey'),
  intro: { 'zh-CN': '', 'zh-TW': '', en: '' },
  thanks: { 'zh-CN': '', 'zh-TW': '', en: '' },
  audience: 'exhibitor',
  questions: [
    { id: 'nps', type: 'nps', required: true, text: L('Recommend?') },
    { id: 'sat', type: 'csat', style: 'stars', required: false, text: L('Satisfied?') },
    { id: 'food', type: 'rating', max: 4, required: false, text: L('Food?') },
    { id: 'hall', type: 'single', required: false, text: L('Hall?'), options: [{ value: 'a', label: L('A') }, { value: 'b', label: L('B') }] },
    { id: 'topics', type: 'multiple', required: true, text: L('Topics?'), options: [{ value: 'x', label: L('X') }, { value: 'y', label: L('Y') }] },
    { id: 'comment', type: 'text', required: false, text: L('Comment?') },
    { id: 'contact', type: 'contact', required: false, text: L('Contact?') },
    { id: 'ok', type: 'consent', required: false, text: L('May we contact you?') },
  ],
};
const base = { nps: 8, topics: ['x'] };
const codes = (answers: Record<string, unknown>) => validateAnswers(survey, answers).map((p) => `${p.questionId}:${p.code}`);

describe('answers against a survey version', () => {
  it('accepts a complete, fitting set', () => {
    expect(codes({ ...base, sat: 5, food: 4, hall: 'b', topics: ['x', 'y'], comment: '好', contact: { name: 'Ana', email: 'ana@example.com', phone: '+86 138 0013 8000' }, ok: true })).toEqual([]);
  });

  it('reports missing required answers, including empty ones', () => {
    expect(codes({})).toEqual(['nps:required', 'topics:required']);
    expect(codes({ nps: 8, topics: [] })).toEqual(['topics:required']);
  });

  it('reports answers to questions the version does not have', () => {
    expect(codes({ ...base, removed: 'x' })).toEqual(['removed:unknown_question']);
  });

  it('reports wrong kinds, values off the scale and unknown options', () => {
    expect(codes({ ...base, nps: '8' })).toEqual(['nps:wrong_type']);
    expect(codes({ ...base, nps: 11 })).toEqual(['nps:out_of_range']);
    expect(codes({ ...base, sat: 0 })).toEqual(['sat:out_of_range']);
    expect(codes({ ...base, food: 5 })).toEqual(['food:out_of_range']);
    expect(codes({ ...base, hall: 'c' })).toEqual(['hall:unknown_option']);
    expect(codes({ ...base, topics: ['x', 'z'] })).toEqual(['topics:unknown_option']);
    expect(codes({ ...base, topics: ['x', 'x'] })).toEqual(['topics:wrong_type']);
    expect(codes({ ...base, comment: 5 })).toEqual(['comment:wrong_type']);
    expect(codes({ ...base, hall: false })).toEqual(['hall:wrong_type']);
  });

  it('refuses free text over the limit, counting characters as people do', () => {
    expect(codes({ ...base, comment: 'x'.repeat(FREE_TEXT_MAX + 1) })).toEqual(['comment:too_long']);
    expect(codes({ ...base, comment: '😀'.repeat(FREE_TEXT_MAX) })).toEqual([]);
    expect(charCount('😀👍🏽')).toBe(3);
  });

  it('wants consent with contact details, and valid ones', () => {
    expect(codes({ ...base, contact: { name: 'Ana', email: '', phone: '' } })).toEqual(['ok:consent_needed']);
    expect(codes({ ...base, contact: { name: '', email: 'nope', phone: '' }, ok: true })).toEqual(['contact:invalid_email']);
    expect(codes({ ...base, contact: { name: '', email: '', phone: 'call me' }, ok: true })).toEqual(['contact:invalid_phone']);
    expect(codes({ ...base, contact: { name: '', email: '', phone: '' }, ok: false })).toEqual([]);
  });

  it('describes problems in one sentence naming the version', () => {
    expect(describeProblems(validateAnswers(survey, { topics: ['x'], gone: 1 }), 3)).toBe(
      'question "gone" is not a question of this survey version; question "nps" is required but was not answered (survey version 3)',
    );
  });
});

describe('the answer and response schemas', () => {
  it('says a long text is too long, not just "invalid"', () => {
    const result = answerValueSchema.safeParse('字'.repeat(100_000));
    expect(result.success).toBe(false);
    expect(problemOf(result.error!.issues[0]!)).toEqual({ path: '', problem: 'too_long', values: { max: 5000 } });
  });

  it('cleans text: NFC, no control characters, no NUL, trimmed; refuses broken surrogates', () => {
    expect(cleanFreeText('  e\u0301\u0000\u0007 ok\r\nnext  ')).toBe('é ok\nnext');
    expect(freeTextSchema().safeParse('a \ud800 b').success).toBe(false);
    expect(freeTextSchema().parse('שלום <b>עולם</b>')).toBe('שלום <b>עולם</b>');
  });

  it('says the limit the way people read it', () => {
    expect([0, 999, 1000, 5000, 1234567].map(groupThousands)).toEqual(['0', '999', '1,000', '5,000', '1,234,567']);
    const tooLong = freeTextSchema(1000).safeParse('x'.repeat(1001));
    expect(tooLong.success || englishIssues(tooLong.error.issues)).toBe('is longer than 1000 characters');
  });

  it('ties the channel to the mode', () => {
    const r = {
      id: '01900000-0000-7000-8000-000000000001',
      eventId: '01900000-0000-7000-8000-000000000002',
      deviceId: '01900000-0000-7000-8000-000000000003',
      capturedAt: '2026-03-01T02:00:00.000Z',
      surveyId: '01900000-0000-7000-8000-000000000004',
      version: 1,
      mode: 'kiosk',
      channel: 'kiosk',
      audience: 'media',
      language: 'en',
      attendeeId: null,
      answers: { nps: 9 },
    };
    expect(responseSchema.safeParse(r).success).toBe(true);
    expect(responseSchema.safeParse({ ...r, mode: 'staff', channel: 'phone' }).success).toBe(true);
    expect(responseSchema.safeParse({ ...r, mode: 'staff' }).success).toBe(false);
    expect(responseSchema.safeParse({ ...r, channel: 'phone' }).success).toBe(false);
  });
});

describe('survey content', () => {
  it('needs every text in the three languages', () => {
    const missing = { ...survey, questions: [{ ...survey.questions[0]!, text: { 'zh-CN': '推荐？', 'zh-TW': '推薦？', en: ' ' } }] };
    expect(surveyContentSchema.safeParse(missing).error?.issues[0]?.message).toBe('needs_all_languages');
  });

  it('refuses duplicate question ids, duplicate options, and contact details without a consent question', () => {
    expect(surveyContentSchema.safeParse({ ...survey, questions: [survey.questions[0], survey.questions[0]] }).success).toBe(false);
    const dupOptions = { ...survey, questions: [{ ...survey.questions[3]!, options: [{ value: 'a', label: L('A') }, { value: 'a', label: L('B') }] }] };
    expect(surveyContentSchema.safeParse(dupOptions).success).toBe(false);
    const noConsent = { ...survey, questions: survey.questions.filter((q) => q.type !== 'consent') };
    expect(surveyContentSchema.safeParse(noConsent).error?.issues[0]?.message).toBe('contact_needs_consent_question');
    expect(surveyContentSchema.safeParse(survey).success).toBe(true);
  });

  it('takes the optional introduction and thank-you in none or all three languages, never one (issue 18)', () => {
    expect(surveyContentSchema.safeParse({ ...survey, thanks: L('Thank you') }).success).toBe(true);
    const oneLanguage = surveyContentSchema.safeParse({ ...survey, thanks: { 'zh-CN': '谢谢', 'zh-TW': '', en: '' } });
    expect(oneLanguage.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['thanks', 'needs_all_languages']]);
    expect(surveyContentSchema.safeParse({ ...survey, intro: { 'zh-CN': '', 'zh-TW': '', en: 'Welcome' } }).success).toBe(false);
  });
});
