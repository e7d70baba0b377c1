// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RULES, applyCorrection, classifyInterests, classifyVisitor, isCorrection, type VisitorRecordInput } from '../../../src/core/classify';
import { DEFAULT_PRODUCT_TREE, DEFAULT_TAXONOMIES, eventTaxonomiesSchema } from '../../../src/core/taxonomy';

describe('product interests', () => {
  const booths = [
    { exhibitorId: 'ex-b', categories: ['sensors', 'machine_vision'] },
    { exhibitorId: 'ex-a', categories: ['sensors'] },
    { exhibitorId: 'ex-c', categories: ['industrial_robots'] },
    { exhibitorId: 'ex-a', categories: ['sensors'] },
  ];

  it('joins declared answers with booth categories, each marked by where it came from', () => {
    expect(classifyInterests({ declared: ['machine_vision'], scannedAtBooths: booths }, DEFAULT_PRODUCT_TREE)).toEqual([
      { value: 'machine_vision', status: 'declared', rule: RULES.declared },
      { value: 'sensors', status: 'inferred', rule: RULES.interestScannedAtBooth, evidence: ['ex-a', 'ex-b'] },
      { value: 'industrial_robots', status: 'inferred', rule: RULES.interestScannedAtBooth, evidence: ['ex-c'] },
    ]);
  });

  it('reads answers given as labels in any language, and drops what the tree does not know', () => {
    const r = classifyInterests({ declared: ['机器视觉', 'Industrial robots', '感測器', 'flying cars', 'machine_vision'] }, DEFAULT_PRODUCT_TREE);
    expect(r.map((i) => i.value)).toEqual(['machine_vision', 'industrial_robots', 'sensors']);
    expect(r.every((i) => i.status === 'declared')).toBe(true);
  });

  it('keeps every id when no tree is given', () => {
    expect(classifyInterests({ declared: ['x'], scannedAtBooths: [{ exhibitorId: 'e', categories: ['y'] }] }).map((i) => [i.value, i.status])).toEqual([
      ['x', 'declared'],
      ['y', 'inferred'],
    ]);
  });

  it('is empty when there is nothing to go on', () => {
    expect(classifyInterests({})).toEqual([]);
    expect(classifyInterests({ declared: null, scannedAtBooths: null })).toEqual([]);
  });
});

describe('corrections', () => {
  it('become declared with rule “corrected”, recording who and what they replaced', () => {
    const previous = { value: 'ict', status: 'inferred' as const, rule: RULES.industryCompanyName, evidence: ['company: x'] };
    const corrected = applyCorrection(previous, 'electronics', 'organizer:alice', '2026-06-01T09:00:00Z');
    expect(corrected).toEqual({
      value: 'electronics',
      status: 'declared',
      rule: RULES.corrected,
      evidence: ['corrected by organizer:alice at 2026-06-01T09:00:00Z', `previously ict (inferred, ${RULES.industryCompanyName})`],
    });
    expect(isCorrection(corrected)).toBe(true);
    expect(isCorrection(previous)).toBe(false);
    expect(applyCorrection({ value: null, status: 'unknown' }, null, 'desk:1').evidence).toEqual(['corrected by desk:1', 'previously unknown (unknown)']);
  });
});

const record: VisitorRecordInput = {
  company: '深圳市华强电子科技股份有限公司',
  mobile: '+86 138 0013 8000',
  phone: '0755-86001234',
  email: 'li@huaqiang.com.cn',
  address: '深圳市福田区华强北路1号',
  employees: '100-200人',
  declared: { interests: ['sensors'] },
  scannedAtBooths: [{ exhibitorId: 'ex-1', categories: ['connectors'] }],
};

describe('classifyVisitor', () => {
  it('classifies every dimension of a record', () => {
    const c = classifyVisitor(record);
    expect([c.region.country.value, c.region.province.value, c.region.city.value]).toEqual(['CN', '440000', '440300']);
    expect(c.companySize).toMatchObject({ value: '50-249', status: 'inferred' });
    expect(c.industry).toMatchObject({ value: 'electronics', status: 'inferred' });
    expect(c.interests.map((i) => [i.value, i.status])).toEqual([
      ['sensors', 'declared'],
      ['connectors', 'inferred'],
    ]);
  });

  it('gives the same, JSON-safe result on every call, as devices and the server must', () => {
    const a = classifyVisitor(record);
    const b = classifyVisitor(JSON.parse(JSON.stringify(record)) as VisitorRecordInput);
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('is all unknown for an empty record', () => {
    const c = classifyVisitor({});
    for (const v of [c.region.country, c.region.province, c.region.city, c.industry, c.companySize]) expect(v.status).toBe('unknown');
    expect(c.interests).toEqual([]);
  });

  it('keeps corrections as declared when the record is classified again', () => {
    const first = classifyVisitor(record);
    const corrections = {
      industry: applyCorrection(first.industry, 'trade', 'desk:tablet-2'),
      companySize: applyCorrection(first.companySize, '250-999', 'desk:tablet-2'),
      city: applyCorrection(first.region.city, '440100', 'organizer:alice'),
      interests: applyCorrection<string[]>(null, ['machine_vision'], 'organizer:alice'),
    };
    const again = classifyVisitor({ ...record, corrections });
    expect(again.industry).toBe(corrections.industry);
    expect(again.companySize).toBe(corrections.companySize);
    expect(again.region.city).toMatchObject({ value: '440100', status: 'declared', rule: RULES.corrected });
    expect(again.region.province.value).toBe('440000');
    expect(again.interests).toEqual([{ value: 'machine_vision', status: 'declared', rule: RULES.corrected, evidence: corrections.interests.evidence }]);
    // The server classifying the stored record gets the same answer.
    expect(classifyVisitor(JSON.parse(JSON.stringify({ ...record, corrections })) as VisitorRecordInput)).toEqual(again);
  });

  it('uses the event’s taxonomies', () => {
    const taxonomies = eventTaxonomiesSchema.parse({
      ...DEFAULT_TAXONOMIES,
      industry: { entries: [{ id: 'chips', labels: { 'zh-CN': '芯片', 'zh-TW': '晶片', en: 'Chips' }, gbt: 'C', isic: 'C', keywords: ['电子'] }] },
      companySize: { bands: [{ id: 'any', min: 1, max: null, labels: { 'zh-CN': '全部', 'zh-TW': '全部', en: 'any' } }] },
      region: { aliases: [{ name: '华强北', city: '440300' }] },
    });
    const c = classifyVisitor({ ...record, address: '华强北', phone: null, mobile: null }, taxonomies);
    expect(c.industry.value).toBe('chips');
    expect(c.companySize.value).toBe('any');
    // A business scope on the record is read before the company name.
    expect(classifyVisitor({ ...record, businessScope: '销售：电子元器件' }).industry).toMatchObject({ value: 'trade', rule: RULES.industryBusinessScope });
    expect(c.region.city.value).toBe('440300');
  });
});
