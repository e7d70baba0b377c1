/**
 * Vocabulary of business cards in Chinese and English: labels, company suffixes, job-title words,
 * address markers, common surnames. Kept apart from the parser so the rules read as rules.
 */

/** Labels in front of numbers. Single letters only count when followed by a separator and a number (see phoneLabelRe). */
export const MOBILE_LABELS = ['手机号码', '手機號碼', '移动电话号码', '手机', '手機', '移动电话', '移動電話', '行动电话', '行動電話', '手提', 'mobile phone', 'mobile', 'mob', 'cellphone', 'cell', 'handy', 'hp', 'm'];
export const FAX_LABELS = ['传真号码', '傳真號碼', '传真', '傳真', 'facsimile', 'fax', 'f'];
export const PHONE_LABELS = ['电话号码', '電話號碼', '公司电话', '公司電話', '电话', '電話', '座机', '座機', '总机', '總機', '直线', '直線', '办公电话', '辦公電話', 'telephone', 'phone', 'office', 'direct', 'tel', 'ph', 'off', 't', 'o', 'd', 'p'];

export type PhoneKind = 'mobile' | 'phone' | 'fax';

export const EMAIL_LABELS = ['公司邮箱', '公司郵箱', '电子邮箱', '電子郵箱', '电子邮件', '電子郵件', '邮箱', '郵箱', '电邮', '電郵', '邮件', '郵件', 'e-mail', 'email', 'mail', 'e'];
export const WEB_LABELS = ['公司网站', '公司網站', '公司网址', '公司網址', '网址', '網址', '网站', '網站', '主页', '主頁', 'website', 'web', 'url', 'www', 'w', 'http', 'https', 'homepage'];
export const ADDRESS_LABELS = ['通讯地址', '通訊地址', '公司地址', '地址', '地點', '地点', '住址', 'address', 'addr', 'add', 'adr', 'a'];
export const NAME_LABELS = ['姓名', 'name'];
export const COMPANY_LABELS = ['公司名称', '公司名稱', '公司', '单位', '單位', 'company', 'organization', 'org'];
export const TITLE_LABELS = ['职位', '職位', '职务', '職務', '头衔', '頭銜', 'title', 'position'];

/** Chinese organisation endings: a line ending in one of these names an organisation. */
export const ZH_COMPANY_SUFFIX =
  /(股份有限公司|有限责任公司|有限責任公司|有限公司|集团公司|集團公司|集团|集團|分公司|公司|研究院|研究所|设计院|設計院|事务所|事務所|工作室|商行|商贸|商貿|银行|銀行|医院|醫院|大学|大學|学院|學院|协会|協會|商会|商會|实验室|實驗室|厂|廠|株式会社|株式會社)$/;

/** English (and a few European) legal forms and organisation words. */
export const EN_COMPANY_SUFFIX =
  /(\bco(mpany)?\s*[.,]?\s*,?\s*(ltd|limited)\b\.?|\b(ltd|limited|gmbh|ag|inc|incorporated|corp|corporation|llc|l\.l\.c|llp|plc|pty|pte|s\.a|s\.r\.l|srl|b\.v|bv|n\.v|k\.k|oy|ab|as|a\/s|sarl|s\.p\.a|spa|kg|ohg|e\.k)\b\.?|\b(group|holdings|company|technologies|technology|industries|international|enterprises|solutions|systems|trading|electronics|manufacturing|laboratories|labs|university|institute|bank|associates|partners)\b\.?)\s*$/i;

/** A whole line that is only a legal form: the company name wrapped onto two lines ("Shenzhen Fast Tech" / "Co., Ltd."). */
export const COMPANY_SUFFIX_ONLY = /^(co\.?,?\s*(ltd|limited)\.?|company limited|ltd\.?|limited|inc\.?|gmbh|ag|plc|llc|corp\.?|corporation|有限公司|股份有限公司|有限责任公司|有限責任公司)$/i;

export const ZH_TITLE_WORDS =
  /((?:市场|市場|销售|銷售|采购|採購|技术|技術|研发|研發|财务|財務|人事|人力资源|人力資源|行政|项目|項目|产品|產品|区域|區域|客户|客戶|国际|國際|海外|外贸|外貿|业务|業務|运营|運營|品牌|质量|質量|生产|生產|工程|设计|設計|法务|法務|公关|公關|商务|商務|战略|戰略|投资|投資|大客户|大客戶)部?(?:总经理|總經理|副总经理|副總經理|经理|經理|总监|總監|副总监|副總監|主管|专员|專員|助理|工程师|工程師|代表|顾问|顧問)|董事长|董事長|副董事长|总经理|總經理|副总经理|副總經理|总裁|總裁|副总裁|副總裁|首席\S{0,4}官|经理|經理|总监|總監|主管|主任|工程师|工程師|设计师|設計師|顾问|顧問|专员|專員|代表|助理|秘书|秘書|总工|總工|厂长|廠長|院长|院長|所长|所長|教授|研究员|研究員|会计|會計|律师|律師|医生|醫生|主席|合伙人|合夥人|创始人|創始人|联合创始人|聯合創始人|负责人|負責人|采购|採購|销售|銷售|董事|部长|部長|科长|科長|处长|處長|组长|組長|店长|店長|总编|總編|编辑|編輯|记者|記者|业务员|業務員|技术员|技術員|架构师|架構師|分析师|分析師|主编|主編|执行官|執行官|ceo|cto|cfo|coo)/i;

export const EN_TITLE_WORDS =
  /\b(ceo|cto|cfo|coo|cmo|cio|vp|svp|evp|avp|president|vice[- ]president|director|manager|engineer|head|lead|chief|officer|consultant|specialist|representative|executive|assistant|coordinator|analyst|designer|architect|founder|co-founder|partner|chairman|chairwoman|chair|owner|supervisor|advisor|adviser|developer|scientist|professor|secretary|administrator|agent|associate|buyer|purchaser|accountant|editor|journalist|reporter|producer|principal|geschäftsführer|geschaftsfuhrer|leiter|vertrieb|sales|marketing|purchasing|procurement|business development|account|operations|intern|technician|controller|treasurer|counsel|attorney|lawyer|doctor|physician)\b/i;

/** Words that put a line in an address (Chinese administrative units and street words). */
export const ZH_ADDRESS_MARKERS = /(省|自治区|自治區|特别行政区|市|区|區|县|縣|镇|鎮|乡|鄉|村|路|街|道|大道|巷|弄|胡同|号|號|楼|樓|层|層|室|座|栋|棟|幢|单元|單元|园区|園區|大厦|大廈|广场|廣場|中心|工业区|工業區|开发区|開發區|新区|新區)/g;

export const EN_STREET_WORDS =
  /\b(street|st|road|rd|avenue|ave|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|highway|hwy|parkway|pkwy|square|sq|quay|wharf|mews|terrace|crescent|close|suite|ste|floor|fl|building|bldg|block|blk|room|rm|unit|tower|plaza|centre|center|park|estate|district|industrial|zone|po box|p\.o\. box|straße|strasse|str|platz|weg|allee|gasse|ring|damm|chome|ku|rue|via|calle)\b\.?/i;

export const COUNTRY_WORDS =
  /\b(china|p\.?\s?r\.?\s?china|prc|usa|u\.s\.a|united states|united kingdom|uk|scotland|england|wales|northern ireland|germany|deutschland|france|italy|spain|japan|korea|singapore|malaysia|thailand|vietnam|india|australia|canada|hong kong|hongkong|taiwan|macau|macao|netherlands|switzerland|sweden|austria|belgium|denmark|poland|brazil|mexico|russia|turkey|uae|dubai|indonesia|philippines|new zealand)\b/i;

/** Streets named by a suffix of the word itself (German, Dutch, Nordic): "Hauptstraße 175", "Keizersgracht 12". */
export const COMPOUND_STREET = /\p{L}{2,}(straße|strasse|str\.|weg|platz|allee|gasse|damm|ring|ufer|straat|gracht|laan|plein|gade|vej|gatan|vägen)\s*\d+/iu;

/** "San Francisco, CA 94103", "Berlin 10115", "10115 Berlin", "London SW1A 1AA", "Shenzhen 518057". */
export const EN_POSTAL_LINE = /(\b[A-Z]{2}\s+\d{5}(-\d{4})?\b)|(\b\d{4,6}\s+[A-Z][a-zäöüß]+)|([A-Za-z]\s*,?\s+\d{5,6}\b)|(\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b)/;

/** Common Chinese surnames (simplified and traditional), two-character ones first. */
export const COMPOUND_SURNAMES = ['欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容', '长孙', '長孫', '宇文', '司徒', '夏侯', '轩辕', '軒轅', '令狐', '端木', '南宫', '南宮', '西门', '西門'];
export const SURNAMES = new Set(
  (
    '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于於蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯' +
    '常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴蓬'
  ).split(''),
);
