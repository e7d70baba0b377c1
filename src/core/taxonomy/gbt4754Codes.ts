/**
 * GB/T 4754-2017 codes as the industry rule, the taxonomies and the exports write them: a section
 * letter (A–T) or a division, group or class of two to four digits, and the section a code is in.
 * Kept apart from the titles (gbt4754Classes.ts) so that what validates a taxonomy stays small.
 */
import type { GbtSection } from './industrySections';

/** Divisions of each section: GB/T numbers divisions 01–97 in section order. */
const SECTION_RANGES: ReadonlyArray<readonly [GbtSection, number, number]> = [
  ['A', 1, 5], ['B', 6, 12], ['C', 13, 43], ['D', 44, 46], ['E', 47, 50], ['F', 51, 52], ['G', 53, 60],
  ['H', 61, 62], ['I', 63, 65], ['J', 66, 69], ['K', 70, 70], ['L', 71, 72], ['M', 73, 75], ['N', 76, 79],
  ['O', 80, 82], ['P', 83, 83], ['Q', 84, 85], ['R', 86, 90], ['S', 91, 96], ['T', 97, 97],
];

/** A GB/T code as the rules and the exports write it: a section letter, or two to four digits. */
export const GBT_CODE = /^(?:[A-T]|\d{2,4})$/;

/** The section a code belongs to ("3911" → C, "F" → F), or null for a malformed code. */
export function gbtSectionOf(code: string): GbtSection | null {
  if (/^[A-T]$/.test(code)) return code as GbtSection;
  if (!/^\d{2,4}$/.test(code)) return null;
  const division = Number(code.slice(0, 2));
  return SECTION_RANGES.find(([, from, to]) => division >= from && division <= to)?.[0] ?? null;
}
