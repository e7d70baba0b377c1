/**
 * Company names with the trade each company actually carries on, as GB/T 4754-2017 sections, for
 * measuring the industry-from-company-name rule on names it was not written for (issue 19). The
 * rule was never tuned on a name of this file before the split below was fixed, and the project's
 * own set (industryNames.ts) shares no name with it.
 *
 * Each line: section letter, "+" when the name states a trade (a 行业表述 such as 电子, 物流,
 * 银行, 医院, or an English industry noun such as Electronics, Bank, Hospital — whether or not it
 * points to the right section) or "-" when it states none (a brand with 科技, 实业, 集团, Holdings,
 * AG …), then the name as the company writes it. The label is what the company does, never what
 * its name suggests, so misleading names (恒生电子 writes software, 上海医药 is a distributor)
 * count against the rule.
 *
 * Where the labels come from:
 * - listed: companies listed in Shanghai, Shenzhen, Beijing and Hong Kong, by their full
 *   registered names. A-shares carry the CSRC industry of the exchanges' listed-company
 *   classification (上市公司行业分类指引, 2012), whose sections A–R are GB/T 4754's; the section was
 *   written from the author's knowledge of that classification and of the company's main business
 *   (not downloaded: there is no network here). Hong Kong listings use no GB/T-based scheme and
 *   are labelled by main business. Companies whose CSRC section the author was unsure of were left
 *   out rather than guessed, as were the companies the issue names as examples (中兴通讯,
 *   烽火通信, 新华通讯社, 双汇, 渤海钻探, 中国石化销售, 中国化学工程 …): the rule is tested on those
 *   by name in the unit tests, so they cannot measure it.
 * - institution: public bodies, associations, schools, hospitals, cultural bodies, international
 *   organisations and embassies in China, and a few resident-service firms (funeral homes, pet
 *   hospitals, photo studios): labelled by what they are (GB/T S, P, Q, R, T, O).
 * - foreign: foreign companies and bodies by their English or native legal names, labelled by main
 *   business (ISIC Rev.4 section, mapped to GB/T with the concordance of industrySections.ts).
 * The split is fixed by a hash of the name (splitOf below): 45% was "untouched" in the first round.
 * Its figures were then looked at, in aggregate, while tuning, so it no longer counts as unseen:
 * since the second round both parts are tuning material, and the rule is judged on the fresh part
 * of companyTradesFresh.ts instead.
 *
 * A fourth source of the first round, 338 small firms from the sample data of a public
 * open-source CRM with a registry provider's labels, was removed in the second round: the project
 * does not take other projects' data, and those labels were unreliable. companyTradesFresh.ts
 * brings small and medium firms labelled by the author instead.
 */
import type { GbtSection } from '../../../src/core/taxonomy/industrySections';

export type TradeSource = 'listed' | 'institution' | 'foreign';

export interface TradeName {
  name: string;
  section: GbtSection;
  /** The name states a trade (right or wrong); false: a brand alone. */
  statesTrade: boolean;
  source: TradeSource;
  split: 'tune' | 'untouched';
}

const LISTED = `
A+ 黑龙江北大荒农业股份有限公司
A- 福建圣农发展股份有限公司
A+ 海南天然橡胶产业集团股份有限公司
A- 山东好当家海洋发展股份有限公司
A- 中水集团远洋股份有限公司
A+ 大湖水殖股份有限公司
A+ 福建金森林业股份有限公司
A+ 云南神农农业产业集团股份有限公司
A+ 山东益生种畜禽股份有限公司
A+ 山东民和牧业股份有限公司
A+ 宁夏晓鸣农牧股份有限公司
A+ 四川巨星农牧股份有限公司
A- 罗牛山股份有限公司
A- 万向德农股份有限公司
A+ 山东登海种业股份有限公司
A+ 安徽荃银高科种业股份有限公司
A+ 合肥丰乐种业股份有限公司
A- 甘肃亚盛实业（集团）股份有限公司
A+ 江苏省农垦农业发展股份有限公司
A- 上海开创国际海洋资源股份有限公司
A+ 中农发种业集团股份有限公司
A- 江西正邦科技股份有限公司
A+ 河南秋乐种业科技股份有限公司
B+ 陕西煤业股份有限公司
B+ 兖矿能源集团股份有限公司
B+ 中国中煤能源股份有限公司
B+ 山西潞安环保能源开发股份有限公司
B+ 山西焦煤能源集团股份有限公司
B+ 平顶山天安煤业股份有限公司
B+ 淮北矿业控股股份有限公司
B+ 内蒙古伊泰煤炭股份有限公司
B+ 中金黄金股份有限公司
B+ 赤峰吉隆黄金矿业股份有限公司
B+ 招金矿业股份有限公司
B+ 西部矿业股份有限公司
B+ 金堆城钼业股份有限公司
B+ 盛屯矿业集团股份有限公司
B+ 中海油田服务股份有限公司
B+ 中石化石油工程技术服务股份有限公司
B+ 山东新潮能源股份有限公司
B+ 新疆准东石油技术股份有限公司
B+ 潜能恒信能源技术股份有限公司
B- 四川金顶（集团）股份有限公司
B+ 大中矿业股份有限公司
B+ 山东金岭矿业股份有限公司
B+ 海南矿业股份有限公司
B+ 安源煤业集团股份有限公司
B+ 郑州煤电股份有限公司
B+ 北京昊华能源股份有限公司
B+ 晋能控股山西煤业股份有限公司
B+ 安徽恒源煤电股份有限公司
B+ 贵州盘江精煤股份有限公司
B+ 上海大屯能源股份有限公司
B+ 中煤新集能源股份有限公司
B- 山西华阳集团新能股份有限公司
C- 宜宾五粮液股份有限公司
C- 泸州老窖股份有限公司
C+ 江苏洋河酒厂股份有限公司
C+ 山西杏花村汾酒厂股份有限公司
C+ 安徽古井贡酒股份有限公司
C+ 北京燕京啤酒股份有限公司
C+ 中粮糖业控股股份有限公司
C+ 益海嘉里金龙鱼粮油食品股份有限公司
C+ 三全食品股份有限公司
C+ 桃李面包股份有限公司
C+ 洽洽食品股份有限公司
C- 汤臣倍健股份有限公司
C+ 安琪酵母股份有限公司
C- 承德露露股份公司
C+ 东鹏饮料（集团）股份有限公司
C+ 河北养元智汇饮品股份有限公司
C+ 烟台张裕葡萄酿酒股份有限公司
C- 云南白药集团股份有限公司
C+ 浙江华海药业股份有限公司
C+ 天士力医药集团股份有限公司
C+ 华润三九医药股份有限公司
C- 长春高新技术产业（集团）股份有限公司
C+ 重庆智飞生物制品股份有限公司
C- 北京同仁堂股份有限公司
C+ 漳州片仔癀药业股份有限公司
C+ 东阿阿胶股份有限公司
C+ 丽珠医药集团股份有限公司
C+ 浙江医药股份有限公司
C+ 人福医药集团股份公司
C+ 江苏鱼跃医疗设备股份有限公司
C+ 乐普（北京）医疗器械股份有限公司
C+ 山东威高集团医用高分子制品股份有限公司
C+ 山东新华医疗器械股份有限公司
C+ 珠海格力电器股份有限公司
C- 美的集团股份有限公司
C- 海尔智家股份有限公司
C+ 四川长虹电器股份有限公司
C- TCL科技集团股份有限公司
C- 京东方科技集团股份有限公司
C+ 立讯精密工业股份有限公司
C- 歌尔股份有限公司
C+ 杭州海康威视数字技术股份有限公司
C- 浙江大华技术股份有限公司
C+ 上海韦尔半导体股份有限公司
C- 兆易创新科技集团股份有限公司
C+ 中芯国际集成电路制造有限公司
C+ 华润微电子有限公司
C- 江苏长电科技股份有限公司
C+ 通富微电子股份有限公司
C+ 深南电路股份有限公司
C- 鹏鼎控股（深圳）股份有限公司
C+ 苏州东山精密制造股份有限公司
C- 蓝思科技股份有限公司
C- 欧菲光集团股份有限公司
C+ 三安光电股份有限公司
C- 天水华天科技股份有限公司
C+ 杭州士兰微电子股份有限公司
C+ 紫光国芯微电子股份有限公司
C- 北方华创科技集团股份有限公司
C+ 中微半导体设备（上海）股份有限公司
C- 比亚迪股份有限公司
C+ 晶科能源股份有限公司
C- 国电南瑞科技股份有限公司
C+ 许继电气股份有限公司
C+ 河南平高电气股份有限公司
C+ 思源电气股份有限公司
C+ 浙江正泰电器股份有限公司
C+ 卧龙电气驱动集团股份有限公司
C+ 中山大洋电机股份有限公司
C+ 东方电气股份有限公司
C+ 上海电气集团股份有限公司
C+ 哈尔滨电气股份有限公司
C- 中联重科股份有限公司
C+ 广西柳工机械股份有限公司
C+ 山推工程机械股份有限公司
C+ 江苏恒立液压股份有限公司
C- 杭氧集团股份有限公司
C+ 西安陕鼓动力股份有限公司
C+ 宁波海天精工股份有限公司
C+ 无锡先导智能装备股份有限公司
C+ 烟台杰瑞石油服务集团股份有限公司
C- 中国中车股份有限公司
C+ 中国船舶重工股份有限公司
C- 中航沈飞股份有限公司
C+ 中国重汽集团济南卡车股份有限公司
C+ 广州汽车集团股份有限公司
C+ 安徽江淮汽车集团股份有限公司
C+ 宇通客车股份有限公司
C+ 潍柴动力股份有限公司
C+ 华域汽车系统股份有限公司
C+ 山东玲珑轮胎股份有限公司
C- 赛轮集团股份有限公司
C+ 恒力石化股份有限公司
C+ 荣盛石化股份有限公司
C- 桐昆集团股份有限公司
C- 新凤鸣集团股份有限公司
C- 浙江龙盛集团股份有限公司
C+ 山东华鲁恒升化工股份有限公司
C- 云南云天化股份有限公司
C- 青海盐湖工业股份有限公司
C- 中国巨石股份有限公司
C+ 安徽海螺水泥股份有限公司
C+ 华新水泥股份有限公司
C+ 北京东方雨虹防水技术股份有限公司
C+ 北新集团建材股份有限公司
C- 鞍钢股份有限公司
C- 河钢股份有限公司
C+ 马鞍山钢铁股份有限公司
C+ 南京钢铁股份有限公司
C+ 中信泰富特钢集团股份有限公司
C+ 云南铝业股份有限公司
C+ 厦门钨业股份有限公司
C- 奥瑞金科技股份有限公司
C- 海澜之家集团股份有限公司
C- 雅戈尔集团股份有限公司
C+ 浙江森马服饰股份有限公司
C+ 华孚时尚股份有限公司
C- 申洲国际集团控股有限公司
C+ 安踏体育用品集团有限公司
C- 李宁有限公司
C- 江苏红豆实业股份有限公司
C+ 欧派家居集团股份有限公司
C+ 索菲亚家居股份有限公司
C+ 山东晨鸣纸业集团股份有限公司
C- 深圳劲嘉集团股份有限公司
C+ 上海晨光文具股份有限公司
C- 老凤祥股份有限公司
C- 公牛集团股份有限公司
C- 浙江苏泊尔股份有限公司
C- 九阳股份有限公司
C+ 杭州老板电器股份有限公司
C+ 宁波均胜电子股份有限公司
C+ 北汽福田汽车股份有限公司
C+ 中航光电科技股份有限公司
C+ 舜宇光学科技（集团）有限公司
C- 聚光科技（杭州）股份有限公司
C+ 宁波水表（集团）股份有限公司
C+ 威胜信息技术股份有限公司
C- 金卡智能集团股份有限公司
C+ 浙江三花智能控制股份有限公司
C+ 恒逸石化股份有限公司
C- 株洲旗滨集团股份有限公司
C- 江苏东方盛虹股份有限公司
C+ 浙江伟星新型建材股份有限公司
C- 中材科技股份有限公司
C+ 千禾味业食品股份有限公司
C+ 重庆涪陵榨菜集团股份有限公司
C+ 绝味食品股份有限公司
C+ 重庆啤酒股份有限公司
C+ 江苏今世缘酒业股份有限公司
C+ 舍得酒业股份有限公司
C- 四川水井坊股份有限公司
C+ 安徽迎驾贡酒股份有限公司
C- 新疆伊力特实业股份有限公司
C- 中炬高新技术实业（集团）股份有限公司
C+ 甘源食品股份有限公司
C+ 上海妙可蓝多食品科技股份有限公司
C+ 新希望乳业股份有限公司
C+ 华润啤酒（控股）有限公司
C- 康师傅控股有限公司
C- 中国飞鹤有限公司
C+ 中国蒙牛乳业有限公司
C- 中国旺旺控股有限公司
C- 维达国际控股有限公司
C- 恒安国际集团有限公司
C+ 吉利汽车控股有限公司
C+ 比亚迪电子（国际）有限公司
C- 瑞声科技控股有限公司
C- 丘钛科技（集团）有限公司
C+ 华虹半导体有限公司
C+ 中国生物制药有限公司
C+ 翰森制药集团有限公司
C+ 广州酒家集团股份有限公司
C+ 浪潮电子信息产业股份有限公司
C+ 曙光信息产业股份有限公司
C- 中国长城科技集团股份有限公司
D+ 中国长江电力股份有限公司
D+ 国电电力发展股份有限公司
D+ 华电国际电力股份有限公司
D+ 大唐国际发电股份有限公司
D+ 中国核能电力股份有限公司
D+ 中广核电力股份有限公司
D+ 国投电力控股股份有限公司
D+ 中国三峡新能源（集团）股份有限公司
D+ 龙源电力集团股份有限公司
D+ 中节能风力发电股份有限公司
D+ 浙江浙能电力股份有限公司
D- 申能股份有限公司
D- 安徽省皖能股份有限公司
D+ 深圳能源集团股份有限公司
D- 广州发展集团股份有限公司
D+ 四川川投能源股份有限公司
D+ 广西桂冠电力股份有限公司
D+ 贵州黔源电力股份有限公司
D+ 湖北能源集团股份有限公司
D+ 吉林电力股份有限公司
D- 福建福能股份有限公司
D+ 新天绿色能源股份有限公司
D+ 中节能太阳能股份有限公司
D+ 中国燃气控股有限公司
D+ 新奥能源控股有限公司
D+ 华润燃气控股有限公司
D+ 重庆燃气集团股份有限公司
D+ 陕西省天然气股份有限公司
D+ 长春燃气股份有限公司
D+ 成都市兴蓉环境股份有限公司
D+ 重庆水务集团股份有限公司
D+ 江西洪城环境股份有限公司
D+ 江苏江南水务股份有限公司
D+ 中山公用事业集团股份有限公司
D+ 钱江水利开发股份有限公司
D- 粤海投资有限公司
D+ 北控水务集团有限公司
D+ 大连热电股份有限公司
D+ 国家能源集团长源电力股份有限公司
D+ 重庆三峡水利电力（集团）股份有限公司
E+ 中国建筑股份有限公司
E- 中国中铁股份有限公司
E+ 中国交通建设股份有限公司
E+ 中国电力建设股份有限公司
E+ 中国能源建设股份有限公司
E+ 中国冶金科工股份有限公司
E+ 四川路桥建设集团股份有限公司
E+ 浙江交通科技股份有限公司
E+ 上海隧道工程股份有限公司
E+ 龙元建设集团股份有限公司
E+ 苏州金螳螂建筑装饰股份有限公司
E+ 浙江亚厦装饰股份有限公司
E+ 长江精工钢结构（集团）股份有限公司
E+ 宁波建工股份有限公司
E+ 安徽建工集团股份有限公司
E+ 山东高速路桥集团股份有限公司
E+ 新疆北新路桥集团股份有限公司
E+ 重庆建工集团股份有限公司
E+ 陕西建工集团股份有限公司
E+ 中国核工业建设股份有限公司
E+ 中国中材国际工程股份有限公司
E+ 中钢国际工程技术股份有限公司
E+ 东南网架股份有限公司
E+ 中国建筑国际集团有限公司
E- 江河创建集团股份有限公司
E- 深圳广田集团股份有限公司
E+ 中工国际工程股份有限公司
E- 北方国际合作股份有限公司
F+ 永辉超市股份有限公司
F- 王府井集团股份有限公司
F+ 重庆百货大楼股份有限公司
F+ 上海豫园旅游商城（集团）股份有限公司
F+ 步步高商业连锁股份有限公司
F- 家家悦集团股份有限公司
F+ 成都红旗连锁股份有限公司
F+ 大参林医药集团股份有限公司
F+ 益丰大药房连锁股份有限公司
F+ 一心堂药业集团股份有限公司
F- 国药控股股份有限公司
F+ 上海医药集团股份有限公司
F+ 九州通医药集团股份有限公司
F- 厦门建发股份有限公司
F- 物产中大集团股份有限公司
F- 浙商中拓集团股份有限公司
F- 江苏国泰国际集团股份有限公司
F+ 南京医药股份有限公司
F- 广州市广百股份有限公司
F+ 中国旅游集团中免股份有限公司
F+ 天虹数科商业股份有限公司
F- 中百控股集团股份有限公司
F- 深圳市爱施德股份有限公司
F- 大商股份有限公司
F+ 广汇汽车服务集团股份公司
F- 中升集团控股有限公司
F+ 国美零售控股有限公司
F+ 高鑫零售有限公司
F+ 联华超市股份有限公司
F+ 良品铺子股份有限公司
G+ 中国国际航空股份有限公司
G+ 中国东方航空股份有限公司
G+ 中国南方航空股份有限公司
G+ 海南航空控股股份有限公司
G+ 春秋航空股份有限公司
G+ 上海吉祥航空股份有限公司
G+ 中远海运控股股份有限公司
G+ 招商局能源运输股份有限公司
G+ 中远海运能源运输股份有限公司
G+ 宁波舟山港股份有限公司
G+ 青岛港国际股份有限公司
G+ 大秦铁路股份有限公司
G+ 广深铁路股份有限公司
G+ 京沪高速铁路股份有限公司
G- 顺丰控股股份有限公司
G+ 圆通速递股份有限公司
G- 韵达控股股份有限公司
G+ 申通快递股份有限公司
G+ 中国外运股份有限公司
G+ 密尔克卫化工供应链服务股份有限公司
G+ 江苏宁沪高速公路股份有限公司
G+ 山东高速股份有限公司
G+ 深圳高速公路集团股份有限公司
G+ 上海国际机场股份有限公司
G+ 广州白云国际机场股份有限公司
G+ 海南海峡航运股份有限公司
G+ 中谷物流股份有限公司
G+ 厦门港务发展股份有限公司
G+ 嘉友国际物流股份有限公司
G+ 港中旅华贸国际物流股份有限公司
G- 中储发展股份有限公司
G- 东方海外（国际）有限公司
G+ 国泰航空有限公司
H+ 北京首旅酒店（集团）股份有限公司
H- 华住集团有限公司
H+ 金陵饭店股份有限公司
H+ 西安饮食股份有限公司
H+ 同庆楼餐饮股份有限公司
H- 九毛九国际控股有限公司
H- 百胜中国控股有限公司
H+ 呷哺呷哺餐饮管理（中国）控股有限公司
H- 味千（中国）控股有限公司
H- 大家乐集团有限公司
H+ 君亭酒店集团股份有限公司
H- 绿茶集团有限公司
I- 中国移动有限公司
I+ 中国联合网络通信股份有限公司
I- 中国卫通集团股份有限公司
I+ 北京歌华有线电视网络股份有限公司
I+ 北京金山办公软件股份有限公司
I- 科大讯飞股份有限公司
I+ 恒生电子股份有限公司
I- 广联达科技股份有限公司
I+ 上海宝信软件股份有限公司
I+ 中国软件与技术服务股份有限公司
I- 东软集团股份有限公司
I+ 浪潮软件股份有限公司
I- 深信服科技股份有限公司
I- 三六零安全科技股份有限公司
I- 昆仑万维科技股份有限公司
I+ 人民网股份有限公司
I+ 新华网股份有限公司
I+ 浙江核新同花顺网络信息股份有限公司
I+ 三七互娱网络科技集团股份有限公司
I+ 厦门吉比特网络技术股份有限公司
I- 腾讯控股有限公司
I+ 金蝶国际软件集团有限公司
I+ 太极计算机股份有限公司
I+ 拓尔思信息技术股份有限公司
I+ 北京中长石基信息技术股份有限公司
I+ 卫宁健康科技集团股份有限公司
I+ 万达信息股份有限公司
I+ 东华软件股份公司
I- 北京四维图新科技股份有限公司
I+ 江苏润和软件股份有限公司
I+ 软通动力信息技术（集团）股份有限公司
J+ 中国农业银行股份有限公司
J+ 中国建设银行股份有限公司
J+ 交通银行股份有限公司
J+ 兴业银行股份有限公司
J+ 中国民生银行股份有限公司
J+ 平安银行股份有限公司
J+ 宁波银行股份有限公司
J+ 江苏银行股份有限公司
J+ 上海农村商业银行股份有限公司
J+ 重庆农村商业银行股份有限公司
J+ 中国人寿保险股份有限公司
J+ 中国太平洋保险（集团）股份有限公司
J+ 新华人寿保险股份有限公司
J+ 中国人民财产保险股份有限公司
J+ 华泰证券股份有限公司
J+ 国泰君安证券股份有限公司
J+ 东方证券股份有限公司
J+ 中国国际金融股份有限公司
J+ 方正证券股份有限公司
J+ 中信建投证券股份有限公司
J+ 中国银河证券股份有限公司
J+ 南华期货股份有限公司
J+ 永安期货股份有限公司
J+ 瑞达期货股份有限公司
J+ 江苏金融租赁股份有限公司
J- 中航工业产融控股股份有限公司
J+ 香港交易及结算所有限公司
J+ 中国信达资产管理股份有限公司
J+ 中国华融资产管理股份有限公司
J+ 众安在线财产保险股份有限公司
J+ 安徽新力金融股份有限公司
K- 金地（集团）股份有限公司
K- 新城控股集团股份有限公司
K- 深圳华侨城股份有限公司
K- 绿地控股集团股份有限公司
K+ 杭州滨江房产集团股份有限公司
K- 中国海外发展有限公司
K- 龙湖集团控股有限公司
K- 融创中国控股有限公司
K- 珠海华发实业股份有限公司
K+ 金科地产集团股份有限公司
K+ 荣盛房地产发展股份有限公司
K- 北京首都开发股份有限公司
K- 中华企业股份有限公司
K+ 上海张江高科技园区开发股份有限公司
K+ 南都物业服务集团股份有限公司
K+ 新大正物业集团股份有限公司
K+ 保利物业服务股份有限公司
K- 我爱我家控股集团股份有限公司
K+ 信达地产股份有限公司
K+ 中国国际贸易中心股份有限公司
L+ 北京蓝色光标数据科技集团股份有限公司
L+ 广东省广告集团股份有限公司
L+ 华扬联众数字技术股份有限公司
L+ 北京科锐国际人力资源股份有限公司
L- 上海外服控股集团股份有限公司
L+ 渤海租赁股份有限公司
L- 中青旅控股股份有限公司
L+ 众信旅游集团股份有限公司
L+ 浙江米奥兰特商务会展股份有限公司
L- 上海兰生股份有限公司
L+ 引力传媒股份有限公司
L+ 思美传媒股份有限公司
L+ 北京元隆雅图文化传播股份有限公司
M+ 广电计量检测集团股份有限公司
M+ 谱尼测试集团股份有限公司
M- 苏交科集团股份有限公司
M+ 中设设计集团股份有限公司
M+ 华设设计集团股份有限公司
M+ 安徽省交通规划设计研究总院股份有限公司
M+ 贵州省交通规划勘察设计研究院股份有限公司
M+ 启迪设计集团股份有限公司
M+ 无锡药明康德新药开发股份有限公司
M+ 杭州泰格医药科技股份有限公司
M+ 康龙化成（北京）新药技术股份有限公司
M+ 北京昭衍新药研究中心股份有限公司
M+ 中国汽车工程研究院股份有限公司
M+ 中国电器科学研究院股份有限公司
M+ 中国国检测试控股集团股份有限公司
M+ 苏州电器科学研究院股份有限公司
M+ 中国海诚工程科技股份有限公司
N+ 浙江伟明环保股份有限公司
N+ 旺能环境股份有限公司
N+ 绿色动力环保集团股份有限公司
N+ 北京高能时代环境技术股份有限公司
N+ 维尔利环保科技集团股份有限公司
N- 中国天楹股份有限公司
N+ 永清环保股份有限公司
N+ 侨银城市管理股份有限公司
N+ 玉禾田环境发展集团股份有限公司
N+ 中节能铁汉生态环境股份有限公司
N+ 蒙草生态环境（集团）股份有限公司
N+ 黄山旅游发展股份有限公司
N+ 峨眉山旅游股份有限公司
N+ 桂林旅游股份有限公司
N+ 丽江玉龙旅游股份有限公司
N+ 张家界旅游集团股份有限公司
N+ 安徽九华山旅游发展股份有限公司
N+ 江苏天目湖旅游股份有限公司
N+ 长白山旅游股份有限公司
N+ 西域旅游开发股份有限公司
N+ 大连圣亚旅游控股股份有限公司
N+ 西安曲江文化旅游股份有限公司
O- 福寿园国际集团有限公司
P+ 中公教育科技股份有限公司
P+ 上海新南洋昂立教育科技股份有限公司
P+ 中国东方教育控股有限公司
P+ 中国宇华教育集团有限公司
P+ 江苏传智播客教育科技股份有限公司
P+ 豆神教育科技（北京）股份有限公司
Q+ 爱尔眼科医院集团股份有限公司
Q+ 通策医疗股份有限公司
Q+ 美年大健康产业控股股份有限公司
Q+ 西安国际医学投资股份有限公司
Q+ 海吉亚医疗控股有限公司
Q+ 锦欣生殖医疗集团有限公司
Q- 固生堂控股有限公司
Q+ 广州金域医学检验集团股份有限公司
R+ 中南出版传媒集团股份有限公司
R+ 江苏凤凰出版传媒股份有限公司
R+ 中国出版传媒股份有限公司
R+ 中文天地出版传媒集团股份有限公司
R+ 新华文轩出版传媒股份有限公司
R+ 浙江华策影视股份有限公司
R+ 北京光线传媒股份有限公司
R+ 华谊兄弟传媒股份有限公司
R+ 万达电影股份有限公司
R+ 中国电影股份有限公司
R+ 中国科技出版传媒股份有限公司
R+ 读者出版传媒股份有限公司
R+ 南方出版传媒股份有限公司
R+ 长江出版传媒股份有限公司
R+ 时代出版传媒股份有限公司
R+ 上海电影股份有限公司
R+ 博纳影业集团股份有限公司
R+ 横店影视股份有限公司
R+ 宋城演艺发展股份有限公司
R- 中体产业集团股份有限公司
R+ 广州恒大足球俱乐部股份有限公司
R+ 华强方特文化科技集团股份有限公司
`;

const INSTITUTION = `
O+ 北京市八宝山殡仪馆
O+ 上海市龙华殡仪馆
O+ 广州市殡葬服务中心
O+ 瑞派宠物医院管理股份有限公司
O+ 新瑞鹏宠物医疗集团有限公司
O+ 杭州海马体摄影有限公司
O+ 上海永琪美容美发有限公司
O+ 福奈特洗衣服务有限公司
P+ 北京大学
P+ 复旦大学
P+ 浙江大学
P+ 哈尔滨工业大学
P+ 中国石油大学（北京）
P+ 中国地质大学（武汉）
P+ 北京邮电大学
P+ 华南理工大学
P+ 上海交通大学
P+ 南京航空航天大学
P+ 北京协和医学院
P+ 中国人民大学
P+ 西安交通大学
P+ 电子科技大学
P+ 中国科学技术大学
P+ 上海市实验学校
P+ 上海外国语大学附属外国语学校
P+ 深圳市南山区南山实验教育集团
P+ 北京新东方学校
P+ 广州市第二中学
P+ 国家开放大学
P+ 北京外国语大学
P+ 中国美术学院
P+ 天津大学
Q+ 四川大学华西医院
Q+ 上海交通大学医学院附属瑞金医院
Q+ 中山大学附属第一医院
Q+ 北京大学第一医院
Q+ 复旦大学附属华山医院
Q+ 广东省人民医院
Q+ 深圳市人民医院
Q+ 中国医学科学院肿瘤医院
Q+ 首都医科大学附属北京天坛医院
Q+ 武汉市疾病预防控制中心
Q+ 上海市浦东新区疾病预防控制中心
Q+ 北京市红十字会紧急救援中心
Q+ 深圳市妇幼保健院
Q+ 杭州市第一社会福利院
Q+ 上海市第一社会福利院
Q+ 江苏省人民医院
Q+ 北京和睦家医院
Q+ 香港养和医院
Q+ 浙江大学医学院附属邵逸夫医院
R+ 人民日报社
R+ 中国国家大剧院
R+ 故宫博物院
R+ 上海博物馆
R+ 中国美术馆
R+ 中国国家图书馆
R+ 北京人民艺术剧院
R+ 上海交响乐团
R+ 中央广播电视总台
R+ 湖南广播电视台
R+ 北京国安足球俱乐部有限责任公司
R+ 上海申花足球俱乐部有限公司
R- 广州长隆集团有限公司
R+ 中国日报社
R+ 财新传媒有限公司
S+ 深圳市市场监督管理局
S+ 上海市人民政府
S+ 广州市天河区人民政府
S+ 国家统计局
S+ 中国汽车工业协会
S+ 深圳市电子商会
S+ 中华全国工商业联合会
S+ 中国红十字会总会
S+ 中国国际商会
S+ 中国半导体行业协会
S+ 广东省家具协会
S+ 中国纺织工业联合会
S+ 中国欧盟商会
S+ 上海市浦东新区陆家嘴街道办事处
S+ 北京市朝阳区望京街道办事处
S+ 深圳市南山区粤海街道办事处
S+ 北京市海淀区中关村街道东南社区居民委员会
S+ 深圳市社会保险基金管理局
S+ 中国共产党深圳市委员会
S+ 中国人民政治协商会议全国委员会
S+ 中国民主同盟中央委员会
S+ 中华人民共和国广州海关
S+ 上海市公安局
S+ 北京市高级人民法院
S+ 深圳市前海深港现代服务业合作区管理局
S+ 中国医药保健品进出口商会
S+ 中国贸促会电子信息行业分会
S+ 中国物流与采购联合会
J+ 中国人民银行
S+ 国家税务总局深圳市税务局
S+ 中国建筑业协会
T+ 联合国开发计划署驻华代表处
T+ 世界银行北京代表处
T+ 亚洲基础设施投资银行
T+ 联合国儿童基金会驻华办事处
T+ 世界卫生组织驻华代表处
T+ 亚洲开发银行驻中国代表处
T+ 新开发银行
T+ 国际劳工组织北京局
T+ 联合国粮食及农业组织驻华代表处
T+ 国际红十字委员会东亚地区代表处
T+ 国际竹藤组织
T+ 上海合作组织秘书处
T+ 美国驻华大使馆
T+ 德国驻上海总领事馆
T+ 日本国驻华大使馆
T+ 英国驻广州总领事馆
T+ 国际货币基金组织驻华代表处
T+ 联合国工业发展组织投资和技术促进办公室（中国·北京）
T+ 欧洲联盟驻华代表团
T+ 国际电信联盟
`;

const FOREIGN = `
A+ Sime Darby Plantation Berhad
A+ Golden Agri-Resources Ltd
A- IOI Corporation Berhad
A- Mowi ASA
A- SalMar ASA
B- BHP Group Limited
B- Rio Tinto plc
B- Vale S.A.
B- Anglo American plc
B- Freeport-McMoRan Inc.
B- Newmont Corporation
B+ Barrick Gold Corporation
B+ Fortescue Metals Group Ltd
B- Schlumberger Limited
B- Halliburton Company
B+ Woodside Energy Group Ltd
B+ Coal India Limited
B+ Peabody Energy Corporation
B+ Teck Resources Limited
B+ Saudi Arabian Oil Company
C- Siemens AG
C- Robert Bosch GmbH
C- BASF SE
C- Bayer AG
C- Continental AG
C+ Infineon Technologies AG
C+ Bayerische Motoren Werke AG
C+ Daimler Truck AG
C- Schaeffler AG
C- ZF Friedrichshafen AG
C- TRUMPF SE + Co. KG
C- KUKA Aktiengesellschaft
C- Festo SE & Co. KG
C- SICK AG
C- Carl Zeiss AG
C- Bühler AG
C- ABB Ltd
C+ Schneider Electric SE
C- Legrand SA
C- Koninklijke Philips N.V.
C- ASML Holding N.V.
C+ NXP Semiconductors N.V.
C+ STMicroelectronics N.V.
C- Novartis AG
C- Roche Holding AG
C- Nestlé S.A.
C- Danone S.A.
C- Airbus SE
C+ Texas Instruments Incorporated
C- Intel Corporation
C+ Advanced Micro Devices, Inc.
C+ Applied Materials, Inc.
C+ Analog Devices, Inc.
C- 3M Company
C+ General Electric Company
C- Caterpillar Inc.
C- Deere & Company
C+ Ford Motor Company
C+ General Motors Company
C+ Toyota Motor Corporation
C+ Honda Motor Co., Ltd.
C+ Mitsubishi Electric Corporation
C+ Murata Manufacturing Co., Ltd.
C- TDK Corporation
C- Kyocera Corporation
C- Fanuc Corporation
C- Omron Corporation
C- Keyence Corporation
C+ Yaskawa Electric Corporation
C+ Samsung Electronics Co., Ltd.
C+ LG Electronics Inc.
C- SK hynix Inc.
C+ Hyundai Motor Company
C+ Taiwan Semiconductor Manufacturing Company Limited
C+ Hon Hai Precision Industry Co., Ltd.
C- MediaTek Inc.
C+ Delta Electronics, Inc.
C- Pfizer Inc.
C- Johnson & Johnson
C- Medtronic plc
C- Heineken N.V.
C- Carlsberg A/S
C- Novo Nordisk A/S
C+ Vestas Wind Systems A/S
C- LEGO A/S
C- Danfoss A/S
C- Grundfos Holding A/S
C- Atlas Copco AB
C- Sandvik AB
C+ Volvo Car AB
C- Nokia Oyj
C- Kone Oyj
C- Ferrero S.p.A.
C- Pirelli & C. S.p.A.
C- Brembo S.p.A.
C+ Camozzi Automation S.p.A.
C+ Bonfiglioli Riduttori S.p.A.
C+ Fratelli Branca Distillerie S.r.l.
C+ Automobili Lamborghini S.p.A.
C- Datalogic S.p.A.
C- Biesse S.p.A.
C+ Heidelberger Druckmaschinen AG
C- Krones AG
C- Knorr-Bremse AG
C+ Wacker Chemie AG
C- Henkel AG & Co. KGaA
C- Beiersdorf AG
C- adidas AG
C- Saint-Gobain S.A.
C- Air Liquide S.A.
C- Valeo SE
C- Safran S.A.
D- E.ON SE
D- RWE AG
D- Enel S.p.A.
D+ Électricité de France S.A.
D- Iberdrola, S.A.
D- Engie SA
D+ CLP Power Hong Kong Limited
D+ The Hong Kong and China Gas Company Limited
D+ HK Electric Investments Limited
D- Ørsted A/S
D- Vattenfall AB
D+ Tokyo Electric Power Company Holdings, Inc.
D+ Korea Electric Power Corporation
D+ National Grid plc
D+ Thames Water Utilities Limited
E- Vinci SA
E- Bouygues SA
E- Skanska AB
E- Hochtief AG
E- Strabag SE
E- Bechtel Corporation
E- Fluor Corporation
E+ Gammon Construction Limited
E+ Hyundai Engineering & Construction Co., Ltd.
E+ China State Construction International Holdings Limited
E- Balfour Beatty plc
E- Kajima Corporation
E- Obayashi Corporation
E- Taisei Corporation
F- Walmart Inc.
F+ Costco Wholesale Corporation
F- Carrefour S.A.
F- Tesco PLC
F- Seven & i Holdings Co., Ltd.
F- AEON Co., Ltd.
F- Avnet, Inc.
F+ Arrow Electronics, Inc.
F+ WT Microelectronics Co., Ltd.
F- Mitsubishi Corporation
F- Marubeni Corporation
F+ DFI Retail Group Holdings Limited
F- Adolf Würth GmbH & Co. KG
F+ Mouser Electronics, Inc.
G- A.P. Møller - Mærsk A/S
G+ Deutsche Post AG
G- Kuehne + Nagel International AG
G- DSV A/S
G- FedEx Corporation
G+ United Parcel Service, Inc.
G- Deutsche Lufthansa AG
G+ Singapore Airlines Limited
G- CMA CGM S.A.
G- Hapag-Lloyd AG
G- MTR Corporation Limited
G+ Hutchison Port Holdings Trust
G- Expeditors International of Washington, Inc.
H- Marriott International, Inc.
H- Hilton Worldwide Holdings Inc.
H+ InterContinental Hotels Group PLC
H- Accor S.A.
H+ Hyatt Hotels Corporation
H- McDonald's Corporation
H- Starbucks Corporation
H+ The Hongkong and Shanghai Hotels, Limited
H- Mandarin Oriental International Limited
H- Compass Group PLC
I- SAP SE
I- Microsoft Corporation
I- Oracle Corporation
I- Adobe Inc.
I- Salesforce, Inc.
I- Infosys Limited
I+ Tata Consultancy Services Limited
I+ Deutsche Telekom AG
I- Vodafone Group Plc
I- Orange S.A.
I+ Singapore Telecommunications Limited
I- PCCW Limited
I+ Dassault Systèmes SE
I+ Kingsoft Cloud Holdings Limited
J- HSBC Holdings plc
J+ The Hongkong and Shanghai Banking Corporation Limited
J+ Deutsche Bank AG
J- BNP Paribas S.A.
J- UBS Group AG
J- Allianz SE
J- AXA S.A.
J- Goldman Sachs Group, Inc.
J+ Mizuho Financial Group, Inc.
J+ Bank of America Corporation
J+ DBS Bank Ltd.
J+ Oversea-Chinese Banking Corporation Limited
J- BlackRock, Inc.
J+ Zurich Insurance Group AG
J+ Assicurazioni Generali S.p.A.
K+ Henderson Land Development Company Limited
K- New World Development Company Limited
K+ Swire Properties Limited
K+ Hongkong Land Holdings Limited
K+ Mitsui Fudosan Co., Ltd.
K- Jones Lang LaSalle Incorporated
K- CBRE Group, Inc.
K- Savills plc
K+ Link Real Estate Investment Trust
L- McKinsey & Company
L+ Boston Consulting Group
L- Bain & Company
L- WPP plc
L- Omnicom Group Inc.
L- Publicis Groupe S.A.
L- Adecco Group AG
L- Randstad N.V.
L- ManpowerGroup Inc.
L- Baker & McKenzie LLP
L- Clifford Chance LLP
L+ Messe Frankfurt GmbH
L- Informa PLC
L+ Reed Exhibitions Limited
L- Hertz Global Holdings, Inc.
L- Ashtead Group plc
L- Deloitte Touche Tohmatsu Limited
M- SGS SA
M- Bureau Veritas SA
M- Intertek Group plc
M- TÜV SÜD AG
M- TÜV Rheinland AG
M- DEKRA SE
M- UL Solutions Inc.
M+ Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.
M- Arup Group Limited
M- AECOM
M+ Charles River Laboratories International, Inc.
M+ Eurofins Scientific SE
M- IQVIA Holdings Inc.
M+ Max-Planck-Gesellschaft zur Förderung der Wissenschaften e.V.
N+ Veolia Environnement S.A.
N- SUEZ S.A.
N+ Waste Management, Inc.
N- Republic Services, Inc.
N- Remondis SE & Co. KG
O- Service Corporation International
O- ISS A/S
O- Regis Corporation
O- Great Clips, Inc.
P+ Harvard University
P+ Massachusetts Institute of Technology
P+ Stanford University
P+ University of Cambridge
P+ Technical University of Munich
P+ Dulwich College Shanghai Pudong
P+ Yew Chung International School of Beijing
P+ Wellington College International Tianjin
P+ EF Education First Ltd
P+ Goethe-Institut China
Q+ Mayo Clinic
Q+ Cleveland Clinic Foundation
Q+ Raffles Medical Group Ltd
Q+ Hong Kong Sanatorium & Hospital
Q+ Bumrungrad International Hospital
R- The Walt Disney Company
R+ Universal Music Group N.V.
R+ Sony Music Entertainment
R+ Live Nation Entertainment, Inc.
R+ British Broadcasting Corporation
R+ Agence France-Presse
R+ The Associated Press
R+ The Financial Times Limited
R+ The Economist Newspaper Limited
R- Bertelsmann SE & Co. KGaA
R- Manchester United plc
R+ Real Madrid Club de Fútbol
R- Cirque du Soleil
S+ German Chamber of Commerce in China
S+ European Union Chamber of Commerce in China
S+ American Chamber of Commerce in Shanghai
S+ Verband Deutscher Maschinen- und Anlagenbau e.V.
S+ Zentralverband Elektrotechnik- und Elektronikindustrie e.V.
S+ Singapore Economic Development Board
S+ Japan External Trade Organization
S+ Korea Trade-Investment Promotion Agency
S+ Ministry of Economy, Trade and Industry
S+ Federal Ministry for Economic Affairs and Climate Action
S+ Hong Kong Productivity Council
T+ World Bank Group
T+ United Nations Development Programme
T+ Asian Infrastructure Investment Bank
T+ International Finance Corporation
T+ UNICEF China
T+ World Health Organization
T+ Delegation of the European Union to China
T+ Embassy of the Federal Republic of Germany Beijing
T+ Consulate General of Japan in Shanghai
T+ International Labour Organization
T+ World Trade Organization
T+ Asian Development Bank
`;


/** FNV-1a over the UTF-16 code units: the same split on every machine, whatever the file order. */
export function splitOf(name: string): TradeName['split'] {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % 100 < 45 ? 'untouched' : 'tune';
}

function parse(source: TradeSource, text: string): TradeName[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const m = /^([A-T])([+-]) (.+)$/.exec(line);
      if (!m) throw new Error(`companyTrades: bad line “${line}”`);
      const name = m[3] as string;
      return { name, section: m[1] as GbtSection, statesTrade: m[2] === '+', source, split: splitOf(name) };
    });
}

export const COMPANY_TRADES: readonly TradeName[] = [
  ...parse('listed', LISTED),
  ...parse('institution', INSTITUTION),
  ...parse('foreign', FOREIGN),
];
