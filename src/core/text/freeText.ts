/**
 * Free text people type into surveys and complaints. One limit, counted the way people count
 * (code points: an emoji is one character, not two UTF-16 units), refused past the limit instead
 * of being cut, and cleaned of what PostgreSQL cannot store (NUL) or screens should not get
 * (other control characters, lone surrogates).
 */
import { z } from 'zod';

export const FREE_TEXT_MAX = 5000;

export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Tab and line breaks are kept; every other C0 control and DEL is dropped (NUL would fail in PostgreSQL).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

export function cleanFreeText(text: string): string {
  return text.normalize('NFC').replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
}


/**
 * 5000 → "5,000". Not toLocaleString: these messages are built when the schemas are, at module
 * load, and the first toLocaleString call loads ICU data (130 ms of a tablet's cold start at 4× CPU).
 */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A schema for one free-text value: cleaned, at most `max` characters. */
export function freeTextSchema(max: number = FREE_TEXT_MAX) {
  return (
    z
      .string()
      // A cheap bound before normalising: nothing within the limit is longer than this.
      .refine((s) => s.length <= max * 4, { message: 'too_long', params: { max }, abort: true })
      .refine((s) => !hasLoneSurrogate(s), 'broken_character')
      .transform(cleanFreeText)
      .refine((s) => charCount(s) <= max, { message: 'too_long', params: { max } })
  );
}
