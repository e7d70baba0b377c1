// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RULES, classifyIndustry, type IndustryTaxonomyInput } from '../../../src/core/classify';
import { DEFAULT_INDUSTRIES, GBT_4754_2017, ISIC_REV4, industryTaxonomySchema, isicForGbt } from '../../../src/core/taxonomy';

const byCompany = (company: string) => classifyIndustry({ company });

describe('industry from the company name', () => {
  it.each([
    ['深圳市华强电子科技有限公司', 'electronics', '电子'],
    ['东莞市恒通机械设备有限公司', 'machinery', '机械'],
    ['广州白云山医药集团股份有限公司', 'medical', '医药'],
    ['上海安吉物流股份有限公司', 'logistics', '物流'],
    ['招商银行股份有限公司', 'finance', '银行'],
    ['苏州汇博机器人技术有限公司', 'automation', '机器人'],
    ['江苏中利电缆有限公司', 'electrical', '电缆'],
    ['Shenzhen Sunrise Electronics Co., Ltd.', 'electronics', 'Electronics'],
    ['Oriental Logistics Limited', 'logistics', 'Logistics'],
    ['Hamburg Maschinenbau GmbH', 'machinery', 'Maschinenbau'],
  ])('%s → %s, with the keyword as evidence', (company, industry, keyword) => {
    const r = byCompany(company);
    expect(r).toMatchObject({ value: industry, status: 'inferred', rule: RULES.industryCompanyKeyword });
    expect(r.evidence).toContain(`company: ${company}`);
    expect(r.evidence?.some((e) => e.includes(`“${keyword}”`))).toBe(true);
  });

  it('prefers the keyword nearest the legal form, and the longer one at the same place', () => {
    // The descriptor that ends the name says what the company does.
    expect(byCompany('上海汽车电子有限公司').value).toBe('automotive');
    expect(byCompany('北京恒远电子商务有限公司').value).toBe('trade');
    expect(byCompany('宁波海天塑料机械有限公司').value).toBe('machinery');
    expect(byCompany('深圳市电子材料贸易有限公司').value).toBe('trade');
    expect(byCompany('广州汽车销售服务有限公司').value).toBe('trade');
  });

  it('lists the other industries a name also points to', () => {
    const r = byCompany('深圳市机械电子贸易有限公司');
    expect(r.value).toBe('trade');
    expect(r.evidence?.join(' ')).toContain('also names 电子信息与元器件');
    expect(r.evidence?.join(' ')).toContain('also names 机械装备');
  });

  it('leaves names that say nothing about the trade unknown, rather than guessing', () => {
    for (const company of ['杭州云帆科技有限公司', '深圳市华夏实业有限公司', '宏达集团', 'Acme Holdings Limited', 'Make It Happen Ltd']) {
      expect(byCompany(company)).toMatchObject({ value: null, status: 'unknown', rule: RULES.industryUnrecognised, evidence: [`company: ${company}`] });
    }
  });

  it('uses weak keywords only when no other keyword matched', () => {
    expect(byCompany('北京智联数字科技有限公司').value).toBe('ict');
    expect(byCompany('Acme Solutions Ltd').value).toBe('ict');
    expect(byCompany('Acme Logistics Solutions Ltd').value).toBe('logistics');
    expect(byCompany('深圳市恒信精密五金有限公司').value).toBe('metals');
  });

  it('matches capitalised abbreviations only as written', () => {
    expect(byCompany('ABC IT Services Ltd').value).toBe('ict');
    expect(byCompany('Bright LED Lighting Co.').value).toBe('electrical');
    expect(byCompany('Bright Led Holdings').value).toBeNull();
  });

  it('takes government bodies by the word that ends their name', () => {
    expect(byCompany('深圳市工业和信息化局').value).toBe('government');
    expect(byCompany('广东省商务厅').value).toBe('government');
    expect(byCompany('中华人民共和国商务部').value).toBe('government');
    // 局 inside a word, and 局 in a construction group's name, are not a bureau.
    expect(byCompany('深圳市局域网络科技有限公司').value).toBe('ict');
    expect(byCompany('中国水利水电第十四工程局有限公司').value).toBe('construction');
  });

  it('reads the English head noun before “of” and “for”', () => {
    expect(byCompany('Bank of Communications').value).toBe('finance');
    expect(byCompany('Ministry of Commerce').value).toBe('government');
    expect(byCompany('Ministry of Trade and Industry Singapore').value).toBe('government');
    expect(byCompany('Institute for Automation Research').value).toBe('research_testing');
    expect(byCompany('University of Electronic Science and Technology of China').value).toBe('education');
    expect(byCompany('Shenzhen Chamber of Commerce').value).toBe('associations');
  });

  it('reads traditional characters and Taiwanese vocabulary', () => {
    expect(byCompany('臺灣積體電路製造股份有限公司').value).toBe('electronics');
    expect(byCompany('國泰人壽保險股份有限公司').value).toBe('finance');
    expect(byCompany('東方國際資訊股份有限公司').value).toBe('ict');
    expect(byCompany('台灣塑膠工業股份有限公司').value).toBe('chemicals');
    expect(byCompany('長榮海運股份有限公司').value).toBe('logistics');
  });

  it('reads full-width input', () => {
    expect(byCompany('ＡＢＣ　Ｅｌｅｃｔｒｏｎｉｃｓ　Ｌｔｄ').value).toBe('electronics');
  });
});

describe('declared industry', () => {
  it('takes an entry id or any of its labels as the visitor’s answer', () => {
    for (const answer of ['automotive', '汽车及零部件', '汽車及零部件', 'Automotive and parts', ' automotive ']) {
      expect(classifyIndustry({ declared: answer, company: '招商银行' })).toEqual({ value: 'automotive', status: 'declared', rule: RULES.declared });
    }
  });

  it('reads a free-text answer by the keyword rule, as inferred', () => {
    const r = classifyIndustry({ declared: '汽车零部件制造', company: '招商银行' });
    expect(r).toMatchObject({ value: 'automotive', status: 'inferred', rule: RULES.industryDeclaredText });
    expect(r.evidence).toContain('declared: 汽车零部件制造');
  });

  it('falls back to the company name when the answer cannot be read, and says so', () => {
    const r = classifyIndustry({ declared: '其它行业xyz', company: '德邦物流股份有限公司' });
    expect(r).toMatchObject({ value: 'logistics', rule: RULES.industryCompanyKeyword });
    expect(r.evidence?.[0]).toBe('declared “其它行业xyz” not recognised');
  });

  it('is unknown with no rule when there is neither answer nor company', () => {
    expect(classifyIndustry({})).toEqual({ value: null, status: 'unknown' });
    expect(classifyIndustry({ declared: '  ', company: '' })).toEqual({ value: null, status: 'unknown' });
  });
});

describe('event-specific industry lists', () => {
  const taxonomy: IndustryTaxonomyInput = {
    entries: [
      { id: 'foundry', labels: { 'zh-CN': '晶圆代工', 'zh-TW': '晶圓代工', en: 'Foundry' }, gbt: 'C', isic: 'C', keywords: ['晶圆', 'foundry'] },
      { id: 'fabless', labels: { 'zh-CN': '芯片设计', 'zh-TW': '晶片設計', en: 'Fabless' }, gbt: 'I', isic: 'J', keywords: ['芯片设计', '~微电子', 'fabless'] },
    ],
  };

  it('classifies with the event’s own entries and keywords', () => {
    expect(classifyIndustry({ company: '上海华虹晶圆制造有限公司' }, taxonomy).value).toBe('foundry');
    expect(classifyIndustry({ company: '北京芯源芯片设计有限公司' }, taxonomy).value).toBe('fabless');
    expect(classifyIndustry({ company: '北京某某微电子有限公司' }, taxonomy).value).toBe('fabless');
    expect(classifyIndustry({ company: '深圳市华强电子科技有限公司' }, taxonomy).value).toBeNull();
    expect(classifyIndustry({ declared: '晶圓代工' }, taxonomy)).toMatchObject({ value: 'foundry', status: 'declared' });
  });

  it('validates edited lists', () => {
    expect(industryTaxonomySchema.parse({ entries: DEFAULT_INDUSTRIES }).entries).toHaveLength(DEFAULT_INDUSTRIES.length);
    const entry = { id: 'x', labels: { 'zh-CN': 'x', 'zh-TW': 'x', en: 'x' }, gbt: 'C', isic: 'C' };
    expect(industryTaxonomySchema.parse({ entries: [entry] }).entries[0]?.keywords).toEqual([]);
    expect(industryTaxonomySchema.safeParse({ entries: [entry, entry] }).success).toBe(false);
    expect(industryTaxonomySchema.safeParse({ entries: [{ ...entry, gbt: 'U' }] }).success).toBe(false);
    expect(industryTaxonomySchema.safeParse({ entries: [{ ...entry, id: 'Has Spaces' }] }).success).toBe(false);
    expect(industryTaxonomySchema.safeParse({ entries: [] }).success).toBe(false);
  });
});

describe('GB/T 4754-2017 and ISIC Rev.4 sections', () => {
  it('has the 20 GB/T sections A–T and the 21 ISIC sections A–U, named in three languages', () => {
    expect(Object.keys(GBT_4754_2017).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(Object.keys(ISIC_REV4).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    for (const s of [...Object.values(GBT_4754_2017), ...Object.values(ISIC_REV4)]) {
      expect(s.labels['zh-CN'] && s.labels['zh-TW'] && s.labels.en).toBeTruthy();
    }
  });

  it('maps the sections whose letters differ by content, not by letter', () => {
    expect(GBT_4754_2017.C.labels['zh-CN']).toBe('制造业');
    expect(Object.fromEntries(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'].map((g) => [g, isicForGbt(g as keyof typeof GBT_4754_2017)]))).toEqual({
      A: 'A', B: 'B', C: 'C', D: 'D', E: 'F', F: 'G', G: 'H', H: 'I', I: 'J', J: 'K', K: 'L', L: 'N', M: 'M', N: 'E', O: 'S', P: 'P', Q: 'Q', R: 'R', S: 'O', T: 'U',
    });
  });

  it('explains every GB/T section that spreads over more than one ISIC section', () => {
    for (const s of Object.values(GBT_4754_2017)) {
      if (s.isic.length > 1) expect(s.note, s.code).toBeTruthy();
    }
  });

  it('maps every default industry to an ISIC section its GB/T section actually covers', () => {
    for (const entry of DEFAULT_INDUSTRIES) {
      if (entry.gbt === null) {
        expect(entry.isic).toBeNull();
        continue;
      }
      expect(GBT_4754_2017[entry.gbt].isic, entry.id).toContain(entry.isic);
    }
  });
});
