/**
 * Held out — do not read while tuning the reader (README.md).
 * Traditional-Chinese cards from Hong Kong and Taiwan: 手提/電話/傳真/電郵 (HK) and
 * 行動電話/電話/傳真 (TW) labels, the English name beside the Chinese one, married double surnames
 * (陳李慧玲), two office lines, Hong Kong numbers written "(852) …" and mobiles outside the
 * allocated ranges, Taiwanese numbers in national form "(02) …".
 */
import { html, layout, phones, random, sizes } from '../kit';
import type { CardText } from '../kit/card';
import type { Family } from '../kit/family';
import type { LabelStyle, LabelWords } from '../kit/labels';
import type { PrintedPhone } from '../kit/phones';
import { HELDOUT_POOL } from './pool';

type Rand = () => number;

const HK_LABELS: LabelWords = { mobile: '手提', phone: '電話', fax: '傳真', email: '電郵', web: '網址', address: '地址', wechat: '微信' };
const HK_BI_LABELS: LabelWords = { mobile: '手提 Mobile', phone: '電話 Tel', fax: '傳真 Fax', email: '電郵 Email', web: '網址 Web', address: '地址 Add', wechat: '微信' };
const TW_LABELS: LabelWords = { mobile: '行動電話', phone: '電話', fax: '傳真', email: 'E-mail', web: '網站', address: '地址', wechat: 'LINE' };

const HK_PEOPLE = [['黃詠詩', 'Vivian Wong'], ['梁家俊', 'Kelvin Leung'], ['陳李慧玲', 'Mandy Chan'], ['何志明', 'Raymond Ho'], ['張嘉欣', 'Karen Cheung'], ['鄧子峰', 'Tommy Tang'], ['吳凱琳', 'Kathy Ng'], ['林偉傑', 'Eric Lam'], ['區婉儀', 'Yvonne Au'], ['麥浩然', 'Alan Mak'], ['馮曉彤', 'Fiona Fung'], ['歐陽卓賢', 'Jason Au-Yeung']] as const;
const HK_COMPANIES = [
  ['星河國際貨運有限公司', 'Xinghe International Freight Limited', '星河', 'xinghefreight'],
  ['雅軒珠寶有限公司', 'Elegance Jewellery Limited', '雅軒', 'elegancejewellery'],
  ['恒昌電子(香港)有限公司', 'Hang Cheong Electronics (HK) Limited', '恒昌', 'hangcheong'],
  ['利達玩具製品廠有限公司', 'Lee Tat Toys Manufactory Limited', '利達', 'leetattoys'],
  ['華興印刷有限公司', 'Wah Hing Printing Company Limited', '華興', 'wahhingprint'],
  ['康泰醫療器材有限公司', 'Hong Tai Medical Supplies Limited', '康泰', 'hongtaimedical'],
] as const;
const HK_TITLES = [['業務經理', 'Business Manager'], ['採購主任', 'Purchasing Officer'], ['董事總經理', 'Managing Director'], ['市場部高級經理', 'Senior Marketing Manager'], ['助理總監', 'Assistant Director']] as const;
const TW_PEOPLE = [['林怡君', 'Yi-Chun Lin'], ['陳冠宇', 'Kuan-Yu Chen'], ['王淑芬', 'Shu-Fen Wang'], ['張家豪', 'Chia-Hao Chang'], ['李佩珊', 'Pei-Shan Lee'], ['蔡宗翰', 'Tsung-Han Tsai'], ['許雅婷', 'Ya-Ting Hsu'], ['黃志偉', 'Chih-Wei Huang']] as const;
const TW_COMPANIES = [
  ['鼎新精密工業股份有限公司', 'Dingxin Precision Industrial Co., Ltd.', '鼎新', 'dingxin-precision'],
  ['台灣晨光光電股份有限公司', 'Chenguang Optoelectronics Taiwan Co., Ltd.', '晨光', 'chenguang-opto'],
  ['宏遠生技股份有限公司', 'Hongyuan Biotech Co., Ltd.', '宏遠', 'hongyuanbio'],
  ['永豐餐飲設備有限公司', 'Yongfeng Catering Equipment Co., Ltd.', '永豐', 'yongfeng-ce'],
] as const;
const TW_TITLES = [['業務經理', 'Sales Manager'], ['副總經理', 'Vice President'], ['研發工程師', 'R&D Engineer'], ['採購專員', 'Purchasing Specialist']] as const;

/** Hong Kong cards often print the code without a plus: "(852) 2345 6789". */
function hkStyle(r: Rand, p: PrintedPhone): PrintedPhone {
  return random.chance(r, 0.35) ? { ...p, text: p.text.replace(/^\(?\+852\)?[ -]?/, '(852) ') } : p;
}

function hongKong(r: Rand): { card: CardText; style: LabelStyle } {
  const [name, en] = random.pick(r, HK_PEOPLE);
  const [company, companyEn, brand, stem] = random.pick(r, HK_COMPANIES);
  const [title, titleEn] = random.pick(r, HK_TITLES);
  const mobile = random.chance(r, 0.4) ? phones.unallocatedMobile(r, 'HK') : phones.foreignMobile(r, 'HK');
  const office = [phones.foreignLandline(r, 'HK', 'phone'), ...(random.chance(r, 0.5) ? [phones.foreignLandline(r, 'HK', 'phone')] : [])];
  const fax = random.chance(r, 0.5) ? phones.foreignLandline(r, 'HK', 'fax') : undefined;
  const place = HELDOUT_POOL.places.find((p) => p.country === 'HK');
  const chinese = random.chance(r, 0.5);
  const floor = random.int(r, 3, 28);
  const address = chinese ? ['香港九龍觀塘', `鴻圖道${random.int(r, 1, 80)}號${random.pick(r, ['創貿廣場', '宏利金融中心', '寧晉中心'])}${floor}樓${random.int(r, 1, 20)}室`] : [...(place?.street(r) ?? []), 'Hong Kong'];
  const card: CardText = {
    lang: 'bi',
    name,
    nameLine: name,
    nameAlt: en,
    title,
    titleAlt: titleEn,
    company,
    companyAlt: companyEn,
    brand,
    mobiles: [hkStyle(r, mobile)],
    phones: office.map((p) => hkStyle(r, p)),
    fax: fax && hkStyle(r, fax),
    email: `${en.split(' ')[0]?.toLowerCase()}${random.pick(r, ['', '.' + (en.split(' ')[1] ?? '').toLowerCase().replace(/[^a-z]/g, '')])}@${stem}.com.hk`,
    website: random.chance(r, 0.6) ? `www.${stem}.com.hk` : undefined,
    address,
  };
  return { card, style: { kind: 'words', words: random.chance(r, 0.5) ? HK_LABELS : HK_BI_LABELS, sep: random.pick(r, ['：', ': ', ' '] as const) } };
}

function taiwan(r: Rand): { card: CardText; style: LabelStyle } {
  const [name, en] = random.pick(r, TW_PEOPLE);
  const [company, companyEn, brand, stem] = random.pick(r, TW_COMPANIES);
  const [title, titleEn] = random.pick(r, TW_TITLES);
  const mobile = phones.foreignMobile(r, 'TW');
  const office = phones.foreignLandline(r, 'TW', 'phone', { ext: random.chance(r, 0.4) ? 'x' : undefined });
  const national = random.chance(r, 0.4);
  // National form, as most Taiwanese cards print it: (02) 2345-6789, 0912-345-678.
  const nat = (p: PrintedPhone): PrintedPhone => {
    if (!national) return p;
    const digits = p.truth.replace(/ ext\. \d+$/, '').slice(4);
    const ext = / ext\. (\d+)$/.exec(p.truth)?.[1];
    const text = digits.startsWith('9') ? `0${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` : `(0${digits[0]}) ${digits.slice(1, 5)}-${digits.slice(5)}${ext ? ` #${ext}` : ''}`;
    return { ...p, text };
  };
  const floor = random.int(r, 2, 30);
  const address = random.pick(r, [
    [`台北市信義區松仁路${random.int(r, 1, 200)}號${floor}樓`],
    [`新北市板橋區文化路一段${random.int(r, 1, 300)}號`, `${floor}樓之${random.int(r, 1, 9)}`],
    [`台中市西屯區台灣大道三段${random.int(r, 1, 900)}號${floor}樓`],
  ]);
  const card: CardText = {
    lang: 'bi',
    name,
    nameLine: name,
    nameAlt: en,
    title,
    titleAlt: titleEn,
    company,
    companyAlt: companyEn,
    brand,
    mobiles: [nat(mobile)],
    phones: [nat(office)],
    email: `${en.toLowerCase().replace(/[^a-z]/g, '')}@${stem}.com.tw`,
    website: random.chance(r, 0.6) ? `www.${stem}.com.tw` : undefined,
    address,
  };
  return { card, style: { kind: 'words', words: TW_LABELS, sep: random.pick(r, ['：', ':', ' '] as const) } };
}

export const traditionalHkTw: Family = {
  id: 'traditional-hk-tw',
  look: 'Traditional Chinese, Hong Kong and Taiwan; 手提/電話/電郵 labels, "(852)" and national TW numbers, double surnames',
  exercises: ['traditional characters', 'several office numbers', 'numbers outside allocated ranges (+852 4…)', 'numbers written "(852) …" and "(02) …"', 'married double surnames'],
  count: 15,
  make: (r, index) => {
    const { card, style } = index % 3 === 2 ? taiwan(r) : hongKong(r);
    const accent = random.pick(r, ['#7a1f1f', '#0f3460', '#1e5128', '#533483']);
    const body = 11.5 + random.int(r, 0, 1);
    const lines = layout.contactLines(card, style, { size: body, withAddress: true });
    const logo = layout.logoBlock(card.brand, { size: 44, background: accent, color: '#fff', shape: random.pick(r, ['rounded', 'circle', 'square'] as const) });
    const content = `
      <div style="display:flex;align-items:center;gap:10px">${logo}<div style="min-width:0;flex:1"><div class="fit" style="font-size:${body + 2}px;font-weight:700;color:${accent}">${html.esc(card.company)}</div><div class="fit" style="font-size:${body - 1}px;color:#555">${html.esc(card.companyAlt ?? '')}</div></div></div>
      <div style="display:flex;align-items:baseline;gap:10px;margin:10px 0 6px"><div class="fit" style="font-size:${24 + random.int(r, 0, 3)}px;font-weight:700">${html.esc(card.nameLine)}</div><div class="fit" style="font-size:${body + 2}px">${html.esc(card.nameAlt ?? '')}</div><div class="fit" style="margin-left:auto;font-size:${body}px;color:${accent}">${html.esc(card.title)} ${html.esc(card.titleAlt ?? '')}</div></div>
      <div style="font-size:${body}px;line-height:1.4">${html.fitLines(lines)}</div>`;
    return { html: html.page({ ...sizes.cn, background: '#fff', color: '#1f1f1f', font: html.font(r, random.pick(r, ['zhtSans', 'zhtSerif'] as const), 'zhtSans'), padding: '16px 22px' }, content), card, ...sizes.cn };
  },
};
