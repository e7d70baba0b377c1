/**
 * The JavaScript a device downloads before the app can start: the entry chunk of index.html and
 * every chunk it imports statically (the browser fetches them all before running anything), gzip
 * as the server sends them. Chunks reached only through dynamic import() (the camera decoder,
 * card reading, the console and its charts, spreadsheet exports) are listed as on demand.
 * Measured from the Vite build manifest of a fresh production build.
 */
import { readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Report } from './report';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchBundle(report: Report): Promise<void> {
  const outDir = path.join(ROOT, '.tmp', 'bench-bundle');
  const built = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--manifest', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('the app build failed');
  try {
    const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry && k.endsWith('index.html'));
    if (!entryKey) throw new Error('no index.html entry in the build manifest');

    // The entry and its static imports, transitively: what must arrive before the app runs.
    const initial = new Set<string>();
    const visit = (key: string) => {
      if (initial.has(key)) return;
      initial.add(key);
      for (const imported of manifest[key]?.imports ?? []) visit(imported);
    };
    visit(entryKey);
    const gz = (file: string) => gzipSync(readFileSync(path.join(outDir, file))).length;
    const initialJs = [...initial].map((k) => manifest[k]?.file ?? '').filter((f) => f.endsWith('.js'));
    const initialCss = [...new Set([...initial].flatMap((k) => manifest[k]?.css ?? []))];
    const jsBytes = initialJs.reduce((n, f) => n + gz(f), 0);
    const cssBytes = initialCss.reduce((n, f) => n + gz(f), 0);

    // Everything reachable only through import(): loaded when the screen that needs it opens.
    const lazy = new Set<string>();
    const visitLazy = (key: string) => {
      for (const d of manifest[key]?.dynamicImports ?? []) {
        if (initial.has(d) || lazy.has(d)) continue;
        lazy.add(d);
        visitLazy(d);
        for (const i of manifest[d]?.imports ?? []) if (!initial.has(i)) lazy.add(i);
      }
    };
    for (const key of [...initial]) visitLazy(key);
    for (const key of [...lazy]) visitLazy(key);
    const lazyJs = [...lazy].map((k) => manifest[k]?.file ?? '').filter((f) => f.endsWith('.js'));
    const lazyBytes = lazyJs.reduce((n, f) => n + gz(f), 0);
    const names = (files: string[]) => files.map((f) => path.basename(f).replace(/-[\w-]{8}\.js$/, '')).sort();
    const onDemand = ['decoder.worker', 'ocr.worker', 'CardCapture', 'ConsoleApp', 'echarts', 'exceljs'].filter((n) => names(lazyJs).some((x) => x.startsWith(n)));

    report.add({
      issue: '#7',
      name: 'Initial JavaScript of the app (entry + static imports, gzip)',
      value: kb(jsBytes),
      target: '≤ 250 KB',
      note: `${initialJs.length} files: ${names(initialJs).join(', ')}; CSS ${kb(cssBytes)} more`,
    });
    report.add({
      issue: '#7',
      name: 'JavaScript loaded on demand (gzip)',
      value: kb(lazyBytes),
      target: '–',
      note: `${lazyJs.length} chunks, among them ${onDemand.join(', ')} (workers and the OCR runtime's wasm come on top, also on demand)`,
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
