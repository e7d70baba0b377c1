/**
 * The default show-specific industry list, written for a general industrial and electronics
 * trade fair. An event edits its own copy in the console; this is only where it starts.
 *
 * Every entry names one GB/T 4754-2017 section and one ISIC Rev.4 section (see
 * industrySections.ts). Entries are cut the way exhibitors and visitors describe themselves, not
 * the way the standards do, so several entries share section C and some entries cover only part
 * of a section; where an entry's activities straddle two sections it names the one most of its
 * companies fall in (noted below).
 *
 * Keywords drive the company-name rule (classify/industry.ts). They are written in simplified
 * Chinese and English; traditional input is folded to simplified before matching, and Taiwanese
 * vocabulary (软体, 资讯, 塑胶, 雷射 …) is listed where it differs. Syntax:
 * - `电子`   a keyword: the entry is a candidate when the name contains it;
 * - `~科技` a weak keyword: used only when no ordinary keyword matched anywhere in the name;
 * - `局$`   must end the name once the legal form (有限公司, Co., Ltd. …) is removed;
 * - `IT`    a keyword written in capitals matches case-sensitively (so "it" the word does not).
 */
import type { GbtSection, IsicSection } from './industrySections';
import { label, type LocalisedLabel } from './labels';

export interface IndustryEntry {
  id: string;
  labels: LocalisedLabel;
  /** null only for the catch-all "other" entry a visitor can pick. */
  gbt: GbtSection | null;
  isic: IsicSection | null;
  /**
   * The GB/T 4754 codes the entry covers (section letters, divisions, groups or classes): the
   * industry rule places a name whose trade it reads as code 3825 in the entry covering the
   * longest prefix of it. Lists saved before codes existed borrow the default entry's.
   */
  gbtCodes?: string[];
  keywords: string[];
}

function entry(id: string, labels: LocalisedLabel, gbt: GbtSection | null, isic: IsicSection | null, keywords: string): IndustryEntry {
  return { id, labels, gbt, isic, gbtCodes: [...(GBT_CODES[id] ?? [])], keywords: keywords ? keywords.split('|') : [] };
}

/**
 * The GB/T codes each entry covers: every section and every manufacturing division is reached by
 * exactly one entry, and a few groups and classes go to the entry that names them (medical
 * devices 358 to medical, not machinery; robots 3491 to automation; batteries 384 and photovoltaics
 * 3825 to new energy). Checked by tests/unit/core/classifyTaxonomyData.test.ts.
 */
const GBT_CODES: Readonly<Record<string, readonly string[]>> = {
  electronics: ['39'],
  electrical: ['38'],
  machinery: ['34', '35', '37', '43'],
  automation: ['3491', '401'],
  instruments: ['40'],
  automotive: ['36', '375', '376'],
  new_energy: ['384', '3825', '3415'],
  energy_utilities: ['D'],
  chemicals: ['25', '26', '28', '29', '30'],
  metals: ['31', '32', '33'],
  medical: ['27', '358'],
  healthcare: ['Q'],
  food: ['13', '14', '15', '16'],
  textiles: ['17', '18', '19'],
  light_industry: ['20', '21', '22', '23', '24', '41', '42'],
  construction: ['E'],
  ict: ['I'],
  trade: ['F'],
  logistics: ['G'],
  finance: ['J'],
  business_services: ['L'],
  research_testing: ['M'],
  education: ['P'],
  government: ['S'],
  associations: ['95'],
  media: ['R'],
  agriculture: ['A'],
  mining: ['B'],
  environment: ['N'],
  hospitality: ['H'],
  real_estate: ['K'],
  other: [],
  resident_services: ['O'],
  international: ['T'],
};

export const DEFAULT_INDUSTRIES: readonly IndustryEntry[] = [
  entry('electronics', label('电子信息与元器件', '電子資訊與元器件', 'Electronics and components'), 'C', 'C',
    '电子|微电子|光电|半导体|集成电路|积体电路|芯片|晶片|晶圆|元器件|电子元件|线路板|电路板|印制电路|电容|电阻|电感|连接器|传感器|感测器|显示|液晶|触控|数码|电声|射频|微波|电源|磁性材料|晶体|安防|电子材料|电力电子|智能硬件|' +
    'electronics|electronic|elektronik|semiconductor|semiconductors|microelectronics|optoelectronics|circuit|circuits|PCB|PCBA|chip|chips|display|displays|LED|sensor|sensors|connector|connectors|capacitor|capacitors|magnetics|RF|microwave|power supply|power supplies'),
  entry('electrical', label('电气设备与电工器材', '電氣設備與電工器材', 'Electrical equipment'), 'C', 'C',
    '电气|电工|电器|电机|马达|电缆|电线|线缆|开关|变压器|配电|输配电|低压电器|高压电器|断路器|继电器|照明|灯饰|灯具|家电|家用电器|电力设备|电力装备|' +
    'electrical|switchgear|cable|cables|wire|wires|transformer|transformers|lighting|lamps|appliance|appliances'),
  entry('machinery', label('机械装备', '機械裝備', 'Machinery and equipment'), 'C', 'C',
    '机械|机器|机床|机电|装备|重工|液压|气动|轴承|齿轮|阀门|阀业|泵业|泵阀|水泵|压缩机|风机|模具|刀具|磨具|磨料|起重|叉车|工程机械|农业机械|农机|包装机械|印刷机械|纺织机械|食品机械|塑料机械|橡塑机械|注塑机|焊接|激光|雷射|切割|锅炉|制冷|空压机|减速机|物流设备|物流装备|仓储设备|轨道交通装备|' +
    'machinery|machine|machines|machine tools|maschinenbau|hydraulic|hydraulics|pneumatic|pneumatics|bearing|bearings|gear|gears|gearbox|valve|valves|pump|pumps|compressor|compressors|mould|moulds|mold|molds|tooling|laser|lasers|welding|CNC|boiler|boilers|refrigeration|heavy industries'),
  entry('automation', label('工业自动化与机器人', '工業自動化與機器人', 'Industrial automation and robotics'), 'C', 'C',
    '自动化|机器人|工控|智能制造|智能装备|运动控制|伺服|变频器|数控系统|控制系统|机器视觉|工业互联网|PLC|' +
    'automation|automatisierung|robotics|robotik|robot|robots|robotic|antriebstechnik|motion control|servo|servos|drives|machine vision|mechatronics'),
  entry('instruments', label('仪器仪表与测量', '儀器儀表與量測', 'Instruments and measurement'), 'C', 'C',
    '仪器|仪表|测量|测控|分析仪|检测设备|检测仪器|测试仪|试验机|光学|量具|衡器|流量计|示波器|' +
    'instrument|instruments|instrumentation|measurement|measuring|messtechnik|optics|optical|analytical|test and measurement|test & measurement'),
  entry('automotive', label('汽车及零部件', '汽車及零部件', 'Automotive and parts'), 'C', 'C',
    '汽车|汽配|车业|车辆|客车|卡车|摩托|轮胎|车灯|新能源汽车|汽车零部件|汽车电子|电动车|整车|' +
    'automotive|auto|autoparts|auto parts|vehicle|vehicles|motor vehicle|motor vehicles|car|cars|truck|trucks|tyre|tyres|tire|tires'),
  entry('new_energy', label('新能源与储能', '新能源與儲能', 'New energy and storage'), 'C', 'C',
    '光伏|光能|太阳能|储能|锂电|锂电池|电池|动力电池|氢能|燃料电池|充电|充电桩|逆变器|' +
    'solar|photovoltaic|photovoltaics|PV|battery|batteries|energy storage|lithium|wind power|wind energy|hydrogen|fuel cell|fuel cells|charging'),
  entry('energy_utilities', label('电力、燃气与供水', '電力、燃氣與供水', 'Power, gas and water utilities'), 'D', 'D',
    '电力|供电|电网|发电|热电|核电|火电|燃气|天然气|热力|供热|供水|自来水|水务|' +
    'utilities|utility|electric power|power grid|power generation'),
  entry('chemicals', label('化工与材料', '化工與材料', 'Chemicals and materials'), 'C', 'C',
    '化工|化学|化学品|石化|石油化工|材料|新材料|高分子|塑料|塑胶|塑业|橡胶|涂料|油墨|油漆|树脂|胶粘|胶黏|粘合剂|化纤|助剂|颜料|染料|玻璃|陶瓷|建材|水泥|石材|复合材料|碳纤维|硅胶|有机硅|日化|化妆品|' +
    'chemical|chemicals|chemistry|chemie|materials|plastic|plastics|kunststoff|kunststoffe|polymer|polymers|rubber|coating|coatings|paint|paints|resin|resins|adhesive|adhesives|ink|inks|glass|ceramic|ceramics|cement|composite|composites|carbon fiber|carbon fibre|silicone|petrochemical|petrochemicals|cosmetics'),
  entry('metals', label('冶金与金属制品', '冶金與金屬製品', 'Metals and metal products'), 'C', 'C',
    '钢铁|钢材|钢管|特钢|不锈钢|金属|有色金属|冶金|铝业|铝材|铝合金|铜业|铜材|合金|五金|铸造|铸件|锻造|锻件|压铸|紧固件|标准件|螺丝|钣金|焊材|钛业|' +
    'steel|metal|metals|metallurgy|aluminium|aluminum|copper|alloy|alloys|casting|castings|foundry|forging|forgings|fastener|fasteners|hardware|stainless|die casting|sheet metal|titanium'),
  entry('medical', label('医药与医疗器械', '醫藥與醫療器材', 'Pharmaceuticals and medical devices'), 'C', 'C',
    '医药|药业|制药|药品|手术器械|生物医药|生物制药|医疗器械|医疗设备|医疗科技|诊断|试剂|基因|疫苗|中药|' +
    'pharma|pharmaceutical|pharmaceuticals|biotech|biotechnology|biosciences|life sciences|medical|meditech|medtech|medizintechnik|diagnostics|surgical|surgical instruments|medical instruments|medical devices|vaccines'),
  entry('healthcare', label('医疗卫生服务', '醫療衛生服務', 'Healthcare services'), 'Q', 'Q',
    '医院|诊所|卫生院|卫生服务|门诊|体检|疾控|疾病预防控制|妇幼保健|保健院|养老|' +
    'hospital|hospitals|clinic|clinics|medical center|medical centre|health system|nursing home|care home'),
  entry('food', label('食品饮料', '食品飲料', 'Food and beverages'), 'C', 'C',
    '食品|饮料|饮品|酒业|酿酒|白酒|啤酒|葡萄酒|乳业|乳品|奶业|粮油|面粉|米业|茶业|茶叶|肉业|肉类|调味|烘焙|糖业|保健品|饲料|' +
    'food|foods|beverage|beverages|drinks|dairy|brewery|brewing|winery|distillery|bakery|snacks|confectionery'),
  entry('textiles', label('纺织服装', '紡織服裝', 'Textiles and apparel'), 'C', 'C',
    '纺织|纺纱|织造|服装|服饰|制衣|时装|针织|面料|布业|家纺|丝绸|印染|鞋业|制鞋|皮革|皮具|箱包|羊绒|毛纺|内衣|' +
    'textile|textiles|apparel|garment|garments|fashion|clothing|knitting|knitwear|fabric|fabrics|footwear|shoes|leather|silk|denim|yarn|yarns'),
  entry('light_industry', label('轻工、包装与印刷', '輕工、包裝與印刷', 'Light industry, packaging and printing'), 'C', 'C',
    '包装|包装材料|印刷|纸业|造纸|纸品|家具|玩具|文具|工艺品|礼品|日用品|卫浴|厨具|厨卫|体育用品|乐器|钟表|眼镜|' +
    'packaging|printing|paper|furniture|toys|stationery|gifts|crafts|household|homeware|kitchenware|sanitary ware|sporting goods|musical instruments|watches|eyewear'),
  entry('construction', label('建筑与工程', '建築與工程', 'Construction and engineering'), 'E', 'F',
    '建筑|建设|建工|建安|工程局|装饰|装修|装潢|幕墙|门窗|路桥|桥梁|隧道|市政|钢结构|土木|房建|施工|基建|机电安装|设备安装|水利水电|' +
    'construction|builders|contractor|contractors|contracting|civil engineering|infrastructure|decoration|fit-out'),
  entry('ict', label('软件与信息技术服务', '軟體與資訊服務', 'Software and IT services'), 'I', 'J',
    '软件|软体|信息技术|信息科技|信息系统|资讯|资通讯|网络|网路|互联网|计算机|电脑|数据|大数据|云计算|人工智能|物联网|电信|系统集成|数字科技|信息化|游戏|区块链|' +
    'software|IT|information technology|cloud|telecom|telecoms|telecommunications|telecommunication|internet|AI|artificial intelligence|IoT|cyber|cybersecurity|infotech|computing|computer|computers'),
  // E-commerce is retail in both standards (GB/T 5292, ISIC 4791), not information services.
  entry('trade', label('贸易与分销（含电商）', '貿易與經銷（含電商）', 'Trade and distribution (incl. e-commerce)'), 'F', 'G',
    '贸易|商贸|经贸|进出口|外贸|国际贸易|商行|批发|零售|百货|超市|商场|购物|电子商务|电商|供销|经销|分销|商城|药房|大药房|药店|汽车销售|' +
    'trading|trade|import|imports|export|exports|retail|retailer|retailers|wholesale|wholesaler|distribution|distributor|distributors|e-commerce|ecommerce|supermarket|supermarkets|department store|sourcing|merchandise'),
  entry('logistics', label('交通运输与物流', '交通運輸與物流', 'Transport and logistics'), 'G', 'H',
    '物流|快递|快运|速运|速递|货运|运输|航运|海运|空运|船务|货代|国际货运代理|仓储|仓库|供应链|港口|港务|集装箱|邮政|客运|配送|冷链|报关|' +
    'logistics|logistik|shipping|freight|express|courier|cargo|transport|transportation|forwarding|forwarder|forwarders|warehousing|warehouse|supply chain|airline|airlines|airways|port|ports|postal|delivery'),
  entry('finance', label('金融与保险', '金融與保險', 'Finance and insurance'), 'J', 'K',
    '银行|证券|保险|基金|信托|期货|金融|资产管理|融资租赁|担保|小额贷款|支付|财富管理|创投|风投|股权投资|' +
    'bank|banking|securities|insurance|assurance|finance|financial|fund|funds|asset management|wealth|payments|fintech'),
  // GB/T L is ISIC N for leasing, HR, security, exhibitions and travel, but M for consulting, legal,
  // accounting and advertising; N is named as the section of the larger part (see industrySections.ts).
  entry('business_services', label('商务服务（咨询、会展、广告、法律、人力）', '商務服務（顧問、會展、廣告、法律、人力）', 'Business services (consulting, events, advertising, legal, HR)'), 'L', 'N',
    '咨询|顾问|管理咨询|企业管理|信息咨询|会展|展览|会议|广告|营销|策划|公关|人力资源|劳务|外包|律师事务所|律师|法律|会计师事务所|会计|税务师|审计|知识产权|专利|商标|代理记账|翻译|旅行社|租赁|保安|招聘|猎头|商务服务|' +
    'consulting|consultancy|consultants|advisory|advisors|exhibition|exhibitions|expo|events|conference|conferences|advertising|marketing|branding|public relations|human resources|HR|recruitment|staffing|outsourcing|law firm|lawyers|legal|solicitors|attorneys|accounting|accountants|audit|tax|CPA|patent|patents|intellectual property|translation|rental|leasing|security services'),
  entry('research_testing', label('科研、检测与技术服务', '科研、檢測與技術服務', 'Research, testing and technical services'), 'M', 'M',
    '研究院|研究所|研究中心|科学院|实验室|检测|检验|认证|计量|质检|标准化|设计院|勘察|勘测|测绘|工程技术|科技服务|技术转移|孵化器|工业设计|' +
    'research|institute|laboratory|laboratories|labs|testing|inspection|certification|metrology|calibration|R&D|standards|surveying|academy of sciences'),
  entry('education', label('教育与培训', '教育與培訓', 'Education and training'), 'P', 'P',
    '大学|学院|学校|职业技术学院|技师学院|中学|小学|幼儿园|教育|培训|职校|' +
    'university|college|school|education|educational|training|polytechnic|institute of technology'),
  entry('government', label('政府与公共机构', '政府與公共機構', 'Government and public bodies'), 'S', 'O',
    '政府|人民政府|管委会|管理委员会|海关|开发区|高新区|经开区|公安|法院|检察院|人大|政协|党委|委员会|局$|厅$|委$|部$|' +
    'government|ministry|municipal|municipality|bureau|commission|council|authority|administration|customs|department of|~agency'),
  entry('associations', label('行业协会与商会', '行業協會與商會', 'Associations and chambers'), 'S', 'S',
    '协会|商会|学会|联合会|促进会|联盟|研究会|同业公会|公会|基金会|贸促会|工商联|' +
    'association|associations|chamber of commerce|chamber|federation|society|alliance|foundation|guild'),
  // GB/T puts news, publishing and broadcasting in R; ISIC in J (58–60), which is where most of
  // this entry's visitors (trade press, publishers) fall.
  entry('media', label('媒体与出版', '媒體與出版', 'Media and publishing'), 'R', 'J',
    '传媒|媒体|文化传播|出版|出版社|报社|报业|日报|晚报|杂志|期刊|电视台|广播|电台|新闻|影视|娱乐|' +
    'media|publishing|publisher|publishers|magazine|magazines|news|newspaper|journal|broadcasting|television|TV|radio|film|films|studios|entertainment|~press|~sports'),
  entry('agriculture', label('农林牧渔', '農林牧漁', 'Agriculture, forestry and fishery'), 'A', 'A',
    '农业|农垦|农牧|牧业|畜牧|林业|渔业|养殖|种植|种业|种子|农场|果业|苗木|花卉|' +
    'agriculture|agricultural|agri|agro|farm|farms|farming|fisheries|fishery|aquaculture|seeds|livestock|poultry|forestry|plantation|plantations|horticulture'),
  entry('mining', label('采矿与油气开采', '採礦與油氣開採', 'Mining, oil and gas'), 'B', 'B',
    '矿业|矿产|采矿|煤矿|煤业|煤炭|油气|油田|采石|砂石|' +
    'mining|mines|minerals|mineral|coal|petroleum|oil and gas|oil & gas|oilfield|exploration|quarry|quarrying'),
  // GB/T N (ecology and environmental treatment); ISIC puts pollution treatment and recycling in E.
  entry('environment', label('环保与水处理', '環保與水處理', 'Environmental protection and water treatment'), 'N', 'E',
    '环保|环境|水处理|污水|净水|固废|危废|环卫|再生资源|资源回收|回收|废旧|生态|园林|绿化|除尘|脱硫|废气|' +
    'environmental|environment|water treatment|wastewater|waste|recycling|recycle|purification|cleantech|ecology|sanitation|landscaping'),
  entry('hospitality', label('酒店与餐饮', '酒店與餐飲', 'Hotels and catering'), 'H', 'I',
    '酒店|宾馆|饭店|大酒店|酒楼|餐饮|餐厅|旅馆|民宿|度假村|' +
    'hotel|hotels|resort|resorts|restaurant|restaurants|catering|hospitality|inn|cafe'),
  entry('real_estate', label('房地产', '房地產', 'Real estate'), 'K', 'L',
    '房地产|地产|置业|置地|物业|不动产|房产|' +
    'real estate|realty|properties|property|estates'),
  entry('resident_services', label('居民服务与维修', '居民服務與維修', 'Personal services and repair'), 'O', 'S',
    '家政|洗衣|美容美发|摄影|殡葬|汽车维修|家电维修|清洁|宠物|laundry|salon|funeral|repair services'),
  // Embassies and consulates are extraterritorial bodies like the international organisations:
  // GB/T 4754 section T, ISIC U.
  entry('international', label('国际组织与驻华机构', '國際組織與駐華機構', 'International organisations and foreign missions'), 'T', 'U',
    '大使馆|领事馆|总领事馆|国际组织|embassy|consulate|international organisation|international organization'),
  entry('other', label('其他', '其他', 'Other'), null, null, ''),
];
