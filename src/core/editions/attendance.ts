/**
 * Attendance of a past edition as registration files give it (到场 / attended): yes or no, the
 * number of days, or the dates. Parsing needs no edition; turning it into show days does (a count
 * is the first N days of the edition, yes is its first day, dates must fall within it).
 */
import { labelKey, toHalfWidth } from '../text/normalise';

/** Column headers that carry attendance (matched like the roster's, ignoring case, spaces and punctuation). */
export const ATTENDANCE_HEADERS: readonly string[] = [
  '到场',
  '是否到场',
  '到场情况',
  '到场天数',
  '到场日期',
  '到会',
  '是否到会',
  '出席',
  '是否出席',
  '参观天数',
  '参观日期',
  '入场',
  '签到',
  '是否签到',
  'attended',
  'attendance',
  'present',
  'checkedin',
  'daysattended',
  'attendeddays',
  'attendeddates',
  'visitdays',
  'visitdates',
];
const HEADER_KEYS = new Set(ATTENDANCE_HEADERS.map(labelKey));

export function isAttendanceHeader(header: string): boolean {
  return HEADER_KEYS.has(labelKey(header));
}

export type Attendance =
  /** Empty cell: the file does not say; what was known before stays. */
  | { kind: 'unstated' }
  | { kind: 'days'; count: number }
  | { kind: 'dates'; dates: string[] };

export type AttendanceParse = { ok: true; value: Attendance } | { ok: false; message: string };

const MAX_DAYS = 60;
// Compared whole (after NFKC and lower case): "-1" or "1." is not a yes.
const YES = new Set(['是', '有', '到', '已到', '到场', '出席', 'yes', 'y', 'true', '√', '✓', '✔']);
const NO = new Set(['否', '无', '未到', '没来', '缺席', '未到场', 'no', 'n', 'false', '×', '✗', '✘']);
const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** One date as written: 2025-05-12, 2025/5/12, 2025.5.12, 2025年5月12日, or 5月12日 (the year of the edition, filled in later as 0000). */
function parseDate(text: string): string | null {
  const full = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
  }
  const short = /^(\d{1,2})月(\d{1,2})日?$/.exec(text);
  if (short) {
    const [m, d] = [Number(short[1]), Number(short[2])];
    return isRealDate(2000, m, d) ? `0000-${pad(m)}-${pad(d)}` : null;
  }
  return null;
}

export function parseAttendance(raw: string): AttendanceParse {
  const text = toHalfWidth(raw.normalize('NFKC')).trim();
  if (!text) return { ok: true, value: { kind: 'unstated' } };
  const word = text.toLowerCase();
  if (YES.has(word)) return { ok: true, value: { kind: 'days', count: 1 } };
  if (NO.has(word)) return { ok: true, value: { kind: 'days', count: 0 } };
  const count = /^(\d{1,3})\s*(天|日|days?|d)?$/i.exec(text);
  if (count) {
    const n = Number(count[1]);
    if (n > MAX_DAYS) return { ok: false, message: `"${raw.trim()}" days attended is more than any show lasts` };
    return { ok: true, value: { kind: 'days', count: n } };
  }
  const parts = text.split(/[,;、|\s]+/).filter(Boolean);
  const dates = parts.map(parseDate);
  if (parts.length && dates.every((d): d is string => d !== null)) return { ok: true, value: { kind: 'dates', dates: [...new Set(dates)].sort() } };
  return { ok: false, message: `"${raw.trim().slice(0, 60)}" is not an attendance: give 是/否 (yes/no), the number of days, or the dates (2025-05-12; 2025-05-13)` };
}

/** The edition's show days, first to last (YYYY-MM-DD); empty without both dates. */
export function showDays(startsOn: string | null, endsOn: string | null): string[] {
  if (!startsOn || !endsOn) return [];
  const days: string[] = [];
  for (let t = Date.parse(`${startsOn}T00:00:00Z`), end = Date.parse(`${endsOn}T00:00:00Z`); t <= end && days.length <= MAX_DAYS; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export type AttendanceDays = { ok: true; days: string[] | null } | { ok: false; message: string };

/**
 * The show days an attendance stands for, in an edition running startsOn–endsOn; null days when
 * the file did not say. Yes is one visit, counted on the first show day; a count is the first N days.
 */
export function attendanceDays(value: Attendance, edition: { startsOn: string | null; endsOn: string | null }): AttendanceDays {
  if (value.kind === 'unstated') return { ok: true, days: null };
  const days = showDays(edition.startsOn, edition.endsOn);
  if (!days.length) return { ok: false, message: 'this edition has no dates: set its first and last day (events add … --starts --ends) before importing attendance' };
  if (value.kind === 'days') {
    if (value.count > days.length) return { ok: false, message: `${value.count} days attended, but the edition lasted ${days.length} day(s)` };
    return { ok: true, days: days.slice(0, value.count) };
  }
  const year = (edition.startsOn ?? '').slice(0, 4);
  const resolved = value.dates.map((d) => (d.startsWith('0000-') ? `${year}${d.slice(4)}` : d));
  const outside = resolved.filter((d) => !days.includes(d));
  if (outside.length) return { ok: false, message: `${outside.join(', ')} is not a day of this edition (${days[0]} – ${days.at(-1)})` };
  return { ok: true, days: [...new Set(resolved)].sort() };
}
