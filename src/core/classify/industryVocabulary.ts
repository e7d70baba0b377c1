/**
 * The words a company name, a business scope or a form answer uses to state a trade, beyond the
 * titles of GB/T 4754-2017 themselves (industryTerms.ts derives terms from those): the short forms
 * names are built with (电子, 物流, 药业 — the standard says 计算机、通信和其他电子设备制造业),
 * the heads that are a trade by themselves (医院, 银行, 大学, 大使馆), the words that change what
 * the words before them mean (贸易 and 大药房 make a product a trade in it; 工程 after 化学 is
 * construction), the words that say nothing about the trade (科技, 实业, Holdings), and the words
 * that stay ambiguous (通信 is equipment for 中兴 and a network for 中国联通): those are listed
 * with every section they may mean, and a name whose trade is one of them is left unknown.
 *
 * One line per group: `CODES ROLE TERMS`.
 * - CODES: a GB/T code (section letter or 2–4 digits), several joined by `/` for an ambiguous
 *   term (the first is the one taken when a neighbour settles it: 制造 after it, 贸易 after it),
 *   or `-` for generic words.
 * - ROLE: `o` an object — a product or field (电子, 汽车, 医药): manufacturing by default, trade
 *   when a trade word stands beside it; `h` a head — a trade by itself whatever stands before it
 *   (医院, 物流, 贸易 as the last word); `t` a trade cue (贸易, 销售, 店): makes the objects beside it
 *   a trade, and is the head when nothing else is; `m` a making cue (制造, 厂, 工业): makes the
 *   objects beside it manufacturing, section C when there is none; `g` generic; `w` weak: used
 *   only when nothing else in the name is. Flags after the role: `*` counts wherever it stands
 *   (international organisations, embassies); `$` must end the name (局, 厅, 店); `^` heads the
 *   name from its start, as German, French and Italian put it (Verband …, Messe …, Banque …).
 * - TERMS: `|`-separated, simplified Chinese or English (traditional input is folded to
 *   simplified before matching; English matches whole words, any case, except words written in
 *   capitals of five letters or fewer, which match as written: IT, AI, TV).
 */
export const INDUSTRY_VOCABULARY = `
A o 农业|农垦|农牧|牧业|畜牧|畜禽|种畜禽|养殖|种植|种业|种子|种苗|林业|苗木|苗圃|苗甫|花卉|渔业|水产养殖|水殖|远洋渔业|果业|茶园|天然橡胶|生猪|蛋鸡|肉鸡|奶牛
A h 农场|牧场|林场|渔场|苗木场|农民专业合作社|专业合作社
A o agriculture|agricultural|agri|agro|agribusiness|farm|farms|farming|plantation|plantations|fisheries|fishery|aquaculture|seeds|saat|livestock|poultry|forestry|horticulture|agri-resources|seed
B o 矿业|矿产|采矿|煤业|煤矿|煤炭|精煤|焦煤|煤电|石油|油气|油田|气田|页岩气|煤层气|黄金|黄金矿业|铁矿|金矿|铜矿|采石|砂石|矿山
B h 钻探|钻探工程|钻井|油田服务|石油服务|油服|石油技术|石油工程|石油工程技术服务|油田技术|物探|矿业开发
B o mining|mines|minerals|coal|petroleum|oil and gas|oil & gas|oilfield|quarry|quarrying|gold|gold mining
B h oilfield services|drilling
B w resources|metals
07/45 o 天然气
G/E o 交通|交通科技
13 o 粮油|食用油|植物油|饲料|肉类|肉食|肉业|米业|面粉|淀粉|豆制品|糖业
13 m 制糖|屠宰
14 o 食品|调味|调味品|酱油|味业|乳业|乳品|乳制品|奶业|面包|糕点|烘焙|速冻食品|罐头|酵母|保健食品|保健品|榨菜|休闲食品|醋业|面业
15 o 酒业|白酒|啤酒|葡萄酒|黄酒|饮料|饮品|矿泉水|纯净水|茶业|贡酒|酒
15 m 酿酒|酿造|酒厂|酿酒厂
16 o 烟草|卷烟
17 o 纺织|纺纱|织造|印染|棉纺|毛纺|丝绸|针织|无纺布|非织造布|面料|布业|家纺
18 o 时尚|服装|服饰|时装|童装|内衣|女装|男装
19 o 皮革|皮具|箱包|鞋业|鞋材|羽绒
20 o 木业|木材|人造板|竹木|木地板|防静电地板
21 o 家具|家居|橱柜
22 o 纸业|纸品|纸制品|特种纸
23 o 印刷|彩印|印务|包装印刷
24 o 文具|体育用品|玩具|乐器|工艺品|工艺美术|珠宝|首饰|文体用品|黄金珠宝|体育器材|健身器材
26 o 化工|化学|化学品|化肥|肥业|农药|涂料|油墨|颜料|染料|树脂|日化|化妆品|洗涤|胶粘|胶黏|粘合剂|助剂|有机硅|氟化工|盐化|氯碱|石化|石油化工|煤化工|精细化工|化学原料|聚氨酯
27 o 体外诊断|药品|生物医药|生物制品|中药|中成药|疫苗|原料药|化学药|阿胶|生物药
28 o 化纤|化学纤维|涤纶|锦纶|氨纶
29 o 橡胶|塑料|塑胶|塑业|胶管|胶带|轮胎|胶粘制品|薄膜|包装材料|包装制品|包装|包材
30 o 水泥|玻璃|陶瓷|瓷业|建材|新型建材|石材|耐火|石墨|玻纤|玻璃纤维|防水|防水材料|石膏|混凝土|砖瓦|卫浴|石英
31 o 钢铁|钢材|特钢|不锈钢|铁合金|钢业|钢板|冶金
32 o 有色金属|铜业|铝业|铝材|锌业|铅业|镍业|钨业|钼业|锡业|钛业|稀土|铜箔|铜材|合金|贵金属|金属材料|钴业|锂业|锗业|镁业|硅业|钒业
33 o 五金|金属制品|彩钢板|门窗|锻造|锻件|铸造|铸件|压铸|刀具|精密刀具|工具|五金工具|消防器材|金属|钣金
34 o 机械|机器|机床|液压|气动|轴承|齿轮|减速机|阀门|泵业|水泵|压缩机|风机|锅炉|起重|叉车|电梯|输送设备|制冷|空调|冷冻设备|焊接|紧固件|标准件|机电|设备|五金机电|机械设备|衡器|称重设备|流体|流体设备|整流设备|通用设备|数控|精机
35 o 专用设备|工程机械|重工|装备|智能装备|农机|农业机械|纺织机械|印刷机械|包装机械|食品机械|激光|激光设备|模具|半导体设备|电子设备|电路板设备|环保设备|净化设备|水处理设备|实验室设备|医用|矿山机械|石油机械|试验设备|智能设备|自动化设备
277 o 医疗用品|卫生材料|医用敷料
27/M o 基因|基因科技|基因技术
27/Q o 诊断
27/F o 药业
358 o 医疗器械|医疗设备|医用高分子制品|医疗仪器
36 o 汽车|汽配|汽车零部件|汽车配件|客车|卡车|整车|新能源汽车|汽车电子|汽车系统|车辆|房车|轮毂|重汽|滤清器
37 o 船舶|船业|航空器|飞机|航天|航空航天|航空工业|无人机|自行车|游艇|车业|电动车|摩托|铁路装备|轨道交通装备|机车|电力机车|机车车辆
38 o 电气|电器|电工|电机|马达|发电机|电缆|电线|线缆|开关|变压器|配电|输配电|断路器|继电器|电力设备|电力装备|电源|照明|灯饰|灯具|家电|家用电器|厨电|电热|插座|电驱|电气驱动|逆变器|充电桩|电工材料|电器具|洗衣机|电冰箱|冰箱|空调器
384 o 电池|锂电|锂电池|动力电池
384/44 o 储能
3825 o 光伏|光能|光伏设备
39 o 电路|电子|微电子|光电|光电子|半导体|集成电路|芯片|晶圆|元器件|电子元件|电子元器件|线路板|电路板|印制电路|电子电路|连接器|传感器|液晶|触控|数码|电声|音响|计算机|电脑|通信设备|通讯设备|通讯器材|通信器材|网络设备|安防|射频|微波|雷达|磁性材料|电子材料|晶体|光通信|光纤|显示器件|电子信息产品|存储|传感
40 o 仪器|仪表|分析仪|试验机|测试仪|测控|量具|水表|电表|光学|光学仪器|钟表|眼镜|自动化|工业自动化|自动化仪表|精密仪器
3491 o 机器人|工业机器人
27 m 制药|生物制药|化学制药
18 m 制衣
19 m 制鞋
22 m 造纸
37 m 造船
31 m 炼钢|冶炼
25 m 炼油|炼化
C m 制造|制造业|制品|加工|生产|工业|产销|精密制造
C m$ 厂|分厂|制品厂|加工厂
C o 新材料|材料|新型材料|高分子材料|精密|精工
39/F o electronics|electronic|elektronik|microelectronics
39 o semiconductor|semiconductors|devices|semiconductor manufacturing|displays|optoelectronics
40 o instruments|instrumentation|optics|optical|automation
26 o chemicals|chemical|chemie|chemistry|cosmetics|coatings|paints|chem
27 o pharmaceutical|pharmaceuticals|pharma|diagnostics|biopharma|biopharmaceuticals
36 o motor|motors|motoren|automotive|auto parts|automobiles|automobili|cars|trucks|truck|engines|fahrzeugteile
31 o steel|stahl
32 o aluminium|aluminum|copper
30 o glass|cement|ceramics
22 o paper
17 o textile|textiles
18 o apparel|garments|fashion
19 o footwear|shoes
14 o foods|dairy
15 o beverages|brewery|breweries|brewing|distillery|distillerie|winery
16 o tobacco
21 o furniture
24 o toys
34 o machinery|machines|maschinenbau|machine tools|tools|werkzeuge|precision|meccanica|meccaniche|riduttori|pumps|valves|bearings|compressors|macchine|maschinenfabrik
35 o druckmaschinen|anlagenbau
37 o aerospace|aircraft|shipbuilding
38/D/F o electric|electrical
38 o elektrotechnik|lighting|cables|batteries|appliances
358 o medical devices|medical technology|medtech
3491 o robotics|robots
29 o packaging|plastics|rubber|tyres|tires
23 o printing
C o materials
C m manufacturing|industries|industry|industrial|fabrication|werke|industria|industrie
D o 电力|供电|电网|发电|火电|核电|热电|热力|供热|供暖|燃气|煤气|液化气|供水|水务|自来水|制水|水业|公用事业|风力发电|太阳能发电|光伏发电|风电场|电厂|发电厂|水电站|热电厂|核能电力|新能源发电|电力发展|城市燃气|公用
462 o 污水处理
D o electric power|power company|utilities|utility|electricity|électricité|power grid|grid|gas|water utilities|water works|waterworks
E h 建设|建筑|建工|建安|施工|工程|路桥|桥梁|隧道|隧道工程|市政|市政工程|铁建|交建|基础工程|土木|土木工程|房建|钢结构工程|建设工程|工程建设|化学工程|电力工程|电力建设|水利工程|水利水电|建筑工程|工程施工|机电工程|国际工程|网架|城建
E h 装饰|装修|装潢|幕墙|建筑装饰|装饰工程|防水工程|安装|机电安装|设备安装|消防工程|暖通|暖通工程|膜结构工程|智能化工程|净化工程|水电工程|园林工程|园林绿化工程
E h construction|builders|contractor|contractors|contracting|civil engineering|engineering & construction|engineering and construction
33/48 o 钢结构|钢构|膜结构
F t 贸易|商贸|经贸|进出口|外贸|国际贸易|销售|经销|分销|批发|零售|商行|商店|商场|百货|超市|商城|购物|供销|商业|连锁|商业连锁|免税|专卖|电子商务|电商|物资|经营部|门市部|批发部|商社|易购
F t$ 店
F h 百货大楼|药房|大药房|药店|医药连锁|医药商业|医药销售|医药物流|药品销售|汽车销售|汽车贸易|建材贸易|钢材贸易|书店|新华书店|加油站|购物中心|物资回收|再生物资|便利店
F t trading|trade|wholesale|retail|retailers|retailing|supermarket|supermarkets|department store|department stores|stores|distribution|distributors|distributor|e-commerce|ecommerce|import|export|sourcing|merchandise
F w commerce
G h$ 港
G h 出租汽车|管网|物流|快递|快运|速运|速递|邮政|货运|运输|客运|公交|出租车|航空|航空运输|航运|海运|船务|港务|港口|码头|铁路|高速铁路|高速公路|公路|机场|国际机场|货代|货运代理|国际货运代理|报关|仓储|仓库|冷链|外运|储运|地铁|管道运输|配送|搬运|起重搬运|装卸|供应链物流|航运物流|能源运输|海峡航运|汽车出租|巴士
G h logistics|logistik|shipping|freight|express|courier|cargo|transport|transportation|forwarding|forwarder|airlines|airline|airways|air lines|port|ports|parcel service|postal|post|railway|railways|railroad|metro|yusen|kaiun|warehousing|terminal|terminals|poste
H h 酒店|大酒店|饭店|宾馆|旅馆|民宿|度假村|客栈|餐饮|餐厅|酒楼|饮食|快餐|火锅|小吃|茶餐厅|食府|面馆|团膳|餐饮管理|酒家|酒店管理|旅游饭店
H h hotel|hotels|resort|resorts|restaurant|restaurants|catering|hospitality|inn|cafe|café|dining|foodservice|food service
I h 软件|软体|信息技术|信息科技|信息系统|信息服务|网络信息|互联网|大数据|云计算|人工智能|物联网|区块链|游戏|网络游戏|电信|通信服务|通信运营|卫星通信|有线电视|有线电视网络|广播电视网络|宽带|计算机软件|系统集成|信息化|互娱|网络技术|网络科技|数据|数据科技|数据服务|信息安全|软件开发|云科技|办公软件|电讯
I h$ 网
I o 信息
I h software|IT|information technology|cloud|telecom|telecoms|telecommunications|telecommunication|telekom|internet|AI|artificial intelligence|IoT|cybersecurity|infotech|online|games|gaming|data|web services
39/63 o 通信|通讯|移动通信|网络通信|通信技术|通讯技术|移动
39/65 o 电子信息|信息产业|电子信息产业
J h 结算所|银行|农商行|信用社|农村信用社|村镇银行|商业银行|农村商业银行|证券|期货|基金|保险|人寿|人寿保险|财产保险|再保险|信托|金融|金融控股|金控|担保|小额贷款|典当|融资租赁|金融租赁|支付|交易所|结算|理财|证券交易所|银行股份|中央银行|金融资产管理|产融|外汇
J h bank|banking|ginko|bancorp|securities|insurance|assurance|reinsurance|finance|financial|funds|asset management|wealth|payments|fintech|brokerage|stock exchange|exchanges and clearing|investment bank
J w capital|fund|trust|资本
69/72 o 资产管理|投资管理|创投|风险投资|股权投资
K h 房地产|地产|置业|置地|房产|不动产|物业|物业管理|物业服务|房屋租赁|房地产经纪|地产代理|房地产代理|商业地产|园区开发|地产开发|房地产开发|房地产发展
K h real estate|realty|properties|property|estates|land development|fudosan|real estate investment trust|property management
K w land
L h 租赁|设备租赁|汽车租赁|工程机械租赁|机械租赁|咨询|顾问|管理咨询|企业管理|企业管理咨询|商务服务|商务|会展|展览|会议|广告|营销|策划|公关|人力资源|劳务|劳务派遣|人才|猎头|法律|律师|律师事务所|会计|会计师事务所|税务师|税务师事务所|审计|代理记账|旅行社|保安|安保|押运|翻译|市场调查|商务会展|广告传媒|信息咨询|投资咨询|国际旅行社|租车
L h consulting|consultancy|consultants|advisory|advisors|management consulting|exhibitions|exhibition|expo|events|conference|conferences|advertising|marketing|branding|public relations|human resources|HR|recruitment|staffing|law firm|lawyers|legal|solicitors|attorneys|accounting|accountants|audit|tax|CPA|travel agency|tours|rental|leasing|rent-a-car|car rental|security services|rentals
72/58 o 供应链|供应链管理|供应链服务
86/72 o 传媒|文化传播|传播|媒体
L/N o 旅游|文旅|文化旅游
N h 旅游开发|旅游发展|景区开发
27/51 o 医药|医药集团
52/81 o 汽车服务
07/25 o oil
M h 研究院|研究所|研究中心|科学院|科学研究院|研究总院|实验室|检测|检验|测试|认证|检测认证|质检|标准化|设计院|设计|勘察|勘测|勘察设计|测绘|地质勘查|规划设计|建筑设计|工程设计|工程勘察|工程勘察院|监理|工程监理|工程咨询|造价|新药研发|新药开发|新药技术|研发|技术服务|技术开发|技术推广|科技服务|科技推广|技术转移|孵化器|知识产权|知识产权代理|专利|专利代理|商标|计量检测|环境评价|环境监测|气象|兽医|工程顾问|工程技术咨询|科学研究|研究|工程研究院|规划勘察设计|设计研究院|设计研究总院
M h research|forschung|wissenschaften|institute|laboratory|laboratories|labs|testing|inspection|certification|metrology|calibration|R&D|standards|surveying|academy of sciences|design|engineering consultancy
40/745 o 计量
M/E o 工程技术
N h 环境治理|生态|生态环境|固废|危废|垃圾|垃圾处理|环卫|环境卫生|市容|城市管理|公园|景区|风景区|旅游区|游览|绿化|园林绿化|水利|水资源|防洪|土地整治|生态保护|环境工程|环保工程|环境服务|城市服务|植物园|动物园
N/D/C h 环保|环境|环境技术|环保科技|环境科技|环境发展
N/E h 园林
N h environmental|environment|environnement|waste|waste management|wastewater|sanitation|landscaping|parks|ecology|cleantech|botanic garden|botanic gardens|botanical garden|botanical gardens|zoo
C/N o 水处理|资源回收|回收|节能|低碳
O h 家政|保姆|月嫂|托儿所|洗衣|洗染|干洗|理发|美发|美容|美甲|美容美发|洗浴|足浴|桑拿|养生|保健服务|摄影|照相馆|婚庆|婚纱摄影|殡葬|殡葬服务|殡仪馆|殡仪|陵园|墓园|公墓|汽车维修|汽修|汽车美容|家电维修|电脑维修|手机维修|清洁|保洁|宠物|宠物医院|宠物医疗|开锁|洗车|维修服务|修理服务
O h laundry|dry cleaning|cleaners|hair salon|salon|salons|funeral|funeral homes|funeral services|cemetery|wedding|photography|photo studio|car wash|cleaning|hair|hairdressing
43/81 o 维修|修理|设备维修
P h 大学|学院|职业技术学院|学校|中学|小学|幼儿园|教育|培训|职校|技校|驾校|早教|外国语学校|实验学校|教育集团|开放大学|医学院|附属中学|附属小学|教育科技|高教
P h university|college|school|schools|education|educational|training|polytechnic|institute of technology|kindergarten|academy|education first|goethe-institut|politecnico|polytechnique|hochschule
Q h 医院|卫生院|诊所|门诊|医疗服务|医疗管理|眼科|体检|健康体检|疾病预防控制中心|疾控|疾控中心|妇幼保健|妇幼保健院|保健院|卫生服务|急救|紧急救援中心|血站|养老|养老院|敬老院|福利院|社会福利|社会福利院|社会工作|护理院|康复|康复医院|医学检验|检验所|疗养院|医务室|卫生所|卫生室|生殖医疗|医学中心|眼科医院|口腔医院
Q h hospital|hospitals|clinic|clinics|medical center|medical centre|health system|nursing home|care home|sanatorium|dental clinic|medical services
C/Q o 医疗|医疗健康|健康|大健康|医学|口腔|healthcare|health|medical|health care
R h 出版|出版社|出版传媒|报社|报业|日报|晚报|杂志|期刊|新闻|通讯社|电视台|广播电视台|广播|电台|影视|影业|电影|影城|影院|院线|演艺|艺术团|剧院|剧场|大剧院|音乐厅|交响乐团|乐团|歌舞团|博物馆|美术馆|图书馆|档案馆|文化馆|纪念馆|文物|体育场|体育馆|体育文化|体育产业|体育中心|体育赛事|足球俱乐部|足球|俱乐部|健身|游乐园|主题公园|娱乐|游艺|彩票|文化艺术|影视传媒|广播电视|艺术剧院|总台|报业集团|印书馆|书局|制片|制片厂|电影制片厂|乐园|主题乐园
R/24 h 体育
R h publishing|publisher|publishers|magazine|magazines|news|newspaper|newspapers|journal|broadcasting|television|TV|radio|film|films|studios|pictures|entertainment|music|records|press|presse|museum|theatre|theater|orchestra|opera|club de fútbol|football club|FC|sports|opera house|philharmonic|philharmoniker|staatsoper|entertainments|broadcasts
91 h 中国共产党|党委|纪律检查委员会|纪委
92 h 人民政府|政府|管理委员会|管委会|海关|公安|公安局|法院|人民法院|检察院|人民检察院|人大|人大常委会|税务局|市场监督管理局|统计局|管理局|街道办事处
93 h 政协|人民政治协商会议|民主同盟|民主党派
94 h 社会保险|社保|医疗保障|社会保险基金管理局
95 h 协会|商会|学会|联合会|促进会|研究会|工商联|工商业联合会|贸促会|国际贸易促进委员会|总会|红十字会|基金会|公会|同业公会|工会|共青团|妇联|残联|侨联|科协|行业协会|分会|联盟|产业联盟|行业分会
96 h 居民委员会|村民委员会|居委会|村委会
S h 委员会
92 h$ 局|厅|委|部
95 h association|associations|chamber of commerce|chamber|federation|society|guild
92 h council|ministry|government|municipal|municipality|bureau|commission|authority|customs|city of|development board|promotion agency|productivity council|bundesministerium
95 w foundation|union
S/T h organization|organisation
95 h^ verband|zentralverband|bundesverband|verein
L h^ messe
J h^ banque|banco|assicurazioni|versicherung
P h^ universität|universitat
Q h^ kliniken|klinik
T h* 联合国|世界银行|国际货币基金组织|世界卫生组织|世界贸易组织|国际劳工组织|粮食及农业组织|国际红十字委员会|国际电信联盟|上海合作组织|欧洲联盟|欧盟驻华|亚洲开发银行|亚洲基础设施投资银行|新开发银行|大使馆|使馆|领事馆|总领事馆|国际竹藤组织|国际组织|国际金融公司|联合国工业发展组织|驻华使馆
T h* united nations|UNICEF|UNDP|UNESCO|UNIDO|world bank|international monetary fund|world health organization|world trade organization|international labour organization|international labor organization|asian development bank|asian infrastructure investment bank|new development bank|international finance corporation|delegation of the european union|european union delegation|embassy|consulate|consulate general|OECD|international committee of the red cross
B/C/D o 能源|新能源|绿能|绿色能源|能源技术|能源开发|能源发展|energy|power|solar|wind
3825/4416 o 太阳能
3415/4415 o 风电|风能
- g$ 社|总社|所|院|馆|处|站
- g 开采|采选|洗选|科技|技术|高科技|高新技术|高新|高科|实业|发展|产业|投资|投资发展|投资控股|控股|国际|集团|股份|企业|创新|智能|智慧|数字|数智|新|联合|开发|管理|服务|经营|创业|资源|系统|方案|集成|环球|全球|世纪|中国|中华|有限|工贸|科工|动力|生物|生物科技|生物技术|生物工程|文化|文化科技|数字技术|智能科技|控制|智能控制|新能|中心|工作室|有限责任|代表处|办事处|合作|兴业|服务部|运营
- g technology|technologies|tech|systems|system|solutions|solution|digital|networks|network|holdings|holding|group|international|global|worldwide|enterprises|enterprise|ventures|partners|services|service|development|management|innovation|innovations|company|corporation|industries group|the|and|of|scientific|engineering|smart|intelligent|communications|healthineers|investment|investments
`;
