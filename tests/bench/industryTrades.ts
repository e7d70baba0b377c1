/**
 * The industry rule on real company names it was not written for (issue 19; data/companyTrades.ts):
 * coverage (share classified rather than left unknown), precision (correct among classified) and
 * accuracy (correct among all) per GB/T 4754 section and per source, on the tuning part and the
 * untouched part apart, and the three targets on the untouched part. A classification is correct
 * when the entry it names maps to the company's section.
 *
 * Only the tuning part's wrong answers are printed name by name (and, with
 * INDUSTRY_BENCH_UNKNOWN=1, its unknowns): the untouched part is reported as figures only.
 */
import { classifyIndustry, type ClassifiedValue } from '../../src/core/classify';
import { DEFAULT_INDUSTRIES, GBT_SECTIONS, type GbtSection } from '../../src/core/taxonomy';
import { COMPANY_TRADES, type TradeName } from './data/companyTrades';
import type { Report } from './report';

interface Tally {
  n: number;
  classified: number;
  correct: number;
}

const empty = (): Tally => ({ n: 0, classified: 0, correct: 0 });
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const sectionOf = new Map(DEFAULT_INDUSTRIES.map((e) => [e.id, e.gbt]));

interface Outcome {
  item: TradeName;
  result: ClassifiedValue<string>;
  section: GbtSection | null;
}

function run(items: readonly TradeName[]): Outcome[] {
  return items.map((item) => {
    const result = classifyIndustry({ company: item.name });
    return { item, result, section: result.value ? (sectionOf.get(result.value) ?? null) : null };
  });
}

function tally(outcomes: readonly Outcome[]): Tally {
  const t = empty();
  for (const o of outcomes) {
    t.n++;
    if (o.result.value) t.classified++;
    if (o.section === o.item.section) t.correct++;
  }
  return t;
}

const line = (t: Tally) => `n ${String(t.n).padStart(4)}  coverage ${pct(t.classified, t.n).padStart(6)}  precision ${pct(t.correct, t.classified).padStart(6)}  accuracy ${pct(t.correct, t.n).padStart(6)}`;

interface Targets {
  precision: number;
  statedClassified: number;
  unstatedUnknown: number;
  stated: Tally;
  unstated: Tally;
}

function targets(outcomes: readonly Outcome[]): Targets {
  const stated = tally(outcomes.filter((o) => o.item.statesTrade));
  const unstated = tally(outcomes.filter((o) => !o.item.statesTrade));
  const all = tally(outcomes);
  return {
    precision: all.classified ? all.correct / all.classified : 0,
    statedClassified: stated.n ? stated.classified / stated.n : 0,
    unstatedUnknown: unstated.n ? (unstated.n - unstated.classified) / unstated.n : 0,
    stated,
    unstated,
  };
}

function printPart(label: string, outcomes: readonly Outcome[]): Targets {
  console.log(`  ${label}: ${line(tally(outcomes))}`);
  for (const source of ['listed', 'institution', 'foreign', 'registry'] as const) {
    console.log(`    source ${source.padEnd(11)} ${line(tally(outcomes.filter((o) => o.item.source === source)))}`);
  }
  const t = targets(outcomes);
  console.log(`    names that state a trade: ${pct(t.stated.classified, t.stated.n)} classified (${t.stated.classified}/${t.stated.n}), precision ${pct(t.stated.correct, t.stated.classified)}`);
  console.log(`    names that state none:    ${pct(t.unstated.n - t.unstated.classified, t.unstated.n)} left unknown (${t.unstated.n - t.unstated.classified}/${t.unstated.n})`);
  console.log('    per section (n / coverage / precision / accuracy):');
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
  const tune = run(COMPANY_TRADES.filter((x) => x.split === 'tune'));
  const untouched = run(COMPANY_TRADES.filter((x) => x.split === 'untouched'));
  console.log(`  real company names (tests/bench/data/companyTrades.ts): ${COMPANY_TRADES.length}, tuning ${tune.length}, untouched ${untouched.length}`);
  printPart('tuning part', tune);
  // While tuning, INDUSTRY_BENCH_TUNING=1 keeps even the untouched part's figures out of sight.
  const hideUntouched = Boolean(process.env.INDUSTRY_BENCH_TUNING);
  const u = hideUntouched ? targets(untouched) : printPart('untouched part', untouched);

  console.log('  tuning part, wrong answers (label ← answer, + states a trade):');
  for (const o of tune) if (o.result.value && o.section !== o.item.section) console.log(`    ${explainMiss(o)}`);
  if (process.env.INDUSTRY_BENCH_UNKNOWN) {
    console.log('  tuning part, names that state a trade left unknown:');
    for (const o of tune) if (!o.result.value && o.item.statesTrade) console.log(`    ${explainMiss(o)}`);
  }

  const all = tally(untouched);
  const withoutRegistry = tally(untouched.filter((o) => o.item.source !== 'registry'));
  const registry = tally(untouched.filter((o) => o.item.source === 'registry'));
  const issue = '#19';
  report.add({ issue, name: `Industry from company name, untouched real names (n=${all.n}): precision`, value: pct(all.correct, all.classified), target: '≥ 95%', note: `coverage ${pct(all.classified, all.n)}, accuracy ${pct(all.correct, all.n)}; GB/T 4754 section of the entry named` });
  report.add({ issue, name: 'Industry, untouched: names that state a trade, classified', value: pct(u.stated.classified, u.stated.n), target: '≥ 70%', note: `${u.stated.classified}/${u.stated.n}; precision on them ${pct(u.stated.correct, u.stated.classified)}` });
  report.add({ issue, name: 'Industry, untouched: names that state none, left unknown', value: pct(u.unstated.n - u.unstated.classified, u.unstated.n), target: '≥ 80%', note: `${u.unstated.n - u.unstated.classified}/${u.unstated.n}` });
  report.add({ issue, name: `Industry, untouched: listed, institutions, foreign (n=${withoutRegistry.n}) / registry sample (n=${registry.n}): precision`, value: `${pct(withoutRegistry.correct, withoutRegistry.classified)} / ${pct(registry.correct, registry.classified)}`, target: 'measured', note: `coverage ${pct(withoutRegistry.classified, withoutRegistry.n)} / ${pct(registry.classified, registry.n)}; the registry labels are a data provider's, not checked` });
  const t = tally(tune);
  report.add({ issue, name: `Industry, tuning part (n=${t.n}): coverage / precision`, value: `${pct(t.classified, t.n)} / ${pct(t.correct, t.classified)}`, target: 'measured', note: 'the part the rule was tuned on, for comparison' });
}
