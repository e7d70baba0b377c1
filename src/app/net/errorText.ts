/**
 * What a failed call means, in the user's language: the server's error code translated
 * (errors.json), the fields at fault with their problems, "cannot reach the server" for a network
 * failure. Never the server's English `message` and never an internal id.
 */
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf, type FieldProblem, type IssueLike } from '../../core/api/problems';
import { HttpError, NetworkError } from './http';

/**
 * One field's problem: "End date: the event cannot end before it starts" (the field's name when it
 * has one; `named: false` beside a field that shows its own label).
 */
export function problemText(t: TFunction, problem: FieldProblem, named = true): string {
  const text = t(`errors:field.${problem.problem}`, problem.values ?? {});
  if (!named) return text;
  const last = problem.path.split('.').reverse().find((part) => !/^\d+$/.test(part) && part !== 'query' && part !== 'params');
  const field = last ? t(`errors:fieldName.${last}`, { defaultValue: '' }) : '';
  return field ? t('errors:withField', { field, problem: text }) : text;
}

/** The problems of a zod validation the app ran itself, worded like the server's. */
export function issuesText(t: TFunction, issues: readonly IssueLike[], max = 3): string {
  return [...new Set(issues.slice(0, max).map((i) => problemText(t, problemOf(i))))].join('; ');
}

export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof HttpError) {
    const base = error.code === 'http_error' ? t('errors:code.server_error') : t(`errors:code.${error.code}`);
    if (!error.fields.length) return base;
    const fields = [...new Set(error.fields.slice(0, 3).map((f) => problemText(t, f)))].join('; ');
    return t('errors:withFields', { error: base, fields });
  }
  if (error instanceof NetworkError) return t('errors:network');
  // An answer that does not match the contract (an app older than its server), or a bug.
  if (error instanceof Error && error.name === 'ZodError') return t('errors:unexpectedAnswer');
  return t('errors:unexpected', { detail: error instanceof Error ? error.message : String(error) });
}

/** `errorText` bound to the current language, for components. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation('errors');
  return useCallback((error: unknown) => errorText(t, error), [t]);
}
