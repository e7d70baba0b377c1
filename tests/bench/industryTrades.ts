/**
 * The industry rule on real company names (issue 19): coverage (share classified rather than left
 * unknown), precision (correct among classified) and accuracy (correct among all) per GB/T 4754
 * section and per source, and the issue's three targets. A classification is correct when the
 * entry it names maps to the company's section. Two sets, reported apart:
 * - the fresh part of data/companyTradesFresh.ts: names labelled before the rule ever ran on them
 *   and never tuned on: the figures the targets are judged on. Reported as figures only.
 * - the tuning material: the first set (data/companyTrades.ts, both of its parts: the first
 *   round's "untouched" part was looked at while tuning and no longer counts as unseen) and the
 *   tuning half of the second set. Its wrong answers are listed name by name for whoever tunes
 *   the vocabulary next (and, with INDUSTRY_BENCH_UNKNOWN=1, the names stating a trade it left
 *   unknown).
 * The project's own set (data/industryNames.ts, by entry) is reported by classify.ts.
 *
 * While tuning, INDUSTRY_BENCH_TUNING=1 leaves the fresh part out altogether: the rule is not run
 * on it, so not even its totals can steer a change.
 */
import { classifyIndustry, type ClassifiedValue } from '../../src/core/classify';
import { DEFAULT_INDUSTRIES, GBT_SECTIONS, type GbtSection } from '../../src/core/taxonomy';
import { COMPANY_TRADES } from './data/companyTrades';
import { FRESH_COMPANY_TRADES } from './data/companyTradesFresh';
import type { Report } from './report';

interface Item {
  name: string;
  section: GbtSection;
  statesTrade: boolean;
  source: string;
}

interface Tally {
  n: number;
  classified: number;
  correct: number;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const sectionOf = new Map(DEFAULT_INDUSTRIES.map((e) => [e.id, e.gbt]));

interface Outcome {
  item: Item;
  result: ClassifiedValue<string>;
  section: GbtSection | null;
}

function run(items: readonly Item[]): Outcome[] {
  return items.map((item) => {
    const result = classifyIndustry({ company: item.name });
    return { item, result, section: result.value ? (sectionOf.get(result.value) ?? null) : null };
  });
}

function tally(outcomes: readonly Outcome[]): Tally {
  const t: Tally = { n: 0, classified: 0, correct: 0 };
  for (const o of outcomes) {
    t.n++;
    if (o.result.value) t.classified++;
    if (o.section === o.item.section) t.correct++;
  }
  return t;
}

const line = (t: Tally) => `n ${String(t.n).padStart(4)}  coverage ${pct(t.classified, t.n).padStart(6)}  precision ${pct(t.correct, t.classified).padStart(6)}  accuracy ${pct(t.correct, t.n).padStart(6)}`;

interface Targets {
  all: Tally;
  stated: Tally;
  unstated: Tally;
}

function targets(outcomes: readonly Outcome[]): Targets {
  return {
    all: tally(outcomes),
    stated: tally(outcomes.filter((o) => o.item.statesTrade)),
    unstated: tally(outcomes.filter((o) => !o.item.statesTrade)),
  };
}

function printPart(label: string, outcomes: readonly Outcome[]): Targets {
  console.log(`  ${label}: ${line(tally(outcomes))}`);
  const sources = [...new Set(outcomes.map((o) => o.item.source))];
  for (const source of sources) console.log(`    source ${source.padEnd(11)} ${line(tally(outcomes.filter((o) => o.item.source === source)))}`);
  const t = targets(outcomes);
  console.log(`    names that state a trade: ${pct(t.stated.classified, t.stated.n)} classified (${t.stated.classified}/${t.stated.n}), precision ${pct(t.stated.correct, t.stated.classified)}`);
  console.log(`    names that state none:    ${pct(t.unstated.n - t.unstated.classified, t.unstated.n)} left unknown (${t.unstated.n - t.unstated.classified}/${t.unstated.n})`);
  console.log('    per section:');
  for (const section of GBT_SECTIONS) {
    const s = tally(outcomes.filter((o) => o.item.section === section));
    if (s.n) console.log(`      ${section}  ${line(s)}`);
  }
  return t;
}

function explainMiss(o: Outcome): string {
  const got = o.result.value ? `${o.section ?? '?'} ${o.result.value}` : 'unknown';
  const why = (o.result.evidence ?? []).filter((e) => !e.startsWith('company:')).join('; ');
  return `${o.item.section} ← ${got.padEnd(22)} ${o.item.statesTrade ? '+' : '-'} ${o.item.name}  [${why}]`;
}

export function benchIndustryTrades(report: Report): void {
  const issue = '#19';
  const first = COMPANY_TRADES.map((x) => ({ ...x, source: `1:${x.source}` }));
  const secondTune = FRESH_COMPANY_TRADES.filter((x) => x.split === 'tune').map((x) => ({ ...x, source: `2:${x.source}` }));
  const fresh = FRESH_COMPANY_TRADES.filter((x) => x.split === 'fresh');
  const tuning = [...first, ...secondTune];

  classifyIndustry({ company: '深圳市预热电子有限公司' }); // builds the dictionaries before the clock starts
  const started = performance.now();
  const tuned = run(tuning);
  const perSecond = tuning.length / ((performance.now() - started) / 1000);
  console.log(`  real company names: fresh part ${fresh.length} (data/companyTradesFresh.ts), tuning material ${tuning.length} (first set ${first.length}, second set's tuning half ${secondTune.length})`);

  if (process.env.INDUSTRY_BENCH_TUNING) {
    console.log('  fresh part: not run (INDUSTRY_BENCH_TUNING is set)');
  } else {
    const f = printPart('FRESH part, never tuned on', run(fresh));
    report.add({ issue, name: `Industry from company name, fresh real names never tuned on (n=${f.all.n}): precision`, value: pct(f.all.correct, f.all.classified), target: '≥ 95%', note: `coverage ${pct(f.all.classified, f.all.n)}, accuracy ${pct(f.all.correct, f.all.n)}; GB/T 4754 section of the entry named` });
    report.add({ issue, name: 'Industry, fresh: names that state a trade, classified', value: pct(f.stated.classified, f.stated.n), target: '≥ 70%', note: `${f.stated.classified}/${f.stated.n}; precision on them ${pct(f.stated.correct, f.stated.classified)}` });
    report.add({ issue, name: 'Industry, fresh: names that state none, left unknown', value: pct(f.unstated.n - f.unstated.classified, f.unstated.n), target: '≥ 80%', note: `${f.unstated.n - f.unstated.classified}/${f.unstated.n}` });
  }

  const t = printPart('tuning material (1: first set, both parts; 2: second set, tuning half)', tuned);
  const firstSet = tally(tuned.filter((o) => o.item.source.startsWith('1:')));
  report.add({ issue, name: `Industry, tuning material (n=${t.all.n}): precision / names stating a trade classified`, value: `${pct(t.all.correct, t.all.classified)} / ${pct(t.stated.classified, t.stated.n)}`, target: 'measured', note: `the names the rule was tuned on; of them the first set (n=${firstSet.n}): precision ${pct(firstSet.correct, firstSet.classified)}, coverage ${pct(firstSet.classified, firstSet.n)}` });
  report.add({ issue, name: 'Industry rule alone, company names per second (Node, one core)', value: Math.round(perSecond).toLocaleString('en'), target: 'measured', note: `${tuning.length} names, dictionaries already built` });

  console.log('  tuning material, wrong answers (label ← answer, + states a trade):');
  for (const o of tuned) if (o.result.value && o.section !== o.item.section) console.log(`    ${explainMiss(o)}`);
  if (process.env.INDUSTRY_BENCH_UNKNOWN) {
    console.log('  tuning material, names that state a trade left unknown:');
    for (const o of tuned) if (!o.result.value && o.item.statesTrade) console.log(`    ${explainMiss(o)}`);
  }
}
