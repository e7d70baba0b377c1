/**
 * A third, BLIND set of company names with the trade each company carries on, as GB/T 4754-2017
 * sections (issue 19, item 2). Unlike companyTradesFresh.ts, whose fresh half was run once and
 * then reported, this set has never been classified: it was written and labelled without running
 * the industry rule, its bench or any test that calls it, and without reading the rule's code or
 * vocabulary, so the figure it gives is what the rule does on names nobody tuned it for. The bench
 * reports it apart (industryTrades.ts, "BLIND set") and never prints its names one by one; once its
 * figures have been read, any change to the rule made because of them makes this set tuning
 * material like the others, and a new blind set is needed for an honest figure.
 *
 * Same line format and labelling rules as companyTrades.ts: section letter, "+" when the name
 * states a trade (a 行业表述 such as 五金制品, 物流, 律师事务所, or an English industry noun such as
 * Bank, Hotels, Industries, Messe — right or wrong) or "-" when it states none (a brand with 科技,
 * 技术, 实业, 集团, 控股, 发展, 股份, Holdings, Group, AG …), then the name as written. The label is
 * what the company does, never what its name suggests (汽车之家 runs a website, 广州酒家 makes
 * mooncakes, 牧原食品 breeds pigs, 岭南生态文旅 builds, Lam Research makes machines).
 *
 * No name here is in companyTrades.ts, companyTradesFresh.ts, industryNames.ts or any other file
 * under tests/ (checked by script when the set was written: exact and after folding width,
 * brackets, spaces and case), and none is written twice. Stricter still, a company already in
 * those sets under another form of its name (without its province, 伊利实业 for 内蒙古伊利实业,
 * Sulzer Ltd for Sulzer AG) or a branch or subsidiary carrying the same statement (a bank's city
 * branch, a mine of a listed miner) was left out: the rule may have been tuned on that statement.
 * Subsidiaries whose own statement differs from their parent's (东方电气集团东方汽轮机,
 * 中国石油天然气股份有限公司大连石化分公司) were kept.
 *
 * Where the names and labels come from (from the author's knowledge; there is no network here,
 * nothing was downloaded or copied, and a company whose trade the author was unsure of was left out):
 * - company: real Chinese companies — listed in Shanghai, Shenzhen, Beijing or Hong Kong (A-shares by
 *   their CSRC industry, whose sections A–R are GB/T's; others by main business), unlisted group
 *   companies, branches and subsidiaries (labelled by what the branch itself does: a bank branch is
 *   J, a sales company F), and brand-only names of mid-sized and private firms — most of the names
 *   that state no trade are here.
 * - institution: research institutes, design institutes and laboratories, scenic-area operators,
 *   environmental services, funeral homes, schools, hospitals, publishers, theatres and clubs,
 *   public bodies, associations and chambers, international organisations and foreign missions in
 *   China (T) — labelled by what they are.
 * - pattern: small firms written in the registered-name pattern 行政区划 + 字号 + 行业表述 + 组织形式
 *   (县/区/镇-level places, 专业合作社, 加工厂, 商行, 经营部, 门诊部 …) so the set has the share of small
 *   firms a show's visitor list has. They read like real registrations but are not taken from a
 *   registry, so each is labelled by its own 行业表述, chosen so that it names the activity
 *   unambiguously (制造/加工 → C, 批发/商行/贸易 → F, 货运/仓储 → G …). They all state a trade; a
 *   small firm named by a brand alone (深圳市某某达有限公司) cannot be labelled without its business
 *   scope, so those names come from the company source instead. Report this source apart: it
 *   measures reading the statement, not guessing a brand.
 * - foreign: foreign companies and bodies by their legal names (GmbH, AG, S.p.A., S.r.l., A/S, AB,
 *   N.V., plc, Ltd., Inc., Co., Ltd. …), weighted to the machine, component and automation makers
 *   an industrial show draws, labelled by main business (ISIC Rev.4 section, mapped to GB/T).
 */
import type { GbtSection } from '../../../src/core/taxonomy/industrySections';

export type BlindSource = 'company' | 'institution' | 'pattern' | 'foreign';

export interface BlindTradeName {
  name: string;
  section: GbtSection;
  /** The name states a trade (right or wrong); false: a brand alone. */
  statesTrade: boolean;
  source: BlindSource;
}

const COMPANY = `
A+ 湖南佳和农牧股份有限公司
A+ 河北华裕家禽育种有限公司
A+ 北京德农种业有限公司
A+ 江西正邦养殖有限公司
A+ 吉林精气神有机农业股份有限公司
B+ 陕西煤业化工集团神木张家峁矿业有限公司
B+ 山东能源集团鲁西矿业有限公司
B+ 山西焦煤集团有限责任公司西山煤电分公司
B+ 中国石油化工股份有限公司西北油田分公司
B+ 广东宏大爆破工程集团股份有限公司
B+ 兴业矿业股份有限公司
B+ 河南能源集团有限公司
B+ 开滦能源化工股份有限公司
B+ 陕西陕煤黄陵矿业有限公司
B+ 金徽矿业股份有限公司
B+ 大同煤矿集团有限责任公司
B+ 神华宁夏煤业集团有限责任公司
B+ 云南驰宏锌锗股份有限公司会泽矿业分公司
C+ 佛山市顺德区美的洗涤电器制造有限公司
C+ 青岛海信电器股份有限公司
C+ 东风日产乘用车公司
C+ 广汽埃安新能源汽车股份有限公司
C- 蔚来控股有限公司
C- 人本股份有限公司
C- 大连光洋科技集团有限公司
C+ 苏州汇川联合动力系统股份有限公司
C+ 天能电池集团股份有限公司
C+ 超威电源集团有限公司
C+ 东方电气集团东方汽轮机有限公司
C+ 哈尔滨电机厂有限责任公司
C+ TCL华星光电技术有限公司
C+ 天马微电子股份有限公司
C- 维信诺科技股份有限公司
C+ 合肥长鑫集成电路有限责任公司
C- 广东领益智造股份有限公司
C+ 深圳顺络电子股份有限公司
C- 上海龙旗科技股份有限公司
C- 浙江宇视科技有限公司
C+ 锐捷网络股份有限公司
C- 新华三技术有限公司
C- 武汉光迅科技股份有限公司
C- 中际旭创股份有限公司
C+ 首钢京唐钢铁联合有限责任公司
C+ 中信特钢集团有限公司
C- 金川集团股份有限公司
C+ 铜陵有色金属集团股份有限公司
C- 浙江海亮股份有限公司
C+ 湖北兴发化工集团股份有限公司
C+ 中国石油化工股份有限公司镇海炼化分公司
C+ 中国石油天然气股份有限公司大连石化分公司
C+ 扬子石化-巴斯夫有限责任公司
C+ 哈药集团制药总厂
C+ 飞鹤乳业有限公司
C- 通威股份有限公司
C+ 李宁体育用品有限公司
C+ 波司登羽绒服装有限公司
C- 得力集团有限公司
C+ 江南造船（集团）有限责任公司
C+ 大连船舶重工集团有限公司
C+ 上海飞机制造有限公司
C+ 中航沈阳发动机有限公司
C- 雅迪科技集团有限公司
C- 九号有限公司
C+ 隆鑫通用动力股份有限公司
C- 宗申产业集团有限公司
C+ 欧普照明股份有限公司
C- 木林森股份有限公司
C+ 广东三雄极光照明股份有限公司
C- 深圳市兆驰股份有限公司
C- 深圳市长盈精密技术股份有限公司
C+ 浙江水晶光电科技股份有限公司
C+ 深圳市信维通信股份有限公司
C+ 晶晨半导体（上海）股份有限公司
C- 全志科技股份有限公司
C+ 乐鑫信息科技（上海）股份有限公司
C+ 思特威（上海）电子科技股份有限公司
C- 格科微有限公司
C+ 斯达半导体股份有限公司
C- 宏微科技股份有限公司
C- 新洁能股份有限公司
C+ 扬杰电子科技股份有限公司
C+ 捷捷微电子股份有限公司
C- 沪硅产业股份有限公司
C+ 立昂微电子股份有限公司
C+ 安集微电子科技（上海）股份有限公司
C- 鼎龙股份有限公司
C- 雅克科技股份有限公司
C- 赢合科技股份有限公司
C- 恩捷股份有限公司
C- 星源材质科技股份有限公司
C- 杉杉股份有限公司
C+ 天赐材料科技股份有限公司
C- 新宙邦科技股份有限公司
C- 当升科技股份有限公司
C- 容百科技股份有限公司
C- 蜂巢能源科技股份有限公司
C- 中创新航科技集团股份有限公司
C- 派能科技股份有限公司
C- 固德威技术股份有限公司
C- 锦浪科技股份有限公司
C- 禾迈股份有限公司
C- 昱能科技股份有限公司
C- 德业股份有限公司
C+ 福斯特应用材料股份有限公司
C+ 海优威新材料股份有限公司
C+ 爱旭太阳能科技股份有限公司
C- 钧达股份有限公司
C+ 捷佳伟创新能源装备股份有限公司
C- 迈为股份有限公司
C+ 帝尔激光科技股份有限公司
C- 奥特维科技股份有限公司
C- 高测股份有限公司
C+ 大全新能源有限公司
C- 协鑫科技控股有限公司
C+ 上机数控股份有限公司
C+ 弘元绿色能源股份有限公司
C+ 福莱特玻璃集团股份有限公司
C- 信义光能控股有限公司
C- 伯特利股份有限公司
C- 星宇股份有限公司
C- 科博达技术股份有限公司
C+ 德赛西威汽车电子股份有限公司
C- 经纬恒润科技股份有限公司
C- 华阳集团股份有限公司
C- 继峰股份有限公司
C- 新泉股份有限公司
C- 岱美股份有限公司
C- 旭升集团股份有限公司
C- 文灿集团股份有限公司
C- 爱柯迪股份有限公司
C- 银轮股份有限公司
C- 中鼎股份有限公司
C- 保隆科技股份有限公司
C- 万丰奥威股份有限公司
C- 理想汽车有限公司
C- 小鹏汽车有限公司
C- 零跑汽车有限公司
C- 北汽蓝谷新能源科技股份有限公司
C+ 绿的谐波传动科技股份有限公司
C- 伊之密股份有限公司
C- 海天国际控股有限公司
C- 博众精工科技股份有限公司
C+ 快克智能装备股份有限公司
C- 杰瑞股份有限公司
C- 纽威股份有限公司
C- 三花控股集团有限公司
C+ 海信家电集团股份有限公司
C- 志高控股有限公司
C- 石头科技股份有限公司
C- 追觅科技（苏州）有限公司
C- 漫步者科技股份有限公司
C- 影石创新科技股份有限公司
C- 华米科技有限公司
C- 光峰科技股份有限公司
C- 奥比中光科技集团股份有限公司
C+ 联创电子科技股份有限公司
C- 福晶科技股份有限公司
C- 炬光科技股份有限公司
C+ 锐科激光股份有限公司
C+ 创鑫激光股份有限公司
C- 光库科技股份有限公司
C+ 天孚通信股份有限公司
C+ 新易盛通信技术股份有限公司
C- 华工科技产业股份有限公司
C+ 海能达通信股份有限公司
C+ 移远通信技术股份有限公司
C- 广和通无线股份有限公司
C+ 美格智能技术股份有限公司
C+ 和而泰智能控制股份有限公司
C- 拓邦股份有限公司
C+ 朗科智能股份有限公司
C- 英维克科技股份有限公司
C+ 麦格米特电气股份有限公司
C+ 英杰电气股份有限公司
C+ 禾望电气股份有限公司
C+ 科华数据股份有限公司
C- 易事特集团股份有限公司
C- 奥海科技股份有限公司
C+ 信达生物制药（苏州）有限公司
C- 康方生物科技（开曼）有限公司
C- 荣昌生物制药（烟台）股份有限公司
C+ 华东医药股份有限公司
C- 健友股份有限公司
C- 普利制药股份有限公司
C- 博瑞生物医药（苏州）股份有限公司
C+ 凯莱英医药集团（天津）股份有限公司
C- 华熙生物科技股份有限公司
C- 爱美客技术发展股份有限公司
C- 上海上美化妆品股份有限公司
C+ 开立医疗科技股份有限公司
C- 澳华内镜股份有限公司
C+ 大博医疗科技股份有限公司
C+ 春立医疗器械股份有限公司
C- 欧普康视科技股份有限公司
C- 三诺生物传感股份有限公司
C+ 可孚医疗科技股份有限公司
C+ 元气森林（北京）食品科技集团有限公司
C- 旺旺集团有限公司
C+ 达利食品集团有限公司
C+ 周黑鸭食品股份有限公司
C+ 劲仔食品集团股份有限公司
C- 三只松鼠股份有限公司
C+ 立高食品股份有限公司
C- 仙乐健康科技股份有限公司
C+ 中粮家佳康食品有限公司
C+ 禾丰食品股份有限公司
C+ 海利尔药业集团股份有限公司
C- 兴发集团股份有限公司
C- 北元集团股份有限公司
C+ 阳煤化工股份有限公司
C- 川恒股份有限公司
C+ 金正大生态工程集团股份有限公司
C+ 东方日升新能源股份有限公司
C- 亚玛顿股份有限公司
C- 凯盛科技股份有限公司
C+ 伟星新材股份有限公司
C- 公元股份有限公司
C- 中国联塑集团控股有限公司
C+ 箭牌家居集团股份有限公司
C+ 惠达卫浴股份有限公司
C+ 帝欧家居集团股份有限公司
C- 马可波罗控股股份有限公司
C+ 科达制造股份有限公司
C+ 好莱客创意家居股份有限公司
C- 敏华控股有限公司
C+ 歌力思服装股份有限公司
C- 江南布衣有限公司
C- 361度国际有限公司
C- 鸿星尔克实业有限公司
C+ 匹克体育用品有限公司
C+ 乔丹体育股份有限公司
C- 奥康国际股份有限公司
C- 百丽国际控股有限公司
C+ 水星家纺股份有限公司
C- 伟星股份有限公司
C- 浔兴股份有限公司
C- 齐心集团股份有限公司
C- 广博股份有限公司
C+ 英科再生资源股份有限公司
C+ 五洲特纸股份有限公司
C- 劲嘉股份有限公司
C- 东风股份有限公司
C+ 大胜达包装股份有限公司
C- 昇兴集团股份有限公司
C- 永新股份有限公司
C- 珠海中富实业股份有限公司
C+ 宁波均普智能制造股份有限公司
C+ 江苏北人智能制造科技股份有限公司
C+ 浙江双飞无油轴承股份有限公司
C+ 无锡派克新材料科技股份有限公司
C+ 常州腾龙汽车零部件股份有限公司
C- 浙江万安科技股份有限公司
C+ 宁波圣龙汽车动力系统股份有限公司
C- 浙江黎明智造股份有限公司
C- 浙江凯中精密技术股份有限公司
C- 苏州瑞玛精密工业股份有限公司
C+ 君禾泵业股份有限公司
C+ 利欧集团浙江泵业有限公司
C+ 浙江新界泵业股份有限公司
C+ 南方中金环境股份有限公司
C+ 浙江力诺流体控制科技股份有限公司
C- 中核苏阀科技实业股份有限公司
C+ 纽威石油设备（苏州）有限公司
C+ 浙江盾安禾田金属有限公司
C+ 浙江苏强格液压股份有限公司
C+ 江苏国茂减速机股份有限公司
C+ 宁波东力传动设备有限公司
C+ 浙江中马传动股份有限公司
C+ 湖北科峰智能传动股份有限公司
C+ 浙江丰立智能科技股份有限公司
C+ 长沙长泰机器人有限公司
C+ 上海新时达电气股份有限公司
C+ 深圳市正弦电气股份有限公司
C+ 苏州伟创电气科技股份有限公司
C- 上海柘中集团股份有限公司
C+ 许昌许继风电科技有限公司
C+ 江苏华鹏变压器有限公司
C+ 山东电工电气集团有限公司
C+ 江苏上上电缆集团有限公司
C+ 宁波东方电缆股份有限公司
C+ 杭州电缆股份有限公司
C- 浙江万马股份有限公司
C+ 无锡鑫宏业线缆科技股份有限公司
C- 深圳市沃尔核材股份有限公司
C+ 佛山电器照明股份有限公司
C+ 厦门立达信绿色照明股份有限公司
C+ 浙江阳光照明电器集团股份有限公司
C+ 中山市华艺灯饰照明股份有限公司
C+ 东莞勤上光电股份有限公司
C+ 广东德豪润达电气股份有限公司
C+ 青岛鼎信通讯股份有限公司
C+ 杭州海兴电力科技股份有限公司
C+ 江苏林洋能源股份有限公司
C+ 深圳市科陆电子科技股份有限公司
C+ 烟台东方电子信息产业集团有限公司
C+ 北京四方继保自动化股份有限公司
C+ 长园深瑞继保自动化有限公司
C+ 积成电子股份有限公司
C+ 南京国电南自电网自动化有限公司
C+ 浙江晶盛机电股份有限公司
C- 宁波方正汽车模具股份有限公司
C+ 天津汽车模具股份有限公司
C+ 成都银河磁体股份有限公司
C- 宁波韵升股份有限公司
C- 中科三环高技术股份有限公司
C- 横店集团东磁股份有限公司
C- 北矿科技股份有限公司
D+ 福建省石狮市鸿山热电厂
D+ 内蒙古蒙电华能热电股份有限公司
D+ 首创环保集团股份有限公司
D- 联美量子股份有限公司
D+ 太原市热力集团有限责任公司
D+ 大唐华银电力股份有限公司
D+ 新疆天富能源股份有限公司
D- 武汉三镇实业控股股份有限公司
D+ 北京京能热力股份有限公司
E+ 中国建筑第三工程局有限公司
E+ 中国建筑第五工程局有限公司
E+ 中铁十二局集团有限公司
E+ 中铁四局集团有限公司
E+ 中国铁建大桥工程局集团有限公司
E+ 中国能源建设集团广东火电工程有限公司
E+ 中国核工业华兴建设有限公司
E+ 北京建工集团有限责任公司
E+ 浙江省建设投资集团股份有限公司
E+ 南通三建控股有限公司
E+ 江苏省苏中建设集团股份有限公司
E+ 中国化学工程第七建设有限公司
E+ 中石化第十建设有限公司
E+ 中建安装集团有限公司
E+ 中国建筑装饰集团有限公司
F+ 中国石油天然气股份有限公司浙江销售分公司
F+ 上海医药分销控股有限公司
F+ 国大药房连锁有限公司
F+ 重庆医药（集团）股份有限公司
F+ 国美电器有限公司
F- 银座集团股份有限公司
F+ 南京新街口百货商店股份有限公司
F- 杭州解百集团股份有限公司
F- 名创优品（广州）有限责任公司
F+ 周大福珠宝金行（深圳）有限公司
F+ 浙江物产中大元通汽车集团有限公司
F+ 中粮贸易有限公司
F+ 庞大汽贸集团股份有限公司
F+ 新华书店总店
F+ 浙江新华书店集团有限公司
F- 宝胜国际（控股）有限公司
F+ 中国烟草总公司北京市公司
F+ 北京盒马网络科技有限公司
F+ 叮咚买菜（上海）电子商务有限公司
F- 唯品会（中国）有限公司
F- 7-ELEVEN（北京）有限公司
F- 美宜佳控股有限公司
F- 钱大妈（中国）有限公司
F- 百果园集团股份有限公司
F+ 鲜丰水果股份有限公司
F- 麦德龙（中国）有限公司
F+ 山姆会员商店（深圳）有限公司
F- 开市客（中国）有限公司
F+ 优衣库商贸有限公司
F+ 无印良品（上海）商业有限公司
F+ 屈臣氏个人用品商店有限公司
F+ 丝芙兰（上海）化妆品销售有限公司
F- 酷动数码股份有限公司
F- 迪信通股份有限公司
F+ 新华都购物广场股份有限公司
F- 通程控股股份有限公司
F+ 海南旅投免税品有限公司
F+ 深圳市英唐智能控制股份有限公司
F+ 深圳华强电子网集团股份有限公司
F- 杭州联华华商集团有限公司
F+ 江苏苏果超市有限公司
F- 河南大张实业有限公司
F+ 胖东来商贸集团有限公司
F- 大连友谊（集团）股份有限公司
F+ 广州医药股份有限公司
F+ 北京燕莎友谊商城有限公司
F- 上海第一八佰伴有限公司
F+ 上海第一食品连锁发展有限公司
F+ 杭州大厦有限公司
F- 成都伊藤洋华堂有限公司
F+ 广州友谊商店股份有限公司
G+ 顺丰航空有限公司
G+ 中远海运集装箱运输有限公司
G+ 上海巴士公交（集团）有限公司
G+ 首汽约车有限公司
G+ 中国物流集团有限公司
G+ 粤高速股份有限公司
G+ 上海机场（集团）有限公司
G+ 西气东输管道公司
G+ 国家石油天然气管网集团有限公司
G- 海丰国际控股有限公司
G+ 东航物流股份有限公司
G+ 曹操出行有限公司
G+ 滴滴出行科技有限公司
G- 安通控股股份有限公司
G+ 宁波海运股份有限公司
G+ 连云港港口控股集团有限公司
G+ 北京祥龙出租客运有限公司
G+ 广州市第一巴士有限公司
G+ 杭州公交集团有限公司
G+ 中国货运航空有限公司
G+ 圆通航空有限公司
G+ 上海韵达货运有限公司
G+ 中铁特货物流股份有限公司
G+ 林安物流集团有限公司
G- 天地华宇集团有限公司
H+ 华住酒店管理有限公司
H+ 亚朵酒店管理集团有限公司
H+ 东呈酒店管理有限公司
H+ 开元酒店管理有限公司
H+ 北京国际饭店有限公司
H+ 北京全聚德烤鸭股份有限公司
H+ 百胜餐饮（深圳）有限公司
H+ 杭州老头儿油爆虾餐厅
H+ 绿茶餐饮管理有限公司
H- 喜茶（深圳）有限公司
H- 古茗控股有限公司
H- 沪上阿姨（上海）实业股份有限公司
H- 塔斯汀中国有限公司
H+ 华莱士食品股份有限公司
H- 乡村基有限公司
H+ 巴奴毛肚火锅有限公司
H+ 小菜园新徽菜股份有限公司
H+ 维也纳酒店有限公司
H+ 格林豪泰酒店管理集团有限公司
I+ 浙江天猫网络有限公司
I+ 行吟信息科技（上海）有限公司
I+ 中国民航信息网络股份有限公司
I+ 世纪互联数据中心有限公司
I+ 万国数据服务有限公司
I- 阿里巴巴（中国）有限公司
I- 北京快手科技有限公司
I- 上海哔哩哔哩科技有限公司
I- 北京三快在线科技有限公司
I+ 北京微梦创科网络技术有限公司
I- 文思海辉技术有限公司
I+ 神州数码系统集成服务有限公司
I+ 完美世界网络技术有限公司
I+ 北京搜狐互联网信息服务有限公司
I+ 上海寻梦信息技术有限公司
I- 天翼云科技有限公司
I- 北京旷视科技有限公司
I+ 上海商汤智能科技有限公司
I- 云从科技集团股份有限公司
I- 知乎有限公司
I+ 汽车之家有限公司
I- 猎豹移动有限公司
I- 金山云控股有限公司
I- 优刻得科技股份有限公司
I- 青云科技股份有限公司
I+ 星环信息科技（上海）股份有限公司
I- 明略科技集团有限公司
I- 第四范式（北京）技术有限公司
I- 云天励飞技术股份有限公司
I- 格灵深瞳股份有限公司
I- 依图科技有限公司
I+ 容联云通讯有限公司
I- 有赞科技有限公司
I- 微盟集团有限公司
I- 明源云集团控股有限公司
I- 创业慧康科技股份有限公司
I- 天融信科技集团股份有限公司
I- 亚信科技控股有限公司
I- 博彦科技股份有限公司
I- 虹软科技股份有限公司
I- 浙大网新科技股份有限公司
I+ 顶点软件股份有限公司
I- 宇信科技集团股份有限公司
I+ 神州信息服务股份有限公司
I- 世纪华通股份有限公司
I+ 冰川网络股份有限公司
I- 掌趣科技股份有限公司
I+ 北森云计算有限公司
J+ 招商银行股份有限公司杭州分行
J+ 北京农村商业银行股份有限公司
J+ 浙江泰隆商业银行股份有限公司
J+ 中国平安财产保险股份有限公司
J+ 太平洋人寿保险股份有限公司
J+ 泰康人寿保险有限责任公司
J+ 工银金融租赁有限公司
J+ 国银金融租赁股份有限公司
J+ 银联商务股份有限公司
J+ 重庆蚂蚁消费金融有限公司
J+ 马上消费金融股份有限公司
J+ 广州越秀小额贷款有限公司
J+ 中国对外经济贸易信托有限公司
J- 蚂蚁科技集团股份有限公司
J- 陆金所控股有限公司
J- 奇富科技有限公司
J- 乐信集团有限公司
J- 信也科技集团有限公司
J- 度小满科技（北京）有限公司
J- 京东科技控股股份有限公司
J- 拉卡拉股份有限公司
J+ 友邦保险控股有限公司
K- 绿城中国控股有限公司
K+ 链家房地产经纪有限公司
K+ 贝壳找房（北京）科技有限公司
K- 阳光城集团股份有限公司
K+ 中南建设集团股份有限公司
K+ 美的置业集团有限公司
K- 中骏集团控股有限公司
K+ 宝龙地产控股有限公司
K- 合景泰富集团控股有限公司
K- 时代中国控股有限公司
K- 德信中国控股有限公司
K- 中梁控股集团有限公司
K+ 新鸿基地产发展有限公司
K+ 恒隆地产有限公司
K- 九龙仓集团有限公司
K+ 太古地产有限公司
K- 世茂服务控股有限公司
K- 融创服务控股有限公司
K- 新城悦服务集团有限公司
K- 建业新生活有限公司
K- 金科智慧服务集团股份有限公司
L+ 北京新发地农副产品批发市场中心
L+ 义乌中国小商品城控股有限责任公司
L+ 苏州南环桥农副产品批发市场有限公司
L+ 凯撒同盛旅行社（集团）有限公司
L+ 上海春秋国际旅行社（集团）有限公司
L+ 广东省中国旅行社股份有限公司
L+ 中智上海经济技术合作有限公司
L+ 北京奥美广告有限公司
L+ 一嗨汽车租赁有限公司
L- 天下秀数字科技（集团）股份有限公司
L- 遥望科技股份有限公司
L- 岭南控股股份有限公司
S+ 中国五矿化工进出口商会
`;

const INSTITUTION = `
E+ 岭南生态文旅股份有限公司
M+ 中国科学院上海光学精密机械研究所
M+ 中国科学院自动化研究所
M+ 中国船舶科学研究中心
M+ 机械工业第六设计研究院有限公司
M+ 中国市政工程华北设计研究总院有限公司
M+ 中国公路工程咨询集团有限公司
M+ 铁道第三勘察设计院集团有限公司
M+ 中国电子工程设计院股份有限公司
M+ 中国纺织工业设计院
M+ 中国测绘科学研究院
M+ 中国地质调查局武汉地质调查中心
M+ 山东省地质矿产勘查开发局第一地质大队
M+ 北京生产力促进中心
M+ 上海技术交易所
M+ 中国信息通信研究院
M+ 北京市环境保护科学研究院
M+ 中国环境科学研究院
M+ 中国水利水电科学研究院
M+ 钢铁研究总院有限公司
M+ 北京有色金属研究总院
M+ 中国建筑材料科学研究总院有限公司
M+ 中国林业科学研究院
M+ 中国热带农业科学院
N+ 北京市园林绿化局公园管理中心
N+ 南水北调中线干线工程建设管理局
N+ 黄河水利委员会小浪底水利枢纽管理中心
N+ 北京市南水北调工程管理中心
N+ 北京环卫集团有限责任公司
N+ 杭州西溪国家湿地公园管理委员会
N+ 中持水务股份有限公司
N+ 广州市越秀公园管理处
N+ 上海辰山植物园
N+ 北京植物园
O+ 上海市殡葬服务中心
O+ 北京八达岭陵园
O- 天鹅到家科技有限公司
O+ 北京金夫人婚纱摄影有限公司
O+ 上海薇薇新娘婚纱摄影有限公司
O+ 北京清华池浴池有限公司
P+ 北京市第一实验小学
P+ 上海市实验小学
P+ 北京学而思教育科技有限公司
P+ 华图教育科技有限公司
P+ 上海昂立教育科技集团有限公司
P+ 中国传媒大学
P+ 中央音乐学院
P+ 北京体育大学
P+ 宁波诺丁汉大学
P+ 昆山杜克大学
P+ 上海纽约大学
P+ 深圳技术大学
P+ 北京电影学院
P+ 北京市第八中学
P+ 上海市格致中学
P+ 杭州学军中学
P+ 长沙市雅礼中学
P+ 北京市第二中学
P+ 湖北省黄冈中学
Q+ 复旦大学附属中山医院
Q+ 华中科技大学同济医学院附属协和医院
Q+ 浙江大学医学院附属第一医院
Q+ 爱康国宾健康体检管理集团有限公司
Q+ 北京市红十字血液中心
Q- 亲和源股份有限公司
Q+ 北京市海淀区万寿路社区卫生服务中心
Q+ 上海市妇幼保健中心
Q+ 南京鼓楼医院
Q+ 上海市胸科医院
Q+ 四川省人民医院
Q+ 湖南省人民医院
Q+ 空军军医大学第一附属医院
Q+ 中国医学科学院阜外医院
Q+ 首都医科大学宣武医院
Q+ 首都医科大学附属北京朝阳医院
Q+ 上海市儿童医院
Q+ 上海市徐汇区中心医院
R+ 新华出版社
R+ 人民出版社
R+ 上海世纪出版（集团）有限公司
R+ 浙江广播电视集团
R+ 中国国家博物馆
R+ 南京博物院
R+ 上海图书馆
R+ 上海大剧院
R+ 中国爱乐乐团
R+ 中国杂技团有限公司
R+ 广东宏远篮球俱乐部
R+ 中国体育彩票管理中心
R+ 北京国际度假区有限公司
R- 长隆集团有限公司
S+ 上海市绿化和市容管理局
S+ 深圳市城市管理和综合执法局
S+ 上海市商务委员会
S+ 北京市朝阳区人民政府
S+ 杭州市西湖区人民政府
S+ 广州市天河区市场监督管理局
S+ 北京市公安局
S+ 北京市人力资源和社会保障局
S+ 上海市社会保险事业管理中心
S+ 中国扶贫基金会
S+ 深圳市壹基金公益基金会
S+ 中国佛教协会
S+ 上海玉佛禅寺
S+ 北京市律师协会
S+ 中国注册会计师协会
S+ 深圳市物流与供应链管理协会
S+ 中国光学光电子行业协会
T+ 欧盟驻华代表团
T+ 德意志联邦共和国驻华大使馆
T+ 法国驻上海总领事馆
T+ 美利坚合众国驻上海总领事馆
T+ 大不列颠及北爱尔兰联合王国驻华大使馆
T+ 意大利驻广州总领事馆
T+ 联合国难民署驻华代表处
`;

const PATTERN = `
A+ 寿光市绿丰蔬菜种植专业合作社
A+ 赣州市南康区金鼎脐橙种植有限公司
A+ 眉山市东坡区金果柑橘种植专业合作社
A+ 安溪县铁观音茶叶种植专业合作社
A+ 普洱市思茅区云雾茶园种植有限公司
A+ 临沂市兰陵县鑫旺生猪养殖有限公司
A+ 铁岭县兴旺肉牛养殖场
A+ 锡林郭勒盟正蓝旗草原牧业有限公司
A+ 湛江市湖光水产养殖有限公司
A+ 盱眙县龙虾养殖专业合作社
A+ 宁德市蕉城区宏发大黄鱼养殖有限公司
A+ 沭阳县金诚花木苗木种植有限公司
A+ 萧山区瓜沥镇瑞祥花卉苗木场
A+ 黑山县农机作业服务专业合作社
A+ 五常市稻花香水稻种植专业合作社
A+ 昌吉州棉花种植农民专业合作社
A+ 文山州恒昌三七种植有限公司
A+ 宁夏中宁县枸杞种植专业合作社
A+ 延边州宏远人参种植有限公司
A+ 伊春市林下经济种植专业合作社
A+ 蒙阴县蜜桃种植专业合作社
A+ 长兴县林场
A+ 洪湖市莲藕种植专业合作社
A+ 曹县蛋鸡养殖专业合作社
A+ 江山市蜂业养殖专业合作社
A+ 阳澄湖大闸蟹养殖有限公司
B+ 平邑县全顺石料开采有限公司
B+ 阳春市金桥砂石开采有限公司
B+ 南阳市金诚花岗岩石材开采有限公司
B+ 大同市左云县鑫鑫煤矿
B+ 鄂尔多斯市准格尔旗凯旋露天煤矿有限公司
B+ 六盘水市钟山区诚信煤矿
B+ 赣州市广源稀土矿业有限公司
B+ 阿拉善盟瑞祥萤石矿业有限公司
B+ 临沧市安泰铅锌矿业有限公司
B+ 克拉玛依市嘉信油田技术服务有限公司
B+ 东营市河口区泰和油田修井作业有限公司
B+ 庆阳市正兴钻井工程技术服务有限公司
B+ 铜陵市鼎盛铜矿开采有限公司
C+ 东莞市长安镇鑫达五金制品有限公司
C+ 佛山市南海区恒丰铝型材厂
C+ 宁波市鄞州区精工模具有限公司
C+ 温州市瓯海区华美眼镜厂
C+ 台州市黄岩区顺发塑料模具有限公司
C+ 慈溪市新浦镇全顺电器配件厂
C+ 永康市恒达保温杯制造有限公司
C+ 诸暨市大唐镇盛达袜业加工厂
C+ 海宁市许村镇盛世家纺织造有限公司
C+ 晋江市陈埭镇凤翔鞋业制造有限公司
C+ 石狮市蚶江镇瑞祥服装加工厂
C+ 泉州市丰泽区金辉伞业制造有限公司
C+ 莆田市涵江区百合鞋材加工厂
C+ 汕头市澄海区卓越玩具制造有限公司
C+ 中山市古镇安泰灯饰制造有限公司
C+ 江门市新会区聚福不锈钢制品厂
C+ 揭阳市揭东区锦华五金刀剪厂
C+ 潮州市合兴陶瓷制品有限公司
C+ 阳江市阳东区星辰刀具制造厂
C+ 惠州市惠阳区亿达电路板厂
C+ 深圳市宝安区沙井恒泰电子加工厂
C+ 广州市白云区天瑞皮具制品厂
C+ 广州市番禺区启航珠宝首饰加工厂
C+ 昆山市千灯镇亿达精密机械加工厂
C+ 江阴市周庄镇九洲化纤织造有限公司
C+ 常州市武进区昌盛电机制造有限公司
C+ 丹阳市永信眼镜片制造有限公司
C+ 无锡市惠山区天成钣金加工厂
C+ 苏州市吴中区正兴精密铸造有限公司
C+ 南通市海门区百合家纺制品有限公司
C+ 扬州市杭集镇万隆牙刷厂
C+ 泰州市姜堰区启航阀门制造有限公司
C+ 盐城市大丰区和谐钢结构制造有限公司
C+ 徐州市铜山区盛世工程机械配件厂
C+ 宿迁市泗阳县盛达木制品加工厂
C+ 淄博市博山区金鼎泵业制造有限公司
C+ 潍坊市坊子区明远柴油机配件厂
C+ 临沂市兰山区志诚板材加工厂
C+ 青岛市黄岛区亿达橡胶制品有限公司
C+ 烟台市福山区金桥汽车零部件制造有限公司
C+ 济南市章丘区祥瑞锻造厂
C+ 德州市陵城区嘉信空调配件制造有限公司
C+ 聊城市东昌府区金辉轴承制造有限公司
C+ 滨州市博兴县瑞祥厨具制造厂
C+ 菏泽市曹县全顺木制工艺品厂
C+ 保定市长青白沟新城箱包制造有限公司
C+ 沧州市泊头市益丰源铸造厂
C+ 邢台市清河县星辰羊绒制品有限公司
C+ 廊坊市香河县华盛家具制造厂
C+ 石家庄市藁城区泰和宫灯制作厂
C+ 衡水市武邑县华盛金属柜制造有限公司
C+ 天津市静海区青松自行车配件厂
C+ 天津市西青区昌盛印刷包装有限公司
C+ 北京市大兴区宏远食品加工厂
C+ 上海市嘉定区东升汽车配件制造有限公司
C+ 上海市松江区巨丰服装辅料加工厂
C+ 郑州市中牟县华宇汽车零部件制造有限公司
C+ 新乡市长垣市晟阳起重机械制造有限公司
C+ 许昌市建安区锦华发制品有限公司
C+ 漯河市瑞丰肉制品加工厂
C+ 长沙市望城区诚信食品加工有限公司
C+ 株洲市芦淞区龙腾服装加工厂
C+ 邵阳市大祥区立新打火机制造厂
C+ 武汉市东西湖区富源食品加工有限公司
C+ 孝感市博润麻糖食品厂
C+ 荆州市沙市宏宇区纺织机械厂
C+ 南昌市青山湖区众鑫针织服装厂
C+ 景德镇市陶瓷厂
C+ 赣州市南康区联创家具制造有限公司
C+ 合肥市肥西县宏发塑料制品厂
C+ 芜湖市繁昌区坤元电缆制造有限公司
C+ 成都市郫都区润泽豆瓣酿造厂
C+ 成都市新都区安泰家具制造有限公司
C+ 自贡市荣华彩灯制作有限公司
C+ 宜宾市翠屏区鸿运酒厂
C+ 重庆市江北区联创摩托车配件厂
C+ 重庆市璧山区万隆鞋业有限公司
C+ 西安市高陵区聚福汽车配件制造有限公司
C+ 宝鸡市昌盛钛材加工厂
C+ 兰州市七里河区宏宇牛肉面调料厂
C+ 银川市兴庆区宏发枸杞加工厂
C+ 乌鲁木齐市米东区盛达化工厂
C+ 昆明市官渡区永信印刷厂
C+ 贵阳市白云区荣华铝制品厂
C+ 南宁市武鸣区晟阳木材加工厂
C+ 柳州市柳北区天瑞汽车零部件制造有限公司
C+ 桂林市七星区百合旅游工艺品厂
C+ 海口市美兰区嘉信椰子食品加工厂
C+ 厦门市同安区聚福卫浴五金制品有限公司
C+ 福州市仓山区立新茶叶加工厂
C+ 漳州市龙文区鼎盛罐头食品厂
C+ 龙岩市新罗区同舟机械制造有限公司
C+ 沈阳市铁西区荣华机床配件厂
C+ 大连市甘井子区金诚船舶配件制造有限公司
C+ 鞍山市铁东区益丰源耐火材料厂
C+ 长春市绿园区同舟汽车座椅制造有限公司
C+ 哈尔滨市平房区盛世精密机械加工有限公司
C+ 包头市诚信稀土材料加工厂
C+ 太原市小店区全顺铸件厂
C+ 临汾市尧都区嘉信焦化厂
C+ 呼和浩特市万隆乳制品加工厂
C+ 绍兴市柯桥区立新印染有限公司
C+ 嘉兴市秀洲区晟阳羊毛衫厂
C+ 湖州市吴兴区龙腾童装制造有限公司
C+ 安吉县永信竹制品加工厂
C+ 义乌市全顺饰品加工厂
C+ 乐清市柳市凤翔镇低压电器厂
C+ 瑞安市盛达汽摩配件厂
C+ 余姚市天瑞塑料模具厂
C+ 东阳市宏发木雕工艺品厂
C+ 嵊州市启航领带织造有限公司
C+ 平湖市海纳箱包制造有限公司
C+ 桐乡市濮院镇凤翔毛衫加工厂
D+ 丽水市莲都区全顺小水电站
D+ 广西百色市田林县华盛水力发电有限公司
D+ 张北县和谐风力发电有限公司
D+ 格尔木市嘉信光伏发电有限公司
D+ 金华市婺城区联创自来水有限公司
D+ 临沂市兰山区中盛供水有限公司
D+ 邯郸市峰峰矿区立新燃气有限公司
D+ 唐山市丰润区润泽热力供应有限公司
D+ 长春市二道区凤翔供热有限公司
D+ 南京市江宁区百合污水处理有限公司
D+ 宿州市埇桥区宏发天然气有限公司
D+ 鹤岗市万隆热电厂
D+ 济宁市任城区东升垃圾焚烧发电有限公司
E+ 东莞市塘厦镇金桥建筑工程有限公司
E+ 佛山市顺德区瑞丰装饰工程有限公司
E+ 杭州市余杭区宏发园林绿化工程有限公司
E+ 南京市栖霞区安泰市政工程有限公司
E+ 苏州市相城区志诚钢结构工程有限公司
E+ 合肥市包河区志诚防水工程有限公司
E+ 郑州市金水区昌盛消防工程有限公司
E+ 长沙市开福区东升建筑劳务有限公司
E+ 成都市武侯区瑞丰装饰装修工程有限公司
E+ 重庆市渝北区鹏飞土石方工程有限公司
E+ 西安市雁塔区宏发水电安装工程有限公司
E+ 青岛市城阳区博润建筑安装工程有限公司
E+ 济南市天桥区立新幕墙工程有限公司
E+ 石家庄市裕华区嘉信路桥工程有限公司
E+ 太原市万柏林区远帆建筑工程有限公司
E+ 昆明市盘龙区嘉禾装饰工程有限公司
E+ 南宁市青秀区博润市政工程有限公司
E+ 福州市晋安区锦华建筑工程有限公司
E+ 厦门市湖里区长青机电安装工程有限公司
E+ 南昌市红谷滩区卓越建设工程有限公司
E+ 贵阳市观山湖区远帆建筑工程有限公司
E+ 兰州市城关区众鑫水利工程有限公司
E+ 沈阳市浑南区全顺电力工程有限公司
E+ 哈尔滨市南岗区万隆管道安装工程有限公司
E+ 温州市鹿城区金鼎房屋建筑工程有限公司
E+ 绍兴市上虞区荣华建筑工程有限公司
E+ 宁波市北仑区万隆港口工程有限公司
E+ 广州市天河区凯旋空调安装工程有限公司
E+ 深圳市龙岗区合兴弱电工程有限公司
E+ 惠州市惠城区嘉信打桩工程有限公司
E+ 珠海市香洲区恒泰古建筑工程有限公司
E+ 海口市龙华区立新建筑装饰工程有限公司
E+ 无锡市滨湖区远帆拆除工程有限公司
F+ 义乌市德润小商品贸易有限公司
F+ 广州市越秀区星辰服装批发商行
F+ 深圳市福田区华强北电子元器件商行
F+ 东莞市厚街镇益丰源鞋材贸易有限公司
F+ 佛山市禅城区海纳陶瓷建材商行
F+ 临沂市兰山区富源五金批发部
F+ 郑州市二七区利民百货批发有限公司
F+ 长沙市岳麓区永顺便利店
F+ 武汉市汉阳区九洲汽车销售服务有限公司
F+ 成都市锦江区盛世药房
F+ 重庆市南岸区鸿运超市有限公司
F+ 南京市鼓楼区众鑫烟酒商行
F+ 杭州市拱墅区利民茶叶商行
F+ 苏州市姑苏区金鼎丝绸销售有限公司
F+ 上海市静安区九洲食品贸易有限公司
F+ 北京市朝阳区兆丰进出口贸易有限公司
F+ 天津市河西区华盛钢材贸易有限公司
F+ 石家庄市新华区博润医药零售连锁有限公司
F+ 太原市迎泽区聚福家电销售有限公司
F+ 济南市槐荫区晟阳水果批发商行
F+ 青岛市市南区坤元海产品贸易有限公司
F+ 合肥市庐阳区合兴图书零售有限公司
F+ 南昌市东湖区德润眼镜店
F+ 福州市鼓楼区祥瑞电子商务有限公司
F+ 厦门市思明区恒昌进出口有限公司
F+ 南宁市西乡塘区德润农资经营部
F+ 昆明市五华区远帆花卉批发有限公司
F+ 贵阳市南明区宏宇粮油批发部
F+ 西安市碑林区鑫源文具用品商行
F+ 兰州市安宁区九洲汽车配件销售部
F+ 银川市兴庆区正兴建材经营部
F+ 西宁市城中区汇鑫牛羊肉批发部
F+ 乌鲁木齐市沙依巴克区博润干果贸易有限公司
F+ 呼和浩特市新城区金鼎乳制品销售有限公司
F+ 哈尔滨市道里区宏宇粮食贸易有限公司
F+ 长春市朝阳区远帆加油站
F+ 沈阳市和平区瑞丰手机销售有限公司
F+ 大连市中山区德润水产品贸易有限公司
F+ 海口市秀英区聚福槟榔批发部
F+ 三亚市天涯区亿达免税商品经营有限公司
F+ 拉萨市城关区百合藏药销售有限公司
F+ 宁波市海曙区兆丰化工原料贸易有限公司
F+ 温州市龙湾区合兴塑料原料经销部
F+ 金华市婺城区恒昌农产品批发有限公司
F+ 嘉兴市南湖区汇鑫母婴用品店
F+ 常州市天宁区新锐二手车经纪有限公司
F+ 无锡市梁溪区华宇五金交电批发部
F+ 泉州市鲤城区天瑞布料批发商行
F+ 中山市石岐区正兴电器批发部
F+ 汕头市金平区巨丰食品批发商行
G+ 临沂市兰山区锦华货运有限公司
G+ 东莞市虎门镇立新物流有限公司
G+ 义乌市海纳国际货运代理有限公司
G+ 宁波市北仑区德盛集装箱运输有限公司
G+ 深圳市盐田区凯旋集装箱物流有限公司
G+ 上海市浦东新区润泽冷链物流有限公司
G+ 天津市滨海新区鹏飞船务代理有限公司
G+ 青岛市黄岛区祥瑞港口仓储有限公司
G+ 广州市白云区鑫源快递服务有限公司
G+ 郑州市管城区兆丰城际客运有限公司
G+ 成都市双流区盛和航空货运代理有限公司
G+ 武汉市江岸区明远出租汽车有限公司
G+ 长沙市天心区晟阳公共汽车有限公司
G+ 重庆市渝中区东升长江客运有限公司
G+ 西安市未央区永信道路运输有限公司
G+ 昆明市官渡区润泽冷藏运输有限公司
G+ 乌鲁木齐市安泰汽车运输有限公司
G+ 哈尔滨市晟阳铁路货运代理有限公司
G+ 苏州市工业园区鼎盛仓储服务有限公司
G+ 嘉兴市港区泓瑞航运有限公司
G+ 南通市通州区博润危险品运输有限公司
G+ 徐州市铜山区博润物流园有限公司
G+ 石家庄市栾城区朗润搬运装卸有限公司
G+ 合肥市瑶海区万隆同城配送有限公司
G+ 海口市美兰区利民轮渡有限公司
G+ 大连市保税区同舟国际物流有限公司
G+ 厦门市海沧区宏发集装箱堆场有限公司
G+ 南宁市江南区立新货物运输有限公司
H+ 杭州市西湖区龙井山庄酒店有限公司
H+ 苏州市姑苏区平江客栈
H+ 丽江市古城区宏远民宿客栈
H+ 大理市双廊镇瑞祥海景民宿
H+ 三亚市吉阳区启航度假酒店有限公司
H+ 成都市青羊区立新火锅店
H+ 重庆市渝中区老火锅餐饮有限公司
H+ 长沙市芙蓉区泰和湘菜馆
H+ 武汉市武昌区金辉热干面馆
H+ 西安市莲湖区全顺泡馍馆
H+ 兰州市城关区天瑞牛肉面馆
H+ 广州市荔湾区德润茶餐厅
H+ 顺德区大良镇宏远粤菜酒楼
H+ 北京市东城区龙腾烤鸭店
H+ 上海市黄浦区富源本帮菜饭店
H+ 南京市秦淮区合兴小吃店
H+ 沈阳市沈河区瑞丰饺子馆
H+ 哈尔滨市道里区华宇西餐厅
H+ 青岛市市北区华宇海鲜酒家
H+ 厦门市思明区天瑞沙茶面馆
H+ 郑州市金水区同舟快餐店
H+ 合肥市蜀山区金鼎商务宾馆
H+ 昆明市西山区锦华过桥米线店
H+ 贵阳市云岩区凯旋酸汤鱼餐饮有限公司
H+ 乌鲁木齐市天山区利民大盘鸡餐厅
H+ 深圳市南山区正兴咖啡馆
H+ 天津市和平区包子铺
H+ 黄山市屯溪区百合快捷酒店
I+ 深圳市南山区凤翔软件开发有限公司
I+ 杭州市滨江区盛和网络科技有限公司
I+ 成都市高新区金鼎信息技术有限公司
I+ 北京市海淀区金桥计算机系统集成有限公司
I+ 南京市雨花台区盛和软件技术有限公司
I+ 武汉市洪山区宏远数据服务有限公司
I+ 西安市雁塔区金鼎网络技术有限公司
I+ 合肥市蜀山区永信软件有限公司
I+ 济南市历下区金鼎信息系统集成有限公司
I+ 厦门市亿达软件园网络信息技术有限公司
I+ 大连市高新园区新锐软件外包服务有限公司
I+ 贵阳市观山湖区金诚大数据服务有限公司
I+ 广州市天河区嘉信互联网信息服务有限公司
I+ 长沙市岳麓区兆丰游戏软件开发有限公司
I+ 苏州市工业园区宏宇云计算服务有限公司
I+ 上海市徐汇区青松网站建设有限公司
I+ 郑州市高新区锦华宽带网络服务有限公司
I+ 福州市鼓楼区恒泰手机应用软件开发有限公司
J+ 温州市鹿城区金辉小额贷款股份有限公司
J+ 杭州市上城区嘉禾典当行有限责任公司
J+ 长兴联合村镇银行股份有限公司
J+ 南京市玄武区星辰保险代理有限公司
J+ 深圳市福田区瑞祥融资租赁有限公司
J+ 成都市锦江区朗润保险经纪有限公司
J+ 苏州市吴江区德润农村小额贷款有限公司
J+ 宁波市江北区星辰典当有限责任公司
K+ 昆明市盘龙区泓瑞房地产开发有限公司
K+ 南宁市青秀区金辉物业管理有限公司
K+ 郑州市郑东新区凤翔房地产开发有限公司
K+ 成都市高新区凯旋物业服务有限公司
K+ 重庆市渝北区长青房地产经纪有限公司
K+ 长沙市雨花区全顺房产中介服务有限公司
K+ 西安市曲江新区博润物业管理有限公司
K+ 南昌市西湖区华盛房地产开发有限公司
K+ 合肥市滨湖新区鼎盛物业管理有限公司
K+ 沈阳市皇姑区金鼎房屋租赁中介有限公司
K+ 天津市南开区长青房地产开发有限公司
K+ 无锡市新吴区金诚物业管理有限公司
K+ 海口市龙华区嘉禾房地产营销策划有限公司
K+ 惠州市大亚湾区德盛房地产开发有限公司
L+ 广州市海珠区东升会展服务有限公司
L+ 上海市长宁区金辉广告有限公司
L+ 深圳市罗湖区盛达人力资源服务有限公司
L+ 东莞市嘉禾劳务派遣有限公司
L+ 北京市西城区金鼎企业管理咨询有限公司
L+ 成都市武侯区龙腾旅行社有限公司
L+ 杭州市下城区广源律师事务所
L+ 南京市鼓楼区金鼎会计师事务所有限公司
L+ 苏州市百合保安服务有限公司
L+ 重庆市江北区亿达汽车租赁有限公司
L+ 郑州市卓越知识产权代理有限公司
L+ 武汉市江汉区博润广告传媒有限公司
L+ 西安市碑林区启航商务咨询有限公司
L+ 长沙市芙蓉区晟阳展览展示服务有限公司
L+ 昆明市百合国际旅行社有限公司
L+ 青岛市市南区鼎盛税务师事务所有限公司
L+ 济南市历下区嘉禾资产评估有限公司
L+ 天津市和平区安泰工程机械设备租赁有限公司
L+ 厦门市思明区金辉商标代理有限公司
L+ 南宁市佳禾会展管理有限公司
L+ 合肥市包河区兆丰招标代理有限公司
L+ 大连市中山区凤翔外服人力资源有限公司
L+ 哈尔滨市南岗区立新户外广告有限公司
L+ 福州市鼓楼区诚信市场调查有限公司
L+ 宁波市海曙区长青翻译服务有限公司
L+ 石家庄市长安区福临婚介服务有限公司
M+ 广州市天河区祥瑞环境检测技术有限公司
M+ 深圳市宝安区启航产品检测有限公司
M+ 上海市闵行区永信建筑设计有限公司
M+ 北京市海淀区天成工程咨询有限公司
M+ 杭州市西湖区众鑫规划设计研究院有限公司
M+ 南京市江宁区永信岩土工程勘察有限公司
M+ 武汉市洪山区青松测绘有限公司
M+ 成都市青羊区正兴工程造价咨询有限公司
M+ 西安市长安区万隆地质勘查有限公司
M+ 苏州市相城区德润计量检测有限公司
M+ 天津市西青区明远生物技术研究所
M+ 长沙市岳麓区亿达工程监理有限公司
M+ 重庆市沙坪坝区鸿运工业设计有限公司
M+ 济南市高新区正兴新材料研究院有限公司
M+ 东莞市坤元松山湖技术转移中心有限公司
M+ 郑州市金水区泰和建设工程质量检测有限公司
M+ 厦门市集美区坤元气象服务有限公司
M+ 沈阳市浑南区华宇技术推广服务有限公司
M+ 合肥市高新区金诚检验检测认证有限公司
M+ 宁波市北仑区亿达海洋工程研究院
N+ 深圳市宝安区广源环卫清扫服务有限公司
N+ 苏州市吴中区盛达风景区管理有限公司
N+ 桂林市阳朔县明远景区管理有限公司
N+ 上海市松江区公园管理所
N+ 南昌市青山湖区福临水环境治理有限公司
N+ 无锡市志诚太湖蓝藻治理有限公司
N+ 长沙市合兴湘江水利管理有限公司
N+ 成都市锦江区巨丰垃圾清运有限公司
N+ 杭州市西湖区恒昌城市绿化养护有限公司
O+ 北京市朝阳区天瑞家政服务有限公司
O+ 上海市长宁区长青美容美发店
O+ 广州市越秀区海纳洗衣店
O+ 深圳市福田区同舟汽车维修有限公司
O+ 杭州市拱墅区东升家电维修服务部
O+ 成都市成华区鹏飞婚纱摄影有限公司
O+ 南京市秦淮区九洲婚庆服务有限公司
O+ 武汉市江汉区泓瑞殡仪服务有限公司
O+ 重庆市九龙坡区泓瑞宠物美容店
O+ 西安市新城区东升洗浴中心
O+ 长沙市雨花区华宇足浴保健有限公司
O+ 天津市河北区锦华开锁服务部
O+ 济南市市中区亿达保洁服务有限公司
O+ 青岛市李沧区盛达汽车美容店
O+ 郑州市中原区宏远摩托车修理部
O+ 合肥市瑶海区金辉理发店
O+ 福州市台江区瑞祥钟表维修店
O+ 沈阳市大东区祥瑞月嫂服务有限公司
O+ 哈尔滨市香坊区福临养犬服务有限公司
O+ 昆明市官渡区宏宇照相馆
O+ 南宁市兴宁区德盛手机维修店
O+ 苏州市姑苏区恒昌修鞋店
O+ 大连市沙河口区青松搬家服务有限公司
O+ 厦门市湖里区宏远宠物寄养服务有限公司
O+ 太原市杏花岭区百合美甲店
P+ 北京市海淀区远帆外语培训学校
P+ 上海市浦东新区海纳艺术培训学校
P+ 广州市天河区晟阳幼儿园
P+ 深圳市龙华区正兴职业技能培训学校
P+ 杭州市萧山区九洲机动车驾驶员培训有限公司
P+ 南京市鼓楼区龙腾少儿编程培训中心
P+ 成都市金牛区九洲舞蹈培训学校
P+ 长沙市开福区实验小学
P+ 郑州市二七区民办中学
P+ 西安市雁塔区金诚美术培训学校
P+ 重庆市渝北区益丰源双语幼儿园
P+ 青岛市崂山区瑞丰职业培训学校
P+ 天津市南开区中盛音乐培训学校
P+ 合肥市庐阳区昌盛体育培训学校
Q+ 北京市朝阳区永信口腔门诊部
Q+ 上海市徐汇区凤翔中医诊所
Q+ 广州市越秀区社区卫生服务站
Q+ 深圳市南山区中盛眼科医院有限公司
Q+ 杭州市上城区金鼎康复医院
Q+ 成都市金牛区金辉养老院
Q+ 南京市建邺区中盛医学检验实验室有限公司
Q+ 武汉市硚口区万隆妇产医院
Q+ 西安市碑林区同舟骨科医院
Q+ 长沙市岳麓区鹏飞护理院
Q+ 重庆市北碚区明远老年公寓
Q+ 天津市红桥区儿童福利院
Q+ 昆明市五华区永信体检中心有限公司
R+ 北京市东城区凤翔影城有限公司
R+ 上海市黄浦区德盛剧院管理有限公司
R+ 广州市天河区盛和健身俱乐部有限公司
R+ 深圳市南山区和谐游泳馆
R+ 成都市武侯区汇鑫歌舞厅
R+ 南京市玄武区宏宇网吧
R+ 杭州市西湖区华宇书画院
R+ 武汉市江汉区宏宇电影院有限公司
R+ 重庆市渝中区星辰川剧团
R+ 西安市曲江新区金桥演艺有限公司
R+ 郑州市金水区荣华羽毛球馆
R+ 青岛市市北区恒昌足球俱乐部有限公司
R+ 天津市河西区鼎盛相声茶馆
R+ 合肥市蜀山区龙腾游乐园有限公司
R+ 昆明市盘龙区电视台
S+ 东莞市长安镇乌沙社区居民委员会
S+ 温州市鹿城区商会
S+ 泉州市晋江市鞋业协会
S+ 义乌市稠城街道办事处
S+ 佛山市南海区狮山镇人民政府
S+ 苏州市吴江区盛泽镇人民政府
S+ 绍兴市柯桥区纺织行业协会
S+ 临沂市兰山区商务局
S+ 潍坊市寿光市孙家集街道三元朱村村民委员会
S+ 中山市古镇镇灯饰行业协会
`;

const FOREIGN = `
A- Cermaq Group AS
A- Dole plc
A+ Fresh Del Monte Produce Inc.
A- Chiquita Brands International Sàrl
A- Costa Group Holdings Limited
A+ Rijk Zwaan Zaadteelt en Zaadhandel B.V.
A- Limagrain
B- Glencore plc
C- Pepperl+Fuchs SE
C+ Nord Drivesystems GmbH
C- Eberspächer Gruppe GmbH & Co. KG
C+ Heller Maschinenfabrik GmbH
C- Schunk GmbH & Co. KG
C+ Kistler Instrumente AG
C- Bobst Group SA
C- Huber+Suhner AG
C+ Maxon Motor AG
C- Leister AG
C- Bang & Olufsen A/S
C+ Ecco Sko A/S
C- Rockwool A/S
C- Pandora A/S
C- Wärtsilä Oyj Abp
C- Kongsberg Gruppen ASA
C+ Philips Domestic Appliances Nederland B.V.
C+ Vanderlande Industries B.V.
C- Barco NV
C- Lavazza S.p.A.
C+ Officine Panerai S.r.l.
C+ Dallara Automobili S.p.A.
C- Lamborghini S.p.A.
C+ Italcementi S.p.A.
C+ Chiesi Farmaceutici S.p.A.
C- Menarini S.r.l.
C- Pernod Ricard SA
C+ Dassault Aviation SA
C- Essilor International SAS
C- Renishaw plc
C+ Spirax-Sarco Engineering plc
C- Weir Group plc
C- Smiths Group plc
C- Jaguar Land Rover Limited
C- Makita Corporation
C- Denso Corporation
C- Komatsu Ltd.
C+ Hitachi Construction Machinery Co., Ltd.
C- Mazak Corporation
C+ Shin-Etsu Chemical Co., Ltd.
C+ Toray Industries, Inc.
C- Asahi Kasei Corporation
C- Shiseido Company, Limited
C- Doosan Enerbility Co., Ltd.
C+ Giant Manufacturing Co., Ltd.
C- Advantech Co., Ltd.
C+ Lam Research Corporation
C- Zebra Technologies Corporation
C- Nordson Corporation
C+ Lincoln Electric Holdings, Inc.
C- Hypertherm Associates, Inc.
C+ Haas Automation, Inc.
C- Bombardier Inc.
C+ Husky Injection Molding Systems Ltd.
D+ Stadtwerke München GmbH
D+ Berliner Wasserbetriebe AöR
E+ Bouygues Construction SA
E- Acciona S.A.
E- Royal BAM Group nv
E+ Samsung C&T Corporation
E- Leighton Asia Limited
F- Aldi Einkauf SE & Co. oHG
F- Rewe Group
F- Edeka Zentrale Stiftung & Co. KG
F- Würth Group
F- Marks and Spencer Group plc
F- J Sainsbury plc
F- Auchan Holding SA
F- Ahold Delhaize N.V.
F- Inditex S.A.
F- H & M Hennes & Mauritz AB
F- Amazon.com, Inc.
F- DFS Group Limited
F- Dairy Farm International Holdings Limited
F- A.S. Watson Group
F- Trafigura Group Pte. Ltd.
F- Vitol SA
F+ RS Components Ltd
F+ Misumi Group Inc.
F+ Digi-Key Electronics
G+ DHL Express (Hong Kong) Limited
G+ Mediterranean Shipping Company S.A.
G+ Evergreen Marine Corporation (Taiwan) Ltd.
G+ Cathay Pacific Airways Limited
G+ Federal Express Corporation
G+ Port of Rotterdam Authority
G+ Hamburger Hafen und Logistik AG
G- SBB AG
G+ Flughafen Zürich AG
G+ Airport Authority Hong Kong
H+ Meliá Hotels International, S.A.
H+ Maxim's Caterers Limited
I- Nemetschek SE
I- Accenture plc
I+ Hong Kong Telecommunications (HKT) Limited
I+ Chunghwa Telecom Co., Ltd.
I- NTT Docomo, Inc.
I+ Zoom Video Communications, Inc.
I- Palantir Technologies Inc.
I- Naver Corporation
I- Kakao Corp.
J+ DZ Bank AG
J- Munich Re
J- Hannover Rück SE
J+ Aviva plc
J+ Danske Bank A/S
J+ Nordea Bank Abp
J- PayPal Holdings, Inc.
J+ Mitsubishi UFJ Financial Group, Inc.
J+ Cathay United Bank Co., Ltd.
J- Euronext N.V.
K- Deutsche Wohnen SE
K- Segro plc
K+ British Land Company PLC
K+ Land Securities Group PLC
L+ NürnbergMesse GmbH
L+ Messe Stuttgart
L+ Messe Berlin GmbH
L+ BolognaFiere S.p.A.
L- RX Global
L- MCH Group AG
L- Tarsus Group
L+ Clarion Events Ltd
L- Michael Page International
L- Robert Walters plc
L- Europcar Mobility Group
L- TUI AG
L- JTB Corp.
L- Nielsen Holdings plc
L- Kantar Group
L- Gartner, Inc.
L- Frost & Sullivan
M+ Helmholtz-Zentrum Berlin für Materialien und Energie GmbH
M+ Deutsches Zentrum für Luft- und Raumfahrt e.V.
M+ CERN
M+ Institut Pasteur
M+ Centre National de la Recherche Scientifique
M+ Consiglio Nazionale delle Ricerche
M+ RIKEN
M- DNV AS
M- Lloyd's Register Group Limited
N+ Gardens by the Bay
N+ National Parks Board
O+ ATU Auto-Teile-Unger GmbH & Co. KG
O- Kwik Fit (GB) Limited
O- Mister Minit
O- Timpson Group plc
O+ Johnson Cleaners UK Ltd
O- Helpling GmbH
P+ Technische Universität München
P+ Karlsruher Institut für Technologie
P+ Delft University of Technology
P+ The University of Hong Kong
P- Alliance Française
P- Wall Street English
Q+ Singapore General Hospital
Q- Fresenius Helios
Q- Parkway Pantai Limited
Q- Korian SA
R+ Hong Kong Ocean Park Corporation
R+ FC Barcelona
R- Ajax Amsterdam
R- Olympique Lyonnais Groupe
R- Formula One Group
R- Louvre Abu Dhabi
R+ Sydney Opera House Trust
R+ Hong Kong Palace Museum
R+ Tokyo Disney Resort
R+ Europa-Park GmbH & Co Mack KG
S+ Deutscher Industrie- und Handelskammertag
S+ Bundesverband der Deutschen Industrie e.V.
S- Confindustria
S- Enterprise Singapore
S+ Austrian Business Agency
S+ French Chamber of Commerce and Industry in China
S+ Benelux Chamber of Commerce in China
S+ Netherlands Enterprise Agency
S+ Danish Agency for International Trade
S- Invest in Bavaria
T+ United Nations Environment Programme
T+ International Organization for Standardization
T+ International Monetary Fund
T+ European Investment Bank
T+ Inter-American Development Bank
T+ International Federation of Red Cross and Red Crescent Societies
T+ United Nations Children's Fund
T+ World Customs Organization
T+ Council of Europe
T+ European Space Agency
T+ Shanghai Cooperation Organisation
T+ Asia-Pacific Economic Cooperation Secretariat
T+ World Tourism Organization
T+ International Renewable Energy Agency
T+ Embassy of Italy in Beijing
T+ Royal Danish Embassy in Beijing
T+ Embassy of the Kingdom of the Netherlands in China
T+ Embassy of Sweden in Beijing
T+ Embassy of the Republic of Korea in China
T+ Consulate General of France in Guangzhou
T+ Consulate General of Switzerland in Shanghai
`;

function parse(source: BlindSource, text: string): BlindTradeName[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const m = /^([A-T])([+-]) (.+)$/.exec(line);
      if (!m) throw new Error(`companyTradesBlind: bad line “${line}”`);
      return { name: m[3] as string, section: m[1] as GbtSection, statesTrade: m[2] === '+', source };
    });
}

export const BLIND_COMPANY_TRADES: readonly BlindTradeName[] = [
  ...parse('company', COMPANY),
  ...parse('institution', INSTITUTION),
  ...parse('pattern', PATTERN),
  ...parse('foreign', FOREIGN),
];
