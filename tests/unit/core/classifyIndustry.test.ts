// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RULES, classifyIndustry, entryForCode, readCompanyName, readCompanyTrade, type IndustryTaxonomyInput } from '../../../src/core/classify';
import { vocabularyLines } from '../../../src/core/classify/industryTerms';
import { DEFAULT_INDUSTRIES, GBT_4754_2017, GBT_SECTIONS, ISIC_REV4, gbtClasses, gbtSectionOf, gbtTitle, industryTaxonomySchema, isicForGbt } from '../../../src/core/taxonomy';

const byCompany = (company: string) => classifyIndustry({ company });
const valueOf = (company: string) => byCompany(company).value;
const sectionOf = (company: string) => DEFAULT_INDUSTRIES.find((e) => e.id === valueOf(company))?.gbt ?? null;

describe('the name read as it is built (行政区划 + 字号 + 行业表述 + 组织形式)', () => {
  it('takes off the legal form, a branch, brackets and, in Latin script, trailing places', () => {
    expect(readCompanyName('深圳市华强电子科技有限公司').core.shown).toBe('深圳市华强电子科技');
    expect(readCompanyName('中国人寿保险股份有限公司赣州分公司').core.shown).toBe('中国人寿保险');
    expect(readCompanyName('中国银行深圳分行').core.shown).toBe('中国银行');
    expect(readCompanyName('联合国儿童基金会驻华办事处').core.shown).toBe('联合国儿童基金会');
    expect(readCompanyName('西门子（中国）有限公司').core.shown).toBe('西门子');
    expect(readCompanyName('上海市浦东新区陆家嘴街道办事处').core.shown).toBe('上海市浦东新区陆家嘴街道办事处');
    expect(readCompanyName('Shenzhen Sunrise Electronics Co., Ltd.').core.shown).toBe('Shenzhen Sunrise Electronics');
    expect(readCompanyName('Hamburg Maschinenbau GmbH & Co. KG').core.shown).toBe('Hamburg Maschinenbau');
    expect(readCompanyName('Acme Distillerie S.r.l.').core.shown).toBe('Acme Distillerie');
    expect(readCompanyName('Nordic Pumps A/S').core.shown).toBe('Nordic Pumps');
    expect(readCompanyName('Acme Logistics Inc.').core.shown).toBe('Acme Logistics');
    expect(readCompanyName('Goethe-Institut China').core.shown).toBe('Goethe-Institut');
    expect(readCompanyName('American Chamber of Commerce in Shanghai').core.shown).toBe('American Chamber of Commerce');
  });

  it('knows the legal form: limited by shares, a group, a limited company', () => {
    expect(readCompanyName('宁波海天精工股份有限公司').form).toBe('shares');
    expect(readCompanyName('吉利汽车控股有限公司').form).toBe('group');
    expect(readCompanyName('东莞市远拓电子有限公司').form).toBe('limited');
    expect(readCompanyName('赣州市章贡区东方电器店').form).toBe('other');
  });

  it('lets the trade statement before the legal form outrank words inside the brand (issue 19)', () => {
    // 工程 does not win over 钻探: the company drills (mining support, B).
    expect(sectionOf('中国石油集团渤海钻探工程有限公司')).toBe('B');
    // 销售 ends the name: a seller of oil products, not a chemical maker.
    expect(sectionOf('中国石化销售股份有限公司')).toBe('F');
    // 化学工程 is construction (E), not chemicals.
    expect(sectionOf('中国化学工程股份有限公司')).toBe('E');
    // Words in the brand say nothing: 恒生 is not a bank, 海康 is not a hospital.
    expect(valueOf('中国建设银行股份有限公司')).toBe('finance');
    expect(valueOf('中国工商银行股份有限公司')).toBe('finance');
    expect(valueOf('中国矿业大学（北京）')).toBe('education');
    expect(valueOf('四川大学华西医院')).toBe('healthcare');
  });

  it('reads the statement from the legal form backwards, so the word that ends the name is whole', () => {
    // From the front, 森林 would be read and 业 left over; the name ends with 林业.
    expect(valueOf('福建金森林业股份有限公司')).toBe('agriculture');
    expect(valueOf('招金矿业股份有限公司')).toBe('mining');
  });

  it('reads the standard’s own titles (门类/大类/中类/小类), not only a hand list', () => {
    // Neither word is in the vocabulary: both come from class titles (0111 稻谷种植, 1762 丝绢纺织及印染精加工 …).
    expect(readCompanyTrade('五常市稻谷种植股份有限公司')).toMatchObject({ kind: 'code', code: expect.stringMatching(/^01/) });
    expect(readCompanyTrade('某某烟煤开采股份有限公司')).toMatchObject({ kind: 'code', code: expect.stringMatching(/^06/) });
    // A whole title that says making is a maker, whatever the legal form: 3525 模具制造.
    expect(valueOf('东莞精密模具制造有限公司')).toBe('machinery');
    expect(gbtTitle('3911')).toBe('计算机整机制造');
    expect(gbtTitle('97')).toBe('国际组织');
  });
});

describe('ambiguous words taken at face value (issue 19): settled by neighbours, else unknown', () => {
  it('通信/通讯: equipment makers, operators and a news agency are told apart, the rest left unknown', () => {
    for (const company of ['中兴通讯股份有限公司', '小米通讯技术有限公司', 'OPPO广东移动通信有限公司', '烽火通信科技股份有限公司']) {
      expect(byCompany(company), company).toMatchObject({ value: null, status: 'unknown', rule: RULES.industryAmbiguous });
    }
    expect(valueOf('新华通讯社')).toBe('media');
    expect(valueOf('深圳市宏达通讯设备股份有限公司')).toBe('electronics');
    expect(valueOf('宁波海曙通讯器材厂')).toBe('electronics');
    expect(valueOf('中国电信股份有限公司')).toBe('ict');
    expect(valueOf('广东省通信服务有限公司')).toBe('ict');
  });

  it('医药/药业: pharmacies and pharmaceutical chains and distributors are trade (F), makers are manufacturing, the words alone stay unknown', () => {
    expect(valueOf('老百姓大药房连锁股份有限公司')).toBe('trade');
    expect(valueOf('湖南千金大药房有限公司')).toBe('trade');
    expect(valueOf('重庆医药连锁有限公司')).toBe('trade');
    expect(valueOf('江西医药商业有限公司')).toBe('trade');
    expect(valueOf('石家庄以岭制药有限公司')).toBe('medical');
    expect(valueOf('湖南康源药业销售有限公司')).toBe('trade');
    // 药业 alone: 华海药业 makes medicines, 一心堂药业 runs pharmacies.
    for (const company of ['浙江华海药业股份有限公司', '一心堂药业集团股份有限公司']) {
      expect(byCompany(company), company).toMatchObject({ value: null, rule: RULES.industryAmbiguous });
    }
    // 医药 alone is both: 恒瑞医药 makes medicines, 上海医药 distributes them.
    expect(byCompany('上海医药集团股份有限公司')).toMatchObject({ value: null, rule: RULES.industryAmbiguous });
  });

  it('医疗: devices are manufacturing, hospitals and medical services are health (Q), 医疗 alone stays unknown', () => {
    expect(valueOf('江苏鱼跃医疗设备股份有限公司')).toBe('medical');
    expect(valueOf('上海微创医疗器械（集团）有限公司')).toBe('medical');
    expect(valueOf('华厦眼科医院集团股份有限公司')).toBe('healthcare');
    expect(valueOf('上海申康医疗服务有限公司')).toBe('healthcare');
    expect(byCompany('弘和仁爱医疗集团有限公司').value).toBeNull();
  });

  it('能源/新能源: coal, solar and wind companies are not utilities by that word; 发电/电力/风电场 are', () => {
    expect(byCompany('中国神华能源股份有限公司').value).toBeNull();
    expect(byCompany('晶科能源股份有限公司').value).toBeNull();
    expect(byCompany('中国广核新能源控股有限公司').value).toBeNull();
    expect(valueOf('平顶山天安煤业股份有限公司')).toBe('mining');
    expect(valueOf('山东金岭矿业股份有限公司')).toBe('mining');
    expect(valueOf('中节能风力发电股份有限公司')).toBe('energy_utilities');
    expect(valueOf('华能国际电力股份有限公司')).toBe('energy_utilities');
    expect(valueOf('江苏如东风电场有限公司')).toBe('energy_utilities');
    expect(valueOf('天合光能股份有限公司')).toBe('new_energy');
  });

  it('旅游: scenic-area development is N, travel agencies are L, 旅游 alone stays unknown', () => {
    expect(valueOf('黄山旅游发展股份有限公司')).toBe('environment');
    expect(valueOf('中国国际旅行社总社有限公司')).toBe('business_services');
    expect(byCompany('峨眉山旅游股份有限公司').value).toBeNull();
  });

  it('投资, 智能 and “Systems” say nothing about the trade', () => {
    expect(byCompany('河南双汇投资发展股份有限公司').value).toBeNull();
    expect(byCompany('深圳市云帆智能科技有限公司').value).toBeNull();
    expect(byCompany('Acme Systems Ltd').value).toBeNull();
    // 智能装备 is equipment (C 35), which the default list's automation entry claims by keyword.
    expect(valueOf('南京埃斯顿智能装备股份有限公司')).toBe('automation');
  });

  it('a limited company named after a product alone may make it or sell it: unknown, unless a word says which', () => {
    expect(byCompany('东莞市远拓电子有限公司')).toMatchObject({ value: null, rule: RULES.industryAmbiguous, evidence: ['company: 东莞市远拓电子有限公司', 'ambiguous: 电子 → 39|F'] });
    expect(valueOf('东莞市远拓电子贸易有限公司')).toBe('trade');
    expect(valueOf('广州电子元件厂')).toBe('electronics');
    expect(valueOf('东莞市远拓电子制造有限公司')).toBe('electronics');
    expect(valueOf('深圳市华强电子股份有限公司')).toBe('electronics');
    expect(valueOf('赣州市章贡区东方电器店')).toBe('trade');
  });
});

describe('the words around the trade statement (second round of issue 19)', () => {
  it('a branch says its own trade before its parent’s', () => {
    expect(valueOf('中国石油天然气股份有限公司广东销售分公司')).toBe('trade');
    expect(valueOf('国网浙江省电力有限公司宁波供电公司')).toBe('energy_utilities');
    expect(valueOf('广东电网有限责任公司佛山供电局')).toBe('energy_utilities');
    // A branch that names only its place: the parent's trade.
    expect(valueOf('中国工商银行股份有限公司上海市分行')).toBe('finance');
  });

  it('a company is no public body: 局 in a company’s name is not a bureau', () => {
    for (const company of ['中铁大桥局集团有限公司', '中华书局有限公司', '中国铁路上海局集团有限公司']) {
      expect(byCompany(company).value, company).not.toBe('government');
    }
    expect(valueOf('深圳市工业和信息化局')).toBe('government');
    expect(valueOf('北京市朝阳区市场监督管理局')).toBe('government');
  });

  it('工程 after a word of another trade, two trades joined, two products side by side: unknown', () => {
    expect(byCompany('武汉光谷激光工程有限公司')).toMatchObject({ value: null, rule: RULES.industryAmbiguous });
    expect(byCompany('新疆天山能源工程股份有限公司')).toMatchObject({ value: null, rule: RULES.industryAmbiguous });
    expect(valueOf('上海隧道工程股份有限公司')).toBe('construction');
    expect(valueOf('中铝国际工程股份有限公司')).toBe('construction');
    expect(byCompany('中国软件与技术服务股份有限公司')).toMatchObject({ value: null, rule: RULES.industryAmbiguous });
    expect(byCompany('山西晋丰煤业化工股份有限公司')).toMatchObject({ value: null, rule: RULES.industryAmbiguous });
    expect(valueOf('江苏恒力液压机械股份有限公司')).toBe('machinery');
  });

  it('a product a wholesale title names is a product: made or sold as the name says', () => {
    expect(valueOf('江苏康达医疗用品股份有限公司')).toBe('medical');
    expect(byCompany('杭州宏达果品有限公司')).toMatchObject({ value: null, rule: RULES.industryAmbiguous });
    expect(valueOf('杭州宏达果品批发有限公司')).toBe('trade');
  });

  it('环保/环境 may be waste, water or equipment; 交通 may be transport or construction: unknown', () => {
    for (const company of ['成都市兴蓉环境股份有限公司', '浙江伟明环保股份有限公司', '大众交通（集团）股份有限公司']) {
      expect(byCompany(company), company).toMatchObject({ value: null, rule: RULES.industryAmbiguous });
    }
    expect(valueOf('北京环境卫生工程集团有限公司')).toBeNull();
    expect(valueOf('玉禾田环卫服务有限公司')).toBe('environment');
  });

  it('intergovernmental bodies in Latin script are T; a company’s “Alliance” is no association', () => {
    for (const company of ['International Fund for Agricultural Development', 'European Bank for Reconstruction and Development', 'World Meteorological Organisation']) {
      expect(sectionOf(company), company).toBe('T');
    }
    expect(valueOf('World Fuel Services Corporation')).not.toBe('international');
    expect(valueOf('Walgreens Boots Alliance, Inc.')).toBeNull();
  });
});

describe('names that state no trade', () => {
  it('are left unknown, never guessed', () => {
    for (const company of ['杭州云帆科技有限公司', '深圳市华夏实业有限公司', '宏达集团', '腾讯控股有限公司', 'Acme Holdings Limited', 'Make It Happen Ltd', 'Siemens AG']) {
      const r = byCompany(company);
      expect(r, company).toMatchObject({ value: null, status: 'unknown', rule: RULES.industryUnrecognised });
      expect(r.evidence?.[0]).toBe(`company: ${company}`);
    }
  });
});

describe('English and other Latin-script names', () => {
  it.each([
    // "Electronics" alone: Samsung makes them, Arrow and Mouser distribute them.
    ['Shenzhen Sunrise Electronics Co., Ltd.', null],
    ['Shenzhen Sunrise Electronics Manufacturing Co., Ltd.', 'electronics'],
    ['Sunrise Electronics Trading Ltd', 'trade'],
    ['Hamburg Maschinenbau GmbH', 'machinery'],
    ['Acme Distillerie S.r.l.', 'food'],
    ['Nordic Pumps A/S', 'machinery'],
    ['Oriental Logistics Limited', 'logistics'],
    ['Bank of Communications', 'finance'],
    ['Ministry of Economy, Trade and Industry', 'government'],
    ['University of Electronic Science and Technology of China', 'education'],
    ['California Institute of Technology', 'education'],
    ['German Chamber of Commerce in China', 'associations'],
    ['Messe Frankfurt GmbH', 'business_services'],
    ['Verband Deutscher Maschinen- und Anlagenbau e.V.', 'associations'],
    ['Costco Wholesale Corporation', 'trade'],
    ['CLP Power Hong Kong Limited', null],
  ])('%s → %s', (company, industry) => {
    expect(valueOf(company)).toBe(industry);
  });

  it('matches capitalised abbreviations only as written, and full-width letters', () => {
    expect(valueOf('ABC IT Services Ltd')).toBe('ict');
    expect(valueOf('Bright it Holdings')).toBeNull();
    expect(valueOf('ＡＢＣ　Ｓｅｍｉｃｏｎｄｕｃｔｏｒ　Ｌｔｄ')).toBe('electronics');
  });
});

describe('every GB/T 4754 section is reachable, international organisations (T) included', () => {
  it('places international organisations and foreign missions in section T, wherever they are named', () => {
    for (const company of ['联合国开发计划署驻华代表处', '联合国环境规划署驻华代表处', '亚洲基础设施投资银行', '美国驻华大使馆', '德国驻上海总领事馆', 'UNDP China', 'Embassy of the Federal Republic of Germany Beijing', 'International Finance Corporation']) {
      expect(sectionOf(company), company).toBe('T');
    }
  });

  it('maps every section to an entry of the default list, and every manufacturing division to exactly one', () => {
    for (const section of GBT_SECTIONS) {
      // Manufacturing as a whole is no one entry: its divisions are (below).
      if (section === 'C') {
        expect(entryForCode(section)).toBeNull();
        continue;
      }
      const entry = entryForCode(section);
      expect(DEFAULT_INDUSTRIES.find((e) => e.id === entry)?.gbt, section).toBe(section);
    }
    const divisions = gbtClasses().filter((c) => c.code.length === 2);
    expect(divisions).toHaveLength(97);
    for (const { code } of divisions) {
      const entry = DEFAULT_INDUSTRIES.find((e) => e.id === entryForCode(code));
      expect(entry?.gbt, code).toBe(gbtSectionOf(code));
    }
    const codes = DEFAULT_INDUSTRIES.flatMap((e) => e.gbtCodes ?? []);
    expect(new Set(codes).size).toBe(codes.length);
    // The most specific code wins: medical devices, robots and photovoltaics have entries of their own.
    expect(entryForCode('3581')).toBe('medical');
    expect(entryForCode('3491')).toBe('automation');
    expect(entryForCode('3825')).toBe('new_energy');
    expect(entryForCode('3511')).toBe('machinery');
  });

  it('every resident-service, public and cultural section has names that reach it', () => {
    expect(sectionOf('北京市八宝山殡仪馆')).toBe('O');
    expect(sectionOf('杭州海马体摄影有限公司')).toBe('O');
    expect(sectionOf('北京市第四中学')).toBe('P');
    expect(sectionOf('中国人民政治协商会议全国委员会')).toBe('S');
    expect(sectionOf('深圳市半导体行业协会')).toBe('S');
    expect(valueOf('深圳市半导体行业协会')).toBe('associations');
    expect(valueOf('深圳市工业和信息化局')).toBe('government');
    expect(sectionOf('中国国家大剧院')).toBe('R');
  });
});

describe('a declared industry always wins; a business scope comes before the name', () => {
  it('takes an entry id or any of its labels as the visitor’s answer, whatever the name says', () => {
    for (const answer of ['automotive', '汽车及零部件', '汽車及零部件', 'Automotive and parts', ' automotive ']) {
      expect(classifyIndustry({ declared: answer, businessScope: '销售：电子元器件', company: '招商银行股份有限公司' })).toEqual({ value: 'automotive', status: 'declared', rule: RULES.declared });
    }
  });

  it('reads a free-text answer as a trade, as inferred', () => {
    const r = classifyIndustry({ declared: '汽车零部件制造', company: '招商银行' });
    expect(r).toMatchObject({ value: 'automotive', status: 'inferred', rule: RULES.industryDeclaredText });
    expect(r.evidence).toContain('declared: 汽车零部件制造');
  });

  it('reads the business scope before the name: its first activity, made or sold', () => {
    const sells = classifyIndustry({ businessScope: '销售：电子元器件、五金制品、塑胶制品、马达。（依法须经批准的项目，经相关部门批准后方可开展经营活动）', company: '东莞市远拓电子有限公司' });
    expect(sells).toMatchObject({ value: 'trade', status: 'inferred', rule: RULES.industryBusinessScope });
    expect(sells.evidence?.[0]).toBe('scope: 销售：电子元器件、五金制品、塑胶制品、马达');
    const makes = classifyIndustry({ businessScope: '一般经营项目是：电子产品生产；线路板研发、销售', company: '梅州市某某电子有限公司' });
    expect(makes).toMatchObject({ value: 'electronics', rule: RULES.industryBusinessScope });
    expect(classifyIndustry({ businessScope: '制水、供水服务。', company: '某县自来水有限责任公司' }).value).toBe('energy_utilities');
    // A scope that says nothing readable leaves the name to decide, and says so.
    const fallback = classifyIndustry({ businessScope: '依法须经批准的项目', company: '德邦物流股份有限公司' });
    expect(fallback).toMatchObject({ value: 'logistics', rule: RULES.industryCompanyName });
    expect(fallback.evidence?.[0]).toBe('scope: 依法须经批准的项目');
  });

  it('falls back to the name when the answer cannot be read, and says so', () => {
    const r = classifyIndustry({ declared: '其它行业xyz', company: '德邦物流股份有限公司' });
    expect(r).toMatchObject({ value: 'logistics', rule: RULES.industryCompanyName });
    expect(r.evidence?.[0]).toBe('unrecognised: 其它行业xyz');
  });

  it('is unknown with no rule when there is nothing to read', () => {
    expect(classifyIndustry({})).toEqual({ value: null, status: 'unknown' });
    expect(classifyIndustry({ declared: '  ', company: '' })).toEqual({ value: null, status: 'unknown' });
  });
});

describe('event-specific industry lists', () => {
  const taxonomy: IndustryTaxonomyInput = {
    entries: [
      { id: 'foundry', labels: { 'zh-CN': '晶圆代工', 'zh-TW': '晶圓代工', en: 'Foundry' }, gbt: 'C', isic: 'C', gbtCodes: ['3973'], keywords: ['晶圆', 'foundry'] },
      { id: 'chips', labels: { 'zh-CN': '芯片', 'zh-TW': '晶片', en: 'Chips' }, gbt: 'C', isic: 'C', gbtCodes: ['39'], keywords: ['芯片'] },
      { id: 'software', labels: { 'zh-CN': '软件', 'zh-TW': '軟體', en: 'Software' }, gbt: 'I', isic: 'J', keywords: ['芯片设计'] },
    ],
  };

  it('places names by the codes entries cover and the show’s keywords within a section', () => {
    expect(classifyIndustry({ company: '上海华虹晶圆制造有限公司' }, taxonomy).value).toBe('foundry');
    expect(classifyIndustry({ company: '深圳市华强电子股份有限公司' }, taxonomy).value).toBe('chips');
    expect(classifyIndustry({ company: '北京芯源芯片设计有限公司' }, taxonomy).value).toBe('software');
    expect(classifyIndustry({ company: '德邦物流股份有限公司' }, taxonomy)).toMatchObject({ value: null, rule: RULES.industryNoEntry });
    expect(classifyIndustry({ declared: '晶圓代工' }, taxonomy)).toMatchObject({ value: 'foundry', status: 'declared' });
  });

  it('a keyword cannot overrule what the standard says a word means', () => {
    const list: IndustryTaxonomyInput = { entries: [{ id: 'it', labels: { 'zh-CN': 'IT', 'zh-TW': 'IT', en: 'IT' }, gbt: 'I', isic: 'J', keywords: ['通讯'] }] };
    expect(classifyIndustry({ company: '中兴通讯股份有限公司' }, list).value).toBeNull();
  });

  it('validates edited lists, GB/T codes included', () => {
    expect(industryTaxonomySchema.parse({ entries: DEFAULT_INDUSTRIES }).entries).toHaveLength(DEFAULT_INDUSTRIES.length);
    const entry = { id: 'x', labels: { 'zh-CN': 'x', 'zh-TW': 'x', en: 'x' }, gbt: 'C', isic: 'C' };
    expect(industryTaxonomySchema.parse({ entries: [entry] }).entries[0]).toMatchObject({ keywords: [], gbtCodes: [] });
    expect(industryTaxonomySchema.safeParse({ entries: [{ ...entry, gbtCodes: ['39', '3825'] }] }).success).toBe(true);
    expect(industryTaxonomySchema.safeParse({ entries: [{ ...entry, gbtCodes: ['F'] }] }).success).toBe(false);
    expect(industryTaxonomySchema.safeParse({ entries: [{ ...entry, gbtCodes: ['9'] }] }).success).toBe(false);
    expect(industryTaxonomySchema.safeParse({ entries: [entry, entry] }).success).toBe(false);
    expect(industryTaxonomySchema.safeParse({ entries: [{ ...entry, gbt: 'U' }] }).success).toBe(false);
    expect(industryTaxonomySchema.safeParse({ entries: [] }).success).toBe(false);
  });
});

describe('the vocabulary', () => {
  it('gives each word one meaning, with codes of the standard', () => {
    const seen = new Map<string, string>();
    for (const line of vocabularyLines()) {
      for (const code of line.codes) expect(gbtSectionOf(code), code).not.toBeNull();
      for (const term of line.terms) {
        const key = term.toLowerCase();
        expect(seen.get(key), `${term} is listed twice`).toBeUndefined();
        seen.set(key, line.codes.join('/'));
      }
    }
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
    expect(Object.fromEntries(GBT_SECTIONS.map((g) => [g, isicForGbt(g)]))).toEqual({
      A: 'A', B: 'B', C: 'C', D: 'D', E: 'F', F: 'G', G: 'H', H: 'I', I: 'J', J: 'K', K: 'L', L: 'N', M: 'M', N: 'E', O: 'S', P: 'P', Q: 'Q', R: 'R', S: 'O', T: 'U',
    });
  });

  it('explains every GB/T section that spreads over more than one ISIC section', () => {
    for (const s of Object.values(GBT_4754_2017)) {
      if (s.isic.length > 1) expect(s.note, s.code).toBeTruthy();
    }
  });

  it('maps every default industry to an ISIC section its GB/T section actually covers, and its codes to its own section', () => {
    for (const entry of DEFAULT_INDUSTRIES) {
      if (entry.gbt === null) {
        expect(entry.isic).toBeNull();
        continue;
      }
      expect(GBT_4754_2017[entry.gbt].isic, entry.id).toContain(entry.isic);
      for (const code of entry.gbtCodes ?? []) expect(gbtSectionOf(code), `${entry.id} ${code}`).toBe(entry.gbt);
    }
  });
});
