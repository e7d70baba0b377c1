/**
 * People, companies and places of the held-out families (see README.md: do not read while tuning
 * the reader). Made up; none of it is in the tuning pool or in tests/support/cards/data.ts.
 */
import type { ForeignPlace, Pool } from '../kit/people';
import { int, pick } from '../kit/random';

const places: ForeignPlace[] = [
  {
    country: 'GB',
    street: (r) => pick(r, [[`${int(r, 2, 80)} Hills Road`], [`The Jeffreys Building, Unit ${int(r, 1, 30)}`, `Cowley Road`]]),
    cityLine: 'Cambridge CB2 1TN, United Kingdom',
    area: '1223',
    suffixes: ['Ltd', 'Limited', 'LLP'],
    tld: 'co.uk',
  },
  {
    country: 'GB',
    street: (r) => [`${int(r, 100, 250)} West George Street`],
    cityLine: 'Glasgow G2 5RJ, United Kingdom',
    area: '141',
    suffixes: ['Ltd', 'plc'],
    tld: 'co.uk',
  },
  {
    country: 'DE',
    street: (r) => pick(r, [[`Am Wall ${int(r, 2, 190)}`], [`Konsul-Smidt-Strasse ${int(r, 8, 90)}`, `Speicher ${int(r, 1, 17)}`]]),
    cityLine: '28195 Bremen, Germany',
    area: '421',
    suffixes: ['GmbH', 'AG', 'SE'],
    tld: 'de',
  },
  {
    country: 'DE',
    street: (r) => [`Hansaring ${int(r, 10, 160)}`],
    cityLine: '50670 Cologne, Germany',
    area: '221',
    suffixes: ['GmbH'],
    tld: 'de',
  },
  {
    country: 'US',
    street: (r) => pick(r, [[`${int(r, 100, 299)} Peachtree Street NE, Suite ${int(r, 2, 29)}00`], [`${int(r, 100, 299)} Peachtree Center Avenue`, `Suite ${int(r, 200, 900)}`]]),
    cityLine: 'Atlanta, GA 30303, USA',
    area: '404',
    suffixes: ['Inc.', 'LLC', 'Co.'],
    tld: 'com',
  },
  {
    country: 'US',
    street: (r) => [`${int(r, 100, 900)} Nicollet Mall, Floor ${int(r, 2, 30)}`],
    cityLine: 'Minneapolis, MN 55402, USA',
    area: '612',
    suffixes: ['Inc.', 'Corp.'],
    tld: 'us',
  },
  {
    country: 'JP',
    street: (r) => [`${int(r, 1, 3)}-${int(r, 1, 12)}-${int(r, 1, 20)} Umeda, Kita-ku`],
    cityLine: 'Osaka 530-0001, Japan',
    area: '6',
    suffixes: ['Co., Ltd.', 'Inc.'],
    tld: 'co.jp',
  },
  {
    country: 'HK',
    street: (r) => [`Unit ${int(r, 5, 30)}${pick(r, ['01', '05', '12'])}, ${pick(r, ['Cyberport 3', 'Landmark North', 'Millennium City 5'])}`, `${int(r, 1, 200)} ${pick(r, ['Cyberport Road', 'San Wan Road, Sheung Shui', 'How Ming Street, Kwun Tong'])}`],
    cityLine: 'Hong Kong',
    suffixes: ['Limited', 'Company Limited'],
    tld: 'com.hk',
  },
  {
    country: 'AU',
    street: (r) => [`Level ${int(r, 2, 40)}, ${int(r, 100, 600)} Collins Street`],
    cityLine: 'Melbourne VIC 3000, Australia',
    suffixes: ['Pty Ltd'],
    tld: 'com.au',
  },
];

export const HELDOUT_POOL: Pool = {
  zhSurnames: [
    ['戴', 'dai'], ['邵', 'shao'], ['俞', 'yu'], ['鲁', 'lu'], ['韦', 'wei'], ['孔', 'kong'], ['邱', 'qiu'], ['秦', 'qin'], ['江', 'jiang'], ['尹', 'yin'],
    ['薛', 'xue'], ['雷', 'lei'], ['龙', 'long'], ['万', 'wan'], ['顾', 'gu'], ['毛', 'mao'], ['温', 'wen'], ['易', 'yi'], ['常', 'chang'], ['武', 'wu'],
    ['逯', 'lu'], ['訾', 'zi'], ['蹇', 'jian'],
  ],
  zhCompoundSurnames: [['慕容', 'murong'], ['端木', 'duanmu'], ['皇甫', 'huangfu'], ['欧阳', 'ouyang']],
  zhGiven1: [['岚', 'lan'], ['璐', 'lu'], ['骏', 'jun'], ['帆', 'fan'], ['楠', 'nan'], ['毅', 'yi'], ['洁', 'jie'], ['萌', 'meng'], ['冰', 'bing'], ['凯', 'kai'], ['蓉', 'rong'], ['崧', 'song']],
  zhGiven2: [
    ['清扬', 'qingyang'], ['书瑶', 'shuyao'], ['明轩', 'mingxuan'], ['语桐', 'yutong'], ['志远', 'zhiyuan'], ['丽华', 'lihua'], ['卫东', 'weidong'], ['诗涵', 'shihan'],
    ['俊熙', 'junxi'], ['晓光', 'xiaoguang'], ['静怡', 'jingyi'], ['兆麟', 'zhaolin'], ['雅琴', 'yaqin'], ['国栋', 'guodong'], ['安琪', 'anqi'], ['锦荣', 'jinrong'],
  ],
  zhTitles: [
    ['大客户部总监', 'Key Account Director'], ['采购专员', 'Purchasing Specialist'], ['董事总经理', 'Managing Director'], ['亚太区销售副总裁', 'VP Sales, APAC'], ['首席执行官', 'CEO'],
    ['市场部经理', 'Marketing Manager'], ['高级合伙人', 'Senior Partner'], ['研究员', 'Research Fellow'], ['项目总监', 'Project Director'], ['技术支持工程师', 'Technical Support Engineer'],
    ['创始人', 'Founder'], ['供应链经理', 'Supply Chain Manager'],
  ],
  zhTrades: [
    ['航空零部件', 'Aerospace Components'], ['口腔医疗', 'Dental Care'], ['种业', 'Seed Industry'], ['声学工程', 'Acoustic Engineering'], ['宠物用品', 'Pet Supplies'], ['国际货运代理', 'Freight Forwarding'],
    ['储能科技', 'Energy Storage'], ['木业', 'Timber'], ['化妆品', 'Cosmetics'], ['机器人', 'Robotics'], ['水处理设备', 'Water Treatment'], ['酿酒设备', 'Brewing Equipment'],
    ['文化旅游', 'Culture & Tourism'], ['法律咨询', 'Legal Consulting'], ['茶业', 'Tea'], ['检测认证', 'Testing & Certification'],
  ],
  zhBrands: [
    ['中汇', 'zhong hui'], ['鼎新', 'ding xin'], ['弘毅', 'hong yi'], ['晨光', 'chen guang'], ['蓝海', 'lan hai'], ['智远', 'zhi yuan'], ['云帆', 'yun fan'], ['秦川', 'qin chuan'],
    ['湘江', 'xiang jiang'], ['金陵', 'jin ling'], ['天枢', 'tian shu'], ['百川', 'bai chuan'], ['康宁', 'kang ning'], ['恒升', 'heng sheng'], ['思源', 'si yuan'], ['星河', 'xing he'],
  ],
  zhSuffixes: [['有限公司', 'Co., Ltd.'], ['股份有限公司', 'Co., Ltd.'], ['有限公司', 'Co., Ltd.'], ['集团股份有限公司', 'Group Co., Ltd.'], ['实业有限公司', 'Industrial Co., Ltd.']],
  zhCities: [
    {
      prov: '', city: '重庆市', cityEn: 'Chongqing', area: '23', post: '400010',
      districts: [['渝中区', 'Yuzhong District'], ['江北区', 'Jiangbei District'], ['两江新区', 'Liangjiang New Area']],
      roads: [['民族路', 'Minzu Road'], ['建新北路', 'Jianxin North Road'], ['金开大道', 'Jinkai Avenue']],
      buildings: [['世界金融中心', 'World Financial Center'], ['协信中心', 'Xiexin Center'], ['互联网产业园', 'Internet Industrial Park']],
    },
    {
      prov: '陕西省', city: '西安市', cityEn: "Xi'an", area: '29', post: '710065',
      districts: [['雁塔区', 'Yanta District'], ['高新区', 'Hi-tech Zone'], ['未央区', 'Weiyang District']],
      roads: [['科技路', 'Keji Road'], ['锦业路', 'Jinye Road'], ['凤城八路', 'Fengcheng 8th Road']],
      buildings: [['绿地中心', 'Greenland Center'], ['软件新城', 'Software New Town'], ['曲江文化大厦', 'Qujiang Culture Building']],
    },
    {
      prov: '湖南省', city: '长沙市', cityEn: 'Changsha', area: '731', post: '410013',
      districts: [['岳麓区', 'Yuelu District'], ['芙蓉区', 'Furong District'], ['雨花区', 'Yuhua District']],
      roads: [['麓谷大道', 'Lugu Avenue'], ['五一大道', 'Wuyi Avenue'], ['韶山中路', 'Shaoshan Middle Road']],
      buildings: [['麓谷企业广场', 'Lugu Business Plaza'], ['国金中心', 'IFS Tower'], ['湘江大厦', 'Xiangjiang Building']],
    },
    {
      prov: '江苏省', city: '南京市', cityEn: 'Nanjing', area: '25', post: '210019',
      districts: [['建邺区', 'Jianye District'], ['鼓楼区', 'Gulou District'], ['江宁区', 'Jiangning District']],
      roads: [['江东中路', 'Jiangdong Middle Road'], ['中山北路', 'Zhongshan North Road'], ['双龙大道', 'Shuanglong Avenue']],
      buildings: [['新城科技园', 'New Town Science Park'], ['金陵饭店', 'Jinling Hotel Tower'], ['紫峰大厦', 'Zifeng Tower']],
    },
    {
      prov: '河南省', city: '郑州市', cityEn: 'Zhengzhou', area: '371', post: '450046',
      districts: [['郑东新区', 'Zhengdong New District'], ['金水区', 'Jinshui District'], ['高新区', 'Hi-tech Zone']],
      roads: [['商务外环路', 'Shangwu Outer Ring Road'], ['农业路', 'Nongye Road'], ['科学大道', 'Kexue Avenue']],
      buildings: [['绿地中心', 'Greenland Center'], ['升龙国际中心', 'Shenglong International Center'], ['电子商务大厦', 'E-commerce Building']],
    },
    {
      prov: '云南省', city: '昆明市', cityEn: 'Kunming', area: '871', post: '650031',
      districts: [['五华区', 'Wuhua District'], ['盘龙区', 'Panlong District']],
      roads: [['东风西路', 'Dongfeng West Road'], ['北京路', 'Beijing Road']],
      buildings: [['顺城购物中心', 'Shuncheng Center'], ['财富中心', 'Fortune Center']],
    },
  ],
  enFirst: ['Caroline', 'Dominic', 'Felicity', 'Gareth', 'Ingrid', 'Jasper', 'Louisa', 'Malcolm', 'Penelope', 'Rupert', 'Siobhan', 'Tobias', 'Ursula', 'Vincent', 'Xavier', 'Yusuf', 'Zoe', 'Hiroshi', 'Anjali', 'Matteo'],
  enMiddle: ['Grace', 'Henry', 'Elizabeth', 'William', 'Claire', 'Thomas', 'Jane', 'Michael'],
  enLast: ["O'Sullivan", 'van der Berg', 'Fitzgerald', 'Ramirez-Ortega', 'Haverford', 'Blackwood', 'Achterberg', 'Montgomery', 'Quigley', 'Sorensen', 'Takahashi', 'Venkataraman', 'Abernathy', 'Costa', 'Ellingham', 'Fairweather', 'MacLeod', 'de la Cruz'],
  enTitles: ['VP, Global Procurement', 'Senior Product Manager', 'Head of Partnerships', 'Director, Supplier Quality', 'Regional Manager – Greater China', 'Chief Operating Officer', 'Category Buyer', 'Solutions Architect', 'Trade Marketing Lead', 'General Counsel'],
  honorifics: ['Dr.', 'Prof. Dr.', 'Dr'],
  postNominals: ['PhD', 'MBA', 'FRICS', 'MD', 'CEng', 'Ph.D.', 'MBA, CPA'],
  enBrands: ['Thistledown', 'Ravenscourt', 'Oakhaven', 'Silvermere', 'Quayside', 'Bellwether', 'Highcastle', 'Juniper', 'Northbrook', 'Larkspur', 'Whitcombe', 'Tidewater'],
  enTrades: ['Aerospace Components', 'Dental Systems', 'Seed Genetics', 'Acoustics', 'Veterinary Supplies', 'Freight', 'Solar Inverters', 'Timber Products', 'Cosmetics', 'Robotics', 'Water Treatment', 'Brewing Equipment'],
  places,
};
