// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RETIRED_RULES, RULES, applyCorrection, classifyIndustry, classifyVisitor, type ClassifiedValue } from '../../../src/core/classify';
import { labeller } from '../../../src/core/stats/labels';
import { DEFAULT_TAXONOMIES, TAXONOMY_LOCALES, type TaxonomyLocale } from '../../../src/core/taxonomy';
import { explainEvidence, explainValue, ruleWords, type ExplainContext } from '../../../src/core/visitors/explain';

const ctx = (lang: TaxonomyLocale, exhibitors: Record<string, string> = {}): ExplainContext => ({ lang, name: labeller(DEFAULT_TAXONOMIES, lang), industryByName: labeller(DEFAULT_TAXONOMIES, lang).industryByName, exhibitor: (id) => exhibitors[id] ?? null });

// What a reader must never see: rule ids and the rules' own evidence syntax.
const RAW = /\b(?:industry|region|size|interest)\.[a-z-]+|\b(?:declared|trade|with|ambiguous|unused|keyword|no entry|(?<!business )scope|company|unrecognised): |→ (?:[A-T]|\d{2,4})(?:$|;|；)|\((?:inferred|declared|unknown)\b|suggests [A-Z]{2} |declared “/;

const record = {
  company: '深圳市华强电子科技股份有限公司',
  mobile: '+86 138 0013 8000',
  phone: '0769-22001234',
  email: 'li@huaqiang.de',
  employees: '100-300人',
  declared: { province: '440000', interests: ['sensors'] },
  scannedAtBooths: [{ exhibitorId: 'ex-1', categories: ['connectors'] }],
};

describe('classified values in words', () => {
  it('names every rule in zh-CN, zh-TW and en, and never shows an id, even of a rule it does not know', () => {
    for (const rule of [...Object.values(RULES), ...Object.values(RETIRED_RULES), 'region.some-future-rule']) {
      const names = TAXONOMY_LOCALES.map((lang) => ruleWords(rule, lang));
      for (const n of names) expect(n, rule).toMatch(/^[^.]+$/);
      // Each language has its own words (some, such as 地址, are the same in both Chinese scripts).
      expect(names[2], rule).not.toBe(names[0]);
    }
  });

  it('turns every evidence line a classification writes into words, in each language', () => {
    const c = classifyVisitor(record);
    const values: Array<[Parameters<typeof explainValue>[0], ClassifiedValue<unknown>]> = [
      ['country', c.region.country],
      ['province', c.region.province],
      ['city', c.region.city],
      ['industry', c.industry],
      ['companySize', c.companySize],
      ...c.interests.map((i) => ['interests', i] as [Parameters<typeof explainValue>[0], ClassifiedValue<unknown>]),
      ['industry', classifyIndustry({ company: '东莞市远拓电子有限公司' })],
      ['industry', classifyIndustry({ businessScope: '销售：电子元器件', company: 'x' })],
      ['industry', applyCorrection(c.industry, 'machinery', 'organizer:alice', '2026-06-01T09:00:00Z')],
      ['province', applyCorrection(c.region.province, '310000', 'desk:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')],
    ];
    for (const lang of TAXONOMY_LOCALES) {
      for (const [field, value] of values) {
        const words = explainValue(field, value, ctx(lang, { 'ex-1': '华强电子展位' }));
        expect(words.evidence, `${lang} ${field} ${JSON.stringify(value.evidence)}`).not.toMatch(RAW);
        expect(words.rule).not.toMatch(RAW);
      }
    }
  });

  it('says what was declared, inferred and from what, with the code’s name instead of the code', () => {
    const c = classifyVisitor(record);
    expect(explainValue('province', c.region.province, ctx('zh-CN'))).toEqual({ status: '本人填写', rule: '观众本人填写', evidence: '填写：广东省' });
    expect(explainValue('province', c.region.province, ctx('en')).evidence).toBe('answer: Guangdong');
    expect(explainValue('city', c.region.city, ctx('zh-TW'))).toEqual({ status: '推斷', rule: '固定電話區號', evidence: '電話：0769-22001234；區號 0769 → 東莞市' });
    expect(explainValue('country', c.region.country, ctx('en')).evidence).toContain('e-mail suggests Germany (not used)');
    expect(explainValue('industry', c.industry, ctx('en'))).toEqual({
      status: 'Inferred',
      rule: 'trade stated in the company name',
      evidence: 'company name: 深圳市华强电子科技股份有限公司; “电子” → Manufacturing (GB/T 4754 division 39)',
    });
    expect(explainValue('industry', c.industry, ctx('zh-CN')).evidence).toContain('“电子” → 制造业（GB/T 4754 大类 39 计算机、通信和其他电子设备制造业）');
    expect(explainValue('companySize', c.companySize, ctx('zh-CN')).evidence).toBe('员工人数：100-300人；跨越档位：50–249人、250–999人');
  });

  it('says why an industry was left unknown', () => {
    expect(explainValue('industry', classifyIndustry({ company: '东莞市远拓电子有限公司' }), ctx('zh-CN'))).toEqual({
      status: '不详',
      rule: '名称所述行业可作多种理解',
      evidence: '公司名称：东莞市远拓电子有限公司；“电子”只说明产品，未说明是制造还是销售，不作推断',
    });
    expect(explainValue('industry', classifyIndustry({ company: '中兴通讯股份有限公司' }), ctx('en')).evidence).toContain('“通讯” may mean Manufacturing or Information transmission, software and information technology services: left unknown');
  });

  it('names who corrected a value, and what it was before, in words', () => {
    const c = classifyVisitor(record);
    const corrected = applyCorrection(c.industry, 'machinery', 'organizer:alice', '2026-06-01T09:00:00Z');
    expect(explainValue('industry', corrected, ctx('en'))).toEqual({
      status: 'Corrected by staff',
      rule: 'correction by staff',
      evidence: 'corrected by alice (organizer) on 2026-06-01 09:00 UTC; previously Electronics and components (Inferred, trade stated in the company name)',
    });
    expect(explainValue('industry', corrected, ctx('zh-CN')).evidence).toBe('由alice（主办方）更正，2026-06-01 09:00 UTC；原为电子信息与元器件（推断，公司名称中的行业表述）');
  });

  it('names the exhibitors whose booths suggested an interest, or counts them when their names are not at hand', () => {
    const booth = { value: 'connectors', status: 'inferred' as const, rule: RULES.interestScannedAtBooth, evidence: ['ex-1', 'ex-2'] };
    expect(explainValue('interests', booth, ctx('en', { 'ex-1': 'Huaqiang', 'ex-2': 'Acme' })).evidence).toBe('scanned at the booths of: Huaqiang, Acme');
    expect(explainValue('interests', booth, ctx('zh-CN')).evidence).toBe('在 2 家展商的展位扫描胸卡');
  });

  it('reads the evidence earlier versions stored, and shows a line it does not know as written', () => {
    const old = { value: 'ict', status: 'inferred' as const, rule: RETIRED_RULES.industryCompanyKeyword, evidence: ['company: 中兴通讯', 'keyword “通讯” → 软件与信息技术服务', 'also names 电子信息与元器件 (not used)'] };
    expect(explainValue('industry', old, ctx('zh-CN'))).toEqual({
      status: '推断',
      rule: '公司名称关键词（旧规则）',
      evidence: '公司名称：中兴通讯；关键词“通讯” → 软件与信息技术服务；也指向电子信息与元器件（未采用）',
    });
    // The entries those lines named in zh-CN are named in the reader's language (issue 18).
    expect(explainEvidence('industry', old, ctx('en'))).toEqual(['company name: 中兴通讯', 'keyword “通讯” → Software and IT services', 'also names Electronics and components (not used)']);
    expect(explainEvidence('industry', old, ctx('zh-TW'))[1]).toBe('關鍵詞「通讯」 → 軟體與資訊服務');
    expect(explainEvidence('industry', { value: null, status: 'unknown', evidence: ['什么都没有'] }, ctx('en'))).toEqual(['什么都没有']);
  });
});
