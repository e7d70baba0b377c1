import { describe, expect, it } from 'vitest';
import { attendanceDays, parseAttendance, showDays } from '../../../../src/core/editions/attendance';
import { readAttendance, takeAttendanceColumn } from '../../../../src/core/editions/rosterAttendance';

const edition = { startsOn: '2024-05-14', endsOn: '2024-05-16' };
const days = (cell: string) => {
  const parsed = parseAttendance(cell);
  if (!parsed.ok) return parsed.message;
  const d = attendanceDays(parsed.value, edition);
  return d.ok ? d.days : d.message;
};

describe('attendance of a past edition (到场)', () => {
  it('reads yes and no as organizers write them', () => {
    for (const yes of ['是', 'yes', 'Y', '1', '√', 'TRUE']) expect(days(yes), yes).toEqual(['2024-05-14']);
    for (const no of ['否', 'no', 'N', '0', '×']) expect(days(no), no).toEqual([]);
    expect(days('')).toBeNull();
  });

  it('reads a number of days as the first days of the edition', () => {
    expect(days('2')).toEqual(['2024-05-14', '2024-05-15']);
    expect(days('3天')).toEqual(['2024-05-14', '2024-05-15', '2024-05-16']);
    expect(days('4')).toMatch(/4 days attended, but the edition lasted 3 day/);
  });

  it('reads dates in the usual ways, within the edition', () => {
    expect(days('2024-05-15; 2024/5/14')).toEqual(['2024-05-14', '2024-05-15']);
    expect(days('2024年5月16日')).toEqual(['2024-05-16']);
    expect(days('5月15日、5月16日')).toEqual(['2024-05-15', '2024-05-16']);
    expect(days('2024-05-15,2024-05-15')).toEqual(['2024-05-15']);
    expect(days('2024-06-01')).toMatch(/2024-06-01 is not a day of this edition \(2024-05-14 – 2024-05-16\)/);
  });

  it('refuses anything else with a sentence saying what is accepted', () => {
    for (const bad of ['maybe', 'sometimes', '2024-02-30', '13月1日', 'yes please', '-1', '99']) {
      expect(typeof days(bad) === 'string', bad).toBe(true);
    }
    expect(days('maybe')).toMatch(/is not an attendance: give 是\/否 \(yes\/no\), the number of days, or the dates/);
    expect(days('99')).toMatch(/more than any show lasts/);
  });

  it('needs the edition’s dates to place a count or dates', () => {
    const parsed = parseAttendance('2');
    expect(parsed.ok && attendanceDays(parsed.value, { startsOn: null, endsOn: null })).toEqual({ ok: false, message: expect.stringMatching(/this edition has no dates/) });
    expect(showDays('2024-12-31', '2025-01-02')).toEqual(['2024-12-31', '2025-01-01', '2025-01-02']);
  });

  it('takes the attendance column out of a roster table, line by line', () => {
    const col = takeAttendanceColumn(['姓名', '到场', '手机'], [['张伟', '是', '138'], ['李娜', 'x', '139']]);
    expect(col).toMatchObject({ header: ['姓名', '手机'], rows: [['张伟', '138'], ['李娜', '139']], column: '到场', cells: ['是', 'x'], fatal: null });
    const read = readAttendance(col.cells, [2, 3], edition, col.column);
    expect(read.byLine.get(2)).toEqual(['2024-05-14']);
    expect(read.problems).toEqual([{ line: 3, message: expect.stringMatching(/^到场: "x" is not an attendance/) }]);
    expect(takeAttendanceColumn(['name', 'attended', '到场'], []).fatal).toMatch(/attendance appears in more than one column/);
    expect(takeAttendanceColumn(['name'], [['a']])).toMatchObject({ column: null, cells: [''] });
  });
});
