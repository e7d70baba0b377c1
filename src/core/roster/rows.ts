/**
 * Turns roster table rows into attendee records, reporting every bad row by its line number
 * and reason. Pure: the server decodes the file, this decides what is valid.
 */
import type { VisitorCategory } from '../categories';
import { readPhone } from '../phone';
import { isEmail, isPrintableAscii, labelKey, normaliseEmail, phoneDigits } from '../text/normalise';
import { parseCategoryLabel } from './categoryLabels';
import { mapColumns, type RosterField } from './columns';

export const MAX_CELL_CHARS = 500;
export const MAX_BADGE_CHARS = 200;

export interface RosterRecord {
  /** Stable identity across re-imports: the file's own id, else its badge code, email, mobile, or name + company. */
  importKey: string;
  ref: string;
  badge: string;
  name: string;
  company: string;
  title: string;
  mobile: string;
  email: string;
  country: string;
  province: string;
  city: string;
  category: VisitorCategory;
  /** Consent from the file: null when the file does not say (no column or an empty cell). */
  consentShare: boolean | null;
  consentData: boolean | null;
  extra: Record<string, string>;
}

export interface RowProblem {
  /** 1-based line in the file, counting the header as line 1. */
  line: number;
  field?: RosterField | undefined;
  message: string;
}

export interface RosterParseResult {
  records: Array<RosterRecord & { line: number }>;
  /** Rows that are not imported, with the reason. */
  problems: RowProblem[];
  /** Rows imported with something staff should check (a phone number kept as typed), by line. */
  warnings: RowProblem[];
  /** Problems with the file as a whole (missing columns): nothing may be imported. */
  fatal: string[];
  emptyLines: number;
}

/**
 * A cell a spreadsheet would run: "=…" (XLSX formula cells arrive as their formula text), or a
 * function call after "@" ("@SUM(…)"). "+86 138…" and "-" stay text: phones and placeholders.
 * Such text is never a name or a company; refusing it keeps it out of exports opened in Excel.
 */
export function looksLikeFormula(cell: string): boolean {
  const v = cell.trim();
  return /^=./.test(v) || /^@[A-Za-z_.]+\(/.test(v);
}

const YES = new Set(['yes', 'y', '是', '同意', '1', 'true', '√', '✓']);
const NO = new Set(['no', 'n', '否', '不同意', '0', 'false', '×', '✗']);

/** A yes/no cell: true, false, null when empty, undefined when it is neither. */
export function parseYesNo(cell: string): boolean | null | undefined {
  const v = labelKey(cell);
  if (!v) return null;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return undefined;
}

/** `lines` gives each row's line in the file; by default row i is line i + 2 (after the header). */
export function parseRosterRows(header: readonly string[], rows: ReadonlyArray<readonly string[]>, lines?: readonly number[]): RosterParseResult {
  const mapping = mapColumns(header);
  const fatal: string[] = [];
  if (mapping.missing.length) fatal.push(`missing required column(s): ${mapping.missing.join(', ')} (e.g. 姓名 / name)`);
  for (const d of mapping.duplicates) fatal.push(`column ${d.field} appears more than once: ${d.headers.join(', ')}`);
  const result: RosterParseResult = { records: [], problems: [], warnings: [], fatal, emptyLines: 0 };
  if (fatal.length) return result;

  const seenKeys = new Map<string, number>();
  const seenBadges = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = lines?.[i] ?? i + 2;
    if (row.every((cell) => !cell || !cell.trim())) {
      result.emptyLines++;
      return;
    }
    const problems: RowProblem[] = [];
    const cell = (field: RosterField): string => {
      const index = mapping.fields[field];
      return index === undefined ? '' : (row[index] ?? '').normalize('NFC').trim();
    };
    for (const [index, value] of row.entries()) {
      if (value && value.length > MAX_CELL_CHARS) {
        problems.push({ line, message: `cell in column ${index + 1} is ${value.length} characters long (at most ${MAX_CELL_CHARS})` });
      } else if (value && looksLikeFormula(value)) {
        problems.push({
          line,
          message: `column ${index + 1} (${header[index] ?? '?'}) holds a spreadsheet formula (${value.trim().slice(0, 40)}); formulas are not imported: save the file with values only`,
        });
      }
    }
    if (problems.length) {
      result.problems.push(...problems);
      return;
    }
    const name = cell('name');
    if (!name) problems.push({ line, field: 'name', message: 'name is empty' });

    // A number that does not validate never costs the person their registration: kept as typed,
    // marked unverified (it does not validate on any device either) and reported as a warning.
    const rawMobile = cell('mobile');
    const phone = readPhone(rawMobile);
    const mobile = phone?.stored ?? '';
    const mobileWarning: RowProblem | null =
      phone && !phone.verified
        ? { line, field: 'mobile', message: `"${rawMobile}" is not a valid phone number: imported as typed and marked unverified (check it with the visitor)` }
        : null;
    const rawEmail = cell('email');
    const email = rawEmail ? normaliseEmail(rawEmail) : '';
    if (email && !isEmail(email)) problems.push({ line, field: 'email', message: `"${rawEmail}" is not a valid email address` });

    const rawCategory = cell('category');
    const category = parseCategoryLabel(rawCategory);
    if (!category) problems.push({ line, field: 'category', message: `unknown category "${rawCategory}"` });

    const consent = (field: 'consentShare' | 'consentData'): boolean | null => {
      const raw = cell(field);
      const value = parseYesNo(raw);
      if (value !== undefined) return value;
      problems.push({ line, field, message: `"${raw}" in ${header[mapping.fields[field] ?? 0] ?? field} is not yes/no (是/否, yes/no, 1/0, true/false)` });
      return null;
    };
    const consentShare = consent('consentShare');
    const consentData = consent('consentData');

    const badge = cell('badge');
    if (badge && (!isPrintableAscii(badge) || badge.length > MAX_BADGE_CHARS)) {
      problems.push({ line, field: 'badge', message: `badge code must be printable ASCII of at most ${MAX_BADGE_CHARS} characters (scanners type ASCII)` });
    }
    if (badge) {
      const first = seenBadges.get(badge);
      if (first !== undefined) problems.push({ line, field: 'badge', message: `badge code "${badge}" is already used on line ${first}` });
    }

    const ref = cell('ref');
    const company = cell('company');
    const mobileKey = phone?.verified ? mobile : phoneDigits(mobile);
    const importKey = ref
      ? `ref:${ref}`
      : badge
        ? `badge:${badge}`
        : email
          ? `email:${email}`
          : mobileKey
            ? `mobile:${mobileKey}`
            : `name:${labelKey(name)}|${labelKey(company)}`;
    const firstLine = seenKeys.get(importKey);
    if (firstLine !== undefined) problems.push({ line, message: `same visitor as line ${firstLine} (${importKey.split(':')[0]})` });

    if (problems.length || !category) {
      result.problems.push(...problems);
      return;
    }
    seenKeys.set(importKey, line);
    if (badge) seenBadges.set(badge, line);
    if (mobileWarning) result.warnings.push(mobileWarning);
    const extra: Record<string, string> = {};
    for (const { index, header: h } of mapping.extra) {
      const value = (row[index] ?? '').trim();
      if (value) extra[h] = value;
    }
    result.records.push({
      line,
      importKey,
      ref,
      badge,
      name,
      company,
      title: cell('title'),
      mobile,
      email,
      country: cell('country'),
      province: cell('province'),
      city: cell('city'),
      category,
      consentShare,
      consentData,
      extra,
    });
  });
  return result;
}
