/**
 * Whether a set of answers fits one survey version. The kiosk runs it before saving (problems
 * become messages next to the question) and the server runs it against the version the response
 * names (problems become the reason a mutation is rejected).
 */
import { charCount, FREE_TEXT_MAX, groupThousands } from '../text/freeText';
import { isEmail, normaliseEmail } from '../text/normalise';
import type { ContactAnswer } from './response';
import type { Question, SurveyContent } from './schema';

export type AnswerProblemCode = 'required' | 'unknown_question' | 'wrong_type' | 'out_of_range' | 'unknown_option' | 'too_long' | 'invalid_email' | 'invalid_phone' | 'consent_needed';

export interface AnswerProblem {
  questionId: string;
  code: AnswerProblemCode;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isContact = (v: unknown): v is ContactAnswer =>
  !!v && typeof v === 'object' && !Array.isArray(v) && ['name', 'email', 'phone'].every((k) => typeof (v as Record<string, unknown>)[k] === 'string');

/** The range of a score question, or null for other types. */
export function scoreRange(q: Question): { min: number; max: number } | null {
  if (q.type === 'nps') return { min: 0, max: 10 };
  if (q.type === 'csat') return { min: 1, max: 5 };
  if (q.type === 'rating') return { min: 1, max: q.max };
  return null;
}

/** An answer that says nothing (empty text, no choice, no contact detail, consent not given) counts as not answered. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (isContact(value)) return !!(value.name.trim() || value.email.trim() || value.phone.trim());
  return true;
}

const PHONE_RE = /^\+?[0-9 ()\-.]{5,40}$/;

function checkValue(q: Question, value: unknown): AnswerProblemCode | null {
  const range = scoreRange(q);
  if (range) {
    if (!isInt(value)) return 'wrong_type';
    return value < range.min || value > range.max ? 'out_of_range' : null;
  }
  switch (q.type) {
    case 'single':
      if (typeof value !== 'string') return 'wrong_type';
      return q.options.some((o) => o.value === value) ? null : 'unknown_option';
    case 'multiple':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return 'wrong_type';
      if (new Set(value).size !== value.length) return 'wrong_type';
      return value.every((v) => q.options.some((o) => o.value === v)) ? null : 'unknown_option';
    case 'text':
      if (typeof value !== 'string') return 'wrong_type';
      return charCount(value) > FREE_TEXT_MAX ? 'too_long' : null;
    case 'contact':
      if (!isContact(value)) return 'wrong_type';
      if (value.email.trim() && !isEmail(normaliseEmail(value.email))) return 'invalid_email';
      if (value.phone.trim() && !PHONE_RE.test(value.phone.trim())) return 'invalid_phone';
      return charCount(value.name) > 200 ? 'too_long' : null;
    case 'consent':
      return typeof value === 'boolean' ? null : 'wrong_type';
    default:
      return 'wrong_type';
  }
}

/** An empty answer must still have the question's kind ('' for text, [] for several choices, false for consent). */
function emptyFits(q: Question, value: unknown): boolean {
  if (value === null) return true;
  if (q.type === 'text') return typeof value === 'string';
  if (q.type === 'multiple') return Array.isArray(value);
  if (q.type === 'consent') return value === false;
  if (q.type === 'contact') return isContact(value);
  return false;
}

export function validateAnswers(content: Pick<SurveyContent, 'questions'>, answers: Readonly<Record<string, unknown>>): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const byId = new Map(content.questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) if (!byId.has(id)) problems.push({ questionId: id, code: 'unknown_question' });
  let contactGiven = false;
  for (const q of content.questions) {
    const value = answers[q.id];
    if (!isAnswered(value)) {
      if (q.required) problems.push({ questionId: q.id, code: 'required' });
      else if (value !== undefined && !emptyFits(q, value)) problems.push({ questionId: q.id, code: 'wrong_type' });
      continue;
    }
    const problem = checkValue(q, value);
    if (problem) problems.push({ questionId: q.id, code: problem });
    else if (q.type === 'contact' && isAnswered(value)) contactGiven = true;
  }
  const consent = content.questions.find((q) => q.type === 'consent');
  if (contactGiven && consent && answers[consent.id] !== true && !problems.some((p) => p.questionId === consent.id)) {
    problems.push({ questionId: consent.id, code: 'consent_needed' });
  }
  return problems;
}

const SENTENCES: Record<AnswerProblemCode, string> = {
  required: 'is required but was not answered',
  unknown_question: 'is not a question of this survey version',
  wrong_type: 'has an answer of the wrong kind',
  out_of_range: 'has a score outside its scale',
  unknown_option: 'has a choice that is not one of its options',
  too_long: `is longer than ${groupThousands(FREE_TEXT_MAX)} characters`,
  invalid_email: 'has an email address that is not valid',
  invalid_phone: 'has a phone number that is not valid',
  consent_needed: 'must be agreed to when contact details are given',
};

/** One English sentence for logs and rejected mutations, naming the survey version. */
export function describeProblems(problems: readonly AnswerProblem[], version: number): string {
  return problems
    .slice(0, 5)
    .map((p) => `question "${p.questionId.slice(0, 40)}" ${SENTENCES[p.code]}`)
    .concat(problems.length > 5 ? [`and ${problems.length - 5} more`] : [])
    .join('; ')
    .concat(` (survey version ${version})`);
}
