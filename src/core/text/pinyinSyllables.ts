/**
 * Where the syllables of a name's pinyin begin ("zhangweiming" → 0, 5, 8), so that staff saying
 * one syllable of a name ("wei") find it at a syllable's start, and not inside another ("angw").
 * The server sends pinyin without separators (core/text/pinyin.ts); the desk cuts it again here,
 * into exactly as many syllables as the name has characters, which settles the few ambiguous cuts
 * (xian: 先 one syllable, 西安 two).
 */
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai ' +
    'chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo ' +
    'da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang ' +
    'fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao ' +
    'he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ' +
    'ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian ' +
    'liang liao lie lin ling liu lo long lou lu luan lue lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ' +
    'ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nuo nv nve ' +
    'o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu ' +
    'quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan ' +
    'shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai ' +
    'tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian ' +
    'xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan ' +
    'zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun ' +
    'zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);
const LONGEST = 6;

/**
 * The offsets where syllables start, cutting `pinyin` into `count` syllables when it can (else
 * into as few as it can); [0] when the text is not pinyin at all.
 */
export function syllableStarts(pinyin: string, count: number): number[] {
  if (!pinyin) return [];
  return cut(pinyin, count) ?? cut(pinyin, 0) ?? [0];
}

/**
 * One cut into exactly `count` syllables (the fewest when 0), as start offsets; null when none.
 * from[i * width + k] is where the k-th syllable of a cut of pinyin[0, i) starts (-1: no such cut).
 * Runs for every name of a 200,000-row roster as the desk's index loads: typed arrays, no maps.
 */
function cut(p: string, count: number): number[] | null {
  const n = p.length;
  const width = (count > 0 ? count : n) + 1;
  const from = new Int16Array((n + 1) * width).fill(-1);
  from[0] = 0;
  for (let i = 0; i < n; i++) {
    let any = false;
    for (let k = 0; k < width - 1; k++) if (from[i * width + k] !== -1) any = true;
    if (!any) continue;
    for (let len = 1; len <= LONGEST && i + len <= n; len++) {
      if (!SYLLABLES.has(p.slice(i, i + len))) continue;
      const j = i + len;
      for (let k = 0; k < width - 1; k++) if (from[i * width + k] !== -1 && from[j * width + k + 1] === -1) from[j * width + k + 1] = i;
    }
  }
  let k = -1;
  if (count > 0) k = from[n * width + count] !== -1 ? count : -1;
  else for (let c = 1; c < width && k < 0; c++) if (from[n * width + c] !== -1) k = c;
  if (k < 0) return null;
  const starts = new Array<number>(k);
  for (let at = n, left = k; left > 0; left--) {
    at = from[at * width + left] as number;
    starts[left - 1] = at;
  }
  return starts;
}
