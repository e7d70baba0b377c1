/**
 * The attendance column of a roster file (到场 / attended), taken out before the roster rules read
 * the rest, so it never lands among the visitor's extra columns, and checked line by line.
 */
import type { RowProblem } from '../roster/rows';
import { attendanceDays, isAttendanceHeader, parseAttendance } from './attendance';

export interface AttendanceColumn {
  header: string[];
  rows: string[][];
  /** The column's header as written, or null when the file has none. */
  column: string | null;
  /** Each row's attendance cell ('' without the column). */
  cells: string[];
  /** Two attendance columns: the file is refused. */
  fatal: string | null;
}

/** One column taken out of a roster file by its header (two such columns: the file is refused, naming `what`). */
export function takeColumn(header: readonly string[], rows: ReadonlyArray<readonly string[]>, isHeader: (h: string) => boolean, what: string): AttendanceColumn {
  const indexes = header.map((h, i) => (isHeader(h) ? i : -1)).filter((i) => i >= 0);
  if (indexes.length > 1) {
    return { header: [...header], rows: rows.map((r) => [...r]), column: null, cells: [], fatal: `${what} appears in more than one column: ${indexes.map((i) => header[i]).join(', ')}` };
  }
  const index = indexes[0];
  if (index === undefined) return { header: [...header], rows: rows.map((r) => [...r]), column: null, cells: rows.map(() => ''), fatal: null };
  const without = <T>(list: readonly T[]) => list.filter((_, i) => i !== index);
  return { header: without(header), rows: rows.map((r) => without(r)), column: header[index] ?? null, cells: rows.map((r) => r[index] ?? ''), fatal: null };
}

export function takeAttendanceColumn(header: readonly string[], rows: ReadonlyArray<readonly string[]>): AttendanceColumn {
  return takeColumn(header, rows, isAttendanceHeader, 'attendance');
}

export interface RecordAttendance {
  line: number;
  /** Show days attended; null: the file does not say (what was known stays). */
  days: string[] | null;
}

/** Each line's attendance in this edition, or its problem (reported by line, the row skipped). */
export function readAttendance(
  cells: readonly string[],
  lines: readonly number[],
  edition: { startsOn: string | null; endsOn: string | null },
  column: string | null,
): { byLine: Map<number, string[] | null>; problems: RowProblem[] } {
  const byLine = new Map<number, string[] | null>();
  const problems: RowProblem[] = [];
  cells.forEach((cell, i) => {
    const line = lines[i] ?? i + 2;
    const parsed = parseAttendance(cell);
    if (!parsed.ok) {
      problems.push({ line, message: `${column ?? 'attendance'}: ${parsed.message}` });
      return;
    }
    const days = attendanceDays(parsed.value, edition);
    if (!days.ok) problems.push({ line, message: `${column ?? 'attendance'}: ${days.message}` });
    else byLine.set(line, days.days);
  });
  return { byLine, problems };
}
