/**
 * Problems of single fields, as keys rather than sentences. A schema's own message (a refinement
 * such as "the event cannot end before it starts", a regex, a minimum) is one of the keys below,
 * never English; zod's built-in checks are mapped to a key by kind (`too_long`, `required`…) with
 * their limit. The server sends them as `fields` of an error answer with the English text for
 * programs; the app shows the translation of the key (errors.json: `field.<key>`), and also uses
 * it for what it checks itself before sending (the same schemas).
 */

/** English for programs and logs; `{{name}}` is filled from the problem's values. */
export const FIELD_PROBLEMS = {
  required: 'is required',
  invalid_type: 'has the wrong type',
  invalid_value: 'is not one of the allowed values',
  invalid_format: 'is not in the expected format',
  unknown_field: 'is not a field of this request',
  too_long: 'is longer than {{max}} characters',
  too_short: 'is shorter than {{min}} characters',
  too_large: 'is larger than {{max}}',
  too_small: 'is smaller than {{min}}',
  too_many_entries: 'has more than {{max}} entries',
  too_few_entries: 'has fewer than {{min}} entries',
  broken_character: 'contains a broken character (a lone UTF-16 surrogate)',
  code_format: 'is a code of letters, digits, _ + and -',
  id_format: 'is an id of letters, digits, _ . and -',
  lowercase_code_format: 'is a code of lower-case letters, digits, _ + and -',
  email_format: 'is not a valid email address',
  mobile_format: 'is not a mobile number in international form (+86…)',
  phone_format: 'is not a phone number',
  pairing_code_format: 'is not a 6-digit pairing code',
  base64_format: 'is not base64',
  hour_format: 'is not a real hour as YYYY-MM-DDTHH',
  time_zone: 'is not an IANA time zone such as Asia/Shanghai',
  country_code: 'is not an ISO 3166-1 alpha-2 country code',
  bad_checkpoint: 'is not a checkpoint returned by the server',
  photo_too_large: 'is too large a photo',
  ends_before_start: 'the event cannot end before it starts',
  erasure_needs_confirm: 'erasure cannot be undone: send {"confirm": true}',
  duplicate_id: 'two entries have the same id {{id}}',
  duplicate_value: 'two entries have the same value',
  duplicate_field: 'a field appears twice',
  name_field_required: 'the name field is always shown and required',
  keep_one_category: 'keep at least one category',
  contact_needs_consent: 'contact details are kept only with the person’s consent to be contacted',
  respond_after_resolve: 'the time to respond cannot be longer than the time to resolve',
  choice_needs_two_options: 'a choice question needs at least two options',
  needs_all_languages: 'write this text in 简体中文, 繁體中文 and English',
  survey_needs_question: 'a survey needs at least one question',
  contact_needs_consent_question: 'a survey that asks for contact details needs a consent question',
  invalid_answer: 'an answer is a score, text, a list of choices, contact details or yes/no',
  kiosk_channel: 'self-service responses use the kiosk channel, staff-recorded ones another',
  close_after_answer: 'a case can be closed only after the person was told the outcome (answered)',
  answer_after_resolve: 'a case can be answered only once it is resolved',
  step_not_allowed: 'a case cannot go from {{from}} to {{to}}',
  assignee_required: 'say who the case is assigned to',
  resolution_note_required: 'say how the case was resolved',
  answer_note_required: 'say what the person was told, and how',
  tree_too_deep: 'the product tree is deeper than {{max}} levels',
  band_start: 'band {{id}} should start at {{expected}}',
  band_open_end: 'only the last band is open-ended',
  band_ends_before_start: 'band {{id}} ends before it starts',
  alias_one_target: 'an alias names exactly one of country, province or city',
  unknown_place: 'unknown place code {{code}}',
  gbt_code_format: 'is not a GB/T 4754 section letter or a 2–4 digit code',
  gbt_code_outside_section: 'industry {{id}}: GB/T code {{code}} is not in section {{section}}',
  tier_shares_over_100: 'the A and B tiers together cannot be more than 100 %',
  credit_code_format: 'is not a valid unified social credit code (check digit)',
  invite_code_format: 'is not an invitation code (8 letters and digits)',
  unknown_invite_code: 'no customer has this invitation code',
  own_invite_code: 'is the customer’s own invitation code',
  no_registration_this_edition: 'the customer has no registration in the current edition',
} as const;

export type FieldProblemKey = keyof typeof FIELD_PROBLEMS;

export function isFieldProblemKey(key: string): key is FieldProblemKey {
  return Object.hasOwn(FIELD_PROBLEMS, key);
}

/** One field's problem as the server sends it and the app translates it. */
export interface FieldProblem {
  /** Where in the request: `endsOn`, `questions.2.label`; '' for the whole body. */
  path: string;
  problem: FieldProblemKey;
  /** Values for the text (`max`, `min`, `id`…). */
  values?: Record<string, string | number>;
}

/**
 * The parts of a zod issue this reads (zod's own issues, and the same fields as the validation
 * errors of fastify-type-provider-zod carry them).
 */
export interface IssueLike {
  code?: string;
  message?: string;
  path?: ReadonlyArray<PropertyKey>;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  params?: Record<string, unknown>;
  /** The fields zod did not expect (unrecognized_keys): named, or nobody knows which to remove. */
  keys?: readonly string[];
}

function limit(value: unknown): string | number | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

function scalars(params: Record<string, unknown> | undefined): Record<string, string | number> | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

/** The key and values of one issue. A schema's own message wins; otherwise the kind of check says. */
export function problemOf(issue: IssueLike): FieldProblem {
  const path = (issue.path ?? []).map(String).join('.');
  const message = issue.message ?? '';
  const max = limit(issue.maximum);
  const min = limit(issue.minimum);
  if (isFieldProblemKey(message)) {
    const values = { ...(max !== undefined ? { max } : {}), ...(min !== undefined ? { min } : {}), ...scalars(issue.params) };
    return { path, problem: message, ...(Object.keys(values).length ? { values } : {}) };
  }
  const collection = issue.origin === 'array' || issue.origin === 'set' || issue.origin === 'map' || issue.origin === 'record';
  switch (issue.code) {
    case 'invalid_type':
      return { path, problem: /received undefined/.test(message) ? 'required' : 'invalid_type' };
    case 'too_big':
      if (issue.origin === 'string') return { path, problem: 'too_long', values: { max: max ?? 0 } };
      return { path, problem: collection ? 'too_many_entries' : 'too_large', values: { max: max ?? 0 } };
    case 'too_small':
      if (issue.origin === 'string') return min === 1 ? { path, problem: 'required' } : { path, problem: 'too_short', values: { min: min ?? 0 } };
      return { path, problem: collection ? 'too_few_entries' : 'too_small', values: { min: min ?? 0 } };
    case 'invalid_format':
      return { path, problem: 'invalid_format' };
    case 'unrecognized_keys': {
      const where = issue.keys?.length ? issue.keys.join(', ') : '';
      return { path: [path, where].filter(Boolean).join('.'), problem: 'unknown_field' };
    }
    default:
      return { path, problem: 'invalid_value' };
  }
}

/** The English text of a problem, with its path: "endsOn: the event cannot end before it starts". */
export function englishProblem(p: FieldProblem): string {
  const text = FIELD_PROBLEMS[p.problem].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(p.values?.[name] ?? name));
  return p.path ? `${p.path}: ${text}` : text;
}

/** English for a list of issues (a rejected record's reason, an error answer's message). */
export function englishIssues(issues: readonly IssueLike[], max = 5): string {
  return issues.slice(0, max).map((i) => englishProblem(problemOf(i))).join('; ');
}
