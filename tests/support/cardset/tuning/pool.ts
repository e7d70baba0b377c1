/**
 * People, companies and places of the tuning families. Made up for this set; none of it is in
 * tests/support/cards/data.ts (the old generator) or in the held-out pool.
 */
import type { ForeignPlace, Pool } from '../kit/people';
import { int, pick } from '../kit/random';

const places: ForeignPlace[] = [
  {
    country: 'GB',
    street: (r) => pick(r, [[`Unit ${int(r, 2, 18)}, Harbourside Business Park`, `${int(r, 3, 90)} Anchor Road`], [`${int(r, 2, 140)} Broad Quay`], [`Floor ${int(r, 2, 9)}, Temple Point`, `${int(r, 1, 40)} Redcliff Street`]]),
    cityLine: 'Bristol BS1 6HT, United Kingdom',
    area: '117',
    suffixes: ['Ltd', 'Limited', 'LLP', 'plc'],
    tld: 'co.uk',
  },
  {
    country: 'GB',
    street: (r) => pick(r, [[`${int(r, 2, 60)} Lothian Road`], [`Suite ${int(r, 1, 9)}.${int(r, 1, 20)}, Quartermile Two`, `${int(r, 2, 20)} Lister Square`]]),
    cityLine: 'Edinburgh EH3 9BX, Scotland',
    area: '131',
    suffixes: ['Ltd', 'Limited'],
    tld: 'co.uk',
  },
  {
    country: 'DE',
    street: (r) => pick(r, [[`Mainzer Landstrasse ${int(r, 2, 220)}`], [`Hanauer Landstrasse ${int(r, 2, 300)}`, `Haus ${pick(r, ['A', 'B', 'C'])}`]]),
    cityLine: '60327 Frankfurt am Main, Germany',
    area: '69',
    suffixes: ['GmbH', 'AG', 'GmbH & Co. KG'],
    tld: 'de',
  },
  {
    country: 'DE',
    street: (r) => [`Karl-Heine-Strasse ${int(r, 2, 120)}`],
    cityLine: '04229 Leipzig, Germany',
    area: '341',
    suffixes: ['GmbH', 'KG'],
    tld: 'de',
  },
  {
    country: 'US',
    street: (r) => pick(r, [[`One Financial Center, Suite ${int(r, 10, 40)}00`], [`${int(r, 100, 999)} Atlantic Avenue`, `Floor ${int(r, 2, 12)}`]]),
    cityLine: 'Boston, MA 02110, USA',
    area: '617',
    suffixes: ['Inc.', 'LLC', 'Corp.'],
    tld: 'com',
  },
  {
    country: 'US',
    street: (r) => [`${int(r, 1000, 1999)} Wazee Street, Suite ${int(r, 100, 500)}`],
    cityLine: 'Denver, CO 80202, USA',
    area: '303',
    suffixes: ['Inc.', 'LLC'],
    tld: 'com',
  },
  {
    country: 'JP',
    street: (r) => [`${int(r, 1, 4)}-${int(r, 1, 20)}-${int(r, 1, 30)} Shiba, Minato-ku`],
    cityLine: 'Tokyo 105-0014, Japan',
    area: '3',
    suffixes: ['Co., Ltd.', 'K.K.', 'Corporation'],
    tld: 'co.jp',
  },
  {
    country: 'SG',
    street: (r) => [`${int(r, 10, 90)} Robinson Road #${int(r, 2, 30)}-0${int(r, 1, 9)}`],
    cityLine: 'Singapore 068898',
    suffixes: ['Pte. Ltd.', 'Pte Ltd'],
    tld: 'com.sg',
  },
];

export const TUNING_POOL: Pool = {
  zhSurnames: [
    ['高', 'gao'], ['许', 'xu'], ['魏', 'wei'], ['吕', 'lv'], ['丁', 'ding'], ['沈', 'shen'], ['姚', 'yao'], ['卢', 'lu'], ['姜', 'jiang'], ['崔', 'cui'],
    ['钟', 'zhong'], ['谭', 'tan'], ['陆', 'lu'], ['汪', 'wang'], ['范', 'fan'], ['金', 'jin'], ['石', 'shi'], ['廖', 'liao'], ['贾', 'jia'], ['夏', 'xia'],
    ['吴', 'wu'], ['鲜', 'xian'], ['佘', 'she'],
  ],
  zhCompoundSurnames: [['上官', 'shangguan'], ['司徒', 'situ'], ['公孙', 'gongsun']],
  zhGiven1: [['颖', 'ying'], ['琳', 'lin'], ['博', 'bo'], ['峰', 'feng'], ['鹏', 'peng'], ['蕾', 'lei'], ['昊', 'hao'], ['琦', 'qi'], ['翔', 'xiang'], ['燕', 'yan'], ['芳', 'fang'], ['斌', 'bin']],
  zhGiven2: [
    ['子墨', 'zimo'], ['一鸣', 'yiming'], ['晓彤', 'xiaotong'], ['雨萱', 'yuxuan'], ['家豪', 'jiahao'], ['建国', 'jianguo'], ['秀英', 'xiuying'], ['振华', 'zhenhua'],
    ['天佑', 'tianyou'], ['梦瑶', 'mengyao'], ['立新', 'lixin'], ['慧敏', 'huimin'], ['春生', 'chunsheng'], ['佳琪', 'jiaqi'], ['宏伟', 'hongwei'], ['若曦', 'ruoxi'],
  ],
  zhTitles: [
    ['销售总监', 'Sales Director'], ['采购部经理', 'Purchasing Manager'], ['总经理', 'General Manager'], ['海外事业部经理', 'Overseas Business Manager'], ['首席技术官', 'CTO'],
    ['客户经理', 'Account Manager'], ['合伙人', 'Partner'], ['主任医师', 'Chief Physician'], ['设计总监', 'Design Director'], ['外贸主管', 'Export Supervisor'],
    ['执行董事', 'Executive Director'], ['品质部主管', 'Quality Supervisor'],
  ],
  zhTrades: [
    ['纺织品', 'Textiles'], ['船舶配件', 'Marine Parts'], ['冷链物流', 'Cold Chain Logistics'], ['陶瓷', 'Ceramics'], ['光伏能源', 'Photovoltaic Energy'], ['食品', 'Foods'],
    ['建筑设计', 'Architectural Design'], ['家具制造', 'Furniture'], ['精细化工', 'Fine Chemicals'], ['广告传媒', 'Advertising & Media'], ['教育科技', 'Education Technology'],
    ['酒店管理', 'Hotel Management'], ['钢结构工程', 'Steel Structure'], ['电梯', 'Elevator'], ['生物医药', 'Biopharmaceutical'], ['通讯设备', 'Telecom Equipment'],
  ],
  zhBrands: [
    ['华信', 'hua xin'], ['蜀锦', 'shu jin'], ['长江', 'chang jiang'], ['海岳', 'hai yue'], ['凯瑞', 'kai rui'], ['正元', 'zheng yuan'], ['鼎盛', 'ding sheng'], ['卓越', 'zhuo yue'],
    ['同创', 'tong chuang'], ['嘉禾', 'jia he'], ['金石', 'jin shi'], ['青禾', 'qing he'], ['锦程', 'jin cheng'], ['安泰', 'an tai'], ['瑞雪', 'rui xue'], ['汇通', 'hui tong'],
  ],
  zhSuffixes: [['有限公司', 'Co., Ltd.'], ['有限公司', 'Co., Ltd.'], ['股份有限公司', 'Co., Ltd.'], ['有限责任公司', 'Co., Ltd.'], ['集团有限公司', 'Group Co., Ltd.'], ['科技有限公司', 'Technology Co., Ltd.']],
  zhCities: [
    {
      prov: '四川省', city: '成都市', cityEn: 'Chengdu', area: '28', post: '610041',
      districts: [['高新区', 'Hi-tech Zone'], ['锦江区', 'Jinjiang District'], ['武侯区', 'Wuhou District']],
      roads: [['天府大道中段', 'Middle Tianfu Avenue'], ['人民南路四段', 'Section 4, Renmin South Road'], ['蜀锦路', 'Shujin Road']],
      buildings: [['环球中心', 'Global Center'], ['天府软件园', 'Tianfu Software Park'], ['银泰中心', 'Yintai Center']],
    },
    {
      prov: '湖北省', city: '武汉市', cityEn: 'Wuhan', area: '27', post: '430074',
      districts: [['洪山区', 'Hongshan District'], ['江汉区', 'Jianghan District'], ['东湖新技术开发区', 'East Lake Hi-tech Zone']],
      roads: [['光谷大道', 'Guanggu Avenue'], ['解放大道', 'Jiefang Avenue'], ['珞喻路', 'Luoyu Road']],
      buildings: [['光谷软件园', 'Optics Valley Software Park'], ['泛海国际中心', 'Oceanwide International Center'], ['长江大厦', 'Changjiang Building']],
    },
    {
      prov: '山东省', city: '青岛市', cityEn: 'Qingdao', area: '532', post: '266071',
      districts: [['市南区', 'Shinan District'], ['崂山区', 'Laoshan District'], ['黄岛区', 'Huangdao District']],
      roads: [['香港中路', 'Hong Kong Middle Road'], ['株洲路', 'Zhuzhou Road'], ['长江中路', 'Changjiang Middle Road']],
      buildings: [['海信广场', 'Hisense Plaza'], ['国际航运中心', 'International Shipping Center'], ['创业大厦', 'Chuangye Building']],
    },
    {
      prov: '广东省', city: '佛山市', cityEn: 'Foshan', area: '757', post: '528000',
      districts: [['顺德区', 'Shunde District'], ['南海区', 'Nanhai District'], ['禅城区', 'Chancheng District']],
      roads: [['季华五路', 'Jihua 5th Road'], ['桂澜北路', 'Guilan North Road'], ['佛山大道中', 'Middle Foshan Avenue']],
      buildings: [['创意产业园', 'Creative Industry Park'], ['陶瓷总部基地', 'Ceramics Headquarters Base'], ['新城中心', 'New Town Center']],
    },
    {
      prov: '安徽省', city: '合肥市', cityEn: 'Hefei', area: '551', post: '230088',
      districts: [['蜀山区', 'Shushan District'], ['包河区', 'Baohe District'], ['高新区', 'Hi-tech Zone']],
      roads: [['长江西路', 'Changjiang West Road'], ['望江西路', 'Wangjiang West Road'], ['创新大道', 'Chuangxin Avenue']],
      buildings: [['创新产业园', 'Innovation Industrial Park'], ['置地广场', 'Land Plaza'], ['天珑广场', 'Tianlong Plaza']],
    },
    {
      prov: '', city: '天津市', cityEn: 'Tianjin', area: '22', post: '300074',
      districts: [['河西区', 'Hexi District'], ['滨海新区', 'Binhai New Area'], ['南开区', 'Nankai District']],
      roads: [['友谊路', 'Youyi Road'], ['黄海路', 'Huanghai Road'], ['南京路', 'Nanjing Road']],
      buildings: [['金融街中心', 'Financial Street Center'], ['泰达服务中心', 'TEDA Service Center'], ['环球金融中心', 'Global Financial Center']],
    },
  ],
  enFirst: ['Harriet', 'Gregory', 'Nathaniel', 'Rebecca', 'Samuel', 'Victoria', 'Benjamin', 'Charlotte', 'Frederick', 'Isabel', 'Theodore', 'Amelia', 'Raymond', 'Eleanor', 'Patrick', 'Natalie', 'Walter', 'Yvonne', 'Kenji', 'Priya'],
  enMiddle: ['Alan', 'Louise', 'James', 'Marie', 'Edward', 'Rose', 'Anne', 'Joseph', 'Kate'],
  enLast: ['Thornton', 'Whitfield', 'Castellano', 'McAllister', 'Okafor', 'Lindqvist', 'Pemberton', 'Harrington', 'Delacroix', 'Novak', 'Brennan', 'Gallagher', 'Ashworth', 'Kowalski', 'Fairbanks', 'Mendoza', 'Yamamoto', 'Raman', 'Hughes-Whitfield', "O'Hara"],
  enTitles: ['Head of Sourcing', 'Senior Buyer', 'Director of Operations', 'Principal Engineer', 'Chief Commercial Officer', 'Key Account Manager', 'Supply Chain Manager', 'Partner', 'Country Manager', 'Business Development Director', 'Quality Assurance Lead', 'Managing Partner'],
  honorifics: ['Dr.', 'Prof.', 'Dr'],
  postNominals: ['PhD', 'MBA', 'CPA', 'P.E.', 'MSc', 'CFA'],
  enBrands: ['Harbourside', 'Kestrel', 'Ironbridge', 'Lakemont', 'Greyfield', 'Copperleaf', 'Windrose', 'Stonegate', 'Bluefin', 'Ashcombe', 'Foxhall', 'Marlow'],
  enTrades: ['Marine Supplies', 'Precision Castings', 'Cold Storage', 'Biologics', 'Furniture Works', 'Textile Mills', 'Hospitality', 'Consulting', 'Agritech', 'Packaging Films', 'Medical Imaging', 'Wine Imports'],
  places,
};
