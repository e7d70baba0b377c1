// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RULES, applyCorrection, classifyRegion, type RegionClassification } from '../../../src/core/classify';

const values = (r: RegionClassification) => [r.country.value, r.province.value, r.city.value];

describe('region from phone numbers', () => {
  it('reads a +86 mobile as China and says nothing about the province', () => {
    const r = classifyRegion({ mobile: '+86 138 0013 8000' });
    expect(values(r)).toEqual(['CN', null, null]);
    expect(r.country).toMatchObject({ status: 'inferred', rule: RULES.regionPhoneCountryCode });
    expect(r.country.evidence?.[0]).toContain('+86 138 0013 8000');
    expect(r.province.status).toBe('unknown');
  });

  it('reads a Chinese mobile written without a country code as China, by a weaker rule', () => {
    for (const mobile of ['13800138000', '138-0013-8000', '１３８ ００１３ ８０００']) {
      const r = classifyRegion({ mobile });
      expect(r.country).toMatchObject({ value: 'CN', status: 'inferred', rule: RULES.regionPhoneNationalFormat });
    }
  });

  it.each([
    ['+44 20 7930 4832', 'GB'],
    ['0044 20 7930 4832', 'GB'],
    ['+1 212 736 5000', 'US'],
    ['+81 3-3201-1111', 'JP'],
    ['+49 30 1234567', 'DE'],
    ['+65 9123 4567', 'SG'],
    ['+33 1 42 68 53 00', 'FR'],
    ['+82 2-2100-2114', 'KR'],
  ])('reads the country calling code of %s as %s', (mobile, country) => {
    const r = classifyRegion({ mobile });
    expect(r.country).toMatchObject({ value: country, status: 'inferred', rule: RULES.regionPhoneCountryCode });
    expect(r.province.value).toBeNull();
    expect(r.city.value).toBeNull();
  });

  it.each([
    ['+852 9123 4567', 'HK', '810000'],
    ['+853 6612 3456', 'MO', '820000'],
    ['+886 912 345 678', 'TW', '710000'],
    ['+886 2 2345 6789', 'TW', '710000'],
  ])('treats %s as its own region, with its GB/T 2260 code as province', (mobile, country, province) => {
    const r = classifyRegion({ mobile });
    expect(values(r)).toEqual([country, province, null]);
    expect(r.province.rule).toBe(RULES.regionPhoneCountryCode);
  });

  it('leaves numbers that are not valid anywhere unknown', () => {
    for (const mobile of ['12345', 'n/a', '+999 123 456', '138001380000000']) {
      expect(values(classifyRegion({ mobile }))).toEqual([null, null, null]);
    }
  });
});

describe('region from Chinese landline area codes', () => {
  it.each([
    ['010-12345678', '110000', '110100'],
    ['021-62345678', '310000', '310100'],
    ['022-23456789', '120000', '120100'],
    ['023-63456789', '500000', '500100'],
    ['020-83456789', '440000', '440100'],
    ['0755-86001234', '440000', '440300'],
    ['0571-88001234', '330000', '330100'],
    ['0512-65123456', '320000', '320500'],
    ['0592-5123456', '350000', '350200'],
    ['0351-4123456', '140000', '140100'],
    ['0991-2345678', '650000', '650100'],
  ])('%s is in province %s, city %s', (phone, province, city) => {
    const r = classifyRegion({ phone });
    expect(values(r)).toEqual(['CN', province, city]);
    expect(r.city).toMatchObject({ status: 'inferred', rule: RULES.regionAreaCode });
    expect(r.city.evidence?.join(' ')).toContain(`area code ${phone.split(/[-]/)[0]}`);
  });

  it.each(['+86 755 8600 1234', '+86-755-86001234', '0086 755 86001234', '(0755) 8600-1234', '（０７５５）８６００１２３４', '+86 (0)755 8600 1234', '0755 8600 1234'])(
    'reads the area code of Shenzhen in %s',
    (phone) => {
      expect(values(classifyRegion({ phone }))).toEqual(['CN', '440000', '440300']);
    },
  );

  it('gives only the province for a code several cities share since their networks merged', () => {
    for (const [phone, province, sharers] of [
      ['028-87654321', '510000', ['成都市', '眉山市', '资阳市']],
      ['0731-84123456', '430000', ['长沙市', '株洲市', '湘潭市']],
      ['029-88886666', '610000', ['西安市', '咸阳市']],
      ['024-23456789', '210000', ['沈阳市', '抚顺市', '本溪市', '铁岭市']],
      ['0898-66123456', '460000', []],
    ] as const) {
      const r = classifyRegion({ phone });
      expect(values(r)).toEqual(['CN', province, null]);
      const evidence = r.province.evidence?.join(' ') ?? '';
      expect(evidence).toContain('shared by');
      for (const city of sharers) expect(evidence).toContain(city);
    }
  });

  it('still places a number with a retired area code, and says it is retired', () => {
    const r = classifyRegion({ phone: '0413-5612345' });
    expect(values(r)).toEqual(['CN', '210000', '210400']);
    expect(r.city.evidence?.join(' ')).toContain('retired');
  });

  it('takes the area code from whichever field holds the landline', () => {
    expect(values(classifyRegion({ mobile: '0571-88001234' }))).toEqual(['CN', '330000', '330100']);
    expect(values(classifyRegion({ mobile: '13800138000', phone: '020-83456789' }))).toEqual(['CN', '440000', '440100']);
  });
});

describe('region from address text', () => {
  it.each([
    ['广东省深圳市南山区科技园', '440000', '440300'],
    ['广东深圳南山区科技园', '440000', '440300'],
    ['深圳南山科技园', '440000', '440300'],
    ['深圳市福田区深南大道1号', '440000', '440300'],
    ['浙江宁波北仑区', '330000', '330200'],
    ['内蒙古呼和浩特市赛罕区', '150000', '150100'],
    ['广西壮族自治区南宁市青秀区', '450000', '450100'],
    ['广西南宁青秀区', '450000', '450100'],
    ['新疆乌鲁木齐市天山区', '650000', '650100'],
    ['四川省阿坝藏族羌族自治州马尔康市', '510000', '513200'],
    ['青海省海南州共和县', '630000', '632500'],
    ['吉林省吉林市船营区', '220000', '220200'],
    ['湖北省仙桃市', '420000', '429004'],
    ['中国上海浦东新区', '310000', '310100'],
    ['重庆渝中区解放碑', '500000', '500100'],
    ['518057 深圳市南山区', '440000', '440300'],
  ])('reads %s', (address, province, city) => {
    const r = classifyRegion({ address });
    expect(values(r)).toEqual(['CN', province, city]);
    expect(r.province).toMatchObject({ status: 'inferred', rule: RULES.regionAddress });
  });

  it('reads traditional characters', () => {
    expect(values(classifyRegion({ address: '廣東省廣州市天河區' }))).toEqual(['CN', '440000', '440100']);
    expect(values(classifyRegion({ address: '遼寧省瀋陽市和平區' }))).toEqual(['CN', '210000', '210100']);
    expect(values(classifyRegion({ address: '黑龍江哈爾濱' }))).toEqual(['CN', '230000', '230100']);
  });

  it('does not mistake street, district and university names for cities', () => {
    expect(values(classifyRegion({ address: '上海市黄浦区南京东路100号' }))).toEqual(['CN', '310000', '310100']);
    expect(values(classifyRegion({ address: '天津市和平区南京路' }))).toEqual(['CN', '120000', '120100']);
    expect(values(classifyRegion({ address: '北京市朝阳区建国路88号' }))).toEqual(['CN', '110000', '110100']);
    expect(values(classifyRegion({ address: '广州市海珠区中山大学' }))).toEqual(['CN', '440000', '440100']);
    expect(values(classifyRegion({ address: '大连市中山区' }))).toEqual(['CN', '210000', '210200']);
    // Without the city in front, the street or district alone must not become a city.
    expect(values(classifyRegion({ address: '朝阳区建国路88号' }))).toEqual([null, null, null]);
    expect(values(classifyRegion({ address: '中山北路100号' }))).toEqual([null, null, null]);
    expect(values(classifyRegion({ address: '南京东路步行街' }))).toEqual([null, null, null]);
    expect(values(classifyRegion({ address: '100 Nanjing West Road' }))).toEqual([null, null, null]);
    expect(values(classifyRegion({ address: 'Zhongshan Rd 8' }))).toEqual([null, null, null]);
    // Hong Kong and Taiwan place names that mainland streets and districts share.
    expect(values(classifyRegion({ address: '九龙坡区杨家坪' }))).toEqual([null, null, null]);
    expect(values(classifyRegion({ address: '重庆市九龙坡区' }))).toEqual(['CN', '500000', '500100']);
    expect(values(classifyRegion({ address: '新北区太湖路' }))).toEqual([null, null, null]);
    expect(values(classifyRegion({ address: '平台中心3楼' }))).toEqual([null, null, null]);
    // 运河南路 contains 河南 and 西湖北路 contains 湖北: neither is a province here.
    expect(values(classifyRegion({ address: '运河南路88号' }))).toEqual([null, null, null]);
    expect(values(classifyRegion({ address: '西湖北路' }))).toEqual([null, null, null]);
  });

  it('reads 深圳市场… as 深圳 followed by 市场, not as a different word', () => {
    expect(values(classifyRegion({ address: '深圳市场监督管理局大楼' }))).toEqual(['CN', '440000', '440300']);
  });

  it('maps a well-known county-level city to its prefecture and says so', () => {
    const r = classifyRegion({ address: '江苏昆山开发区' });
    expect(values(r)).toEqual(['CN', '320000', '320500']);
    expect(r.city.evidence?.join(' ')).toContain('昆山');
    expect(r.city.evidence?.join(' ')).toContain('苏州市');
    expect(values(classifyRegion({ address: '浙江省义乌市稠城街道' }))).toEqual(['CN', '330000', '330700']);
  });

  it('reads a name shared by a province and a city as the province unless the city is marked', () => {
    expect(values(classifyRegion({ address: '吉林长春' }))).toEqual(['CN', '220000', '220100']);
    expect(values(classifyRegion({ address: '吉林' }))).toEqual(['CN', '220000', null]);
    expect(values(classifyRegion({ address: '海南海口' }))).toEqual(['CN', '460000', '460100']);
  });

  it('drops a city that contradicts the province and keeps the province', () => {
    const r = classifyRegion({ address: '广东省长沙市' });
    expect(values(r)).toEqual(['CN', '440000', null]);
  });

  it('reads English addresses, smallest unit first', () => {
    expect(values(classifyRegion({ address: 'Room 5, 88 Nanjing Rd, Huangpu District, Shanghai, China' }))).toEqual(['CN', '310000', '310100']);
    expect(values(classifyRegion({ address: 'Chaoyang District, Beijing 100020, PRC' }))).toEqual(['CN', '110000', '110100']);
    expect(values(classifyRegion({ address: 'No. 8 Keji Road, Shenzhen, Guangdong, China' }))).toEqual(['CN', '440000', '440300']);
    expect(values(classifyRegion({ address: "Gaoxin Road, Xi'an, Shaanxi" }))).toEqual(['CN', '610000', '610100']);
  });

  it('needs the province for pinyin that two cities share', () => {
    expect(values(classifyRegion({ address: 'Suzhou Industrial Park' }))).toEqual(['CN', null, null]);
    expect(values(classifyRegion({ address: 'No. 8 Xinghu Street, Suzhou, Jiangsu' }))).toEqual(['CN', '320000', '320500']);
    expect(values(classifyRegion({ address: 'Suzhou, Anhui' }))).toEqual(['CN', '340000', '341300']);
    expect(values(classifyRegion({ address: 'Taizhou, Zhejiang' }))).toEqual(['CN', '330000', '331000']);
  });

  it.each([
    ['香港九龍尖沙咀彌敦道100號', 'HK', '810000'],
    ['Flat A, 10/F, 123 Nathan Road, Kowloon, Hong Kong', 'HK', '810000'],
    ['新界沙田', 'HK', '810000'],
    ['澳門氹仔', 'MO', '820000'],
    ['Avenida da Praia Grande, Macau', 'MO', '820000'],
    ['臺北市信義區松仁路100號', 'TW', '710000'],
    ['台湾省台中市西屯区', 'TW', '710000'],
    ['中国台湾高雄市', 'TW', '710000'],
    ['Taipei City, Taiwan', 'TW', '710000'],
  ])('reads %s as its own region', (address, country, province) => {
    expect(values(classifyRegion({ address }))).toEqual([country, province, null]);
  });

  it('reads foreign countries named in Chinese or English', () => {
    expect(values(classifyRegion({ address: 'Musterstraße 1, 80331 München, Germany' }))).toEqual(['DE', null, null]);
    expect(values(classifyRegion({ address: '東京都千代田区丸の内1-1, 日本' }))).toEqual(['JP', null, null]);
    expect(values(classifyRegion({ address: '1600 Amphitheatre Pkwy, Mountain View, CA 94043, USA' }))).toEqual(['US', null, null]);
    expect(values(classifyRegion({ address: '新加坡乌节路' }))).toEqual(['SG', null, null]);
    expect(values(classifyRegion({ address: '2 Marina Blvd, Singapore 018987' }))).toEqual(['SG', null, null]);
  });

  it('does not read US states that share a name with a country as that country', () => {
    expect(classifyRegion({ address: '100 Peachtree St, Atlanta, Georgia 30303' }).country.value).toBeNull();
    expect(classifyRegion({ address: 'Newark, New Jersey, USA' }).country.value).toBe('US');
  });

  it('reads the organizer’s own aliases for local names', () => {
    const aliases = [{ name: '前海', city: '440300' }, { name: 'Lujiazui', city: '310100' }];
    expect(values(classifyRegion({ address: '前海深港合作区' }, { aliases }))).toEqual(['CN', '440000', '440300']);
    expect(values(classifyRegion({ address: 'Lujiazui Ring Road 1000' }, { aliases }))).toEqual(['CN', '310000', '310100']);
    expect(values(classifyRegion({ address: '前海深港合作区' }))).toEqual([null, null, null]);
  });
});

describe('region from the email domain', () => {
  it.each([
    ['li@example.cn', 'CN'],
    ['li@example.com.cn', 'CN'],
    ['hans@firma.de', 'DE'],
    ['john@example.co.uk', 'GB'],
    ['kate@example.com.au', 'AU'],
    ['chan@example.com.hk', 'HK'],
    ['lin@example.com.tw', 'TW'],
    ['ana@example.com.co', 'CO'],
    ['WANG@EXAMPLE.CN', 'CN'],
    ['li@例子.中国', 'CN'],
  ])('%s is %s', (email, country) => {
    const r = classifyRegion({ email });
    expect(r.country).toMatchObject({ value: country, status: 'inferred', rule: RULES.regionEmailCcTld });
  });

  it.each(['a@gmail.com', 'a@example.org', 'a@startup.io', 'a@brand.ai', 'a@example.co', 'a@example.eu', 'not an email', 'a@localhost'])(
    'says nothing for %s',
    (email) => {
      expect(classifyRegion({ email }).country.value).toBeNull();
    },
  );
});

describe('precedence and conflicting evidence', () => {
  it('puts the visitor’s answer above everything inferred', () => {
    const r = classifyRegion({ declared: { country: '德国' }, mobile: '13800138000', address: '广东省深圳市' });
    expect(r.country).toMatchObject({ value: 'DE', status: 'declared' });
    expect(r.province.value).toBeNull();
    expect(r.city.value).toBeNull();
    expect(r.country.evidence?.join(' ')).toContain('mobile suggests CN (not used)');
    expect(r.province.evidence?.join(' ')).toContain('does not fit');
  });

  it('reads declared provinces and cities by name, pinyin, abbreviation or code', () => {
    expect(values(classifyRegion({ declared: { province: '粤', city: '深圳' } }))).toEqual(['CN', '440000', '440300']);
    expect(values(classifyRegion({ declared: { province: 'Guangdong Province' } }))).toEqual(['CN', '440000', null]);
    expect(values(classifyRegion({ declared: { city: '440300' } }))).toEqual(['CN', '440000', '440300']);
    expect(values(classifyRegion({ declared: { city: '上海' } }))).toEqual(['CN', '310000', '310100']);
    expect(values(classifyRegion({ declared: { province: 'Anhui', city: 'Suzhou' } }))).toEqual(['CN', '340000', '341300']);
    expect(values(classifyRegion({ declared: { country: 'Hong Kong' } }))).toEqual(['HK', '810000', null]);
    expect(values(classifyRegion({ declared: { country: 'de' } }))).toEqual(['DE', null, null]);
    expect(values(classifyRegion({ declared: { country: 'Deutschland' } }))).toEqual(['DE', null, null]);
    const r = classifyRegion({ declared: { city: '深圳' } });
    expect(r.city.status).toBe('declared');
    expect(r.province).toMatchObject({ status: 'inferred', rule: RULES.regionDeclaredParent });
  });

  it('notes a declared value it cannot read and falls back to the other sources', () => {
    const r = classifyRegion({ declared: { province: 'Atlantis' }, phone: '0755-86001234' });
    expect(values(r)).toEqual(['CN', '440000', '440300']);
    expect(r.province.status).toBe('inferred');
    expect(r.province.evidence?.join(' ')).toContain('declared “Atlantis” not recognised');
  });

  it('puts the phone’s country code above the address', () => {
    const r = classifyRegion({ mobile: '+44 20 7930 4832', address: '上海市浦东新区', email: 'x@example.cn' });
    expect(values(r)).toEqual(['GB', null, null]);
    expect(r.country.evidence?.join(' ')).toContain('address suggests CN (not used)');
    expect(r.country.evidence?.join(' ')).toContain('email suggests CN (not used)');
  });

  it('puts the landline area code above the address, and the address above the email', () => {
    const r = classifyRegion({ mobile: '13800138000', phone: '0755-86001234', address: '北京市海淀区', email: 'a@example.de' });
    expect(values(r)).toEqual(['CN', '440000', '440300']);
    expect(r.country.rule).toBe(RULES.regionPhoneNationalFormat);
    expect(r.city.rule).toBe(RULES.regionAreaCode);
    expect(r.city.evidence?.join(' ')).toContain('address suggests 北京市 (not used)');
    expect(r.country.evidence?.join(' ')).toContain('email suggests DE (not used)');
    expect(values(classifyRegion({ address: '北京市海淀区', email: 'a@example.de' }))).toEqual(['CN', '110000', '110100']);
  });

  it('fills in from a lower source what a higher one leaves open', () => {
    const r = classifyRegion({ mobile: '+86 138 0013 8000', phone: '0731-84123456', address: '长沙市岳麓区' });
    expect(values(r)).toEqual(['CN', '430000', '430100']);
    expect(r.country.rule).toBe(RULES.regionPhoneCountryCode);
    expect(r.province.rule).toBe(RULES.regionAreaCode);
    expect(r.city.rule).toBe(RULES.regionAddress);
  });

  it('counts someone who writes 中国 and lives in Hong Kong as China, province Hong Kong', () => {
    const r = classifyRegion({ declared: { country: '中国' }, address: '香港九龍' });
    expect(values(r)).toEqual(['CN', '810000', null]);
  });
});

describe('missing data', () => {
  it('is unknown, with no rule and no evidence', () => {
    for (const input of [{}, { mobile: '', phone: '   ', address: '', email: '' }, { mobile: null, address: null, declared: null }, { declared: {} }]) {
      const r = classifyRegion(input);
      for (const field of [r.country, r.province, r.city]) expect(field).toEqual({ value: null, status: 'unknown' });
    }
  });

  it('is unknown when the text names no place', () => {
    const r = classifyRegion({ address: '科技园A座1201', email: 'sales@company.com' });
    expect(values(r)).toEqual([null, null, null]);
  });
});

describe('corrections', () => {
  it('win over every source and stay declared', () => {
    const first = classifyRegion({ phone: '0755-86001234' });
    const corrected = applyCorrection(first.city, '440100', 'desk:tablet-3');
    const r = classifyRegion({ phone: '0755-86001234', corrections: { city: corrected } });
    expect(values(r)).toEqual(['CN', '440000', '440100']);
    expect(r.city).toMatchObject({ status: 'declared', rule: RULES.corrected });
    expect(r.city.evidence?.join(' ')).toContain('desk:tablet-3');
    expect(r.city.evidence?.join(' ')).toContain('phone suggests 深圳市 (not used)');
  });

  it('clear inferred values that no longer fit', () => {
    const first = classifyRegion({ address: '广东省深圳市' });
    const r = classifyRegion({ address: '广东省深圳市', corrections: { country: applyCorrection(first.country, 'DE', 'organizer:alice') } });
    expect(values(r)).toEqual(['DE', null, null]);
  });
});
