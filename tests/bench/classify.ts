/**
 * Classification (issues 6 and 19):
 * (a) the industry rule on real company names, by GB/T 4754 section: the fresh part it is judged
 *     on and the tuning material apart (industryTrades.ts, data/companyTradesFresh.ts,
 *     data/companyTrades.ts), and on the project's own labelled names of
 *     data/industryNames.ts, by entry of the default list —
 *     coverage (share of names it classifies rather than leaving unknown), precision on those it
 *     classifies, and accuracy over all names — on the held-out half, the figure we report; the
 *     tuning half is shown beside it, and its misclassified names are listed for whoever tunes
 *     the keywords next (the held-out half's are deliberately not);
 * (b) throughput of classifyVisitor over 100,000 generated records.
 */
import { classifyIndustry, classifyVisitor, type VisitorRecordInput } from '../../src/core/classify';
import { CITIES, DEFAULT_INDUSTRIES, DEFAULT_PRODUCT_TREE, PROVINCES, walkProductTree } from '../../src/core/taxonomy';
import { INDUSTRY_EVAL_SET, type LabelledName } from './data/industryNames';
import { benchIndustryTrades } from './industryTrades';
import type { Report } from './report';

const RECORDS = 100_000;

interface Score {
  n: number;
  classified: number;
  correct: number;
}

function score(items: readonly LabelledName[], misses?: string[]): Score {
  const s: Score = { n: items.length, classified: 0, correct: 0 };
  for (const item of items) {
    const found = classifyIndustry({ company: item.name }).value;
    if (found) s.classified++;
    if (found === item.industry) s.correct++;
    else misses?.push(`${item.hard ? '!' : ' '} ${item.industry.padEnd(18)} ← ${(found ?? 'unknown').padEnd(18)} ${item.name}`);
  }
  return s;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const describe = (s: Score) => `coverage ${pct(s.classified, s.n)} (${s.classified}/${s.n}), precision ${pct(s.correct, s.classified)} (${s.correct}/${s.classified}), accuracy ${pct(s.correct, s.n)}`;

function benchIndustryRule(report: Report): void {
  const holdout = INDUSTRY_EVAL_SET.filter((x) => x.split === 'holdout');
  const tune = INDUSTRY_EVAL_SET.filter((x) => x.split === 'tune');
  const misses: string[] = [];
  const h = score(holdout);
  const hClear = score(holdout.filter((x) => !x.hard));
  const hHard = score(holdout.filter((x) => x.hard));
  const t = score(tune, misses);
  console.log(`  held-out: ${describe(h)}`);
  console.log(`    names with a clue: ${describe(hClear)}`);
  console.log(`    names without one: ${describe(hHard)}`);
  console.log(`  tuning half: ${describe(t)}`);
  console.log('  tuning half, misclassified (! = name gives no clue or a misleading one):');
  for (const line of misses) console.log(`    ${line}`);
  report.add({ issue: '#6', name: `Industry from company name, project's own held-out names (n=${h.n}): coverage`, value: pct(h.classified, h.n), target: 'measured', note: 'share the rule classifies; the rest stay unknown' });
  report.add({ issue: '#6', name: 'Industry from company name, held-out: precision', value: pct(h.correct, h.classified), target: 'measured', note: `correct among classified; accuracy over all names ${pct(h.correct, h.n)}` });
  report.add({ issue: '#6', name: 'Industry from company name, held-out: names with / without a clue', value: `${pct(hClear.correct, hClear.n)} / ${pct(hHard.correct, hHard.n)}`, target: 'measured', note: 'accuracy over all names of each kind' });
}

/** Deterministic PRNG (mulberry32) so every run classifies the same records. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateRecords(count: number): VisitorRecordInput[] {
  const random = rng(20260601);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const chance = (p: number) => random() < p;
  const mainland = PROVINCES.filter((p) => p.country === 'CN');
  const prefectures = CITIES.filter((c) => c.level !== 'county');
  const withAreaCode = CITIES.filter((c) => c.areaCode);
  const companies = INDUSTRY_EVAL_SET.map((x) => x.name);
  const trades = ['电子', '机械', '自动化', '贸易', '物流', '科技', '新材料', '医疗器械', '汽车配件', '五金', '软件', '包装'];
  const brands = ['华强', '恒通', '金盛', '宏达', '创新', '远航', '瑞丰', '东方', '海纳', '天成', '博远', '中科'];
  const interests = [...walkProductTree(DEFAULT_PRODUCT_TREE)].map((n) => n.node.id);
  const industries = DEFAULT_INDUSTRIES.map((e) => e.id);
  const foreignMobiles = () => pick([`+44 7400 ${digits(6)}`, `+1 212 ${pick(['736', '555', '639'])} ${digits(4)}`, `+81 90 ${digits(4)} ${digits(4)}`, `+49 151 ${digits(8)}`, `+65 9${digits(3)} ${digits(4)}`, `+852 9${digits(3)} ${digits(4)}`, `+886 9${digits(2)} ${digits(3)} ${digits(3)}`]);
  const records: VisitorRecordInput[] = [];
  for (let i = 0; i < count; i++) {
    const city = pick(prefectures);
    const province = mainland.find((p) => p.code === city.province) ?? pick(mainland);
    const r: VisitorRecordInput = {};
    if (chance(0.7)) r.mobile = `1${pick(['3', '5', '7', '8', '9'])}${digits(1)} ${digits(4)} ${digits(4)}`;
    else if (chance(0.4)) r.mobile = foreignMobiles();
    if (chance(0.4)) {
      const c = pick(withAreaCode);
      const code = c.areaCode ?? '010';
      r.phone = pick([`${code}-8${digits(7)}`, `(${code})6${digits(7)}`, `+86 ${code.slice(1)} 8${digits(3)} ${digits(4)}`]);
    }
    if (chance(0.6)) {
      const p = chance(0.5) ? province.labels['zh-CN'] : province.short;
      const c = chance(0.5) ? city.name : city.short;
      r.address = `${chance(0.2) ? '中国' : ''}${p}${c}${pick(['高新区', '南山区', '开发区', '经开区'])}${pick(['科技', '创业', '人民', '建设'])}路${Math.floor(random() * 300)}号`;
    } else if (chance(0.3)) {
      r.address = `No. ${Math.floor(random() * 300)} ${pick(['Keji', 'Renmin', 'Jianshe'])} Road, ${city.en}, ${province.labels.en}, China`;
    }
    if (chance(0.6)) r.email = `user${i}@${pick(['qq.com', '163.com', 'example.com.cn', 'firma.de', 'example.co.uk', 'gmail.com', 'company.com', 'example.jp'])}`;
    r.company = chance(0.5) ? pick(companies) : `${city.short}${pick(brands)}${pick(trades)}有限公司`;
    if (chance(0.7)) r.employees = pick([String(Math.floor(random() * 5000) + 1), '100-200人', '1000人以上', '50人以下', '约300人', Math.floor(random() * 2000) + 1, '']);
    r.declared = {
      industry: chance(0.2) ? pick(industries) : null,
      province: chance(0.1) ? province.short : null,
      interests: Array.from({ length: Math.floor(random() * 3) }, () => pick(interests)),
    };
    r.scannedAtBooths = Array.from({ length: Math.floor(random() * 5) }, (_, b) => ({ exhibitorId: `ex-${b}-${Math.floor(random() * 200)}`, categories: [pick(interests), pick(interests)] }));
    records.push(r);
  }
  return records;
}

function benchThroughput(report: Report): void {
  const records = generateRecords(RECORDS);
  // The first call builds the place and keyword dictionaries; it is timed on its own.
  const coldStart = performance.now();
  classifyVisitor(records[0] ?? {});
  const cold = performance.now() - coldStart;
  const known = { country: 0, province: 0, city: 0, industry: 0, size: 0 };
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const record of records) {
    const c = classifyVisitor(record);
    if (c.region.country.value) known.country++;
    if (c.region.province.value) known.province++;
    if (c.region.city.value) known.city++;
    if (c.industry.value) known.industry++;
    if (c.companySize.value) known.size++;
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time as well: on a shared machine the wall clock also counts other processes' turns.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`  ${RECORDS} records in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU); first call (dictionaries) ${cold.toFixed(0)} ms`);
  console.log(`  known: country ${pct(known.country, RECORDS)}, province ${pct(known.province, RECORDS)}, city ${pct(known.city, RECORDS)}, industry ${pct(known.industry, RECORDS)}, size ${pct(known.size, RECORDS)}`);
  report.add({ issue: '#6', name: `Classify ${RECORDS.toLocaleString('en')} visitor records (Node, one core)`, value: `${Math.round(RECORDS / seconds).toLocaleString('en')} records/s`, target: 'measured', note: `${Math.round(RECORDS / cpuSeconds).toLocaleString('en')} per CPU-second; first call builds the dictionaries: ${cold.toFixed(0)} ms` });
}

export async function benchClassify(report: Report): Promise<void> {
  console.log(' Real company names (issue 19):');
  benchIndustryTrades(report);
  console.log(" The project's own labelled names (issue 6), by entry of the default list:");
  benchIndustryRule(report);
  benchThroughput(report);
}
