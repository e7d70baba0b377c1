/**
 * Made-up people and companies for generated business cards, with the fields a person would copy
 * off each card (the ground truth). Deterministic: the same seed gives the same cards.
 */
import { parsePhone } from '../../../src/core/phone';
import type { CardFields } from '../../../src/core/cards/fields';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
export const chance = (r: Rand, p: number): boolean => r() < p;
const digits = (r: Rand, n: number): string => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');

export type CardLanguage = 'zh' | 'en' | 'bi';

/** Which label words a card prints in front of its numbers and addresses. */
export type LabelStyle = 'zh' | 'zh-colon' | 'en-short' | 'en-long' | 'none';

export interface PrintedCard {
  lang: CardLanguage;
  name: string;
  /** Second name line on bilingual cards (the English name). */
  altName?: string;
  title: string;
  altTitle?: string;
  company: string;
  altCompany?: string;
  mobile: string;
  phone?: string;
  fax?: string;
  email: string;
  website?: string;
  /** The address as printed, possibly over two lines. */
  address: string[];
  altAddress?: string[];
  labels: LabelStyle;
  /** The truth: what staff would type into the lead (Chinese wins on bilingual cards). */
  truth: CardFields;
}

const ZH_SURNAMES: Array<[string, string]> = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'],
  ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'],
  ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'],
  ['萧', 'xiao'], ['田', 'tian'], ['董', 'dong'], ['潘', 'pan'], ['蒋', 'jiang'], ['蔡', 'cai'], ['余', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'],
  ['欧阳', 'ouyang'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['闵', 'min'], ['钮', 'niu'], ['揭', 'jie'],
];
const ZH_GIVEN: Array<[string, string]> = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'],
  ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'],
  ['建华', 'jianhua'], ['志强', 'zhiqiang'], ['晓东', 'xiaodong'], ['海燕', 'haiyan'], ['国庆', 'guoqing'], ['雪梅', 'xuemei'], ['子轩', 'zixuan'], ['思远', 'siyuan'], ['文博', 'wenbo'], ['婉婷', 'wanting'],
  ['嘉怡', 'jiayi'], ['浩然', 'haoran'], ['宇航', 'yuhang'], ['欣怡', 'xinyi'], ['俊杰', 'junjie'], ['梓涵', 'zihan'],
];
const ZH_TITLES: Array<[string, string]> = [
  ['总经理', 'General Manager'], ['销售经理', 'Sales Manager'], ['市场总监', 'Marketing Director'], ['技术总监', 'Technical Director'], ['采购经理', 'Purchasing Manager'],
  ['产品经理', 'Product Manager'], ['销售代表', 'Sales Representative'], ['客户经理', 'Account Manager'], ['高级工程师', 'Senior Engineer'], ['董事长', 'Chairman'],
  ['副总经理', 'Deputy General Manager'], ['区域销售经理', 'Regional Sales Manager'], ['外贸业务员', 'Export Sales'], ['项目经理', 'Project Manager'], ['研发工程师', 'R&D Engineer'],
];
const ZH_CITIES: Array<{ prov: string; city: string; cityEn: string; districts: Array<[string, string]>; roads: Array<[string, string]>; area: string; post: string }> = [
  { prov: '广东省', city: '深圳市', cityEn: 'Shenzhen', districts: [['南山区', 'Nanshan District'], ['福田区', 'Futian District'], ['宝安区', 'Bao\'an District'], ['龙岗区', 'Longgang District']], roads: [['科技园路', 'Keji Road'], ['深南大道', 'Shennan Avenue'], ['高新南七道', 'Gaoxin South 7th Road'], ['宝安大道', 'Bao\'an Avenue']], area: '755', post: '518057' },
  { prov: '', city: '上海市', cityEn: 'Shanghai', districts: [['浦东新区', 'Pudong New Area'], ['徐汇区', 'Xuhui District'], ['闵行区', 'Minhang District'], ['长宁区', 'Changning District']], roads: [['世纪大道', 'Century Avenue'], ['张江路', 'Zhangjiang Road'], ['虹桥路', 'Hongqiao Road'], ['漕河泾开发区桂平路', 'Guiping Road']], area: '21', post: '200120' },
  { prov: '', city: '北京市', cityEn: 'Beijing', districts: [['海淀区', 'Haidian District'], ['朝阳区', 'Chaoyang District'], ['东城区', 'Dongcheng District']], roads: [['中关村大街', 'Zhongguancun Street'], ['建国路', 'Jianguo Road'], ['酒仙桥路', 'Jiuxianqiao Road']], area: '10', post: '100080' },
  { prov: '广东省', city: '广州市', cityEn: 'Guangzhou', districts: [['天河区', 'Tianhe District'], ['黄埔区', 'Huangpu District'], ['番禺区', 'Panyu District']], roads: [['天河路', 'Tianhe Road'], ['科学大道', 'Kexue Avenue'], ['珠江新城花城大道', 'Huacheng Avenue']], area: '20', post: '510620' },
  { prov: '浙江省', city: '杭州市', cityEn: 'Hangzhou', districts: [['西湖区', 'Xihu District'], ['滨江区', 'Binjiang District'], ['余杭区', 'Yuhang District']], roads: [['文三路', 'Wensan Road'], ['江南大道', 'Jiangnan Avenue'], ['文一西路', 'Wenyi West Road']], area: '571', post: '310012' },
  { prov: '江苏省', city: '苏州市', cityEn: 'Suzhou', districts: [['工业园区', 'Industrial Park'], ['吴中区', 'Wuzhong District'], ['高新区', 'New District']], roads: [['星湖街', 'Xinghu Street'], ['金鸡湖大道', 'Jinjihu Avenue'], ['狮山路', 'Shishan Road']], area: '512', post: '215021' },
  { prov: '浙江省', city: '宁波市', cityEn: 'Ningbo', districts: [['鄞州区', 'Yinzhou District'], ['北仑区', 'Beilun District']], roads: [['天童南路', 'Tiantong South Road'], ['明州路', 'Mingzhou Road']], area: '574', post: '315100' },
  { prov: '广东省', city: '东莞市', cityEn: 'Dongguan', districts: [['长安镇', 'Chang\'an Town'], ['松山湖高新区', 'Songshan Lake']], roads: [['振安中路', 'Zhen\'an Middle Road'], ['工业西路', 'Gongye West Road']], area: '769', post: '523850' },
  { prov: '福建省', city: '厦门市', cityEn: 'Xiamen', districts: [['思明区', 'Siming District'], ['湖里区', 'Huli District']], roads: [['软件园二期观日路', 'Guanri Road'], ['湖滨南路', 'Hubin South Road']], area: '592', post: '361008' },
];
const ZH_BRANDS: Array<[string, string]> = [
  ['华强', 'huaqiang'], ['东方', 'dongfang'], ['鑫达', 'xinda'], ['创新', 'chuangxin'], ['联合', 'lianhe'], ['恒通', 'hengtong'], ['远航', 'yuanhang'], ['中科', 'zhongke'],
  ['金鹏', 'jinpeng'], ['博达', 'boda'], ['瑞丰', 'ruifeng'], ['天成', 'tiancheng'], ['宏图', 'hongtu'], ['盛世', 'shengshi'], ['新锐', 'xinrui'], ['国泰', 'guotai'],
  ['海纳', 'haina'], ['永信', 'yongxin'], ['万维', 'wanwei'], ['佳联', 'jialian'],
];
const ZH_INDUSTRIES: Array<[string, string]> = [
  ['电子科技', 'Electronic Technology'], ['智能科技', 'Intelligent Technology'], ['机械设备', 'Machinery Equipment'], ['国际贸易', 'International Trading'], ['精密制造', 'Precision Manufacturing'],
  ['新材料', 'New Materials'], ['医疗器械', 'Medical Devices'], ['信息技术', 'Information Technology'], ['光电', 'Optoelectronics'], ['包装材料', 'Packaging Materials'], ['汽车配件', 'Auto Parts'], ['环保科技', 'Environmental Technology'],
];
const ZH_SUFFIXES: Array<[string, string]> = [['有限公司', 'Co., Ltd.'], ['股份有限公司', 'Co., Ltd.'], ['有限责任公司', 'Co., Ltd.'], ['集团有限公司', 'Group Co., Ltd.']];
const BUILDINGS: Array<[string, string]> = [['华强大厦', 'Huaqiang Building'], ['科技大厦', 'Science & Technology Building'], ['国际商务中心', 'International Business Center'], ['创业园', 'Innovation Park'], ['金融广场', 'Finance Plaza']];

const EN_FIRST = ['John', 'Emily', 'Michael', 'Sarah', 'David', 'Laura', 'Thomas', 'Anna', 'James', 'Maria', 'Robert', 'Julia', 'Daniel', 'Sophie', 'Peter', 'Linda', 'Mark', 'Emma', 'Kevin', 'Olivia', 'Lukas', 'Hannah', 'Oliver', 'Grace'];
const EN_LAST = ['Smith', 'Johnson', 'Schmidt', 'Brown', 'Wilson', 'Taylor', 'Anderson', 'Martin', 'Walker', 'Young', 'King', 'Wright', 'Fischer', 'Weber', 'Rossi', 'Dubois', 'Keller', 'Morgan', 'Clarke', 'Becker', 'Hughes', 'Nielsen'];
const EN_TITLES = ['Sales Director', 'Purchasing Manager', 'Chief Executive Officer', 'Marketing Manager', 'Senior Engineer', 'Business Development Manager', 'Export Manager', 'Managing Director', 'Account Manager', 'Product Manager', 'Vice President Sales', 'Regional Sales Manager', 'Technical Consultant', 'Head of Procurement'];
const EN_BRANDS = ['Acme', 'Northwind', 'Globex', 'Vertex', 'Brightline', 'Summit', 'Bluewave', 'Evergreen', 'Pioneer', 'Atlas', 'Nova', 'Crestline', 'Redstone', 'Silverlake', 'Oakridge', 'Meridian'];
const EN_INDUSTRIES = ['Electronics', 'Machinery', 'Trading', 'Technologies', 'Industrial', 'Packaging', 'Medical Devices', 'Components', 'Logistics', 'Solutions', 'Instruments', 'Materials'];

interface Region {
  country: string;
  lines: (r: Rand) => string[];
  phone: (r: Rand) => string;
  mobile: (r: Rand) => string;
  tld: string;
  suffixes: string[];
}

const REGIONS: Region[] = [
  {
    country: 'US',
    lines: (r) => [`${100 + Math.floor(r() * 8900)} ${pick(r, ['Market Street', 'Mission Street', 'Broadway', 'Fifth Avenue', 'Oak Drive', 'Industrial Parkway'])}, Suite ${100 + Math.floor(r() * 800)}`, `${pick(r, ['San Francisco, CA 94103', 'New York, NY 10018', 'Chicago, IL 60601', 'Austin, TX 78701', 'Seattle, WA 98101'])}, USA`],
    phone: (r) => `+1 ${pick(r, ['415', '212', '312', '512', '206'])} ${2 + Math.floor(r() * 7)}${digits(r, 2)} ${digits(r, 4)}`,
    mobile: (r) => `+1 (${pick(r, ['415', '646', '773', '737', '425'])}) ${2 + Math.floor(r() * 7)}${digits(r, 2)}-${digits(r, 4)}`,
    tld: 'com',
    suffixes: ['Inc.', 'LLC', 'Corporation'],
  },
  {
    country: 'DE',
    lines: (r) => [`${pick(r, ['Friedrichstraße', 'Hauptstraße', 'Industriestraße', 'Königsallee', 'Am Hafen'])} ${1 + Math.floor(r() * 180)}`, `${pick(r, ['10117 Berlin', '80331 München', '20095 Hamburg', '70173 Stuttgart', '40213 Düsseldorf'])}, Germany`],
    phone: (r) => `+49 ${pick(r, ['30', '89', '40', '711', '211'])} ${digits(r, 7)}`,
    mobile: (r) => `+49 ${pick(r, ['151', '160', '170', '176'])} ${digits(r, 4)} ${digits(r, 4)}`,
    tld: 'de',
    suffixes: ['GmbH', 'AG', 'GmbH & Co. KG'],
  },
  {
    country: 'GB',
    lines: (r) => [`${1 + Math.floor(r() * 200)} ${pick(r, ['Canada Square', 'King Street', 'Station Road', 'High Street', 'Victoria Road'])}`, `${pick(r, ['London E14 5LQ', 'Manchester M2 3AW', 'Birmingham B3 2DT', 'Leeds LS1 4AP'])}, United Kingdom`],
    phone: (r) => `+44 20 7${digits(r, 3)} ${digits(r, 4)}`,
    mobile: (r) => `+44 79${digits(r, 2)} ${digits(r, 6)}`,
    tld: 'co.uk',
    suffixes: ['Ltd.', 'Limited', 'PLC'],
  },
  {
    country: 'HK',
    lines: (r) => [`Room ${1 + Math.floor(r() * 30)}0${1 + Math.floor(r() * 9)}, ${pick(r, ['Harbour Centre', 'Tower 2, Times Square', 'Golden Plaza', 'Star House'])}`, `${1 + Math.floor(r() * 99)} ${pick(r, ['Harbour Road, Wan Chai', 'Nathan Road, Tsim Sha Tsui', 'Queen\'s Road Central, Central'])}, Hong Kong`],
    phone: (r) => `+852 2${digits(r, 3)} ${digits(r, 4)}`,
    mobile: (r) => `+852 ${pick(r, ['9', '6', '5'])}${digits(r, 3)} ${digits(r, 4)}`,
    tld: 'com.hk',
    suffixes: ['Limited', 'Co., Ltd.', 'Company Limited'],
  },
];

function cnMobile(r: Rand): string {
  const prefix = pick(r, ['138', '139', '136', '135', '150', '151', '158', '159', '186', '187', '188', '177', '189', '133', '199', '137', '182', '183', '185', '152']);
  return prefix + digits(r, 8);
}

function formatCnMobile(r: Rand, m: string): string {
  const style = Math.floor(r() * 5);
  if (style === 0) return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  if (style === 1) return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
  if (style === 2) return m;
  if (style === 3) return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  return `+86-${m}`;
}

/** A local number valid in the area (most Chinese cities have 8 digits, a few 7). */
function cnLocal(r: Rand, area: string): string {
  for (let i = 0; i < 50; i++) {
    const local = `${2 + Math.floor(r() * 7)}${digits(r, i % 2 === 0 ? 7 : 6)}`;
    if (parsePhone(`0${area}${local}`)?.type === 'FIXED_LINE') return local;
  }
  throw new Error(`no valid local number for area ${area}`);
}

function formatCnLandline(r: Rand, area: string, local: string, foreign: boolean): string {
  const style = Math.floor(r() * 4);
  if (foreign || style === 0) return `+86 ${area} ${local.slice(0, 4)} ${local.slice(4)}`;
  if (style === 1) return `0${area}-${local.slice(0, 4)} ${local.slice(4)}`;
  if (style === 2) return `(0${area}) ${local}`;
  return `0${area}-${local}`;
}

function checked(text: string, expect: 'MOBILE' | 'FIXED' | 'ANY'): string {
  const p = parsePhone(text);
  if (!p) throw new Error(`generated an invalid number: ${text}`);
  if (expect === 'MOBILE' && p.type !== 'MOBILE' && p.type !== 'FIXED_LINE_OR_MOBILE') throw new Error(`not a mobile: ${text}`);
  return p.e164;
}

/** Number plans have holes (HK 5000…): draw again until the number is one that exists. */
function validNumber(r: Rand, make: (r: Rand) => string, type: 'MOBILE' | 'FIXED_LINE'): string {
  for (let i = 0; i < 50; i++) {
    const text = make(r);
    const p = parsePhone(text);
    if (p && (p.type === type || p.type === 'FIXED_LINE_OR_MOBILE')) return text;
  }
  throw new Error('no valid number drawn');
}

function titleCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function zhCard(r: Rand, lang: 'zh' | 'bi'): PrintedCard {
  const [sur, surPy] = pick(r, ZH_SURNAMES);
  const [given, givenPy] = pick(r, ZH_GIVEN);
  const [title, titleEn] = pick(r, ZH_TITLES);
  const city = pick(r, ZH_CITIES);
  const [brand, brandPy] = pick(r, ZH_BRANDS);
  const [industry, industryEn] = pick(r, ZH_INDUSTRIES);
  const [suffix, suffixEn] = pick(r, ZH_SUFFIXES);
  const cityShort = city.city.replace('市', '');
  const company = `${pick(r, [city.city, cityShort, ''])}${brand}${industry}${suffix}`;
  const altCompany = `${city.cityEn} ${titleCase(brandPy)} ${industryEn} ${suffixEn}`;
  const [district, districtEn] = pick(r, city.districts);
  const [road, roadEn] = pick(r, city.roads);
  const [building, buildingEn] = pick(r, BUILDINGS);
  const no = 1 + Math.floor(r() * 300);
  const floor = 2 + Math.floor(r() * 30);
  const room = `${floor}${String(1 + Math.floor(r() * 20)).padStart(2, '0')}`;
  const tail = pick(r, [`${building}${floor}楼`, `${building}${pick(r, ['A', 'B', 'C'])}座${room}室`, `${room}室`, '']);
  const address = `${city.prov}${city.city}${district}${road}${no}号${tail}`;
  const addressLines = address.length > 24 && chance(r, 0.4) ? [address.slice(0, address.indexOf('号') + 1), address.slice(address.indexOf('号') + 1)].filter(Boolean) : [address];
  const altAddress = [`${tail ? `Room ${room}, ${buildingEn}, ` : ''}No. ${no} ${roadEn}, ${districtEn}`, `${city.cityEn} ${city.post}, China`];
  const mobileDigits = cnMobile(r);
  const mobile = formatCnMobile(r, mobileDigits);
  const local = cnLocal(r, city.area);
  const phone = chance(r, 0.85) ? formatCnLandline(r, city.area, local, lang === 'bi' && chance(r, 0.5)) : undefined;
  const fax = phone && chance(r, 0.6) ? formatCnLandline(r, city.area, cnLocal(r, city.area), false) : undefined;
  const domain = `${brandPy}${pick(r, ['', '-tech', 'group', 'cn', 'corp'])}.${pick(r, ['com', 'com.cn', 'cn', 'net'])}`;
  const local1 = pick(r, [`${surPy}${givenPy}`, `${givenPy}.${surPy}`, `${surPy}.${givenPy}`, `${surPy[0]}${givenPy}`, `${givenPy}${surPy}${digits(r, 2)}`]);
  const email = `${local1}@${domain}`;
  const website = chance(r, 0.7) ? `${pick(r, ['www.', 'http://www.', 'www.'])}${domain}` : undefined;
  const name = `${sur}${given}`;
  const labels: LabelStyle = lang === 'bi' ? pick(r, ['zh', 'en-short', 'en-long', 'zh-colon']) : pick(r, ['zh', 'zh-colon', 'zh-colon', 'en-short', 'none']);
  return {
    lang,
    name,
    altName: lang === 'bi' ? `${titleCase(givenPy)} ${titleCase(surPy)}` : undefined,
    title,
    altTitle: lang === 'bi' ? titleEn : undefined,
    company,
    altCompany: lang === 'bi' ? altCompany : undefined,
    mobile,
    phone,
    fax,
    email,
    website,
    address: addressLines,
    altAddress: lang === 'bi' ? altAddress : undefined,
    labels,
    truth: {
      name,
      title,
      company,
      mobile: checked(mobile, 'MOBILE'),
      phone: phone ? checked(phone, 'FIXED') : null,
      fax: fax ? checked(fax, 'FIXED') : null,
      email: email.toLowerCase(),
      website: website ?? null,
      address,
    },
  };
}

function enCard(r: Rand): PrintedCard {
  const first = pick(r, EN_FIRST);
  const last = pick(r, EN_LAST);
  const title = pick(r, EN_TITLES);
  const chinese = chance(r, 0.35);
  const brand = pick(r, EN_BRANDS);
  const industry = pick(r, EN_INDUSTRIES);
  let company: string;
  let addressLines: string[];
  let mobile: string;
  let phone: string | undefined;
  let fax: string | undefined;
  let tld: string;
  if (chinese) {
    // An English card of a Chinese exhibitor: Chinese city, English address, +86 numbers.
    const city = pick(r, ZH_CITIES);
    const [brandZh, brandPy] = pick(r, ZH_BRANDS);
    void brandZh;
    const [, industryEn] = pick(r, ZH_INDUSTRIES);
    company = `${city.cityEn} ${titleCase(brandPy)} ${industryEn} Co., Ltd.`;
    const [, districtEn] = pick(r, city.districts);
    const [, roadEn] = pick(r, city.roads);
    addressLines = [`No. ${1 + Math.floor(r() * 300)} ${roadEn}, ${districtEn}`, `${city.cityEn} ${city.post}, China`];
    mobile = formatCnMobile(r, cnMobile(r)).replace(/^(\d)/, '+86 $1');
    phone = chance(r, 0.8) ? formatCnLandline(r, city.area, cnLocal(r, city.area), true) : undefined;
    fax = phone && chance(r, 0.5) ? formatCnLandline(r, city.area, cnLocal(r, city.area), true) : undefined;
    tld = pick(r, ['com', 'com.cn', 'cn']);
  } else {
    const region = pick(r, REGIONS);
    company = `${brand} ${industry} ${pick(r, region.suffixes)}`;
    addressLines = region.lines(r);
    mobile = validNumber(r, region.mobile, 'MOBILE');
    phone = chance(r, 0.8) ? validNumber(r, region.phone, 'FIXED_LINE') : undefined;
    fax = phone && chance(r, 0.4) ? validNumber(r, region.phone, 'FIXED_LINE') : undefined;
    tld = region.tld;
  }
  const domain = `${brand.toLowerCase()}${pick(r, ['', '-' + industry.split(' ')[0]!.toLowerCase(), 'group'])}.${tld}`;
  const email = `${pick(r, [`${first}.${last}`, `${first[0]}${last}`, `${first}`, `${first}_${last}`])}@${domain}`;
  const website = chance(r, 0.75) ? `${pick(r, ['www.', 'https://www.', 'www.'])}${domain}` : undefined;
  const name = `${first} ${last}`;
  const address = addressLines.join(', ');
  return {
    lang: 'en',
    name,
    title,
    company,
    mobile,
    phone,
    fax,
    email,
    website,
    address: addressLines,
    labels: pick(r, ['en-short', 'en-long', 'en-long', 'none']),
    truth: {
      name,
      title,
      company,
      mobile: checked(mobile, 'MOBILE'),
      phone: phone ? checked(phone, 'FIXED') : null,
      fax: fax ? checked(fax, 'FIXED') : null,
      email: email.toLowerCase(),
      website: website ?? null,
      address,
    },
  };
}

/**
 * Without labels a reader cannot tell a fax from a phone, nor (outside China) a mobile from a
 * desk number: such cards print only what a person could still tell apart.
 */
function withoutAmbiguity(card: PrintedCard): PrintedCard {
  if (card.labels !== 'none') return card;
  const cnMobileNumber = card.truth.mobile?.startsWith('+861') ?? false;
  const keepPhone = cnMobileNumber;
  return {
    ...card,
    fax: undefined,
    phone: keepPhone ? card.phone : undefined,
    truth: { ...card.truth, fax: null, phone: keepPhone ? card.truth.phone : null },
  };
}

export function makeCard(r: Rand, index: number): PrintedCard {
  // Roughly: 45% Chinese, 35% English, 20% bilingual, interleaved so any prefix of the set is mixed.
  const lang: CardLanguage = index % 20 < 9 ? 'zh' : index % 20 < 16 ? 'en' : 'bi';
  return withoutAmbiguity(lang === 'en' ? enCard(r) : zhCard(r, lang));
}
