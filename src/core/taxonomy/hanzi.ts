/**
 * Traditional → simplified folding for matching, and simplified → traditional for showing place
 * names in zh-TW. Character pairs after OpenCC's tables (the standard traditional forms and the
 * Taiwan and Hong Kong variants), limited to the characters that occur in our place names,
 * industry keywords and the words the rules look for: folding other characters would change
 * nothing that is matched. Every pair maps one UTF-16 unit to one, so folded text keeps its
 * offsets. A keyword an organizer adds with other characters still works: keys are folded the
 * same way as text, so a traditional keyword matches traditional input; a simplified one matches
 * traditional input only once its characters' pairs are added here.
 *
 * Place names in zh-TW keep 台 (台州, 烟台 are written so in Taiwan too), 岩 (龍岩) and 昆 (昆玉);
 * only Taiwan itself is 臺灣, which the province table gives explicitly.
 */

/** Pairs "TS": a traditional character followed by its simplified form. */
const TRADITIONAL_TO_SIMPLIFIED =
  '壩坝 鈑钣 寶宝 報报 貝贝 備备 畢毕 邊边 變变 標标 錶表 別别 賓宾 濱滨 財财 採采 倉仓 滄沧 測测 產产 場场 車车 塵尘 齒齿 ' +
  '綢绸 廚厨 儲储 處处 觸触 傳传 牀床 創创 達达 貸贷 擔担 鄲郸 黨党 導导 島岛 燈灯 遞递 電电 調调 頂顶 東东 動动 斷断 鍛锻 ' +
  '頓顿 額额 兒儿 爾尔 發发 閥阀 飯饭 紡纺 廢废 豐丰 風风 峯峰 撫抚 婦妇 複复 復复 贛赣 岡冈 剛刚 鋼钢 崗岗 鞏巩 貢贡 構构 ' +
  '購购 顧顾 關关 觀观 館馆 廣广 矽硅 軌轨 貴贵 鍋锅 國国 過过 韓韩 漢汉 賀贺 鶴鹤 紅红 衚胡 滬沪 華华 劃划 懷怀 環环 黃黄 ' +
  '會会 繪绘 貨货 機机 雞鸡 積积 計计 記记 際际 劑剂 濟济 繼继 傢家 減减 檢检 簡简 膠胶 節节 結结 緊紧 錦锦 進进 晉晋 經经 ' +
  '荊荆 淨净 鏡镜 舊旧 據据 覺觉 開开 庫库 塊块 礦矿 崑昆 來来 萊莱 蘭兰 覽览 纜缆 勞劳 樂乐 類类 禮礼 裏里 裡里 鋰锂 麗丽 ' +
  '連连 聯联 鏈链 涼凉 樑梁 糧粮 輛辆 遼辽 療疗 獵猎 臨临 賃赁 嶺岭 領领 瀏浏 龍龙 隴陇 婁娄 樓楼 蘆芦 瀘泸 爐炉 魯鲁 陸陆 ' +
  '呂吕 鋁铝 綠绿 倫伦 輪轮 羅罗 鑼锣 絡络 馬马 瑪玛 碼码 邁迈 貿贸 門门 綿绵 緬缅 麪面 麵面 閩闽 納纳 腦脑 內内 釀酿 寧宁 ' +
  '紐纽 農农 盤盘 頻频 頗颇 齊齐 啓启 啟启 氣气 遷迁 潛潜 牆墙 橋桥 欽钦 氫氢 輕轻 慶庆 瓊琼 區区 驅驱 權权 饒饶 熱热 認认 ' +
  '絨绒 榮荣 軟软 薩萨 紗纱 廈厦 陝陕 紹绍 設设 瀋沈 審审 聲声 師师 獅狮 時时 識识 實实 視视 試试 飾饰 壽寿 輸输 屬属 術术 ' +
  '樹树 數数 雙双 稅税 順顺 絲丝 飼饲 蘇苏 肅肃 綏绥 隨随 縮缩 臺台 態态 鈦钛 體体 鐵铁 廳厅 衕同 銅铜 統统 頭头 圖图 塗涂 ' +
  '團团 託托 脫脱 灣湾 萬万 網网 維维 濰潍 衛卫 衞卫 溫温 聞闻 問问 撾挝 烏乌 汙污 無无 吳吴 蕪芜 務务 谿溪 錫锡 戲戏 峽峡 ' +
  '纖纤 鮮鲜 鹹咸 顯显 險险 縣县 線线 鄉乡 銷销 協协 興兴 鏽锈 許许 敘叙 敍叙 學学 詢询 訓训 訊讯 壓压 鴨鸭 亞亚 煙烟 巖岩 ' +
  '鹽盐 顏颜 彥彦 驗验 揚扬 陽阳 楊杨 養养 藥药 業业 葉叶 醫医 儀仪 義义 藝艺 議议 譯译 陰阴 銀银 飲饮 應应 鷹鹰 營营 郵邮 ' +
  '遊游 於于 餘余 娛娱 漁渔 與与 預预 員员 園园 圓圆 遠远 約约 嶽岳 粵粤 雲云 運运 雜杂 棗枣 則则 澤泽 責责 張张 長长 賬账 ' +
  '針针 診诊 鎮镇 徵征 證证 鄭郑 織织 職职 紙纸 誌志 製制 質质 鐘钟 鍾钟 種种 軸轴 諸诸 駐驻 築筑 鑄铸 專专 轉转 妝妆 莊庄 ' +
  '樁桩 裝装 壯壮 準准 諮咨 資资 總总 鄒邹';

/** Pairs "ST" for place names: simplified followed by the traditional form used in zh-TW. */
const PLACE_SIMPLIFIED_TO_TRADITIONAL =
  '庄莊 岛島 郸鄲 张張 沧滄 阳陽 长長 晋晉 运運 临臨 吕呂 头頭 乌烏 辽遼 尔爾 伦倫 贝貝 彦彥 兰蘭 兴興 锡錫 沈瀋 连連 抚撫 ' +
  '顺順 东東 锦錦 营營 盘盤 铁鐵 岭嶺 芦蘆 边邊 鲜鮮 滨濱 齐齊 鸡雞 鹤鶴 岗崗 双雙 鸭鴨 庆慶 绥綏 区區 无無 苏蘇 云雲 盐鹽 ' +
  '扬揚 镇鎮 迁遷 宁寧 温溫 绍紹 华華 丽麗 芜蕪 马馬 铜銅 黄黃 厦廈 门門 龙龍 乡鄉 鹰鷹 赣贛 饶饒 济濟 枣棗 烟煙 潍濰 泽澤 ' +
  '郑鄭 开開 顶頂 许許 峡峽 驻駐 汉漢 荆荊 冈岡 随隨 潜潛 农農 怀懷 娄婁 广廣 关關 远遠 钦欽 贵貴 贺賀 来來 宾賓 亚亞 琼瓊 ' +
  '万萬 县縣 迈邁 乐樂 贡貢 泸瀘 绵綿 内內 达達 资資 坝壩 凉涼 义義 毕畢 节節 红紅 壮壯 纳納 颇頗 萨薩 则則 宝寶 银銀 陇隴 ' +
  '树樹 吴吳 卫衛 鲁魯 玛瑪 图圖 杨楊 阴陰 仓倉 启啟 仪儀 征徵 邮郵 余餘 溪谿 诸諸 环環 狮獅 胶膠 莱萊 寿壽 邹鄒 荣榮 巩鞏 ' +
  '浏瀏 会會 陆陸 丰豐 罗羅 简簡';

function pairs(table: string): Map<string, string> {
  return new Map(table.split(' ').map((pair) => [pair.charAt(0), pair.charAt(1)]));
}

/** The tables as written, one token per pair, for checking that each token is one pair. */
export function hanziTables(): { traditionalToSimplified: string[]; placeSimplifiedToTraditional: string[] } {
  return { traditionalToSimplified: TRADITIONAL_TO_SIMPLIFIED.split(' '), placeSimplifiedToTraditional: PLACE_SIMPLIFIED_TO_TRADITIONAL.split(' ') };
}

const T2S = pairs(TRADITIONAL_TO_SIMPLIFIED);
const S2T = pairs(PLACE_SIMPLIFIED_TO_TRADITIONAL);
// One character class per table: most text has nothing to fold and is returned untouched.
const T2S_CHARS = new RegExp(`[${[...T2S.keys()].join('')}]`, 'g');
const S2T_CHARS = new RegExp(`[${[...S2T.keys()].join('')}]`, 'g');

/** Folds the traditional characters we match on to simplified; the length never changes. */
export function toSimplified(text: string): string {
  return text.replace(T2S_CHARS, (ch) => T2S.get(ch) ?? ch);
}

/** A Chinese place name as written in zh-TW ("广州市" → "廣州市"). */
export function placeNameToTraditional(name: string): string {
  return name.replace(S2T_CHARS, (ch) => S2T.get(ch) ?? ch);
}
