// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../../src/core/roster/columns';
import { parseCategoryLabel } from '../../../src/core/roster/categoryLabels';
import { parseRosterRows } from '../../../src/core/roster/rows';

describe('roster columns', () => {
  it('recognises Chinese headers', () => {
    const m = mapColumns(['登记号', '姓名', '公司名称', '职位', '手机号码', '电子邮箱', '省份', '城市', '观众类别', '胸卡号']);
    expect(m.fields).toEqual({ ref: 0, name: 1, company: 2, title: 3, mobile: 4, email: 5, province: 6, city: 7, category: 8, badge: 9 });
    expect(m.missing).toEqual([]);
    expect(m.extra).toEqual([]);
  });

  it('recognises English headers regardless of case, spaces and punctuation', () => {
    const m = mapColumns(['Registration No.', 'Full Name', 'Company Name', 'Job Title', 'Mobile Phone', 'E-mail', 'Country/Region', 'Visitor Type', 'Badge Code']);
    expect(m.fields).toEqual({ ref: 0, name: 1, company: 2, title: 3, mobile: 4, email: 5, country: 6, category: 7, badge: 8 });
  });

  it('keeps unknown headers as extra columns instead of dropping them', () => {
    const m = mapColumns(['姓名', '感兴趣的产品', '', 'Booth visited']);
    expect(m.extra).toEqual([
      { index: 1, header: '感兴趣的产品' },
      { index: 3, header: 'Booth visited' },
    ]);
  });
});

describe('roster rows', () => {
  const header = ['姓名', '公司', '手机', '邮箱', '类别', '胸卡号'];

  it('turns good rows into records', () => {
    const result = parseRosterRows(header, [
      ['张三', '上海展览公司', '13800138000', 'Zhang.San@Example.COM', '专业观众', 'EXT-0001'],
      ['Jane Doe', 'Acme', '', '', 'media', ''],
    ]);
    expect(result.fatal).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(2);
    expect(result.records[0]).toMatchObject({
      line: 2,
      name: '张三',
      company: '上海展览公司',
      mobile: '+8613800138000',
      email: 'zhang.san@example.com',
      category: 'trade',
      badge: 'EXT-0001',
    });
    expect(result.records[1]).toMatchObject({ line: 3, name: 'Jane Doe', category: 'press', mobile: '', email: '' });
  });

  it('refuses the whole file when the name column is missing', () => {
    const result = parseRosterRows(['公司', '手机'], [['Acme', '13800138000']]);
    expect(result.fatal).toHaveLength(1);
    expect(result.fatal[0]).toMatch(/name/);
    expect(result.records).toEqual([]);
  });

  it('refuses the whole file when a column appears twice', () => {
    const result = parseRosterRows(['姓名', 'Name', '公司'], [['张三', '张三', 'Acme']]);
    expect(result.fatal.join('\n')).toMatch(/name/);
    expect(result.records).toEqual([]);
  });

  it('reports each bad row with its line in the file and imports the rest', () => {
    const rows = [
      ['张三', 'A', '13800138000', '', '', ''],
      ['', 'B', '', '', '', ''], // no name
      ['李四', 'C', '12345', '', '', ''], // bad phone: imported with a warning, never refused
      ['王五', 'D', '', 'not-an-email', '', ''], // bad email
      ['赵六', 'E', '', '', '外星人', ''], // unknown category
      ['钱七', 'F', '', '', '', 'BADGE-中文'], // non-ASCII badge code
      ['孙八', 'G', '', '', 'VIP', ''],
    ];
    // As if the file had a multi-line cell above: rows start on line 3 and skip line 5.
    const lines = [3, 4, 6, 7, 8, 9, 10];
    const result = parseRosterRows(header, rows, lines);
    expect(result.records.map((r) => [r.line, r.name])).toEqual([
      [3, '张三'],
      [6, '李四'],
      [10, '孙八'],
    ]);
    expect(result.warnings.map((p) => [p.line, p.field])).toEqual([[6, 'mobile']]);
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [4, 'name'],
      [7, 'email'],
      [8, 'category'],
      [9, 'badge'],
    ]);
  });

  it('numbers lines after the header by default and counts empty lines without complaining', () => {
    const result = parseRosterRows(header, [['张三'], ['', '  '], [''], ['', 'X']]);
    expect(result.records.map((r) => r.line)).toEqual([2]);
    expect(result.emptyLines).toBe(2);
    expect(result.problems).toEqual([{ line: 5, field: 'name', message: expect.any(String) }]);
  });

  it('reports an over-long cell instead of importing it', () => {
    const result = parseRosterRows(header, [['张三', 'x'.repeat(501)]]);
    expect(result.records).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.line).toBe(2);
  });

  it('reports duplicates within the file, naming the first line', () => {
    const result = parseRosterRows(header, [
      ['张三', 'A', '', 'same@example.com', '', ''],
      ['李四', 'B', '', '', '', 'CODE-1'],
      ['张三', 'A', '', 'SAME@example.com', '', ''], // same email (case differs)
      ['王五', 'C', '', '', '', 'CODE-1'], // badge code used twice
      ['赵六', 'D', '13800138000', '', '', ''],
      ['赵六', 'D', '+86 138 0013 8000', '', '', ''], // same mobile, written differently
      ['Alice', 'Acme', '', '', '', ''],
      [' alice ', 'ACME', '', '', '', ''], // same name + company
    ]);
    expect(result.records.map((r) => r.line)).toEqual([2, 3, 6, 8]);
    const byLine = new Map(result.problems.map((p) => [p.line, p.message]));
    expect([...byLine.keys()].sort()).toEqual([4, 5, 7, 9]);
    expect(byLine.get(4)).toMatch(/line 2/);
    expect(byLine.get(5)).toMatch(/line 3/);
    expect(byLine.get(7)).toMatch(/line 6/);
    expect(byLine.get(9)).toMatch(/line 8/);
  });

  it('normalises phone numbers to E.164 however they are written', () => {
    const written = ['+86 138 0013 8000', '0086 13800138000', '138-0013-8000', '(+86)13800138000', '０１３８００１３８０００', '１３８　００１３　８０００', '+86１３８００１３８０００'];
    const rows = written.map((mobile, i) => [`访客${i}`, `公司${i}`, mobile, '', '', '']);
    const result = parseRosterRows(header, rows);
    // All the same number: only the first is imported, every other line is reported as its duplicate.
    expect(result.records.map((r) => r.mobile)).toEqual(['+8613800138000']);
    expect(result.problems.map((p) => p.line)).toEqual(written.slice(1).map((_, i) => i + 3));
    for (const p of result.problems) expect(p.message).toMatch(/line 2/);
    const single = written.map((mobile) => parseRosterRows(header, [['某人', '', mobile, '', '', '']]).records[0]?.mobile);
    expect(single).toEqual(written.map(() => '+8613800138000'));
  });

  it('keeps foreign numbers in their own country and reads landlines', () => {
    const result = parseRosterRows(header, [
      ['Hans', '', '+49 30 901820', '', '', ''],
      ['李雷', '', '010-12345678', '', '', ''],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => r.mobile)).toEqual(['+4930901820', '+861012345678']);
  });
});

describe('phone numbers as people write them', () => {
  const header = ['姓名', '公司', '手机', '邮箱', '类别', '胸卡号'];

  it('imports a person whose number does not validate, keeps it as typed and warns by line', () => {
    const result = parseRosterRows(header, [
      ['陈大文', '港联贸易', '+852 9123 4567', '', '', ''], // allocated Hong Kong mobile
      ['李嘉欣', '港联贸易', '+852 4000 1234', '', '', ''], // Hong Kong, outside the allocated ranges
      ['Tom Baker', 'Acme', '+44 7911 12345', '', '', ''], // a UK mobile one digit short
      ['王小明', '某公司', '138 0013 800', '', '', ''], // a digit short
      ['赵六', '', '无', '', '', ''], // "none" written in the cell
    ]);
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => r.mobile)).toEqual(['+85291234567', '+852 4000 1234', '+44 7911 12345', '138 0013 800', '无']);
    expect(result.warnings.map((w) => [w.line, w.field])).toEqual([
      [3, 'mobile'],
      [4, 'mobile'],
      [5, 'mobile'],
      [6, 'mobile'],
    ]);
    expect(result.warnings[0]?.message).toMatch(/"\+852 4000 1234" is not a valid phone number: imported as typed and marked unverified/);
  });

  it('still finds the same unverified number twice by its digits', () => {
    const result = parseRosterRows(header, [
      ['李嘉欣', '港联贸易', '+852 4000 1234', '', '', ''],
      ['李嘉欣', '港联贸易有限公司', '+852 4000-1234', '', '', ''],
      ['Li Ka Yan', '', '00852 40001234', '', '', ''],
    ]);
    expect(result.records.map((r) => r.line)).toEqual([2]);
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'same visitor as line 2 (mobile)'],
      [4, 'same visitor as line 2 (mobile)'],
    ]);
  });

  it('a bad row elsewhere is still refused: the number is never the reason', () => {
    const result = parseRosterRows(header, [
      ['', '港联贸易', '+852 4000 1234', '', '', ''],
      ['李嘉欣', '港联贸易', '+852 4000 1235', 'not an email', '', ''],
    ]);
    expect(result.records).toEqual([]);
    expect(result.problems.map((p) => p.field)).toEqual(['name', 'email']);
  });
});

describe('category labels', () => {
  it('reads Chinese and English labels', () => {
    const cases: Array<[string, string]> = [
      ['专业观众', 'trade'],
      ['采购商', 'trade'],
      ['Trade Visitor', 'trade'],
      ['普通观众', 'public'],
      ['public', 'public'],
      ['媒体', 'press'],
      ['media', 'press'],
      ['Press', 'press'],
      ['VIP', 'vip_buyer'],
      ['ｖｉｐ', 'vip_buyer'],
      ['贵宾', 'vip_buyer'],
      ['Hosted Buyer', 'vip_buyer'],
      ['参展商', 'exhibitor_staff'],
      ['工作人员', 'organizer_staff'],
      ['organizer_staff', 'organizer_staff'],
    ];
    for (const [label, category] of cases) expect(parseCategoryLabel(label), label).toBe(category);
  });

  it('treats an empty cell as a trade visitor and an unknown label as unknown', () => {
    expect(parseCategoryLabel('')).toBe('trade');
    expect(parseCategoryLabel('   ')).toBe('trade');
    expect(parseCategoryLabel('外星人')).toBeNull();
    expect(parseCategoryLabel('alien')).toBeNull();
  });
});

describe('roster consent columns', () => {
  it('reads consent to share with exhibitors and to use the data under their usual headers', () => {
    for (const [share, data] of [
      ['同意分享给展商', '同意使用'],
      ['同意共享', '同意使用数据'],
      ['consent_share', 'consent_data'],
      ['Share with exhibitors', 'Consent Data'],
    ] as const) {
      expect(mapColumns(['姓名', share, data]).fields).toEqual({ name: 0, consentShare: 1, consentData: 2 });
    }
    const result = parseRosterRows(
      ['姓名', 'share_with_exhibitors', 'consent_data'],
      [
        ['甲', '是', '否'],
        ['乙', 'YES', 'no'],
        ['丙', '1', '0'],
        ['丁', 'true', 'False'],
        ['戊', '', ''],
        ['己', 'maybe', '1'],
        ['庚', '1', '同意吗'],
      ],
    );
    expect(result.records.map((r) => [r.name, r.consentShare, r.consentData])).toEqual([
      ['甲', true, false],
      ['乙', true, false],
      ['丙', true, false],
      ['丁', true, false],
      ['戊', null, null],
    ]);
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [7, 'consentShare'],
      [8, 'consentData'],
    ]);
    expect(result.problems[0]?.message).toContain('"maybe"');
    expect(parseRosterRows(['姓名'], [['甲']]).records[0]).toMatchObject({ consentShare: null, consentData: null });
  });
});
