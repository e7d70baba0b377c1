/**
 * Corrections by staff at the desk or by the organizer in the console. A corrected value is
 * declared from then on: classifyVisitor keeps it over anything a rule infers later, and the
 * evidence records who corrected it and what it replaced, for the audit trail.
 */
import { RULES, type ClassifiedValue } from './types';

function describe<T>(value: ClassifiedValue<T>): string {
  const shown = value.value === null ? 'unknown' : typeof value.value === 'string' ? value.value : JSON.stringify(value.value);
  return value.rule ? `${shown} (${value.status}, ${value.rule})` : `${shown} (${value.status})`;
}

/**
 * `by` names who corrected it ("organizer:alice", "desk:DEVICE-ID"); `at` is an ISO time when
 * the caller wants it kept. A correction to null records that the value is known to be unknown.
 */
export function applyCorrection<T>(previous: ClassifiedValue<T> | null | undefined, correctedValue: T | null, by: string, at?: string): ClassifiedValue<T> {
  const evidence = [`corrected by ${by}${at ? ` at ${at}` : ''}`];
  if (previous) evidence.push(`previously ${describe(previous)}`);
  return { value: correctedValue, status: 'declared', rule: RULES.corrected, evidence };
}

export function isCorrection(value: ClassifiedValue<unknown> | null | undefined): boolean {
  return value?.rule === RULES.corrected;
}
