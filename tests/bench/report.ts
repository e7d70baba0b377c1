/** Benchmark figures: printed beside their targets and written to bench/RESULTS.md. Never pass/fail. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';

export interface Figure {
  issue: string;
  name: string;
  value: string;
  target: string;
  note?: string;
}

export class Report {
  readonly figures: Figure[] = [];

  add(f: Figure): void {
    this.figures.push(f);
    console.log(`  ${f.name}: ${f.value}   (target ${f.target})${f.note ? `  — ${f.note}` : ''}`);
  }

  write(root: string): string {
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    const lines = [
      '# Benchmark results',
      '',
      `Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`,
      `Date: ${new Date().toISOString()}`,
      '',
      'Figures are measured by `npm run bench`; they are reported, not asserted.',
      '',
      '| issue | figure | measured | target | note |',
      '|---|---|---|---|---|',
      ...this.figures.map((f) => `| ${f.issue} | ${f.name} | ${f.value} | ${f.target} | ${f.note ?? ''} |`),
      '',
    ];
    const file = path.join(root, 'bench', 'RESULTS.md');
    mkdirSync(path.dirname(file), { recursive: true });
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
