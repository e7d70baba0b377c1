/**
 * China's administrative divisions after GB/T 2260 《中华人民共和国行政区划代码》, at the level a
 * trade-show report needs: the 34 province-level divisions (23 provinces with Taiwan as GB/T 2260
 * lists it, 5 autonomous regions, 4 municipalities, 2 special administrative regions) and, under
 * each, its prefecture-level divisions (cities, prefectures, autonomous prefectures, leagues) —
 * for a municipality the municipality itself — plus the county-level cities and counties that
 * report directly to their province (省直辖县级行政区划), so every place on the mainland belongs to
 * exactly one "city" here.
 *
 * Codes are the six-digit GB/T 2260 codes as the Ministry of Civil Affairs keeps them up to date
 * (state of 2024: e.g. 莱芜 merged into 济南 in 2019, 毕节/铜仁/海东/日喀则/昌都/林芝/山南/那曲/吐鲁番/哈密
 * became cities). A municipality's "city" uses the code of its urban districts (110100 …), the
 * code GB/T 2260 gave 市辖区. Hong Kong, Macao and Taiwan have province codes only.
 *
 * Each city line: code, official name, the landline area code (长途区号, '-' where we do not know
 * it), the English name (Hanyu Pinyin, or the established English name where one is used
 * internationally, e.g. Harbin, Urumqi, Lhasa), and a short name where dropping 市/地区/盟/县 does not
 * give it (autonomous prefectures). Area codes follow the numbering plan after the mergers of
 * local networks (开封→0371; 抚顺/本溪/铁岭→024; 咸阳→029; 株洲/湘潭→0731; 遵义/安顺→0851;
 * 眉山/资阳→028), checked against the validity rules libphonenumber applies to Chinese numbers.
 * Names and codes are facts from the standard, written out here by us.
 */
import { placeNameToTraditional } from './hanzi';
import { label, type LocalisedLabel } from './labels';

export type ProvinceKind = 'province' | 'autonomous_region' | 'municipality' | 'sar';
/** ISO 3166-1 alpha-2 code a province-level division is reported under. */
export type ChinaIsoCountry = 'CN' | 'HK' | 'MO' | 'TW';

export interface Province {
  code: string;
  labels: LocalisedLabel;
  /** The name without 省/市/自治区/特别行政区, as people write it ("广东", "内蒙古", "香港"). */
  short: string;
  kind: ProvinceKind;
  country: ChinaIsoCountry;
  /** One-character abbreviations (简称), accepted only as a whole declared value. */
  abbreviations: readonly string[];
}

function province(code: string, zhCN: string, zhTW: string, en: string, short: string, kind: ProvinceKind, abbreviations: string, country: ChinaIsoCountry = 'CN'): Province {
  return { code, labels: label(zhCN, zhTW, en), short, kind, country, abbreviations: [...abbreviations] };
}

export const PROVINCES: readonly Province[] = [
  province('110000', '北京市', '北京市', 'Beijing', '北京', 'municipality', '京'),
  province('120000', '天津市', '天津市', 'Tianjin', '天津', 'municipality', '津'),
  province('130000', '河北省', '河北省', 'Hebei', '河北', 'province', '冀'),
  province('140000', '山西省', '山西省', 'Shanxi', '山西', 'province', '晋'),
  province('150000', '内蒙古自治区', '內蒙古自治區', 'Inner Mongolia', '内蒙古', 'autonomous_region', '蒙'),
  province('210000', '辽宁省', '遼寧省', 'Liaoning', '辽宁', 'province', '辽'),
  province('220000', '吉林省', '吉林省', 'Jilin', '吉林', 'province', '吉'),
  province('230000', '黑龙江省', '黑龍江省', 'Heilongjiang', '黑龙江', 'province', '黑'),
  province('310000', '上海市', '上海市', 'Shanghai', '上海', 'municipality', '沪'),
  province('320000', '江苏省', '江蘇省', 'Jiangsu', '江苏', 'province', '苏'),
  province('330000', '浙江省', '浙江省', 'Zhejiang', '浙江', 'province', '浙'),
  province('340000', '安徽省', '安徽省', 'Anhui', '安徽', 'province', '皖'),
  province('350000', '福建省', '福建省', 'Fujian', '福建', 'province', '闽'),
  province('360000', '江西省', '江西省', 'Jiangxi', '江西', 'province', '赣'),
  province('370000', '山东省', '山東省', 'Shandong', '山东', 'province', '鲁'),
  province('410000', '河南省', '河南省', 'Henan', '河南', 'province', '豫'),
  province('420000', '湖北省', '湖北省', 'Hubei', '湖北', 'province', '鄂'),
  province('430000', '湖南省', '湖南省', 'Hunan', '湖南', 'province', '湘'),
  province('440000', '广东省', '廣東省', 'Guangdong', '广东', 'province', '粤'),
  province('450000', '广西壮族自治区', '廣西壯族自治區', 'Guangxi', '广西', 'autonomous_region', '桂'),
  province('460000', '海南省', '海南省', 'Hainan', '海南', 'province', '琼'),
  province('500000', '重庆市', '重慶市', 'Chongqing', '重庆', 'municipality', '渝'),
  province('510000', '四川省', '四川省', 'Sichuan', '四川', 'province', '川蜀'),
  province('520000', '贵州省', '貴州省', 'Guizhou', '贵州', 'province', '黔贵'),
  province('530000', '云南省', '雲南省', 'Yunnan', '云南', 'province', '滇云'),
  province('540000', '西藏自治区', '西藏自治區', 'Xizang (Tibet)', '西藏', 'autonomous_region', '藏'),
  province('610000', '陕西省', '陝西省', 'Shaanxi', '陕西', 'province', '陕秦'),
  province('620000', '甘肃省', '甘肅省', 'Gansu', '甘肃', 'province', '甘陇'),
  province('630000', '青海省', '青海省', 'Qinghai', '青海', 'province', '青'),
  province('640000', '宁夏回族自治区', '寧夏回族自治區', 'Ningxia', '宁夏', 'autonomous_region', '宁'),
  province('650000', '新疆维吾尔自治区', '新疆維吾爾自治區', 'Xinjiang', '新疆', 'autonomous_region', '新'),
  province('710000', '台湾省', '臺灣省', 'Taiwan', '台湾', 'province', '台', 'TW'),
  province('810000', '香港特别行政区', '香港特別行政區', 'Hong Kong', '香港', 'sar', '港', 'HK'),
  province('820000', '澳门特别行政区', '澳門特別行政區', 'Macao', '澳门', 'sar', '澳', 'MO'),
];

/** code name areaCode English [short] */
const CITY_TABLE = `
  110100 北京市 010 Beijing
  120100 天津市 022 Tianjin
  130100 石家庄市 0311 Shijiazhuang
  130200 唐山市 0315 Tangshan
  130300 秦皇岛市 0335 Qinhuangdao
  130400 邯郸市 0310 Handan
  130500 邢台市 0319 Xingtai
  130600 保定市 0312 Baoding
  130700 张家口市 0313 Zhangjiakou
  130800 承德市 0314 Chengde
  130900 沧州市 0317 Cangzhou
  131000 廊坊市 0316 Langfang
  131100 衡水市 0318 Hengshui
  140100 太原市 0351 Taiyuan
  140200 大同市 0352 Datong
  140300 阳泉市 0353 Yangquan
  140400 长治市 0355 Changzhi
  140500 晋城市 0356 Jincheng
  140600 朔州市 0349 Shuozhou
  140700 晋中市 0354 Jinzhong
  140800 运城市 0359 Yuncheng
  140900 忻州市 0350 Xinzhou
  141000 临汾市 0357 Linfen
  141100 吕梁市 0358 Lüliang
  150100 呼和浩特市 0471 Hohhot
  150200 包头市 0472 Baotou
  150300 乌海市 0473 Wuhai
  150400 赤峰市 0476 Chifeng
  150500 通辽市 0475 Tongliao
  150600 鄂尔多斯市 0477 Ordos
  150700 呼伦贝尔市 0470 Hulunbuir
  150800 巴彦淖尔市 0478 Bayannur
  150900 乌兰察布市 0474 Ulanqab
  152200 兴安盟 0482 Hinggan
  152500 锡林郭勒盟 0479 Xilingol
  152900 阿拉善盟 0483 Alxa
  210100 沈阳市 024 Shenyang
  210200 大连市 0411 Dalian
  210300 鞍山市 0412 Anshan
  210400 抚顺市 024 Fushun
  210500 本溪市 024 Benxi
  210600 丹东市 0415 Dandong
  210700 锦州市 0416 Jinzhou
  210800 营口市 0417 Yingkou
  210900 阜新市 0418 Fuxin
  211000 辽阳市 0419 Liaoyang
  211100 盘锦市 0427 Panjin
  211200 铁岭市 024 Tieling
  211300 朝阳市 0421 Chaoyang
  211400 葫芦岛市 0429 Huludao
  220100 长春市 0431 Changchun
  220200 吉林市 0432 Jilin
  220300 四平市 0434 Siping
  220400 辽源市 0437 Liaoyuan
  220500 通化市 0435 Tonghua
  220600 白山市 0439 Baishan
  220700 松原市 0438 Songyuan
  220800 白城市 0436 Baicheng
  222400 延边朝鲜族自治州 0433 Yanbian 延边
  230100 哈尔滨市 0451 Harbin
  230200 齐齐哈尔市 0452 Qiqihar
  230300 鸡西市 0467 Jixi
  230400 鹤岗市 0468 Hegang
  230500 双鸭山市 0469 Shuangyashan
  230600 大庆市 0459 Daqing
  230700 伊春市 0458 Yichun
  230800 佳木斯市 0454 Jiamusi
  230900 七台河市 0464 Qitaihe
  231000 牡丹江市 0453 Mudanjiang
  231100 黑河市 0456 Heihe
  231200 绥化市 0455 Suihua
  232700 大兴安岭地区 0457 Da_Hinggan_Ling
  310100 上海市 021 Shanghai
  320100 南京市 025 Nanjing
  320200 无锡市 0510 Wuxi
  320300 徐州市 0516 Xuzhou
  320400 常州市 0519 Changzhou
  320500 苏州市 0512 Suzhou
  320600 南通市 0513 Nantong
  320700 连云港市 0518 Lianyungang
  320800 淮安市 0517 Huai'an
  320900 盐城市 0515 Yancheng
  321000 扬州市 0514 Yangzhou
  321100 镇江市 0511 Zhenjiang
  321200 泰州市 0523 Taizhou
  321300 宿迁市 0527 Suqian
  330100 杭州市 0571 Hangzhou
  330200 宁波市 0574 Ningbo
  330300 温州市 0577 Wenzhou
  330400 嘉兴市 0573 Jiaxing
  330500 湖州市 0572 Huzhou
  330600 绍兴市 0575 Shaoxing
  330700 金华市 0579 Jinhua
  330800 衢州市 0570 Quzhou
  330900 舟山市 0580 Zhoushan
  331000 台州市 0576 Taizhou
  331100 丽水市 0578 Lishui
  340100 合肥市 0551 Hefei
  340200 芜湖市 0553 Wuhu
  340300 蚌埠市 0552 Bengbu
  340400 淮南市 0554 Huainan
  340500 马鞍山市 0555 Ma'anshan
  340600 淮北市 0561 Huaibei
  340700 铜陵市 0562 Tongling
  340800 安庆市 0556 Anqing
  341000 黄山市 0559 Huangshan
  341100 滁州市 0550 Chuzhou
  341200 阜阳市 0558 Fuyang
  341300 宿州市 0557 Suzhou
  341500 六安市 0564 Lu'an
  341600 亳州市 0558 Bozhou
  341700 池州市 0566 Chizhou
  341800 宣城市 0563 Xuancheng
  350100 福州市 0591 Fuzhou
  350200 厦门市 0592 Xiamen
  350300 莆田市 0594 Putian
  350400 三明市 0598 Sanming
  350500 泉州市 0595 Quanzhou
  350600 漳州市 0596 Zhangzhou
  350700 南平市 0599 Nanping
  350800 龙岩市 0597 Longyan
  350900 宁德市 0593 Ningde
  360100 南昌市 0791 Nanchang
  360200 景德镇市 0798 Jingdezhen
  360300 萍乡市 0799 Pingxiang
  360400 九江市 0792 Jiujiang
  360500 新余市 0790 Xinyu
  360600 鹰潭市 0701 Yingtan
  360700 赣州市 0797 Ganzhou
  360800 吉安市 0796 Ji'an
  360900 宜春市 0795 Yichun
  361000 抚州市 0794 Fuzhou
  361100 上饶市 0793 Shangrao
  370100 济南市 0531 Jinan
  370200 青岛市 0532 Qingdao
  370300 淄博市 0533 Zibo
  370400 枣庄市 0632 Zaozhuang
  370500 东营市 0546 Dongying
  370600 烟台市 0535 Yantai
  370700 潍坊市 0536 Weifang
  370800 济宁市 0537 Jining
  370900 泰安市 0538 Tai'an
  371000 威海市 0631 Weihai
  371100 日照市 0633 Rizhao
  371300 临沂市 0539 Linyi
  371400 德州市 0534 Dezhou
  371500 聊城市 0635 Liaocheng
  371600 滨州市 0543 Binzhou
  371700 菏泽市 0530 Heze
  410100 郑州市 0371 Zhengzhou
  410200 开封市 0371 Kaifeng
  410300 洛阳市 0379 Luoyang
  410400 平顶山市 0375 Pingdingshan
  410500 安阳市 0372 Anyang
  410600 鹤壁市 0392 Hebi
  410700 新乡市 0373 Xinxiang
  410800 焦作市 0391 Jiaozuo
  410900 濮阳市 0393 Puyang
  411000 许昌市 0374 Xuchang
  411100 漯河市 0395 Luohe
  411200 三门峡市 0398 Sanmenxia
  411300 南阳市 0377 Nanyang
  411400 商丘市 0370 Shangqiu
  411500 信阳市 0376 Xinyang
  411600 周口市 0394 Zhoukou
  411700 驻马店市 0396 Zhumadian
  419001 济源市 0391 Jiyuan
  420100 武汉市 027 Wuhan
  420200 黄石市 0714 Huangshi
  420300 十堰市 0719 Shiyan
  420500 宜昌市 0717 Yichang
  420600 襄阳市 0710 Xiangyang
  420700 鄂州市 0711 Ezhou
  420800 荆门市 0724 Jingmen
  420900 孝感市 0712 Xiaogan
  421000 荆州市 0716 Jingzhou
  421100 黄冈市 0713 Huanggang
  421200 咸宁市 0715 Xianning
  421300 随州市 0722 Suizhou
  422800 恩施土家族苗族自治州 0718 Enshi 恩施
  429004 仙桃市 0728 Xiantao
  429005 潜江市 0728 Qianjiang
  429006 天门市 0728 Tianmen
  429021 神农架林区 0719 Shennongjia
  430100 长沙市 0731 Changsha
  430200 株洲市 0731 Zhuzhou
  430300 湘潭市 0731 Xiangtan
  430400 衡阳市 0734 Hengyang
  430500 邵阳市 0739 Shaoyang
  430600 岳阳市 0730 Yueyang
  430700 常德市 0736 Changde
  430800 张家界市 0744 Zhangjiajie
  430900 益阳市 0737 Yiyang
  431000 郴州市 0735 Chenzhou
  431100 永州市 0746 Yongzhou
  431200 怀化市 0745 Huaihua
  431300 娄底市 0738 Loudi
  433100 湘西土家族苗族自治州 0743 Xiangxi 湘西
  440100 广州市 020 Guangzhou
  440200 韶关市 0751 Shaoguan
  440300 深圳市 0755 Shenzhen
  440400 珠海市 0756 Zhuhai
  440500 汕头市 0754 Shantou
  440600 佛山市 0757 Foshan
  440700 江门市 0750 Jiangmen
  440800 湛江市 0759 Zhanjiang
  440900 茂名市 0668 Maoming
  441200 肇庆市 0758 Zhaoqing
  441300 惠州市 0752 Huizhou
  441400 梅州市 0753 Meizhou
  441500 汕尾市 0660 Shanwei
  441600 河源市 0762 Heyuan
  441700 阳江市 0662 Yangjiang
  441800 清远市 0763 Qingyuan
  441900 东莞市 0769 Dongguan
  442000 中山市 0760 Zhongshan
  445100 潮州市 0768 Chaozhou
  445200 揭阳市 0663 Jieyang
  445300 云浮市 0766 Yunfu
  450100 南宁市 0771 Nanning
  450200 柳州市 0772 Liuzhou
  450300 桂林市 0773 Guilin
  450400 梧州市 0774 Wuzhou
  450500 北海市 0779 Beihai
  450600 防城港市 0770 Fangchenggang
  450700 钦州市 0777 Qinzhou
  450800 贵港市 0775 Guigang
  450900 玉林市 0775 Yulin
  451000 百色市 0776 Baise
  451100 贺州市 0774 Hezhou
  451200 河池市 0778 Hechi
  451300 来宾市 0772 Laibin
  451400 崇左市 0771 Chongzuo
  460100 海口市 0898 Haikou
  460200 三亚市 0898 Sanya
  460300 三沙市 0898 Sansha
  460400 儋州市 0898 Danzhou
  469001 五指山市 0898 Wuzhishan
  469002 琼海市 0898 Qionghai
  469005 文昌市 0898 Wenchang
  469006 万宁市 0898 Wanning
  469007 东方市 0898 Dongfang
  469021 定安县 0898 Ding'an
  469022 屯昌县 0898 Tunchang
  469023 澄迈县 0898 Chengmai
  469024 临高县 0898 Lingao
  469025 白沙黎族自治县 0898 Baisha 白沙
  469026 昌江黎族自治县 0898 Changjiang 昌江
  469027 乐东黎族自治县 0898 Ledong 乐东
  469028 陵水黎族自治县 0898 Lingshui 陵水
  469029 保亭黎族苗族自治县 0898 Baoting 保亭
  469030 琼中黎族苗族自治县 0898 Qiongzhong 琼中
  500100 重庆市 023 Chongqing
  510100 成都市 028 Chengdu
  510300 自贡市 0813 Zigong
  510400 攀枝花市 0812 Panzhihua
  510500 泸州市 0830 Luzhou
  510600 德阳市 0838 Deyang
  510700 绵阳市 0816 Mianyang
  510800 广元市 0839 Guangyuan
  510900 遂宁市 0825 Suining
  511000 内江市 0832 Neijiang
  511100 乐山市 0833 Leshan
  511300 南充市 0817 Nanchong
  511400 眉山市 028 Meishan
  511500 宜宾市 0831 Yibin
  511600 广安市 0826 Guang'an
  511700 达州市 0818 Dazhou
  511800 雅安市 0835 Ya'an
  511900 巴中市 0827 Bazhong
  512000 资阳市 028 Ziyang
  513200 阿坝藏族羌族自治州 0837 Ngawa 阿坝
  513300 甘孜藏族自治州 0836 Garze 甘孜
  513400 凉山彝族自治州 0834 Liangshan 凉山
  520100 贵阳市 0851 Guiyang
  520200 六盘水市 0858 Liupanshui
  520300 遵义市 0851 Zunyi
  520400 安顺市 0851 Anshun
  520500 毕节市 0857 Bijie
  520600 铜仁市 0856 Tongren
  522300 黔西南布依族苗族自治州 0859 Qianxinan 黔西南
  522600 黔东南苗族侗族自治州 0855 Qiandongnan 黔东南
  522700 黔南布依族苗族自治州 0854 Qiannan 黔南
  530100 昆明市 0871 Kunming
  530300 曲靖市 0874 Qujing
  530400 玉溪市 0877 Yuxi
  530500 保山市 0875 Baoshan
  530600 昭通市 0870 Zhaotong
  530700 丽江市 0888 Lijiang
  530800 普洱市 0879 Pu'er
  530900 临沧市 0883 Lincang
  532300 楚雄彝族自治州 0878 Chuxiong 楚雄
  532500 红河哈尼族彝族自治州 0873 Honghe 红河
  532600 文山壮族苗族自治州 0876 Wenshan 文山
  532800 西双版纳傣族自治州 0691 Xishuangbanna 西双版纳
  532900 大理白族自治州 0872 Dali 大理
  533100 德宏傣族景颇族自治州 0692 Dehong 德宏
  533300 怒江傈僳族自治州 0886 Nujiang 怒江
  533400 迪庆藏族自治州 0887 Diqing 迪庆
  540100 拉萨市 0891 Lhasa
  540200 日喀则市 0892 Shigatse
  540300 昌都市 0895 Chamdo
  540400 林芝市 0894 Nyingchi
  540500 山南市 0893 Shannan
  540600 那曲市 0896 Nagqu
  542500 阿里地区 0897 Ngari
  610100 西安市 029 Xi'an
  610200 铜川市 0919 Tongchuan
  610300 宝鸡市 0917 Baoji
  610400 咸阳市 029 Xianyang
  610500 渭南市 0913 Weinan
  610600 延安市 0911 Yan'an
  610700 汉中市 0916 Hanzhong
  610800 榆林市 0912 Yulin
  610900 安康市 0915 Ankang
  611000 商洛市 0914 Shangluo
  620100 兰州市 0931 Lanzhou
  620200 嘉峪关市 0937 Jiayuguan
  620300 金昌市 0935 Jinchang
  620400 白银市 0943 Baiyin
  620500 天水市 0938 Tianshui
  620600 武威市 0935 Wuwei
  620700 张掖市 0936 Zhangye
  620800 平凉市 0933 Pingliang
  620900 酒泉市 0937 Jiuquan
  621000 庆阳市 0934 Qingyang
  621100 定西市 0932 Dingxi
  621200 陇南市 0939 Longnan
  622900 临夏回族自治州 0930 Linxia 临夏
  623000 甘南藏族自治州 0941 Gannan 甘南
  630100 西宁市 0971 Xining
  630200 海东市 0972 Haidong
  632200 海北藏族自治州 0970 Haibei 海北
  632300 黄南藏族自治州 0973 Huangnan 黄南
  632500 海南藏族自治州 0974 Hainan 海南
  632600 果洛藏族自治州 0975 Golog 果洛
  632700 玉树藏族自治州 0976 Yushu 玉树
  632800 海西蒙古族藏族自治州 0977 Haixi 海西
  640100 银川市 0951 Yinchuan
  640200 石嘴山市 0952 Shizuishan
  640300 吴忠市 0953 Wuzhong
  640400 固原市 0954 Guyuan
  640500 中卫市 0955 Zhongwei
  650100 乌鲁木齐市 0991 Urumqi
  650200 克拉玛依市 0990 Karamay
  650400 吐鲁番市 0995 Turpan
  650500 哈密市 0902 Hami
  652300 昌吉回族自治州 0994 Changji 昌吉
  652700 博尔塔拉蒙古自治州 0909 Bortala 博尔塔拉
  652800 巴音郭楞蒙古自治州 0996 Bayingolin 巴音郭楞
  652900 阿克苏地区 0997 Aksu
  653000 克孜勒苏柯尔克孜自治州 0908 Kizilsu 克孜勒苏
  653100 喀什地区 0998 Kashgar
  653200 和田地区 0903 Hotan
  654000 伊犁哈萨克自治州 0999 Ili 伊犁
  654200 塔城地区 0901 Tacheng
  654300 阿勒泰地区 0906 Altay
  659001 石河子市 0993 Shihezi
  659002 阿拉尔市 - Aral
  659003 图木舒克市 - Tumxuk
  659004 五家渠市 - Wujiaqu
  659005 北屯市 - Beitun
  659006 铁门关市 - Tiemenguan
  659007 双河市 - Shuanghe
  659008 可克达拉市 - Kokdala
  659009 昆玉市 - Kunyu
  659010 胡杨河市 - Huyanghe
  659011 新星市 - Xinxing
  659012 白杨市 - Baiyang
`;

export type CityLevel = 'municipality' | 'prefecture' | 'county';

export interface City {
  code: string;
  /** Province-level code: the first two digits followed by 0000. */
  province: string;
  name: string;
  short: string;
  en: string;
  /** Landline area code with its leading 0, or null. Several cities may share one. */
  areaCode: string | null;
  level: CityLevel;
}

const MUNICIPALITY_CITIES = new Set(['110100', '120100', '310100', '500100']);

function parseCities(table: string): City[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [code = '', name = '', area = '-', en = '', short] = line.trim().split(' ');
      return {
        code,
        province: `${code.slice(0, 2)}0000`,
        name,
        short: short ?? name.replace(/(市|地区|盟|林区|县)$/, ''),
        en: en.replace(/_/g, ' '),
        areaCode: area === '-' ? null : area,
        level: MUNICIPALITY_CITIES.has(code) ? 'municipality' : code.endsWith('00') ? 'prefecture' : 'county',
      };
    });
}

export const CITIES: readonly City[] = parseCities(CITY_TABLE);

/**
 * Well-known county-level cities under a prefecture, which addresses often name without their
 * prefecture ("江苏昆山", "浙江义乌"). Only the prefecture is reported: GB/T code of the
 * county-level city, from which the prefecture code follows (first four digits + 00).
 */
export const COUNTY_LEVEL_CITIES = `
130181 辛集 130283 迁安 130481 武安 130681 涿州 130682 定州 130982 任丘 131081 霸州 131082 三河
320281 江阴 320282 宜兴 320381 新沂 320382 邳州 320481 溧阳 320581 常熟 320582 张家港 320583 昆山
320585 太仓 320681 启东 320682 如皋 320685 海安 320981 东台 321081 仪征 321084 高邮 321181 丹阳
321183 句容 321281 兴化 321282 靖江 321283 泰兴 330182 建德 330281 余姚 330282 慈溪 330381 瑞安
330382 乐清 330481 海宁 330482 平湖 330483 桐乡 330681 诸暨 330683 嵊州 330781 兰溪 330782 义乌
330783 东阳 330784 永康 331081 温岭 331082 临海 331083 玉环 350181 福清 350581 石狮 350582 晋江
350583 南安 350782 武夷山 360781 瑞金 370281 胶州 370283 平度 370285 莱西 370481 滕州 370681 龙口
370683 莱州 370685 招远 370781 青州 370782 诸城 370783 寿光 370881 曲阜 370883 邹城 371082 荣成
410181 巩义 410184 新郑 411081 禹州 411082 长葛 420281 大冶 430181 浏阳 430281 醴陵 440281 乐昌
440282 南雄 440781 台山 440783 开平 440784 鹤山 440785 恩平 440881 廉江 440882 雷州 440883 吴川
440981 高州 440982 化州 440983 信宜 441284 四会 441481 兴宁 441581 陆丰 441781 阳春 441881 英德
445281 普宁 445381 罗定 510181 都江堰 510185 简阳 510681 广汉 510781 江油
`
  .trim()
  .split(/\s+/)
  .reduce<Array<{ code: string; name: string; prefecture: string }>>((acc, token, i, all) => {
    if (i % 2 === 0) acc.push({ code: token, name: all[i + 1] ?? '', prefecture: `${token.slice(0, 4)}00` });
    return acc;
  }, []);

/**
 * Districts of Hong Kong and Macao and cities of Taiwan that addresses name without the region,
 * mapped to the province-level code. Only names that do not also name a mainland place: not
 * 九龙 (重庆九龙坡区) nor 桃园/Taoyuan (桃园街道 and 桃源县 are everywhere).
 */
export const REGION_PLACE_NAMES: Readonly<Record<string, readonly string[]>> = {
  '810000': ['新界', '香港岛', '港岛', '尖沙咀', '旺角', '铜锣湾', '观塘', '荃湾', 'Kowloon', 'New Territories', 'Hong Kong Island', 'Tsim Sha Tsui', 'Mong Kok', 'Causeway Bay', 'Kwun Tong', 'Tsuen Wan', 'Wan Chai'],
  '820000': ['氹仔', '凼仔', '路环', '路氹', 'Taipa', 'Coloane', 'Cotai'],
  '710000': ['台北', '新北', '台中', '台南', '高雄', '新竹', '基隆', '嘉义', 'Taipei', 'New Taipei', 'Taichung', 'Tainan', 'Kaohsiung', 'Hsinchu', 'Keelung', 'Chiayi'],
};

const PROVINCE_BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));
const CITY_BY_CODE = new Map(CITIES.map((c) => [c.code, c]));

export function provinceByCode(code: string): Province | undefined {
  return PROVINCE_BY_CODE.get(code);
}

export function cityByCode(code: string): City | undefined {
  return CITY_BY_CODE.get(code);
}

export function citiesOf(provinceCode: string): City[] {
  return CITIES.filter((c) => c.province === provinceCode);
}

/** A city's name in the three languages (zh-TW converted character by character, see hanzi.ts). */
export function cityLabels(city: City): LocalisedLabel {
  return label(city.name, placeNameToTraditional(city.name), city.en);
}
