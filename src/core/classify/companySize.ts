/**
 * Company size band from a declared band or an employee count, as forms and cards give it:
 * 120, "120", "约120人", "1,200", "1.2万", "5k", "100-200人", "100～499", "1000人以上", "500+",
 * "50人以下", "less than 10", "over 1000". A range or bound that fits in one band gives that band;
 * one that spans two ("100–499人" across 50–249 and 250–999) is left unknown rather than guessed.
 */
import { DEFAULT_COMPANY_SIZE_BANDS, bandForCount, type CompanySizeBand } from '../taxonomy/companySize';
import { toHalfWidth } from '../text/normalise';
import { RULES, declared as declaredValue, inferred, unknown, type ClassifiedValue } from './types';

/** Beyond any employer on earth: a typo or a phone number in the wrong field. */
const MAX_EMPLOYEES = 5_000_000;

interface CountRange {
  min: number;
  max: number;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)\s*(万|千|k)?`;
const RANGE = new RegExp(String.raw`^${NUMBER}\s*(?:人|名)?\s*(?:-|–|—|~|～|至|到|to)\s*${NUMBER}$`, 'i');
const AT_LEAST = new RegExp(String.raw`^(?:(?:超过|大于|多于|over|more than|above|>|≥|>=)\s*${NUMBER}|${NUMBER}\s*(?:人|名)?\s*(以上|及以上|或以上|\+|or more|and above|plus))$`, 'i');
const AT_MOST = new RegExp(String.raw`^(?:(?:少于|小于|不足|不到|低于|less than|fewer than|under|below|<|≤|<=)\s*${NUMBER}|${NUMBER}\s*(?:人|名)?\s*(以下|及以下|或以下|以内|or fewer|or less|and below))$`, 'i');
const EXACT = new RegExp(String.raw`^${NUMBER}$`, 'i');

function amount(digits: string | undefined, unit: string | undefined): number {
  const n = Number(digits);
  const factor = unit === '万' ? 10_000 : unit === '千' || unit?.toLowerCase() === 'k' ? 1_000 : 1;
  return Math.round(n * factor);
}

/** Reads an employee count or range; null when the text is not one. */
export function parseEmployeeCount(raw: string): CountRange | null {
  const text = toHalfWidth(raw)
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/^(?:约|大约|大概|approx\.?|approximately|about|ca\.?|~)\s*/, '')
    .replace(/\s*(?:人|名|位|员工|employees?|staff|people|persons?|pax)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  let m = RANGE.exec(text);
  if (m) {
    const a = amount(m[1], m[2] ?? m[4]);
    const b = amount(m[3], m[4]);
    return a <= b ? { min: a, max: b } : null;
  }
  m = AT_LEAST.exec(text);
  if (m) {
    const strict = m[1] !== undefined && !/≥|>=/.test(text);
    const n = m[1] !== undefined ? amount(m[1], m[2]) : amount(m[3], m[4]);
    return { min: strict ? n + 1 : n, max: Infinity };
  }
  m = AT_MOST.exec(text);
  if (m) {
    const strict = m[1] !== undefined && !/≤|<=/.test(text);
    const n = m[1] !== undefined ? amount(m[1], m[2]) : amount(m[3], m[4]);
    return { min: 1, max: strict ? n - 1 : n };
  }
  m = EXACT.exec(text);
  if (m) {
    const n = amount(m[1], m[2]);
    return { min: n, max: n };
  }
  return null;
}

/** "10–49人", "10-49", "1,000 or more employees" and "1000人及以上" compare equal to the band they name. */
function bandKey(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s,]/g, '')
    .replace(/[–—~～至到]/g, '-')
    .replace(/人|名|employees?|staff/g, '')
    .replace(/(?:及以上|以上|ormore|andabove|\+)$/, '+');
}

function findBand(text: string, bands: readonly CompanySizeBand[]): CompanySizeBand | undefined {
  const key = bandKey(text);
  return bands.find((b) => bandKey(b.id) === key || Object.values(b.labels).some((l) => bandKey(l) === key));
}

function bandOfRange(range: CountRange, bands: readonly CompanySizeBand[]): { band: CompanySizeBand | null; spanned: string[] } {
  const low = bandForCount(range.min, bands);
  const high = range.max === Infinity ? bands.find((b) => b.max === null && range.min >= b.min) : bandForCount(range.max, bands);
  if (low && high && low.id === high.id) return { band: low, spanned: [low.id] };
  return { band: null, spanned: bands.filter((b) => b.min <= range.max && (b.max === null || b.max >= range.min)).map((b) => b.id) };
}

function readRange(employees: number | string): CountRange | null {
  const range = typeof employees === 'number' ? (Number.isInteger(employees) ? { min: employees, max: employees } : null) : parseEmployeeCount(employees);
  if (!range || range.min < 1 || range.min > MAX_EMPLOYEES || (range.max !== Infinity && range.max > MAX_EMPLOYEES)) return null;
  return range;
}

export function classifyCompanySize(
  employees: number | string | null | undefined,
  declared?: string | null,
  bands: readonly CompanySizeBand[] = DEFAULT_COMPANY_SIZE_BANDS,
): ClassifiedValue<string> {
  const notes: string[] = [];
  const declaredText = declared?.trim();
  if (declaredText) {
    const band = findBand(declaredText, bands);
    if (band) return declaredValue(band.id);
    // A declared count or range ("100-200人") is still the visitor's answer when it fits one band.
    const range = readRange(declaredText);
    const fit = range ? bandOfRange(range, bands).band : null;
    if (fit) return declaredValue(fit.id, [`declared: ${declaredText}`]);
    notes.push(`declared “${declaredText}” is not a band`);
  }
  if (employees === null || employees === undefined || (typeof employees === 'string' && !employees.trim())) return unknown(undefined, notes);

  const shown = `employees: ${String(employees).trim()}`;
  const range = readRange(employees);
  if (!range) return unknown(RULES.sizeUnreadable, [...notes, shown]);
  const { band, spanned } = bandOfRange(range, bands);
  if (band) return inferred(band.id, RULES.sizeEmployeeCount, [...notes, shown]);
  return unknown(RULES.sizeAmbiguous, [...notes, shown, `spans ${spanned.join(', ')}`]);
}
