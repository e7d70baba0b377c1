/**
 * A second set of real company names with the trade each company actually carries on, as GB/T
 * 4754-2017 sections, written for issue 19's second round: it brings the small and medium firms
 * the first set lacked once its registry sample was removed, and it holds the names the industry
 * rule is finally judged on. Same line format and labelling rules as companyTrades.ts: section
 * letter, "+" when the name states a trade (right or wrong) or "-" when it states none, the name
 * as the company writes it (simplified or traditional Chinese, or its legal name in Latin script);
 * the label is what the company does, never what its name suggests.
 *
 * Protocol. Every name was written and labelled before the rule ran on any of them, in one pass,
 * and committed so (git history shows this file before any change to the rule). A hash of the
 * name (splitOf below, salted so it is independent of the first set's split) then put half of
 * them in the FRESH part and half in the tuning material: nobody chose which name went where.
 * The rule may be tuned on the tuning half, the first set (both of its parts) and the project's own
 * names; the fresh half is run once, when tuning is over, and the benchmark never prints its
 * names one by one. No name here is in companyTrades.ts, industryNames.ts or a unit test (the
 * issue's named examples among them).
 *
 * Where the labels come from (written from the author's knowledge; there is no network here, so
 * nothing was downloaded or copied, and a company the author was unsure of was left out):
 * - listed: companies listed in Shanghai, Shenzhen, Hong Kong and Taiwan not already in the first
 *   set. A-shares by their CSRC industry (上市公司行业分类指引, whose sections A–R are GB/T's),
 *   the others by main business.
 * - unlisted: companies of large groups that are not listed themselves — subsidiaries and branches
 *   (华为技术, 中建八局, 国网江苏省电力 … 北京销售分公司), the Chinese companies of foreign groups
 *   (施耐德电气（中国）, 宝马（中国）汽车贸易) and state groups — labelled by the business the
 *   company itself carries on (a sales subsidiary is trade, F, whatever its group makes).
 * - sme: small and medium firms: companies quoted on the Beijing Stock Exchange or the NEEQ
 *   (新三板), by their CSRC industry or main business; local utilities (water, gas, heat), local
 *   transport and taxi companies, logistics and trading firms, pharmacy chains and car dealers,
 *   restaurants and hotels, design institutes and testing laboratories, law and accounting firms,
 *   exhibition organisers, travel agencies, publishers, clubs and old shops (老字号), each labelled
 *   by what it is known to do. The truly small firm named after a product alone (东莞市某某电子
 *   有限公司) is under-represented: whether such a firm makes or sells cannot be known without a
 *   registry's business scope, so none was written from memory.
 * - institution: hospitals, schools and universities, research institutes and laboratories, public
 *   bodies, associations, parks, funeral homes and cemeteries, exchanges and lottery centres, and
 *   international organisations and foreign missions in China: labelled by what they are.
 * - foreign: foreign companies and bodies by their legal names, among them German, Italian and
 *   Japanese machine and component makers of the size an industrial show draws, labelled by main
 *   business (ISIC Rev.4 section, mapped to GB/T).
 */
import type { GbtSection } from '../../../src/core/taxonomy/industrySections';

export type FreshSource = 'listed' | 'unlisted' | 'sme' | 'institution' | 'foreign';

export interface FreshTradeName {
  name: string;
  section: GbtSection;
  /** The name states a trade (right or wrong); false: a brand alone. */
  statesTrade: boolean;
  source: FreshSource;
  /** fresh: the part the rule is judged on, never tuned on; tune: added to the tuning material. */
  split: 'fresh' | 'tune';
}

const LISTED = `
A- 湖南新五丰股份有限公司
A- 獐子岛集团股份有限公司
A+ 新疆塔里木农业综合开发股份有限公司
A+ 天水众兴菌业科技股份有限公司
A- 上海雪榕生物科技股份有限公司
A- 山东仙坛股份有限公司
A+ 湖南湘佳牧业股份有限公司
A+ 江苏立华牧业股份有限公司
A+ 天邦食品股份有限公司
A+ 现代牧业（集团）有限公司
A+ 中国圣牧有机奶业有限公司
A+ 中国优然牧业集团有限公司
A+ 甘肃省敦煌种业集团股份有限公司
B+ 银泰黄金股份有限公司
B+ 湖南黄金股份有限公司
B+ 西部黄金股份有限公司
B+ 冀中能源股份有限公司
B- 山西蓝焰控股股份有限公司
B- 山西兰花科技创业股份有限公司
B+ 永泰能源集团股份有限公司
B+ 山煤国际能源集团股份有限公司
B+ 内蒙古电投能源股份有限公司
B- 西藏珠峰资源股份有限公司
B+ 盛达金属资源股份有限公司
B+ 西藏华钰矿业股份有限公司
B+ 金诚信矿业管理股份有限公司
B+ 四川安宁铁钛股份有限公司
B- 河钢资源股份有限公司
B+ 中曼石油天然气集团股份有限公司
B+ 通源石油科技集团股份有限公司
B+ 中海油能源发展股份有限公司
B+ 新疆贝肯能源工程股份有限公司
C- 广东海大集团股份有限公司
C- 唐人神集团股份有限公司
C+ 中国北方稀土（集团）高科技股份有限公司
C- 北京首钢股份有限公司
C+ 山西太钢不锈钢股份有限公司
C+ 山东钢铁股份有限公司
C+ 方大特钢科技股份有限公司
C+ 内蒙古包钢钢联股份有限公司
C+ 湖南华菱钢铁股份有限公司
C+ 上海宝钢包装股份有限公司
C+ 山东南山铝业股份有限公司
C+ 河南明泰铝业股份有限公司
C+ 云南临沧鑫圆锗业股份有限公司
C+ 江西赣锋锂业集团股份有限公司
C+ 天齐锂业股份有限公司
C+ 浙江华友钴业股份有限公司
C+ 南京寒锐钴业股份有限公司
C- 广东嘉元科技股份有限公司
C+ 上海璞泰来新能源科技股份有限公司
C+ 云南恩捷新材料股份有限公司
C+ 广州天赐高新材料股份有限公司
C+ 惠州亿纬锂能股份有限公司
C+ 欣旺达电子股份有限公司
C- 国轩高科股份有限公司
C- 孚能科技（赣州）股份有限公司
C+ 广州鹏辉能源科技股份有限公司
C+ 宁波容百新能源科技股份有限公司
C+ 北京当升材料科技股份有限公司
C- 浙江杭可科技股份有限公司
C+ 广东利元亨智能装备股份有限公司
C+ 南京埃斯顿自动化股份有限公司
C+ 沈阳新松机器人自动化股份有限公司
C- 广东拓斯达科技股份有限公司
C+ 武汉华中数控股份有限公司
C+ 科德数控股份有限公司
C+ 秦川机床工具集团股份有限公司
C+ 纽威数控装备（苏州）股份有限公司
C+ 浙江日发精密机械股份有限公司
C+ 烟台艾迪精密机械股份有限公司
C+ 苏州纽威阀门股份有限公司
C+ 江苏神通阀门股份有限公司
C+ 浙江大元泵业股份有限公司
C+ 上海汉钟精机股份有限公司
C+ 冰轮环境技术股份有限公司
C+ 浙江盾安人工环境股份有限公司
C- 福建雪人股份有限公司
C+ 康力电梯股份有限公司
C+ 快意电梯股份有限公司
C- 广州广日股份有限公司
C- 杭州巨星科技股份有限公司
C- 浙江春风动力股份有限公司
C- 爱玛科技集团股份有限公司
C- 雅迪集团控股有限公司
C+ 重庆宗申动力机械股份有限公司
C+ 浙江钱江摩托股份有限公司
C- 中国南玻集团股份有限公司
C+ 洛阳北方玻璃技术股份有限公司
C- 山东金晶科技股份有限公司
C- 广东塔牌集团股份有限公司
C+ 唐山冀东水泥股份有限公司
C+ 新疆天山水泥股份有限公司
C+ 甘肃上峰水泥股份有限公司
C+ 广东坚朗五金制品股份有限公司
C+ 王力安防科技股份有限公司
C+ 江山欧派门业股份有限公司
C+ 德华兔宝宝装饰新材股份有限公司
C+ 大亚圣象家居股份有限公司
C+ 广州尚品宅配家居股份有限公司
C+ 志邦家居股份有限公司
C+ 金牌厨柜家居科技股份有限公司
C+ 南京我乐家居股份有限公司
C+ 慕思健康睡眠股份有限公司
C+ 曲美家居集团股份有限公司
C+ 山东博汇纸业股份有限公司
C+ 岳阳林纸股份有限公司
C+ 厦门合兴包装印刷股份有限公司
C- 上海紫江企业集团股份有限公司
C- 黄山永新股份有限公司
C+ 江苏双星彩塑新材料股份有限公司
C+ 上海普利特复合材料股份有限公司
C- 青岛国恩科技股份有限公司
C+ 山东道恩高分子材料股份有限公司
C+ 湖北回天新材料股份有限公司
C- 成都硅宝科技股份有限公司
C+ 浙江新安化工集团股份有限公司
C+ 合盛硅业股份有限公司
C- 东岳集团有限公司
C- 浙江巨化股份有限公司
C+ 唐山三友化工股份有限公司
C+ 新疆中泰化学股份有限公司
C+ 陕西北元化工集团股份有限公司
C+ 鲁西化工集团股份有限公司
C+ 湖北宜化化工股份有限公司
C+ 新洋丰农业科技股份有限公司
C+ 史丹利农业集团股份有限公司
C+ 深圳市芭田生态工程股份有限公司
C+ 利尔化学股份有限公司
C+ 深圳诺普信农化股份有限公司
C- 南京红太阳股份有限公司
C- 四川雅化实业集团股份有限公司
C+ 华润双鹤药业股份有限公司
C+ 江中药业股份有限公司
C+ 石家庄以岭药业股份有限公司
C+ 山东步长制药股份有限公司
C+ 江苏康缘药业股份有限公司
C- 重庆太极实业（集团）股份有限公司
C- 华兰生物工程股份有限公司
C- 云南沃森生物技术股份有限公司
C+ 深圳康泰生物制品股份有限公司
C+ 江苏恩华药业股份有限公司
C+ 四川科伦药业股份有限公司
C+ 深圳信立泰药业股份有限公司
C+ 贝达药业股份有限公司
C- 百济神州有限公司
C+ 上海君实生物医药科技股份有限公司
C+ 健康元药业集团股份有限公司
C+ 普洛药业股份有限公司
C+ 浙江九洲药业股份有限公司
C+ 山东新华制药股份有限公司
C+ 广东众生药业股份有限公司
C+ 成都康弘药业集团股份有限公司
C+ 先声药业集团有限公司
C+ 宜昌东阳光长江药业股份有限公司
C+ 广州白云山医药集团股份有限公司
C+ 华北制药股份有限公司
C- 哈药集团股份有限公司
C+ 东北制药集团股份有限公司
C+ 浙江海正药业股份有限公司
C+ 上海联影医疗科技股份有限公司
C+ 深圳开立生物医疗科技股份有限公司
C+ 深圳市理邦精密仪器股份有限公司
C+ 广东宝莱特医用科技股份有限公司
C+ 爱博诺德（北京）医疗科技股份有限公司
C+ 深圳惠泰医疗器械股份有限公司
C+ 南微医学科技股份有限公司
C+ 上海微创心脉医疗科技（集团）股份有限公司
C+ 山东威高骨科材料股份有限公司
C+ 深圳市新产业生物医学工程股份有限公司
C+ 迪瑞医疗科技股份有限公司
C+ 北京万东医疗科技股份有限公司
C+ 英科医疗科技股份有限公司
C+ 蓝帆医疗股份有限公司
C+ 振德医疗用品股份有限公司
C+ 稳健医疗用品股份有限公司
C- 郑州安图生物工程股份有限公司
C- 广州万孚生物技术股份有限公司
C+ 天津九安医疗电子股份有限公司
C+ 北京三元食品股份有限公司
C+ 广东燕塘乳业股份有限公司
C+ 新疆天润乳业股份有限公司
C- 皇氏集团股份有限公司
C+ 香飘飘食品股份有限公司
C+ 浙江李子园食品股份有限公司
C+ 盐津铺子食品股份有限公司
C+ 江西煌上煌集团食品股份有限公司
C+ 安井食品集团股份有限公司
C+ 郑州千味央厨食品股份有限公司
C+ 海欣食品股份有限公司
C+ 金字火腿股份有限公司
C+ 山东得利斯食品股份有限公司
C+ 山东龙大美食股份有限公司
C+ 烟台双塔食品股份有限公司
C- 保龄宝生物股份有限公司
C+ 西王食品股份有限公司
C+ 道道全粮油股份有限公司
C+ 克明面业股份有限公司
C+ 加加食品集团股份有限公司
C- 梅花生物科技集团股份有限公司
C+ 浙江古越龙山绍兴酒股份有限公司
C+ 会稽山绍兴酒股份有限公司
C+ 安徽金种子酒业股份有限公司
C+ 安徽口子酒业股份有限公司
C+ 河北衡水老白干酒业股份有限公司
C+ 酒鬼酒股份有限公司
C+ 北京顺鑫农业股份有限公司
C+ 广州珠江啤酒股份有限公司
C+ 福建省燕京惠泉啤酒股份有限公司
C+ 威龙葡萄酒股份有限公司
C- 上海百润投资控股集团股份有限公司
C+ 南方黑芝麻集团股份有限公司
C+ 维维食品饮料股份有限公司
C- 贝因美股份有限公司
C+ 澳优乳业股份有限公司
C+ 江苏恒顺醋业股份有限公司
C+ 中顺洁柔纸业股份有限公司
C+ 浙江景兴纸业股份有限公司
C- 山鹰国际控股股份公司
C- 仙鹤股份有限公司
C+ 五洲特种纸业集团股份有限公司
C- 广东冠豪高新技术股份有限公司
C+ 齐峰新材料股份有限公司
C+ 民丰特种纸股份有限公司
C+ 玖龙纸业（控股）有限公司
C+ 宁波太平鸟时尚服饰股份有限公司
C+ 深圳歌力思服饰股份有限公司
C+ 地素时尚股份有限公司
C+ 安正时尚集团股份有限公司
C- 福建七匹狼实业股份有限公司
C- 特步国际控股有限公司
C- 波司登国际控股有限公司
C- 浙江健盛集团股份有限公司
C- 浙江伟星实业发展股份有限公司
C+ 浙江台华新材料集团股份有限公司
C+ 浙江新澳纺织股份有限公司
C- 百隆东方股份有限公司
C+ 江苏联发纺织股份有限公司
C- 孚日集团股份有限公司
C+ 湖南梦洁家纺股份有限公司
C+ 上海水星家用纺织品股份有限公司
C+ 深圳市富安娜家居用品股份有限公司
C+ 兴业皮革科技股份有限公司
C+ 浙江奥康鞋业股份有限公司
C+ 浙江红蜻蜓鞋业股份有限公司
C+ 比音勒芬服饰股份有限公司
C+ 魏桥纺织股份有限公司
C- 际华集团股份有限公司
C- 中山华利实业集团股份有限公司
C- 九牧王股份有限公司
C- 报喜鸟控股股份有限公司
C- 罗莱生活科技股份有限公司
C+ 梦百合家居科技股份有限公司
C+ 喜临门家具股份有限公司
C+ 科顺防水科技股份有限公司
C+ 三棵树涂料股份有限公司
C- 蒙娜丽莎集团股份有限公司
C- 广东东鹏控股股份有限公司
C+ 珀莱雅化妆品股份有限公司
C- 云南贝泰妮生物科技集团股份有限公司
C- 上海家化联合股份有限公司
C+ 华峰化学股份有限公司
C- 浙江新和成股份有限公司
C+ 宁夏宝丰能源集团股份有限公司
C+ 卫星化学股份有限公司
C+ 江苏扬农化工股份有限公司
C- 龙佰集团股份有限公司
C- 宁波创源文化发展股份有限公司
C+ 英派斯健康科技股份有限公司
C+ 舒华体育股份有限公司
C+ 江苏金陵体育器材股份有限公司
C- 广东潮宏基实业股份有限公司
C+ 飞亚达精密科技股份有限公司
C- 海信视像科技股份有限公司
C- 创维集团有限公司
C- 联想集团有限公司
C- 华勤技术股份有限公司
C- 闻泰科技股份有限公司
C- 深圳传音控股股份有限公司
C+ 富士康工业互联网股份有限公司
C- 北京石头世纪科技股份有限公司
C+ 科沃斯机器人股份有限公司
C- 极米科技股份有限公司
C+ 杭州萤石网络股份有限公司
C- 安克创新科技股份有限公司
C+ 广东新宝电器股份有限公司
C+ 小熊电器股份有限公司
C+ 上海飞科电器股份有限公司
C+ 莱克电气股份有限公司
C+ 奥佳华智能健康科技集团股份有限公司
C- 浙江美大实业股份有限公司
C- 华帝股份有限公司
C+ 广东万和新电气股份有限公司
C+ 厦门金龙汽车集团股份有限公司
C+ 江铃汽车股份有限公司
C+ 东风汽车股份有限公司
C- 一汽解放集团股份有限公司
C+ 重庆长安汽车股份有限公司
C- 赛力斯集团股份有限公司
C+ 浙江银轮机械股份有限公司
C+ 青岛森麒麟轮胎股份有限公司
C+ 贵州轮胎股份有限公司
C+ 中国第一重型机械股份有限公司
C+ 太原重工股份有限公司
C+ 上海机电股份有限公司
C+ 中国船舶重工集团动力股份有限公司
C- 中国航发动力股份有限公司
C+ 中航直升机股份有限公司
C+ 江西洪都航空工业股份有限公司
C+ 中国东方红卫星股份有限公司
C+ 贵州航天电器股份有限公司
C+ 航天时代电子技术股份有限公司
C+ 中航西安飞机工业集团股份有限公司
C+ 中国船舶工业股份有限公司
C+ 徐工集团工程机械股份有限公司
C+ 中国国际海运集装箱（集团）股份有限公司
C+ 浙江鼎力机械股份有限公司
C- 杭叉集团股份有限公司
C- 安徽合力股份有限公司
C+ 郑州煤矿机械集团股份有限公司
C+ 广东创世纪智能装备集团股份有限公司
C+ 浙江双环传动机械股份有限公司
C- 宁波拓普集团股份有限公司
C+ 山河智能装备股份有限公司
C+ 埃夫特智能装备股份有限公司
C+ 武汉锐科光纤激光技术股份有限公司
C+ 深圳市杰普特光电股份有限公司
C+ 深圳市英威腾电气股份有限公司
C- 浙江禾川科技股份有限公司
C+ 无锡信捷电气股份有限公司
C+ 深圳市雷赛智能控制股份有限公司
C+ 上海步科自动化股份有限公司
C+ 江苏天瑞仪器股份有限公司
C+ 普源精电科技股份有限公司
C- 优利德科技（中国）股份有限公司
C- 深圳市华盛昌科技实业股份有限公司
C- 安徽皖仪科技股份有限公司
C+ 北京莱伯泰科仪器股份有限公司
C+ 广州禾信仪器股份有限公司
C- 广东奥普特科技股份有限公司
C- 凌云光技术股份有限公司
C+ 武汉精测电子集团股份有限公司
C- 苏州华兴源创科技股份有限公司
C- 杭州长川科技股份有限公司
C+ 沈阳芯源微电子设备股份有限公司
C- 华海清科股份有限公司
C+ 浙江天正电气股份有限公司
C+ 上海良信电器股份有限公司
C+ 中国西电电气股份有限公司
C- 新疆金风科技股份有限公司
C+ 明阳智慧能源集团股份有限公司
C+ 远东智慧能源股份有限公司
C+ TCL中环新能源科技股份有限公司
C+ 宁波三星医疗电气股份有限公司
C+ 江苏亨通光电股份有限公司
C- 江苏中天科技股份有限公司
C+ 长飞光纤光缆股份有限公司
C+ 瑞芯微电子股份有限公司
C+ 北京君正集成电路股份有限公司
C+ 圣邦微电子（北京）股份有限公司
C+ 江苏卓胜微电子股份有限公司
C+ 海光信息技术股份有限公司
C- 澜起科技股份有限公司
C- 拓荆科技股份有限公司
C+ 盛美半导体设备（上海）股份有限公司
C+ 上海硅产业集团股份有限公司
C+ 广州视源电子科技股份有限公司
C- 胜宏科技（惠州）股份有限公司
C+ 沪士电子股份有限公司
C+ 深圳市景旺电子股份有限公司
C- 广东生益科技股份有限公司
C- 广东风华高新科技股份有限公司
C- 潮州三环（集团）股份有限公司
C+ 厦门法拉电子股份有限公司
C- 宏发科技股份有限公司
C+ 廣達電腦股份有限公司
C+ 仁寶電腦工業股份有限公司
C- 緯創資通股份有限公司
C- 和碩聯合科技股份有限公司
C+ 華碩電腦股份有限公司
C- 宏碁股份有限公司
C+ 聯華電子股份有限公司
C- 日月光投資控股股份有限公司
C+ 大立光電股份有限公司
C- 國巨股份有限公司
C- 北京同仁堂科技发展股份有限公司
C+ 安徽鸿路钢结构（集团）股份有限公司
C- 张小泉股份有限公司
C+ 天津桂发祥十八街麻花食品股份有限公司
D+ 华润电力控股有限公司
D+ 中国电力国际发展有限公司
D+ 广东电力发展股份有限公司
D+ 深圳南山热电股份有限公司
D+ 河北建投能源投资股份有限公司
D+ 宁夏嘉泽新能源股份有限公司
D+ 江苏省新能源开发股份有限公司
D+ 晶科电力科技股份有限公司
D+ 金开新能源股份有限公司
D+ 甘肃电投能源发展股份有限公司
D+ 广西桂东电力股份有限公司
D- 湖南郴电国际发展股份有限公司
D+ 乐山电力股份有限公司
D+ 四川明星电力股份有限公司
D+ 四川西昌电力股份有限公司
D- 四川广安爱众股份有限公司
D+ 南方电网储能股份有限公司
D+ 重庆涪陵电力实业股份有限公司
D- 广东韶能集团股份有限公司
D+ 福建闽东电力股份有限公司
D+ 新奥天然气股份有限公司
D+ 佛燃能源集团股份有限公司
D+ 南京公用发展股份有限公司
D+ 贵州燃气集团股份有限公司
D+ 上海大众公用事业（集团）股份有限公司
D+ 百川能源股份有限公司
D+ 北京首创生态环保集团股份有限公司
D+ 中原环保股份有限公司
D+ 天津创业环保集团股份有限公司
D+ 福建海峡环保集团股份有限公司
D+ 沈阳惠天热电股份有限公司
D+ 中国水务集团有限公司
D+ 中国光大水务有限公司
D+ 港华智慧能源有限公司
D+ 昆仑能源有限公司
D+ 台灣電力股份有限公司
E+ 上海浦东建设股份有限公司
E+ 宏润建设集团股份有限公司
E+ 腾达建设集团股份有限公司
E+ 成都路桥工程股份有限公司
E+ 龙建路桥股份有限公司
E+ 广东水电二局股份有限公司
E- 西藏天路股份有限公司
E+ 中化岩土集团股份有限公司
E+ 中铝国际工程股份有限公司
E+ 东华工程科技股份有限公司
E+ 新疆交通建设集团股份有限公司
E- 上海全筑控股集团股份有限公司
E+ 深圳市中装建设集团股份有限公司
E+ 深圳瑞和建筑装饰股份有限公司
E+ 深圳市建艺装饰集团股份有限公司
E+ 深圳市名雕装饰股份有限公司
E+ 东易日盛家居装饰集团股份有限公司
E- 中国建筑兴业集团有限公司
E- 北京中岩大地科技股份有限公司
E+ 广州普邦园林股份有限公司
F+ 漱玉平民大药房连锁股份有限公司
F+ 健之佳医药连锁集团股份有限公司
F- 重药控股股份有限公司
F+ 广西柳州医药股份有限公司
F- 浙江英特集团股份有限公司
F+ 鹭燕医药股份有限公司
F+ 嘉事堂药业股份有限公司
F+ 瑞康医药集团股份有限公司
F+ 上海第一医药股份有限公司
F+ 国药集团一致药业股份有限公司
F+ 国药集团药业股份有限公司
F- 厦门国贸集团股份有限公司
F- 厦门象屿股份有限公司
F+ 银川新华百货商业集团股份有限公司
F+ 合肥百货大楼集团股份有限公司
F- 武汉武商集团股份有限公司
F- 新疆友好（集团）股份有限公司
F+ 茂业商业股份有限公司
F+ 利群商业集团股份有限公司
F+ 三江购物俱乐部股份有限公司
F+ 人人乐连锁商业集团股份有限公司
F+ 文峰大世界连锁发展股份有限公司
F- 长春欧亚集团股份有限公司
F- 福建东百集团股份有限公司
F+ 新疆汇嘉时代百货股份有限公司
F+ 上海爱婴室商务服务股份有限公司
F+ 孩子王儿童用品股份有限公司
F+ 天音通信控股股份有限公司
F+ 跨境通宝电子商务股份有限公司
F+ 华致酒行连锁管理股份有限公司
F- 上海来伊份股份有限公司
F+ 神州数码集团股份有限公司
F- 深圳中电港技术股份有限公司
F- 上海润欣科技股份有限公司
F+ 南京商络电子股份有限公司
F+ 上海雅创电子集团股份有限公司
F+ 深圳市好上好信息科技股份有限公司
F+ 武汉力源信息技术股份有限公司
F- 大聯大控股股份有限公司
F- 文曄科技股份有限公司
F+ 北京华联综合超市股份有限公司
F- 苏美达股份有限公司
F- 远大产业控股股份有限公司
F- 江苏汇鸿国际集团股份有限公司
F+ 中成进出口股份有限公司
F- 东方国际创业股份有限公司
F+ 中国永达汽车服务控股有限公司
F+ 中国美东汽车控股有限公司
F- 莎莎国际控股有限公司
F+ 統一超商股份有限公司
F+ 全家便利商店股份有限公司
G+ 中通快递（开曼）有限公司
G+ 安能物流集团有限公司
G+ 京东物流股份有限公司
G+ 极兔速递环球有限公司
G+ 中国国际货运航空股份有限公司
G+ 东方航空物流股份有限公司
G+ 华夏航空股份有限公司
G+ 山东航空股份有限公司
G+ 中远海运特种运输股份有限公司
G+ 宁波远洋运输股份有限公司
G+ 兴通海运股份有限公司
G+ 南京盛航海运股份有限公司
G+ 渤海轮渡集团股份有限公司
G+ 招商局港口控股有限公司
G+ 中远海运港口有限公司
G+ 广州港股份有限公司
G+ 唐山港集团股份有限公司
G+ 日照港股份有限公司
G+ 北部湾港股份有限公司
G+ 锦州港股份有限公司
G+ 重庆港股份有限公司
G+ 天津港股份有限公司
G+ 安徽皖通高速公路股份有限公司
G+ 广东省高速公路发展股份有限公司
G+ 福建发展高速公路股份有限公司
G+ 四川成渝高速公路股份有限公司
G+ 招商局公路网络科技控股股份有限公司
G+ 中铁铁龙集装箱物流股份有限公司
G+ 深圳市机场股份有限公司
G+ 厦门国际航空港股份有限公司
G+ 北京首都国际机场股份有限公司
G+ 北京长久物流股份有限公司
G+ 广东原尚物流股份有限公司
G+ 上海畅联国际物流股份有限公司
G+ 江苏飞力达国际物流股份有限公司
G+ 广东宏川智慧物流股份有限公司
G+ 珠海恒基达鑫国际化工仓储股份有限公司
G- 现代投资股份有限公司
G+ 大众交通（集团）股份有限公司
G+ 四川富临运业集团股份有限公司
G- 载通国际控股有限公司
G+ 陽明海運股份有限公司
G+ 萬海航運股份有限公司
G+ 中華航空股份有限公司
G+ 長榮航空股份有限公司
G+ 台灣高速鐵路股份有限公司
H+ 华天酒店集团股份有限公司
H+ 上海锦江国际酒店股份有限公司
H- 海伦司国际控股有限公司
H- 奈雪的茶控股有限公司
H+ 王品餐飲股份有限公司
H+ 晶華國際酒店股份有限公司
H- 大快活集团有限公司
H- 太兴集团控股有限公司
H- 稻香控股有限公司
H- 唐宫（中国）控股有限公司
I- 深圳市金证科技股份有限公司
I- 深圳市长亮科技股份有限公司
I- 北京东方国信科技股份有限公司
I+ 北京超图软件股份有限公司
I+ 中科创达软件股份有限公司
I+ 启明星辰信息技术集团股份有限公司
I- 绿盟科技集团股份有限公司
I- 奇安信科技集团股份有限公司
I+ 杭州安恒信息技术股份有限公司
I+ 厦门市美亚柏科信息股份有限公司
I- 北京数字政通科技股份有限公司
I+ 北京易华录信息技术股份有限公司
I+ 北京华宇软件股份有限公司
I+ 泛微网络科技股份有限公司
I+ 北京致远互联软件股份有限公司
I+ 税友软件集团股份有限公司
I- 朗新科技集团股份有限公司
I+ 上海汉得信息技术股份有限公司
I+ 广州赛意信息科技股份有限公司
I+ 鼎捷软件股份有限公司
I+ 北京宝兰德软件股份有限公司
I+ 普元信息技术股份有限公司
I- 万兴科技集团股份有限公司
I+ 福建福昕软件开发股份有限公司
I+ 巨人网络集团股份有限公司
I+ 游族网络股份有限公司
I+ 恺英网络股份有限公司
I+ 杭州电魂网络科技股份有限公司
I- 中国铁塔股份有限公司
I+ 湖北省广播电视信息网络股份有限公司
I+ 江苏省广电有线信息网络股份有限公司
I+ 贵州省广播电视信息网络股份有限公司
I- 深圳市天威视讯股份有限公司
I+ 上海数据港股份有限公司
I+ 北京光环新网科技股份有限公司
I- 网宿科技股份有限公司
I+ 广东奥飞数据科技股份有限公司
I+ 金山软件有限公司
I- 中软国际有限公司
I+ 遠傳電信股份有限公司
I- 台灣大哥大股份有限公司
I+ 电讯盈科有限公司
I+ 香港电讯有限公司
I- 焦点科技股份有限公司
I- 北京值得买科技股份有限公司
I+ 科大国创软件股份有限公司
I+ 北京久其软件股份有限公司
I+ 四川久远银海软件股份有限公司
I+ 深圳天源迪科信息技术股份有限公司
I+ 南威软件股份有限公司
I+ 新开普电子股份有限公司
I- 佳都科技集团股份有限公司
I- 北京千方科技股份有限公司
J+ 北京银行股份有限公司
J+ 上海银行股份有限公司
J+ 杭州银行股份有限公司
J+ 南京银行股份有限公司
J+ 长沙银行股份有限公司
J+ 成都银行股份有限公司
J+ 郑州银行股份有限公司
J+ 青岛银行股份有限公司
J+ 苏州银行股份有限公司
J+ 齐鲁银行股份有限公司
J+ 厦门银行股份有限公司
J+ 无锡农村商业银行股份有限公司
J+ 江苏张家港农村商业银行股份有限公司
J+ 江苏常熟农村商业银行股份有限公司
J+ 浙江绍兴瑞丰农村商业银行股份有限公司
J+ 广州农村商业银行股份有限公司
J+ 东莞农村商业银行股份有限公司
J+ 上海浦东发展银行股份有限公司
J+ 中信银行股份有限公司
J+ 中国光大银行股份有限公司
J+ 华夏银行股份有限公司
J+ 中国邮政储蓄银行股份有限公司
J+ 中国银行股份有限公司
J+ 国信证券股份有限公司
J+ 招商证券股份有限公司
J+ 广发证券股份有限公司
J+ 海通证券股份有限公司
J+ 东吴证券股份有限公司
J+ 国金证券股份有限公司
J+ 长江证券股份有限公司
J+ 光大证券股份有限公司
J+ 浙商证券股份有限公司
J+ 第一创业证券股份有限公司
J+ 阳光保险集团股份有限公司
J+ 中国太平保险控股有限公司
J+ 中国再保险（集团）股份有限公司
J+ 中国人民保险集团股份有限公司
J+ 中国石油集团资本股份有限公司
J+ 五矿资本股份有限公司
J- 远东宏信有限公司
J+ 富邦金融控股股份有限公司
J+ 國泰金融控股股份有限公司
J+ 台新國際商業銀行股份有限公司
J- 中银香港（控股）有限公司
K- 保利发展控股集团股份有限公司
K- 中国金茂控股集团有限公司
K+ 越秀地产股份有限公司
K- 世茂集团控股有限公司
K- 旭辉控股（集团）有限公司
K- 雅居乐集团控股有限公司
K- 远洋集团控股有限公司
K+ 广州富力地产股份有限公司
K- 上海外高桥集团股份有限公司
K+ 上海金桥出口加工区开发股份有限公司
K- 北京北辰实业股份有限公司
K+ 光明房地产集团股份有限公司
K- 天地源股份有限公司
K- 大悦城控股集团股份有限公司
K- 万物云空间科技服务股份有限公司
K- 碧桂园服务控股有限公司
K- 绿城服务集团有限公司
K- 招商局积余产业运营服务股份有限公司
K- 华润万象生活有限公司
K- 雅生活智慧城市服务股份有限公司
K- 彩生活服务集团有限公司
K+ 中海物业集团有限公司
K- 深圳世联行集团股份有限公司
K- 易居（中国）企业控股有限公司
K- 北京城建投资发展股份有限公司
L+ 浙江华铁应急设备科技股份有限公司
L+ 宏信建设发展有限公司
L+ 神州租车有限公司
L+ 三人行传媒集团股份有限公司
L+ 广东电声市场营销股份有限公司
L+ 人瑞人才科技集团有限公司
L- 同程旅行控股有限公司
L- 携程集团有限公司
M+ 深圳市信测标准技术服务股份有限公司
M+ 钢研纳克检测技术股份有限公司
M+ 实朴检测技术（上海）股份有限公司
M+ 北京阳光诺和药物研究股份有限公司
M+ 成都先导药物开发股份有限公司
M+ 诺思格（北京）医药科技股份有限公司
M+ 普蕊斯（上海）医药科技开发股份有限公司
M+ 上海美迪西生物医药股份有限公司
M- 深圳华大基因股份有限公司
M+ 上海建科咨询集团股份有限公司
M+ 深圳市建筑科学研究院股份有限公司
M+ 华东建筑集团股份有限公司
M+ 中衡设计集团股份有限公司
M+ 深圳市华阳国际工程设计股份有限公司
M+ 筑博设计股份有限公司
M+ 汉嘉设计集团股份有限公司
M+ 深圳市杰恩创意设计股份有限公司
M+ 上海尤安建筑设计股份有限公司
M+ 上海霍普建筑设计事务所股份有限公司
M+ 西安西测测试技术股份有限公司
M+ 许昌开普检测研究院股份有限公司
M+ 南京市测绘勘察研究院股份有限公司
N+ 东江环保股份有限公司
N+ 武汉三特索道集团股份有限公司
P+ 新东方教育科技集团有限公司
P+ 好未来教育集团
P+ 北京东方时尚驾驶学校股份有限公司
P- 达内时代科技集团有限公司
P+ 卓越教育集团
P+ 思考乐教育集团
P+ 希望教育集团有限公司
P- 中教控股有限公司
P+ 新高教集团有限公司
P+ 民生教育集团有限公司
P+ 苏州科德教育科技股份有限公司
P+ 北京凯文德信教育科技股份有限公司
P+ 博实乐教育控股有限公司
P+ 中国枫叶教育集团有限公司
P- 天立国际控股有限公司
P+ 上海行动教育科技股份有限公司
P- 粉笔有限公司
Q+ 成都普瑞眼科医院股份有限公司
Q+ 辽宁何氏眼科医院集团股份有限公司
Q+ 朝聚眼科医疗控股有限公司
Q+ 创新医疗管理股份有限公司
Q+ 迪安诊断技术集团股份有限公司
Q+ 上海兰卫医学检验所股份有限公司
Q- 艾迪康控股有限公司
Q+ 光正眼科医院集团股份有限公司
Q+ 三博脑科医院管理集团股份有限公司
R+ 中信出版集团股份有限公司
R+ 果麦文化传媒股份有限公司
R- 新经典文化股份有限公司
R- 芒果超媒股份有限公司
R+ 幸福蓝海影视文化集团股份有限公司
R+ 广州金逸影视传媒股份有限公司
R- 保利文化集团股份有限公司
R+ 中原大地传媒股份有限公司
R+ 山东出版传媒股份有限公司
R+ 城市传媒股份有限公司
R+ 北方联合出版传媒（集团）股份有限公司
R+ 广东广州日报传媒股份有限公司
R+ 浙江唐德影视股份有限公司
R+ 慈文传媒股份有限公司
R+ 力盛云动（上海）体育科技股份有限公司
`;

const UNLISTED = `
A+ 上海光明荷斯坦牧业有限公司
A+ 河北省塞罕坝机械林场
A+ 北京首农畜牧发展有限公司
B+ 中国石油集团川庆钻探工程有限公司
B+ 中国石油集团长城钻探工程有限公司
B+ 中石化胜利石油工程有限公司
B+ 大庆油田有限责任公司
B+ 中国石油天然气股份有限公司长庆油田分公司
B+ 中国石油化工股份有限公司胜利油田分公司
B+ 中海石油（中国）有限公司
B+ 国家能源集团宁夏煤业有限责任公司
B+ 国能神东煤炭集团有限责任公司
B+ 山西焦煤西山煤电（集团）有限责任公司
B+ 淮南矿业（集团）有限责任公司
B- 开滦（集团）有限责任公司
B- 中煤平朔集团有限公司
B+ 鞍钢集团矿业有限公司
B+ 攀钢集团矿业有限公司
B+ 陕西煤业化工集团有限责任公司
B+ 山东能源集团有限公司
B- 晋能控股集团有限公司
C- 华为技术有限公司
C- 荣耀终端有限公司
C+ 维沃移动通信有限公司
C+ 鸿富锦精密工业（深圳）有限公司
C+ 富泰华工业（深圳）有限公司
C+ 上汽大众汽车有限公司
C+ 一汽-大众汽车有限公司
C+ 华晨宝马汽车有限公司
C+ 北京奔驰汽车有限公司
C+ 广汽本田汽车有限公司
C+ 长安福特汽车有限公司
C- 特斯拉（上海）有限公司
C+ 神龙汽车有限公司
C+ 上汽通用五菱汽车股份有限公司
C+ 博世汽车部件（苏州）有限公司
C+ 三星（中国）半导体有限公司
C+ SK海力士半导体（中国）有限公司
C+ 英特尔半导体（大连）有限公司
C- 台积电（南京）有限公司
C+ 联芯集成电路制造（厦门）有限公司
C+ 长江存储科技有限责任公司
C+ 长鑫存储技术有限公司
C+ 上海华力微电子有限公司
C+ 华虹半导体（无锡）有限公司
C+ 中芯国际集成电路制造（上海）有限公司
C+ 武汉华工激光工程有限责任公司
C+ 广西玉柴机器股份有限公司
C+ 广东美的制冷设备有限公司
C+ 无锡小天鹅电器有限公司
C+ 合肥美的洗衣机有限公司
C+ 青岛海尔空调器有限总公司
C+ 格力电器（武汉）有限公司
C+ 奥克斯空调股份有限公司
C+ 宁波方太厨具有限公司
C- 深圳市大疆创新科技有限公司
C+ 中国第一汽车集团有限公司
C+ 东风汽车集团有限公司
C+ 中国重型汽车集团有限公司
C+ 陕西汽车控股集团有限公司
C+ 中国商用飞机有限责任公司
C+ 中国航空工业集团有限公司
C- 中国航天科技集团有限公司
C+ 中国兵器工业集团有限公司
C- 中国船舶集团有限公司
C+ 沈阳飞机工业（集团）有限公司
C+ 成都飞机工业（集团）有限责任公司
C+ 中车株洲电力机车有限公司
C+ 中车青岛四方机车车辆股份有限公司
C+ 三一重机有限公司
C+ 临工重机股份有限公司
C+ 山东临工工程机械有限公司
C- 中国一拖集团有限公司
C+ 华润雪花啤酒（中国）有限公司
C+ 可口可乐装瓶商生产（东莞）有限公司
C+ 中粮可口可乐饮料有限公司
C- 雀巢（中国）有限公司
C+ 玛氏食品（嘉兴）有限公司
C+ 亿滋食品（苏州）有限公司
C- 杭州娃哈哈集团有限公司
C+ 今麦郎食品股份有限公司
C+ 白象食品股份有限公司
C+ 郑州思念食品有限公司
C+ 苏州稻香村食品有限公司
C+ 北京稻香村食品有限责任公司
C+ 贵阳南明老干妈风味食品有限责任公司
C+ 李锦记（新会）食品有限公司
C+ 上海太太乐食品有限公司
C+ 南京雨润食品有限公司
C+ 临沂新程金锣肉制品集团有限公司
C+ 君乐宝乳业集团有限公司
C+ 扬子江药业集团有限公司
C+ 齐鲁制药有限公司
C+ 正大天晴药业集团股份有限公司
C+ 石药集团欧意药业有限公司
C+ 修正药业集团股份有限公司
C+ 江苏豪森药业集团有限公司
C+ 北京科兴生物制品有限公司
C+ 上海罗氏制药有限公司
C+ 西安杨森制药有限公司
C+ 拜耳医药保健有限公司
C+ 诺和诺德（中国）制药有限公司
C+ 阿斯利康制药有限公司
C+ 赛诺菲（杭州）制药有限公司
C+ 西门子医疗系统有限公司
C+ 通用电气医疗系统（中国）有限公司
C+ 东软医疗系统股份有限公司
C- 先健科技（深圳）有限公司
C- 威高集团有限公司
C- 首钢集团有限公司
C- 河钢集团有限公司
C- 江苏沙钢集团有限公司
C+ 北京建龙重工集团有限公司
C+ 中天钢铁集团有限公司
C+ 德龙钢铁有限公司
C- 敬业集团有限公司
C- 青山控股集团有限公司
C- 南山集团有限公司
C- 中国宏桥集团有限公司
C- 魏桥创业集团有限公司
C- 恒力集团有限公司
C- 盛虹控股集团有限公司
C+ 华为数字能源技术有限公司
C- 正泰集团股份有限公司
C+ 德力西电气有限公司
C+ 人民电器集团有限公司
C+ 施耐德电气（中国）有限公司
C- ABB（中国）有限公司
C+ 罗克韦尔自动化（中国）有限公司
C- 欧姆龙（上海）有限公司
C+ 上海发那科机器人有限公司
C+ 库卡机器人（广东）有限公司
C+ 安川电机（中国）有限公司
C+ 杭州海康机器人股份有限公司
C- 巴斯夫（中国）有限公司
C+ 陶氏化学（中国）投资有限公司
C- 杜邦中国集团有限公司
C- 3M中国有限公司
C- 霍尼韦尔（中国）有限公司
C+ 艾默生电气（中国）投资有限公司
C- 丹佛斯（天津）有限公司
C- 米其林（中国）投资有限公司
C+ 大众汽车（中国）投资有限公司
C+ 丰田汽车（中国）投资有限公司
C+ 本田技研工业（中国）投资有限公司
C- 索尼（中国）有限公司
C+ 松下电器（中国）有限公司
C- 戴尔（中国）有限公司
D+ 国网上海市电力公司
D+ 国网浙江省电力有限公司
D+ 广东电网有限责任公司
D+ 深圳供电局有限公司
D+ 国网北京市电力公司
D+ 国网山东省电力公司
D+ 云南电网有限责任公司
D+ 国网江苏省电力有限公司苏州供电分公司
D+ 广东电网有限责任公司东莞供电局
D+ 华能上海石洞口发电有限责任公司
D+ 大唐国际托克托发电有限责任公司
D+ 大亚湾核电运营管理有限责任公司
D+ 秦山核电有限公司
D+ 国家电网有限公司
D+ 中国南方电网有限责任公司
D- 中国长江三峡集团有限公司
D+ 中国华能集团有限公司
E+ 中铁大桥局集团有限公司
E+ 中铁隧道局集团有限公司
E+ 中交第二航务工程局有限公司
E- 中国二十冶集团有限公司
E- 中国十七冶集团有限公司
E- 中冶天工集团有限公司
E+ 中铁建工集团有限公司
E+ 中铁电气化局集团有限公司
E+ 中国水利水电第八工程局有限公司
E- 中国葛洲坝集团有限公司
E+ 北京城建集团有限责任公司
E+ 浙江省建工集团有限责任公司
E+ 中天建设集团有限公司
E- 广厦控股集团有限公司
E- 江苏南通二建集团有限公司
E- 南通四建集团有限公司
E+ 龙信建设集团有限公司
E+ 广东省建筑工程集团有限公司
E+ 中国通信建设集团有限公司
E+ 中铁十八局集团有限公司
F+ 宝马（中国）汽车贸易有限公司
F+ 苹果电脑贸易（上海）有限公司
F+ 百威（中国）销售有限公司
F+ 中国技术进出口集团有限公司
F+ 中国机械进出口（集团）有限公司
F+ 中国电子进出口有限公司
F+ 中国仪器进出口集团有限公司
F+ 浙江省国际贸易集团有限公司
F+ 中国石油天然气股份有限公司北京销售分公司
F- 华润万家有限公司
F- 康成投资（中国）有限公司
F- 沃尔玛（中国）投资有限公司
F- 国药控股北京有限公司
F- 上药控股有限公司
F+ 华润医药商业集团有限公司
G+ 厦门航空有限公司
G+ 深圳航空有限责任公司
G+ 四川航空股份有限公司
G+ 中国邮政速递物流股份有限公司
G+ 中国邮政集团有限公司
G+ 中铁快运股份有限公司
G+ 招商局物流集团有限公司
G+ 中外运敦豪国际航空快件有限公司
G+ 联邦快递（中国）有限公司
G+ 中国国家铁路集团有限公司
G+ 中国铁路上海局集团有限公司
I+ 北京字节跳动科技有限公司
I- 北京百度网讯科技有限公司
I+ 华为软件技术有限公司
I+ 华为云计算技术有限公司
I+ 中移（苏州）软件技术有限公司
I+ 中国移动通信集团广东有限公司
I+ 中国电信股份有限公司上海分公司
I+ 中国联合网络通信有限公司北京市分公司
I- 中国铁通集团有限公司
I+ 网易（杭州）网络有限公司
I+ 中国广电网络股份有限公司
J+ 深圳前海微众银行股份有限公司
J+ 浙江网商银行股份有限公司
J+ 易方达基金管理有限公司
J+ 南方基金管理股份有限公司
J+ 嘉实基金管理有限公司
J+ 中信信托有限责任公司
J+ 平安信托有限责任公司
J+ 财付通支付科技有限公司
J- 中国银联股份有限公司
J+ 中国证券登记结算有限责任公司
J- 全国中小企业股份转让系统有限责任公司
J+ 上海期货交易所
J+ 郑州商品交易所
J+ 大连商品交易所
J+ 中国金融期货交易所
J+ 中国出口信用保险公司
J+ 中国进出口银行
J+ 国家开发银行
J+ 中国农业发展银行
J- 中央汇金投资有限责任公司
J- 中国投资有限责任公司
J+ 中国外汇交易中心
J+ 太平人寿保险有限公司
J+ 泰康保险集团股份有限公司
J+ 中金财富证券有限公司
J+ 粤开证券股份有限公司
J+ 招商银行股份有限公司深圳分行
J+ 中国工商银行股份有限公司北京分行
L+ 中国对外贸易中心（集团）
L- 中国国际技术智力合作集团有限公司
R+ 国家体育场有限责任公司
R+ 上海国际主题乐园有限公司
`;

const SME = `
A+ 湖北康农种业股份有限公司
C+ 苏州轴承厂股份有限公司
C+ 成都乐创自动化技术股份有限公司
C- 海能未来技术集团股份有限公司
C+ 安徽佳先功能助剂股份有限公司
C+ 青岛丰光精密机械股份有限公司
C- 宁波新芝生物科技股份有限公司
C- 合肥高科科技股份有限公司
C- 青岛三祥科技股份有限公司
C+ 青岛泰德轴承科技股份有限公司
C+ 上海海希工业通讯股份有限公司
C+ 天津凯华绝缘材料股份有限公司
C+ 威海克莱特菲尔风机股份有限公司
C- 浙江大农实业股份有限公司
C+ 宁波舜宇精工股份有限公司
C+ 安徽凤凰滤清器股份有限公司
C- 田野创新股份有限公司
C+ 苏州禾昌聚合材料股份有限公司
C+ 平顶山东方碳素股份有限公司
C+ 广东奥迪威传感科技股份有限公司
C+ 邢台纳科诺尔精轧科技股份有限公司
C+ 江苏德源药业股份有限公司
C+ 内蒙古骑士乳业集团股份有限公司
C+ 山东路斯宠物食品股份有限公司
C+ 深圳市柏星龙创意包装股份有限公司
C+ 北京康比特体育科技股份有限公司
C+ 常州同惠电子股份有限公司
C+ 浙江晨光电缆股份有限公司
C+ 宁波球冠电缆股份有限公司
C+ 湖南五新隧道智能装备股份有限公司
C+ 贝特瑞新材料集团股份有限公司
C+ 大连连城数控机器股份有限公司
C+ 吉林碳谷碳纤维股份有限公司
C+ 四川长虹新能源科技股份有限公司
C- 中科美菱低温科技股份有限公司
C+ 无锡晶海氨基酸股份有限公司
C+ 内蒙古大唐药业股份有限公司
C+ 北京三元基因药业股份有限公司
C+ 苏州太湖雪丝绸股份有限公司
C- 北京诺思兰德生物技术股份有限公司
C+ 上海辰光医疗科技股份有限公司
C- 中航富士达科技股份有限公司
C+ 陕西同力重工股份有限公司
C+ 无锡吉冈精密科技股份有限公司
C- 北京颖泰嘉和生物科技股份有限公司
C- 安徽晶赛科技股份有限公司
C- 青岛雷神科技股份有限公司
C+ 惠州市锦好医疗科技股份有限公司
C+ 佛山纬达光电材料股份有限公司
C+ 山东一诺威聚氨酯股份有限公司
C+ 科润智能控制股份有限公司
C+ 河南驰诚电气股份有限公司
C- 常州迅安科技股份有限公司
C+ 北京凯德石英股份有限公司
C+ 湖北戈碧迦光电科技股份有限公司
C- 上海欧普泰科技创业股份有限公司
C- 东莞市汉维科技股份有限公司
C+ 湖北宏裕新型包材股份有限公司
C+ 深圳市则成电子股份有限公司
C+ 威海邦德散热系统股份有限公司
C- 河南硅烷科技发展股份有限公司
C+ 浙江豪声电子科技股份有限公司
C+ 郑州天马新材料股份有限公司
C+ 同享（苏州）电子材料科技股份有限公司
C+ 湖北一致魔芋生物科技股份有限公司
C+ 江西宁新新材料股份有限公司
C+ 柘城惠丰钻石科技股份有限公司
C+ 广东永顺生物制药股份有限公司
C+ 湖北华阳汽车变速系统股份有限公司
C+ 南京沪江复合材料股份有限公司
C+ 南京灿能电力自动化股份有限公司
C+ 芜湖雅葆轩电子科技股份有限公司
C+ 浙江海昇药业股份有限公司
C- 广州视声智能股份有限公司
C+ 江苏威博液压股份有限公司
C+ 宁夏巨能机器人股份有限公司
C+ 中裕软管科技股份有限公司
C+ 昆山佳合纸制品科技股份有限公司
C+ 七丰精工科技股份有限公司
C+ 江苏恒太照明股份有限公司
C+ 浙江夜光明光电科技股份有限公司
C+ 西安天力金属复合材料股份有限公司
C+ 江苏鼎智智能控制科技股份有限公司
C+ 江苏科强新材料股份有限公司
C+ 苏州卓兆点胶股份有限公司
C+ 美心翼申机械股份有限公司
C+ 山东泰鹏智能家居股份有限公司
C+ 浙江天宏锂电股份有限公司
C+ 江西新赣江药业股份有限公司
C+ 成都中寰流体控制设备股份有限公司
C+ 无锡海达尔精密滑轨股份有限公司
C+ 广东奔朗新材料股份有限公司
C+ 辽宁盖世食品股份有限公司
C+ 武汉恒立工程钻具股份有限公司
C+ 湖南惠同新材料股份有限公司
C+ 成都瑞奇智造科技股份有限公司
C+ 江苏远航精密合金科技股份有限公司
C+ 翰博高新材料（合肥）股份有限公司
C+ 重庆康普化学工业股份有限公司
C+ 浙江华洋赛车股份有限公司
C- 深圳市美之高科技股份有限公司
C- 机科发展科技股份有限公司
C+ 唐山海泰新能科技股份有限公司
C+ 河北华密新材科技股份有限公司
C+ 惠州市德瑞锂电科技股份有限公司
C- 北京康乐卫士生物技术股份有限公司
C+ 上海威贸电子股份有限公司
C+ 烟台民士达特种纸业股份有限公司
C+ 无锡灵鸽机械科技股份有限公司
C+ 成都欧康医药股份有限公司
C+ 山西锦波生物医药股份有限公司
C- 深圳市慧为智能科技股份有限公司
C+ 江苏保丽洁环境科技股份有限公司
C+ 无锡方盛换热器股份有限公司
C+ 四川梓橦宫药业股份有限公司
C+ 北京王致和食品有限公司
C+ 北京六必居食品有限公司
C+ 北京天福号食品有限公司
C+ 北京月盛斋清真食品有限公司
C+ 杭州王星记扇业有限公司
C+ 广州陈李济药厂有限公司
C+ 苏州采芝斋食品有限公司
C+ 北京一得阁墨业有限责任公司
C- 北京红星股份有限公司
C+ 北京雅昌艺术印刷有限公司
C+ 鹤山雅图仕印刷有限公司
D+ 国网浙江省电力有限公司义乌市供电公司
D+ 北京市自来水集团有限责任公司
D+ 广州市自来水有限公司
D+ 上海城投水务（集团）有限公司
D+ 杭州市水务集团有限公司
D+ 武汉市水务集团有限公司
D+ 苏州市自来水有限公司
D+ 南京水务集团有限公司
D+ 成都市自来水有限责任公司
D+ 天津水务集团有限公司
D+ 北京市燃气集团有限责任公司
D+ 广州燃气集团有限公司
D+ 杭州市燃气集团有限公司
D+ 南京港华燃气有限公司
D+ 成都城市燃气有限责任公司
D+ 武汉市燃气热力集团有限公司
E+ 北京市政路桥股份有限公司
E+ 上海市机械施工集团有限公司
F+ 湖南德众汽车销售服务股份有限公司
F+ 北京瑞蚨祥绸布店有限责任公司
F+ 北京张一元茶叶有限责任公司
F+ 北京吴裕泰茶业股份有限公司
F+ 北京物美商业集团股份有限公司
F+ 国药控股国大药房有限公司
F+ 北京金象大药房医药连锁有限责任公司
F+ 上海华氏大药房有限公司
F+ 重庆和平药房连锁有限责任公司
F+ 深圳市海王星辰医药有限公司
F+ 中国医药保健品有限公司
F+ 上海永达汽车集团有限公司
F+ 北京祥龙博瑞汽车服务（集团）有限公司
G+ 福建国航远洋运输（集团）股份有限公司
G+ 华光源海国际物流集团股份有限公司
G+ 北京北汽出租汽车集团有限责任公司
G+ 上海强生出租汽车有限公司
G+ 深圳市鹏程电动汽车出租有限公司
G- 北京首汽（集团）股份有限公司
G+ 北京公共交通控股（集团）有限公司
G+ 深圳巴士集团股份有限公司
G+ 广州地铁集团有限公司
G+ 上海申通地铁集团有限公司
G+ 深圳市地铁集团有限公司
G+ 北京市地铁运营有限公司
G+ 杭州市地铁集团有限责任公司
G+ 盐田国际集装箱码头有限公司
G+ 跨越速运集团有限公司
G+ 上海佳吉快运有限公司
G+ 日日顺供应链科技股份有限公司
G+ 传化物流集团有限公司
G+ 百世物流科技（中国）有限公司
G+ 上海壹米滴答供应链管理有限公司
G- 安得智联科技股份有限公司
G+ 嘉里大通物流有限公司
H+ 四川海底捞餐饮股份有限公司
H+ 内蒙古西贝餐饮集团有限公司
H+ 杭州外婆家餐饮有限公司
H+ 北京眉州东坡餐饮管理有限公司
H+ 真功夫餐饮管理有限公司
H+ 安徽老乡鸡餐饮股份有限公司
H+ 瑞幸咖啡（中国）有限公司
H+ 深圳美西西餐饮管理有限公司
H+ 深圳品道餐饮管理有限公司
H+ 广州白天鹅宾馆有限公司
H+ 上海和平饭店有限公司
H+ 北京王府井大饭店
H+ 广州花园酒店有限公司
H+ 锦江之星旅馆有限公司
H+ 北京便宜坊烤鸭集团有限公司
H+ 美心食品有限公司
H- 北京东来顺集团有限责任公司
H- 麦当劳（中国）有限公司
I+ 上海艾融软件股份有限公司
I+ 南京云创大数据科技股份有限公司
I- 北京殷图网联科技股份有限公司
I+ 恒拓开源信息科技股份有限公司
I+ 同辉佳视（北京）信息技术股份有限公司
I+ 厦门路桥信息股份有限公司
I- 华信永道（北京）科技股份有限公司
I- 山东汉鑫科技股份有限公司
I- 北京并行科技股份有限公司
I+ 南京联迪信息系统股份有限公司
I+ 河南众诚信息科技股份有限公司
I- 杭州美登科技股份有限公司
I+ 北京盖娅互娱网络科技股份有限公司
I- 广脉科技股份有限公司
I+ 上海米哈游网络科技股份有限公司
J+ 重庆市阿里小微小额贷款有限公司
J+ 中国投融资担保股份有限公司
J+ 平安国际融资租赁有限公司
K+ 深圳市长城物业集团股份有限公司
K+ 北京链家置地房地产经纪有限公司
K+ 中原地产代理（深圳）有限公司
K+ 北京我爱我家房地产经纪有限公司
K+ 深圳市万科房地产有限公司
L+ 广东省国义招标股份有限公司
L+ 国家会展中心（上海）有限责任公司
L+ 中国国际展览中心集团有限公司
L+ 汉诺威米兰展览（上海）有限公司
L+ 法兰克福展览（上海）有限公司
L+ 慕尼黑展览（上海）有限公司
L+ 上海博华国际展览有限公司
L+ 广州光亚法兰克福展览有限公司
L+ 中国康辉旅游集团有限公司
L+ 广之旅国际旅行社股份有限公司
L+ 上海携程国际旅行社有限公司
L+ 北京外企人力资源服务有限公司
L+ 北京网聘咨询有限公司
L+ 北京电通广告有限公司
L+ 北京市保安服务总公司
L+ 北京和君咨询有限公司
L+ 北京市金杜律师事务所
L+ 北京市君合律师事务所
L+ 北京市中伦律师事务所
L+ 上海市方达律师事务所
L+ 北京市环球律师事务所
L+ 国浩律师（上海）事务所
L+ 广东信达律师事务所
L+ 上海市锦天城律师事务所
L+ 普华永道中天会计师事务所（特殊普通合伙）
L+ 安永华明会计师事务所（特殊普通合伙）
L+ 毕马威华振会计师事务所（特殊普通合伙）
L+ 德勤华永会计师事务所（特殊普通合伙）
L+ 立信会计师事务所（特殊普通合伙）
L+ 天健会计师事务所（特殊普通合伙）
L+ 大华会计师事务所（特殊普通合伙）
L+ 信永中和会计师事务所（特殊普通合伙）
L+ 致同会计师事务所（特殊普通合伙）
L+ 容诚会计师事务所（特殊普通合伙）
M+ 华维设计集团股份有限公司
M+ 中设工程咨询（重庆）股份有限公司
M+ 天纺标检测认证股份有限公司
M+ 中纺标检验认证股份有限公司
M+ 广东产品质量监督检验研究院
M+ 深圳市计量质量检测研究院
M+ 上海市质量监督检验技术研究院
M+ 工业和信息化部电子第五研究所
M+ 深圳市建筑设计研究总院有限公司
M+ 浙江省建筑设计研究院
M+ 天津市建筑设计研究院有限公司
M+ 中南建筑设计院股份有限公司
M+ 中国建筑西南设计研究院有限公司
M+ 中国建筑西北设计研究院有限公司
M+ 中国建筑东北设计研究院有限公司
M+ 中国建筑设计研究院有限公司
M+ 华东建筑设计研究院有限公司
M+ 北京市建筑设计研究院有限公司
M+ 上海市政工程设计研究总院（集团）有限公司
M+ 中铁第四勘察设计院集团有限公司
M+ 中铁二院工程集团有限责任公司
M+ 中铁第一勘察设计院集团有限公司
M+ 中国电建集团华东勘测设计研究院有限公司
M+ 中国电力工程顾问集团华北电力设计院有限公司
M+ 广东省建筑设计研究院有限公司
M+ 同济大学建筑设计研究院（集团）有限公司
M+ 中国建筑科学研究院有限公司
M+ 中冶建筑研究总院有限公司
M+ 长江勘测规划设计研究有限责任公司
M+ 黄河勘测规划设计研究院有限公司
M+ 中水北方勘测设计研究有限责任公司
M+ 上海勘测设计研究院有限公司
M+ 深圳市勘察研究院有限公司
M+ 广州市城市规划勘测设计研究院
M+ 北京双圆工程咨询监理有限公司
M+ 北京集佳知识产权代理有限公司
M+ 中科专利商标代理有限责任公司
M+ 中国检验认证（集团）有限公司
M+ 通标标准技术服务有限公司
N+ 北京环境卫生工程集团有限公司
N+ 乌镇旅游股份有限公司
O- 上海福寿园实业发展有限公司
O+ 北京美联众合动物医院有限公司
O+ 北京芭比堂动物医院有限公司
P+ 北京世纪好未来教育科技有限公司
P+ 小船出海教育科技（北京）有限公司
P+ 北京猿力教育科技有限公司
P+ 北京华图宏阳教育文化发展股份有限公司
P- 北京粉笔蓝天科技有限公司
P+ 山东蓝翔高级技工学校
R+ 北京开心麻花娱乐文化传媒股份有限公司
R+ 第一财经传媒有限公司
R+ 上海东方报业有限公司
R+ 人民邮电出版社有限公司
R+ 电子工业出版社有限公司
R+ 机械工业出版社有限公司
R+ 清华大学出版社有限公司
R+ 商务印书馆有限公司
R+ 中华书局有限公司
R+ 生活·读书·新知三联书店有限公司
R+ 上海美术电影制片厂有限公司
R+ 长春电影集团有限责任公司
R+ 华夏电影发行有限责任公司
R+ 北京保利剧院管理有限公司
R+ 山东泰山足球俱乐部
R+ 成都蓉城足球俱乐部
R+ 上海海港足球俱乐部
R+ 北京首钢篮球俱乐部
`;

const INSTITUTION = `
J+ 上海证券交易所
J+ 深圳证券交易所
J+ 北京证券交易所
M+ 中国城市规划设计研究院
M+ 北京市城市规划设计研究院
M+ 中国标准化研究院
M+ 中国计量科学研究院
M+ 上海市计量测试技术研究院
M+ 中国科学院计算技术研究所
M+ 中国科学院上海有机化学研究所
M+ 中国科学院大连化学物理研究所
M+ 中国农业科学院
M+ 之江实验室
M+ 鹏城实验室
M+ 北京智源人工智能研究院
M+ 上海人工智能实验室
M+ 国家气象中心
N+ 北京市公园管理中心
N+ 颐和园管理处
N+ 上海野生动物园发展有限责任公司
N+ 北京动物园
N+ 上海动物园
N+ 上海植物园
O+ 北京八宝山革命公墓
O+ 北京市八宝山人民公墓
O+ 广州市银河革命公墓
O+ 深圳市殡仪馆
O+ 杭州殡仪馆
O+ 南京殡仪馆
O+ 重庆市石桥铺殡仪馆
P+ 南京大学
P+ 武汉大学
P+ 同济大学
P+ 厦门大学
P+ 山东大学
P+ 吉林大学
P+ 华中科技大学
P+ 南开大学
P+ 东南大学
P+ 北京航空航天大学
P+ 北京理工大学
P+ 大连理工大学
P+ 重庆大学
P+ 湖南大学
P+ 中南大学
P+ 西北工业大学
P+ 兰州大学
P+ 北京师范大学
P+ 华东师范大学
P+ 中国农业大学
P+ 东北大学
P+ 郑州大学
P+ 苏州大学
P+ 深圳大学
P+ 南方科技大学
P+ 上海科技大学
P+ 西湖大学
P+ 香港大学
P+ 香港科技大学
P+ 香港中文大学
P+ 澳門大學
P+ 國立臺灣大學
P+ 深圳职业技术大学
P+ 无锡职业技术学院
P+ 金华职业技术学院
P+ 顺德职业技术学院
P+ 宁波职业技术学院
P+ 南京工业职业技术大学
P+ 北京电子科技职业学院
P+ 广东轻工职业技术学院
P+ 天津职业技术师范大学
P+ 江苏省常州技师学院
P+ 中国人民大学附属中学
P+ 华东师范大学第二附属中学
P+ 南京外国语学校
P+ 深圳中学
P+ 河北衡水中学
P+ 成都市第七中学
P+ 湖南师范大学附属中学
P+ 浙江省杭州第二中学
P+ 上海市上海中学
P+ 北京师范大学附属实验中学
P+ 清华大学附属中学
P+ 北京市海淀区中关村第一小学
P+ 北京市朝阳区实验小学
P+ 广州市执信中学
P+ 北京市第一幼儿园
Q+ 中南大学湘雅医院
Q+ 华中科技大学同济医学院附属同济医院
Q+ 郑州大学第一附属医院
Q+ 南方医科大学南方医院
Q+ 浙江省人民医院
Q+ 无锡市人民医院
Q+ 东莞市人民医院
Q+ 佛山市第一人民医院
Q+ 深圳市第二人民医院
Q+ 温州医科大学附属第一医院
Q+ 深圳市龙岗区人民医院
Q+ 昆山市第一人民医院
Q+ 深圳市宝安区人民医院
Q+ 广州市番禺区中心医院
Q+ 苏州市立医院
Q+ 首都医科大学附属北京安贞医院
Q+ 上海市精神卫生中心
Q+ 北京积水潭医院
Q+ 中国人民解放军总医院
Q+ 首都医科大学附属北京儿童医院
Q+ 复旦大学附属儿科医院
Q+ 广州市妇女儿童医疗中心
Q+ 深圳市儿童医院
Q+ 上海市长宁区新华街道社区卫生服务中心
Q+ 北京市第一社会福利院
Q+ 上海市疾病预防控制中心
Q+ 中国疾病预防控制中心
Q+ 北京急救中心
Q+ 上海市血液中心
Q+ 北京大学口腔医院
Q+ 四川省肿瘤医院
Q+ 东莞市厚街医院
Q+ 佛山市南海区人民医院
Q+ 宁波市第一医院
Q+ 厦门大学附属中山医院
Q+ 青岛大学附属医院
Q+ 山东省立医院
Q+ 西安交通大学第一附属医院
R+ 中国福利彩票发行管理中心
R+ 国家体育总局体育彩票管理中心
S+ 中国电子信息行业联合会
S+ 中国轻工业联合会
S+ 中国石油和化学工业联合会
S+ 中国钢铁工业协会
S+ 中国有色金属工业协会
S+ 中国机电产品进出口商会
S+ 中国纺织品进出口商会
S+ 中国食品土畜进出口商会
S+ 中国家用电器协会
S+ 中国塑料加工工业协会
S+ 中国机床工具工业协会
S+ 中国仪器仪表行业协会
S+ 中国电池工业协会
S+ 中国医疗器械行业协会
S+ 中国印刷及设备器材工业协会
S+ 中国包装联合会
S+ 中国皮革协会
S+ 中国家具协会
S+ 中国五金制品协会
S+ 中国通信企业协会
S+ 中国软件行业协会
S+ 中国互联网协会
S+ 广东省模具工业协会
S+ 上海市经济和信息化委员会
S+ 浙江省发展和改革委员会
S+ 中华人民共和国工业和信息化部
S+ 国家市场监督管理总局
S+ 国家知识产权局
S+ 中华人民共和国海关总署
S+ 中国国际贸易促进委员会上海市分会
S+ 中国共产主义青年团中央委员会
S+ 中华全国总工会
S+ 中华全国妇女联合会
S+ 中国科学技术协会
S+ 中国残疾人联合会
S+ 中国消费者协会
S+ 中国乡村发展基金会
S+ 深圳壹基金公益基金会
S+ 中国宋庆龄基金会
S+ 北京市东城区人民政府
S+ 深圳市南山区人民政府
S+ 杭州市余杭区人民政府
S+ 昆山市人民政府
S+ 东莞市人民政府
S+ 广州市公安局
S+ 上海市浦东新区人民法院
S+ 北京市人民检察院
S+ 中国共产党北京市委员会
S+ 中国民主建国会中央委员会
S+ 九三学社中央委员会
S+ 江阴市华士镇华西村村民委员会
S+ 国家林业和草原局
S+ 上海市浦东新区花木街道办事处
S+ 深圳市福田区华强北街道办事处
T+ 联合国教科文组织驻华代表处
T+ 联合国人口基金驻华代表处
T+ 世界粮食计划署中国办公室
T+ 国际金融公司驻华代表处
T+ 国际农业发展基金
T+ 国际原子能机构
T+ 欧洲复兴开发银行
T+ 中国—东盟中心
T+ 法国驻华大使馆
T+ 大韩民国驻华大使馆
T+ 俄罗斯联邦驻华大使馆
T+ 新加坡共和国驻华大使馆
T+ 澳大利亚驻华大使馆
T+ 加拿大驻华大使馆
T+ 意大利驻上海总领事馆
T+ 美国驻上海总领事馆
T+ 日本国驻广州总领事馆
T+ 德国驻广州总领事馆
T+ 英国驻重庆总领事馆
T+ 荷兰王国驻上海总领事馆
T+ 瑞士驻华大使馆
T+ 世界知识产权组织中国办事处
`;

const FOREIGN = `
A+ Cal-Maine Foods, Inc.
A- Bakkafrost P/F
A- Adecoagro S.A.
A- SLC Agrícola S.A.
A+ KWS SAAT SE & Co. KGaA
A- Vilmorin & Cie SA
A+ Sakata Seed Corporation
A- FGV Holdings Berhad
A- Kuala Lumpur Kepong Berhad
A- First Resources Limited
A+ PT Astra Agro Lestari Tbk
B- Antofagasta plc
B+ Southern Copper Corporation
B+ Kinross Gold Corporation
B+ Agnico Eagle Mines Limited
B+ Newcrest Mining Limited
B- Northern Star Resources Ltd
B- South32 Limited
B- Equinor ASA
B- ConocoPhillips
B+ Occidental Petroleum Corporation
B- EOG Resources, Inc.
B- Santos Limited
B+ Petróleo Brasileiro S.A. – Petrobras
B+ PT Adaro Energy Indonesia Tbk
B- Baker Hughes Company
B- Weatherford International plc
B- Transocean Ltd.
B+ Nabors Industries Ltd.
B- Boliden AB
B- Luossavaara-Kiirunavaara Aktiebolag
C- Wittenstein SE
C- Rittal GmbH & Co. KG
C- Phoenix Contact GmbH & Co. KG
C+ WAGO Kontakttechnik GmbH & Co. KG
C- HARTING Stiftung & Co. KG
C- igus GmbH
C- Pilz GmbH & Co. KG
C+ Beckhoff Automation GmbH & Co. KG
C- Lenze SE
C- SEW-EURODRIVE GmbH & Co KG
C- Balluff GmbH
C+ ifm electronic gmbh
C- Hans Turck GmbH & Co. KG
C- Weidmüller Interface GmbH & Co. KG
C+ Murrelektronik GmbH
C- Endress+Hauser AG
C- VEGA Grieshaber KG
C+ KROHNE Messtechnik GmbH
C- Sartorius AG
C- Eppendorf SE
C- Dürr AG
C- Alfred Kärcher SE & Co. KG
C- ANDREAS STIHL AG & Co. KG
C- Herrenknecht AG
C- Liebherr-International AG
C- Putzmeister Holding GmbH
C- Voith GmbH & Co. KGaA
C- Freudenberg SE
C- MAHLE GmbH
C- Webasto SE
C- HELLA GmbH & Co. KGaA
C+ Brose Fahrzeugteile SE & Co. KG
C- SCHOTT AG
C- DMG MORI AKTIENGESELLSCHAFT
C+ Gebr. Heller Maschinenfabrik GmbH
C- GROB-WERKE GmbH & Co. KG
C- EMAG GmbH & Co. KG
C- CHIRON-Werke GmbH & Co. KG
C+ Maschinenfabrik Berthold Hermle AG
C- ARBURG GmbH + Co KG
C- ENGEL AUSTRIA GmbH
C- Wittmann Battenfeld GmbH
C- KraussMaffei Technologies GmbH
C- Haver & Boecker OHG
C- RATIONAL AG
C- Miele & Cie. KG
C- Vorwerk SE & Co. KG
C- Bosch Rexroth AG
C+ Sennheiser electronic GmbH & Co. KG
C+ Leica Camera AG
C- Marposs S.p.A.
C- Comau S.p.A.
C+ IMA Industria Macchine Automatiche S.p.A.
C- SACMI Imola S.C.
C+ Danieli & C. Officine Meccaniche S.p.A.
C+ Prima Industrie S.p.A.
C- Salvagnini Italia S.p.A.
C+ Carel Industries S.p.A.
C- Interpump Group S.p.A.
C- De'Longhi S.p.A.
C- Luxottica Group S.p.A.
C- Barilla G. e R. Fratelli S.p.A.
C- Luigi Lavazza S.p.A.
C- Mapei S.p.A.
C- Technogym S.p.A.
C- Fincantieri S.p.A.
C- Leonardo S.p.A.
C+ Ducati Motor Holding S.p.A.
C- Piaggio & C. S.p.A.
C- THK Co., Ltd.
C- SMC Corporation
C- Nabtesco Corporation
C- Harmonic Drive Systems Inc.
C- Nachi-Fujikoshi Corp.
C- Okuma Corporation
C+ Makino Milling Machine Co., Ltd.
C- Yamazaki Mazak Corporation
C- Amada Co., Ltd.
C- DISCO Corporation
C+ Tokyo Electron Limited
C+ Hirose Electric Co., Ltd.
C- Nidec Corporation
C+ Daikin Industries, Ltd.
C- Shimadzu Corporation
C- HORIBA, Ltd.
C- Hioki E.E. Corporation
C+ Yokogawa Electric Corporation
C- Azbil Corporation
C- Panasonic Holdings Corporation
C- Sysmex Corporation
C- Olympus Corporation
C- Terumo Corporation
C+ Würth Elektronik eiSos GmbH & Co. KG
C- Rohde & Schwarz GmbH & Co. KG
C- Keysight Technologies, Inc.
C+ National Instruments Corporation
C+ Emerson Electric Co.
C+ Rockwell Automation, Inc.
C- Honeywell International Inc.
C- Parker-Hannifin Corporation
C- Eaton Corporation plc
C- Corning Incorporated
C- Micron Technology, Inc.
C- Qualcomm Incorporated
C- NVIDIA Corporation
C- Broadcom Inc.
C+ Microchip Technology Incorporated
C+ ON Semiconductor Corporation
C- Cummins Inc.
C- PACCAR Inc
C- The Boeing Company
C- Lockheed Martin Corporation
C- Tesla, Inc.
C- Apple Inc.
C- Dell Technologies Inc.
C- HP Inc.
C- Cisco Systems, Inc.
C- Whirlpool Corporation
C- Stanley Black & Decker, Inc.
C- Procter & Gamble Company
C- Colgate-Palmolive Company
C- Kimberly-Clark Corporation
C- The Coca-Cola Company
C- PepsiCo, Inc.
C- Mondelez International, Inc.
C- Kraft Heinz Company
C+ Tyson Foods, Inc.
C- Unilever PLC
C- Reckitt Benckiser Group plc
C- Diageo plc
C- British American Tobacco p.l.c.
C- AstraZeneca PLC
C- GSK plc
C- Rolls-Royce Holdings plc
C- BAE Systems plc
C- Dyson Limited
C- Renault S.A.
C- Stellantis N.V.
C- Michelin SCA
C- L'Oréal S.A.
C- Sanofi S.A.
C- Thales S.A.
C- Volvo AB
C- Scania AB
C- SKF AB
C- Alfa Laval AB
C- Ericsson AB
C- Electrolux AB
C- Husqvarna AB
C- Sulzer AG
C- Georg Fischer AG
C- Schindler Holding AG
C- Geberit AG
C- Stäubli International AG
C- Swatch Group AG
C- Lonza Group AG
C- Nestlé Nespresso SA
C- Logitech International S.A.
C- Oerlikon Corporation AG
C- Hilti AG
C- Plansee SE
C- voestalpine AG
C- Andritz AG
C+ Doppelmayr Seilbahnen GmbH
C- Swarovski AG
C- ASM International N.V.
C+ BE Semiconductor Industries N.V.
C- DSM-Firmenich AG
C- Akzo Nobel N.V.
C- Signify N.V.
C- Solvay SA
C- Umicore SA
C- UCB SA
C- Bekaert NV
C- POSCO Holdings Inc.
C+ Hanwha Aerospace Co., Ltd.
C+ Hyundai Heavy Industries Co., Ltd.
C+ Samsung Heavy Industries Co., Ltd.
C+ LG Chem, Ltd.
C- Samsung SDI Co., Ltd.
C+ LG Display Co., Ltd.
C- Kia Corporation
C- Foxconn Interconnect Technology Limited
C+ Tata Motors Limited
C- Mahindra & Mahindra Limited
C+ Bajaj Auto Limited
C+ Sun Pharmaceutical Industries Limited
C+ Dr. Reddy's Laboratories Limited
C+ Reliance Industries Limited
C- J.C. Bamford Excavators Limited
D+ EnBW Energie Baden-Württemberg AG
D- Uniper SE
D- Fortum Oyj
D- Statkraft AS
D+ Naturgy Energy Group, S.A.
D- Endesa, S.A.
D- A2A S.p.A.
D- Hera S.p.A.
D- Terna S.p.A.
D+ Duke Energy Corporation
D+ NextEra Energy, Inc.
D- Exelon Corporation
D- Dominion Energy, Inc.
D- Southern California Edison Company
D+ American Water Works Company, Inc.
D- Severn Trent Plc
D+ United Utilities Group PLC
D+ Kansai Electric Power Company, Incorporated
D+ Tokyo Gas Co., Ltd.
D+ Osaka Gas Co., Ltd.
D+ Power Assets Holdings Limited
D+ Singapore Power Limited
D- Tenaga Nasional Berhad
E- Shimizu Corporation
E- Ferrovial SE
E+ ACS, Actividades de Construcción y Servicios, S.A.
E- Eiffage SA
E- Webuild S.p.A.
E- Larsen & Toubro Limited
E+ Daewoo Engineering & Construction Co., Ltd.
E+ Leighton Contractors Pty Limited
E- Kiewit Corporation
E+ Turner Construction Company
E+ Hsin Chong Construction Group Ltd.
E- Laing O'Rourke Corporation Limited
F- The Home Depot, Inc.
F- Lowe's Companies, Inc.
F- Target Corporation
F- The Kroger Co.
F- Koninklijke Ahold Delhaize N.V.
F- METRO AG
F- Lidl Stiftung & Co. KG
F- Ceconomy AG
F- Zalando SE
F- ITOCHU Corporation
F- Mitsui & Co., Ltd.
F- Sumitomo Corporation
F- Sojitz Corporation
F- Toyota Tsusho Corporation
F- Li & Fung Limited
F+ Future Electronics Inc.
F- TTI, Inc.
F+ Rutronik Elektronische Bauelemente GmbH
F- Brenntag SE
F- IMCD N.V.
F- Univar Solutions Inc.
F- Azelis Group NV
F- Ferguson plc
F- W.W. Grainger, Inc.
F- Fastenal Company
F+ MSC Industrial Direct Co., Inc.
F- Rexel S.A.
F- Sonepar SAS
F- WESCO International, Inc.
F+ Graybar Electric Company, Inc.
F- Sysco Corporation
F- McKesson Corporation
F- Cardinal Health, Inc.
F- Cencora, Inc.
F- Walgreens Boots Alliance, Inc.
F- RS Group plc
F- Best Buy Co., Inc.
F- Dollar General Corporation
F- Wesfarmers Limited
F- Woolworths Group Limited
G+ Nippon Express Holdings, Inc.
G- Yamato Holdings Co., Ltd.
G+ Nippon Yusen Kabushiki Kaisha
G+ Mitsui O.S.K. Lines, Ltd.
G+ Ocean Network Express Pte. Ltd.
G+ ZIM Integrated Shipping Services Ltd.
G- Schenker AG
G- Dachser SE
G+ CEVA Logistics AG
G- GEODIS SA
G- XPO, Inc.
G- C.H. Robinson Worldwide, Inc.
G+ J.B. Hunt Transport Services, Inc.
G- Union Pacific Corporation
G+ Canadian National Railway Company
G- Deutsche Bahn AG
G- Emirates
G+ Qantas Airways Limited
G- Air France-KLM SA
G- Ryanair Holdings plc
G+ Japan Airlines Co., Ltd.
G+ Korean Air Lines Co., Ltd.
G+ Hongkong International Terminals Limited
G- PSA International Pte Ltd
G- DP World Limited
G+ Fraport AG Frankfurt Airport Services Worldwide
G+ Royal Mail plc
G+ PostNL N.V.
G+ La Poste S.A.
G+ Kerry Logistics Network Limited
G+ Cathay Cargo Terminal Limited
H- Shangri-La Asia Limited
H- Minor International PCL
H- Whitbread PLC
H- Yum! Brands, Inc.
H- Chipotle Mexican Grill, Inc.
H+ Domino's Pizza, Inc.
H+ Restaurant Brands International Inc.
H- Sodexo S.A.
H- Aramark
H+ Four Seasons Hotels Limited
H+ Fairmont Hotels & Resorts
H- Banyan Tree Holdings Limited
H+ Rosewood Hotel Group
H+ Café de Coral Holdings Limited
H- Tsui Wah Holdings Limited
H+ Darden Restaurants, Inc.
I- Alphabet Inc.
I- Meta Platforms, Inc.
I+ Amazon Web Services, Inc.
I- ServiceNow, Inc.
I- Workday, Inc.
I- Atlassian Corporation
I- Autodesk, Inc.
I+ Siemens Digital Industries Software
I- PTC Inc.
I- Ansys, Inc.
I+ Cadence Design Systems, Inc.
I- Synopsys, Inc.
I- Wipro Limited
I- HCL Technologies Limited
I- Cognizant Technology Solutions Corporation
I- Capgemini SE
I- Atos SE
I+ NTT DATA Group Corporation
I- Fujitsu Limited
I- SoftBank Corp.
I- KDDI Corporation
I+ Nippon Telegraph and Telephone Corporation
I+ SK Telecom Co., Ltd.
I+ Telefónica, S.A.
I+ Telecom Italia S.p.A.
I- BT Group plc
I+ Verizon Communications Inc.
I- AT&T Inc.
I- Equinix, Inc.
I+ Electronic Arts Inc.
I+ Ubisoft Entertainment SA
I- Nexon Co., Ltd.
I+ Software AG
I- TeamViewer SE
I+ Check Point Software Technologies Ltd.
I+ Palo Alto Networks, Inc.
I- CrowdStrike Holdings, Inc.
J- JPMorgan Chase & Co.
J- Morgan Stanley
J- Citigroup Inc.
J- Wells Fargo & Company
J- Barclays PLC
J+ Lloyds Banking Group plc
J- Standard Chartered PLC
J+ Commerzbank AG
J- Société Générale S.A.
J- Crédit Agricole S.A.
J- ING Groep N.V.
J- Intesa Sanpaolo S.p.A.
J- UniCredit S.p.A.
J+ Banco Santander, S.A.
J+ Banco Bilbao Vizcaya Argentaria, S.A.
J+ MUFG Bank, Ltd.
J+ Sumitomo Mitsui Banking Corporation
J- Nomura Holdings, Inc.
J- Prudential plc
J+ Manulife Financial Corporation
J+ Münchener Rückversicherungs-Gesellschaft AG
J- Swiss Re AG
J+ Hang Seng Bank Limited
J+ The Bank of East Asia, Limited
J+ United Overseas Bank Limited
J+ Malayan Banking Berhad
J- Visa Inc.
J- Mastercard Incorporated
J+ London Stock Exchange Group plc
J+ Deutsche Börse AG
J- Nasdaq, Inc.
J- The Vanguard Group, Inc.
J- Schroders plc
J- Amundi S.A.
J- Temasek Holdings (Private) Limited
J- GIC Private Limited
J+ Singapore Exchange Limited
J+ Industrial and Commercial Bank of China (Asia) Limited
K+ Sun Hung Kai Properties Limited
K- CK Asset Holdings Limited
K+ Wharf Real Estate Investment Company Limited
K+ Hang Lung Properties Limited
K+ Sino Land Company Limited
K- CapitaLand Investment Limited
K+ Mitsubishi Estate Co., Ltd.
K+ Sumitomo Realty & Development Co., Ltd.
K+ Simon Property Group, Inc.
K- Prologis, Inc.
K- Vonovia SE
K- Unibail-Rodamco-Westfield SE
K+ Brookfield Property Partners L.P.
K- Colliers International Group Inc.
K- Cushman & Wakefield plc
K- Knight Frank LLP
L- Roland Berger Holding GmbH
L- PricewaterhouseCoopers International Limited
L- KPMG International Limited
L- Ernst & Young Global Limited
L- Dentsu Group Inc.
L- Hakuhodo DY Holdings Inc.
L- The Interpublic Group of Companies, Inc.
L- Havas SA
L- Robert Half Inc.
L- Hays plc
L- PageGroup plc
L- Kelly Services, Inc.
L- Freshfields Bruckhaus Deringer LLP
L- Linklaters LLP
L- Allen & Overy LLP
L- Latham & Watkins LLP
L+ Messe München GmbH
L+ Messe Düsseldorf GmbH
L+ Deutsche Messe AG
L+ Koelnmesse GmbH
L- Fiera Milano S.p.A.
L- Comexposium
L+ GL events SA
L- Avis Budget Group, Inc.
L- Sixt SE
L+ United Rentals, Inc.
L- G4S plc
L- Securitas AB
L- Ipsos SA
L+ Hong Kong Exhibition and Convention Centre (Management) Limited
L+ Singapore Exhibition Services Pte Ltd
M+ Battelle Memorial Institute
M- SRI International
M- RAND Corporation
M+ Southwest Research Institute
M+ Commonwealth Scientific and Industrial Research Organisation
M- Applus Services, S.A.
M- ALS Limited
M- Element Materials Technology Group Limited
M- Mistras Group, Inc.
M- Jacobs Solutions Inc.
M- WSP Global Inc.
M- Stantec Inc.
M- Ramboll Group A/S
M- Sweco AB
M- Tetra Tech, Inc.
M- Foster + Partners Limited
M- Skidmore, Owings & Merrill LLP
M- Nikken Sekkei Ltd.
M+ Hong Kong Applied Science and Technology Research Institute
M+ Industrial Technology Research Institute
M+ Agency for Science, Technology and Research
N- Biffa plc
N- Clean Harbors, Inc.
N- Stericycle, Inc.
N+ Cleanaway Waste Management Limited
N+ Séché Environnement SA
N- Renewi plc
N+ Royal Botanic Gardens, Kew
N+ Singapore Botanic Gardens
O+ Mister Car Wash, Inc.
O- Driven Brands Holdings Inc.
O- Monro, Inc.
O- Dignity plc
O- InvoCare Limited
O- Park Lawn Corporation
O- Toni & Guy
O- Supercuts
O- Jiffy Lube International, Inc.
P+ University of Oxford
P+ Eidgenössische Technische Hochschule Zürich
P+ Nanyang Technological University
P+ The University of Tokyo
P+ Seoul National University
P+ RWTH Aachen University
P+ Technische Universität Berlin
P+ Politecnico di Milano
P+ École Polytechnique
P- INSEAD
P- Berlitz Corporation
P+ Harrow International School Beijing
P+ Western Academy of Beijing
P+ Shanghai American School
P+ The British School of Beijing
P+ Keystone Academy
P+ Kumon Institute of Education Co., Ltd.
P+ The Hong Kong Polytechnic University
P+ City University of Hong Kong
Q+ HCA Healthcare, Inc.
Q+ IHH Healthcare Berhad
Q+ Ramsay Health Care Limited
Q+ Apollo Hospitals Enterprise Limited
Q+ Bangkok Dusit Medical Services PCL
Q+ The Johns Hopkins Hospital
Q+ Charité – Universitätsmedizin Berlin
Q+ Massachusetts General Hospital
Q+ Karolinska University Hospital
Q+ Gleneagles Hospital Hong Kong
Q+ St. Paul's Hospital
Q+ Mount Sinai Hospital
R- Warner Bros. Discovery, Inc.
R- Paramount Global
R- Netflix, Inc.
R- Toho Co., Ltd.
R- The New York Times Company
R+ News Corp
R- Axel Springer SE
R- Hachette Livre
R- Penguin Random House LLC
R- Springer Nature AG & Co. KGaA
R- Elsevier B.V.
R- John Wiley & Sons, Inc.
R+ Japan Broadcasting Corporation
R- Deutsche Welle
R+ FC Bayern München AG
R+ Juventus Football Club S.p.A.
R- Borussia Dortmund GmbH & Co. KGaA
R+ Musée du Louvre
R+ The British Museum
R+ The Metropolitan Museum of Art
R+ Berliner Philharmoniker
R+ Wiener Staatsoper
R+ Royal Opera House
R+ Merlin Entertainments Limited
R+ Six Flags Entertainment Corporation
R+ The Hong Kong Jockey Club
R+ Television Broadcasts Limited
R+ South China Morning Post Publishers Limited
S+ U.S. Department of Commerce
T+ European Commission
S- Invest Hong Kong
S- Business France
S+ Germany Trade and Invest
S+ Italian Trade Agency
S+ Japan Chamber of Commerce and Industry in China
S+ British Chamber of Commerce in China
S+ American Chamber of Commerce in the People's Republic of China
S+ US-China Business Council
S+ China-Britain Business Council
S+ Verein Deutscher Ingenieure e.V.
S+ Institution of Engineering and Technology
S+ American Society of Mechanical Engineers
S- SEMI
S+ Bundesministerium für Wirtschaft und Klimaschutz
S+ Swiss Chinese Chamber of Commerce
S+ Taiwan External Trade Development Council
S+ Hong Kong General Chamber of Commerce
T+ Embassy of France in China
T+ British Embassy Beijing
T+ Consulate General of the Federal Republic of Germany Shanghai
T+ Consulate General of Italy in Shanghai
T+ Embassy of Switzerland in China
T+ UNESCO
T+ UNIDO
T+ Food and Agriculture Organization of the United Nations
T+ International Atomic Energy Agency
T+ World Intellectual Property Organization
T+ World Food Programme
T+ International Fund for Agricultural Development
T+ European Bank for Reconstruction and Development
T+ Organisation for Economic Co-operation and Development
T+ Association of Southeast Asian Nations
T+ International Civil Aviation Organization
T+ International Maritime Organization
T+ Universal Postal Union
T+ World Meteorological Organization
T+ Bank for International Settlements
T+ International Energy Agency
T+ Embassy of Japan in China
T+ Consulate General of the United States Guangzhou
`;

/** FNV-1a over the UTF-16 code units, salted: independent of companyTrades.ts's split, the same on every machine. */
export function splitOf(name: string): FreshTradeName['split'] {
  let h = 0x811c9dc5;
  for (const c of `round two: ${name}`) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'fresh' : 'tune';
}

function parse(source: FreshSource, text: string): FreshTradeName[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const m = /^([A-T])([+-]) (.+)$/.exec(line);
      if (!m) throw new Error(`companyTradesFresh: bad line “${line}”`);
      const name = m[3] as string;
      return { name, section: m[1] as GbtSection, statesTrade: m[2] === '+', source, split: splitOf(name) };
    });
}

export const FRESH_COMPANY_TRADES: readonly FreshTradeName[] = [
  ...parse('listed', LISTED),
  ...parse('unlisted', UNLISTED),
  ...parse('sme', SME),
  ...parse('institution', INSTITUTION),
  ...parse('foreign', FOREIGN),
];
