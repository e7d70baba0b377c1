import type { FeedbackCategory } from '../../../core/feedback/schema';
import { localized } from '../../../core/schema/localized';

/** A category's label in `lang`; a value no longer in the list shows as itself. */
export function categoryLabel(categories: readonly FeedbackCategory[], value: string, lang: string): string {
  const c = categories.find((x) => x.value === value);
  return c ? localized(c.label, lang) : value;
}

/** Minutes as "1 h 25 min" / "3 d 2 h". */
export function formatMinutes(minutes: number, units: { d: string; h: string; min: string }): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} ${units.min}`;
  if (m < 24 * 60) return `${Math.floor(m / 60)} ${units.h}${m % 60 ? ` ${m % 60} ${units.min}` : ''}`;
  return `${Math.floor(m / 1440)} ${units.d}${Math.floor((m % 1440) / 60) ? ` ${Math.floor((m % 1440) / 60)} ${units.h}` : ''}`;
}
