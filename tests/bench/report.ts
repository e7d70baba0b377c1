/**
 * Benchmark figures: printed beside their targets and written to bench/RESULTS.md. Never pass/fail.
 * Each benchmark's latest figures are kept in bench/results.json, so running one benchmark
 * (`npm run bench -- desk`) updates its rows without dropping the others'.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';

export interface Figure {
  issue: string;
  name: string;
  value: string;
  target: string;
  note?: string;
}

interface BenchRun {
  at: string;
  machine: string;
  load: string;
  figures: Figure[];
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

export class Report {
  private readonly runs = new Map<string, BenchRun>();
  private current: BenchRun | null = null;

  /** Figures added from now on belong to benchmark `name`. */
  start(name: string): void {
    this.current = { at: new Date().toISOString(), machine: machine(), load: loadavg().map((l) => l.toFixed(1)).join(' / '), figures: [] };
    this.runs.set(name, this.current);
  }

  add(f: Figure): void {
    if (!this.current) this.start('unnamed');
    this.current?.figures.push(f);
    console.log(`  ${f.name}: ${f.value}   (target ${f.target})${f.note ? `  — ${f.note}` : ''}`);
  }

  write(root: string): string {
    const dir = path.join(root, 'bench');
    mkdirSync(dir, { recursive: true });
    const store = path.join(dir, 'results.json');
    const all: Record<string, BenchRun> = existsSync(store) ? (JSON.parse(readFileSync(store, 'utf8')) as Record<string, BenchRun>) : {};
    for (const [name, run] of this.runs) all[name] = run;
    writeFileSync(store, `${JSON.stringify(all, null, 2)}\n`);

    const rows = Object.entries(all)
      .flatMap(([bench, run]) => run.figures.map((f) => ({ bench, run, f })))
      .sort((a, b) => a.f.issue.localeCompare(b.f.issue) || a.bench.localeCompare(b.bench));
    const lines = [
      '# Benchmark results',
      '',
      `Machine: ${machine()}`,
      `Written: ${new Date().toISOString()}`,
      '',
      'Figures are measured by `npm run bench` (or `npm run bench -- NAME…` for some); they are reported, not asserted.',
      'Each row says when its benchmark last ran and how loaded the machine was then (1/5/15-minute load average).',
      '',
      '| issue | figure | measured | target | note | run |',
      '|---|---|---|---|---|---|',
      ...rows.map(({ bench, run, f }) => `| ${f.issue} | ${f.name} | ${f.value} | ${f.target} | ${f.note ?? ''} | ${bench}, ${run.at.slice(0, 16).replace('T', ' ')}, load ${run.load} |`),
      '',
    ];
    const file = path.join(dir, 'RESULTS.md');
    writeFileSync(file, lines.join('\n'));
    return file;
  }
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}
