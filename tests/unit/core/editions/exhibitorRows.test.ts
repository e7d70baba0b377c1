import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../../../src/core/editions/creditCode';
import { parseAmount, parseArea, parseExhibitorRows } from '../../../../src/core/editions/exhibitorRows';

const code = (base: string) => `${base}${creditCodeCheckChar(base)}`;

describe('exhibitor lists', () => {
  it('reads floor areas and contract amounts as they are written', () => {
    expect([parseArea('36'), parseArea('36.5'), parseArea('36㎡'), parseArea('36 m2'), parseArea('36平方米'), parseArea('')]).toEqual([36, 36.5, 36, 36, 36, null]);
    expect([parseArea('三十六'), parseArea('36x3'), parseArea('-9')]).toEqual([undefined, undefined, undefined]);
    expect([parseAmount('120000'), parseAmount('120,000.00'), parseAmount('¥120,000'), parseAmount('RMB 120000'), parseAmount('12万'), parseAmount('12.5万元')]).toEqual([
      120000, 120000, 120000, 120000, 120000, 125000,
    ]);
    expect([parseAmount('about 10k'), parseAmount('1.234'), parseAmount('')]).toEqual([undefined, undefined, null]);
  });

  it('reports every bad row by line and recognises an exhibitor by its credit code, else its name', () => {
    const good = code('91440300123456781');
    const wrong = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    const result = parseExhibitorRows(
      ['公司名称', '统一社会信用代码', '面积(m²)', '合同金额', '手机', '备注'],
      [
        ['华强电子有限公司', good, '36', '50000', '13800000001', 'VIP'],
        ['坏公司', wrong, '九', '100', '', ''],
        ['', '', '', '', '', ''],
        ['远东贸易有限公司', '', '18', '', '12345', ''],
        ['华强电子有限公司', good, '36', '50000', '', ''],
        ['华强电子', '', '=SUM(A1)', '', '', ''],
      ],
    );
    expect(result.fatal).toEqual([]);
    expect(result.emptyLines).toBe(1);
    expect(result.records).toEqual([expect.objectContaining({ line: 2, importKey: `credit:${good}`, name: '华强电子有限公司', floorArea: 36, contractAmount: 50000, mobile: '+8613800000001', extra: { 备注: 'VIP' } })]);
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [3, expect.stringMatching(/credit code .* wrong check digit/)],
      [3, expect.stringMatching(/floor area "九" is not a number/)],
      [5, expect.stringMatching(/"12345" is not a valid phone number/)],
      [6, 'same exhibitor as line 2 (credit code)'],
      [7, expect.stringMatching(/spreadsheet formula/)],
    ]);
    expect(parseExhibitorRows(['booth', 'area'], []).fatal).toEqual([expect.stringMatching(/missing required column: company name/)]);
  });
});
