// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RULES, classifyCompanySize, parseEmployeeCount } from '../../../src/core/classify';
import { CN_EMPLOYEE_THRESHOLDS, DEFAULT_COMPANY_SIZE_BANDS, cnSizeForCount, cnSizesForBand, companySizeTaxonomySchema } from '../../../src/core/taxonomy';

describe('company size from an employee count', () => {
  it.each([
    [1, '1-9'],
    [9, '1-9'],
    [10, '10-49'],
    [49, '10-49'],
    [50, '50-249'],
    [249, '50-249'],
    [250, '250-999'],
    [999, '250-999'],
    [1000, '1000+'],
    [250_000, '1000+'],
  ])('%i employees → %s', (employees, band) => {
    expect(classifyCompanySize(employees)).toEqual({ value: band, status: 'inferred', rule: RULES.sizeEmployeeCount, evidence: [`employees: ${employees}`] });
  });

  it.each([
    ['9', '1-9'],
    ['10人', '10-49'],
    ['49 employees', '10-49'],
    ['约300人', '250-999'],
    ['about 60 staff', '50-249'],
    ['1,200', '1000+'],
    ['1.2万', '1000+'],
    ['2千人', '1000+'],
    ['5k', '1000+'],
    ['１００－２００人', '50-249'],
    ['100-200人', '50-249'],
    ['100～200', '50-249'],
    ['100人至200人', '50-249'],
    ['250 to 999', '250-999'],
    ['1000人以上', '1000+'],
    ['1000+', '1000+'],
    ['over 999', '1000+'],
    ['超过999人', '1000+'],
    ['less than 10', '1-9'],
    ['少于10人', '1-9'],
    ['9人以下', '1-9'],
  ])('reads “%s” as %s', (employees, band) => {
    expect(classifyCompanySize(employees)).toMatchObject({ value: band, status: 'inferred', rule: RULES.sizeEmployeeCount });
  });

  it.each([
    ['100-499人', ['50-249', '250-999']],
    ['500+', ['250-999', '1000+']],
    ['50人以下', ['1-9', '10-49', '50-249']],
    ['10人以下', ['1-9', '10-49']],
    ['5-20', ['1-9', '10-49']],
  ])('leaves “%s” unknown because it spans bands', (employees, spanned) => {
    const r = classifyCompanySize(employees);
    expect(r).toMatchObject({ value: null, status: 'unknown', rule: RULES.sizeAmbiguous });
    expect(r.evidence).toContain(`spans ${spanned.join(', ')}`);
  });

  it.each([['abc'], ['0'], ['-5'], ['200-100'], ['138 0013 8000'], ['n/a'], ['很多']])('leaves garbage “%s” unknown', (employees) => {
    expect(classifyCompanySize(employees)).toMatchObject({ value: null, status: 'unknown', rule: RULES.sizeUnreadable });
  });

  it('leaves non-integer and impossible numbers unknown', () => {
    for (const n of [9.5, 0, -3, Number.NaN, Infinity, 12_000_000]) expect(classifyCompanySize(n).value).toBeNull();
  });

  it('is unknown with no rule when nothing was given', () => {
    for (const employees of [undefined, null, '', '   ']) expect(classifyCompanySize(employees)).toEqual({ value: null, status: 'unknown' });
  });
});

describe('declared company size', () => {
  it.each([['50-249'], ['50–249人'], ['50-249 employees'], ['1000人及以上'], ['1,000 or more employees'], ['1000+']])('reads the band “%s” as declared', (declared) => {
    const r = classifyCompanySize(5, declared);
    expect(r.status).toBe('declared');
    expect(r.value).toBe(declared.startsWith('50') ? '50-249' : '1000+');
  });

  it('takes a declared count or range that fits one band as the answer', () => {
    expect(classifyCompanySize(undefined, '100-200人')).toMatchObject({ value: '50-249', status: 'declared' });
  });

  it('notes a declared answer that is no band and uses the count instead', () => {
    const r = classifyCompanySize(30, 'big');
    expect(r).toMatchObject({ value: '10-49', status: 'inferred' });
    expect(r.evidence).toContain('declared “big” is not a band');
  });

  it('follows the event’s own bands', () => {
    const bands = [
      { id: 'small', min: 1, max: 99, labels: { 'zh-CN': '小', 'zh-TW': '小', en: 'small' } },
      { id: 'large', min: 100, max: null, labels: { 'zh-CN': '大', 'zh-TW': '大', en: 'large' } },
    ];
    expect(classifyCompanySize(99, undefined, bands).value).toBe('small');
    expect(classifyCompanySize('100-200人', undefined, bands).value).toBe('large');
    expect(classifyCompanySize(10, 'large', bands)).toMatchObject({ value: 'large', status: 'declared' });
  });
});

describe('employee count parsing', () => {
  it('reads bounds as inclusive except for strict comparisons', () => {
    expect(parseEmployeeCount('1000人以上')).toEqual({ min: 1000, max: Infinity });
    expect(parseEmployeeCount('over 1000')).toEqual({ min: 1001, max: Infinity });
    expect(parseEmployeeCount('≥1000')).toEqual({ min: 1000, max: Infinity });
    expect(parseEmployeeCount('50人以下')).toEqual({ min: 1, max: 50 });
    expect(parseEmployeeCount('less than 50')).toEqual({ min: 1, max: 49 });
    expect(parseEmployeeCount('1-5万')).toEqual({ min: 10_000, max: 50_000 });
  });
});

describe('Chinese enterprise size classes beside the bands', () => {
  it('relates the default bands to 大/中/小/微 under the industrial employee thresholds', () => {
    expect(DEFAULT_COMPANY_SIZE_BANDS.map((b) => [b.id, cnSizesForBand(b)])).toEqual([
      ['1-9', ['micro']],
      ['10-49', ['small', 'micro']],
      ['50-249', ['small']],
      ['250-999', ['medium', 'small']],
      ['1000+', ['large']],
    ]);
  });

  it('uses the thresholds of the 2017 rules at their edges', () => {
    expect([19, 20, 299, 300, 999, 1000].map((n) => cnSizeForCount(n, 'industry'))).toEqual(['micro', 'small', 'small', 'medium', 'medium', 'large']);
    expect([9, 10, 99, 100, 299, 300].map((n) => cnSizeForCount(n, 'software_it'))).toEqual(['micro', 'small', 'small', 'medium', 'medium', 'large']);
    expect([4, 5, 19, 20, 199, 200].map((n) => cnSizeForCount(n, 'wholesale'))).toEqual(['micro', 'small', 'small', 'medium', 'medium', 'large']);
  });

  it('shows no Chinese class for sectors the rules size by revenue and assets alone', () => {
    expect(CN_EMPLOYEE_THRESHOLDS.construction).toBeNull();
    expect(cnSizesForBand({ min: 50, max: 249 }, 'construction')).toEqual([]);
    expect(cnSizeForCount(500, 'real_estate_development')).toBeNull();
  });

  it('relates bands to other sectors by the same overlap', () => {
    expect(cnSizesForBand({ min: 250, max: 999 }, 'software_it')).toEqual(['large', 'medium']);
    expect(cnSizesForBand({ min: 1000, max: null }, 'information_transmission')).toEqual(['large', 'medium']);
  });
});

describe('company size taxonomy schema', () => {
  const labels = { 'zh-CN': 'x', 'zh-TW': 'x', en: 'x' };
  it('accepts the defaults', () => {
    expect(companySizeTaxonomySchema.parse({ bands: DEFAULT_COMPANY_SIZE_BANDS }).cnSector).toBe('industry');
  });

  it('rejects bands with gaps, overlaps, a closed top or an open middle', () => {
    const cases = [
      [{ id: 'a', min: 1, max: 9, labels }, { id: 'b', min: 11, max: null, labels }],
      [{ id: 'a', min: 1, max: 9, labels }, { id: 'b', min: 9, max: null, labels }],
      [{ id: 'a', min: 1, max: 9, labels }, { id: 'b', min: 10, max: 20, labels }],
      [{ id: 'a', min: 1, max: null, labels }, { id: 'b', min: 10, max: null, labels }],
      [{ id: 'a', min: 2, max: null, labels }],
    ];
    for (const bands of cases) expect(companySizeTaxonomySchema.safeParse({ bands }).success).toBe(false);
  });
});
