/**
 * The server is grouped by feature (devices/, auth/, visitors/, stats/, routes/…): a folder may use
 * another, but two folders never use each other, directly or round a loop. A loop makes neither
 * folder readable, movable or testable without the other. Files at the top of src/server (app.ts,
 * main.ts, database.ts, config.ts…) are the wiring: each counts as its own node.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER = resolve(import.meta.dirname, '../../../src/server');
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

type Graph = Map<string, Map<string, string[]>>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A top-level folder of src/server, or a file at its top level (without extension). */
function nodeOf(path: string): string {
  const [first = '', ...rest] = relative(SERVER, path).split(sep);
  return rest.length > 0 ? `${first}/` : first.replace(/\.tsx?$/, '');
}

/** node → node it imports → the imports that make that edge (file: specifier). */
function serverGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of files(SERVER)) {
    const from = nodeOf(file);
    for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SERVER + sep)) continue;
      const to = nodeOf(target);
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, edges);
      edges.set(to, [...(edges.get(to) ?? []), `${relative(SERVER, file)}: ${spec}`]);
    }
  }
  return graph;
}

/** Strongly connected components of more than one node (Tarjan): every folder loop. */
function loops(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      for (let top = stack.pop(); top !== undefined; top = top === node ? undefined : stack.pop()) component.push(top);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** Each loop with the imports that close it, for the message of a failing run. */
function describeLoops(graph: Graph): string[] {
  return loops(graph).map((members) => {
    const inLoop = new Set(members);
    const edges = members.flatMap((from) =>
      [...(graph.get(from) ?? [])].filter(([to]) => inLoop.has(to)).map(([to, via]) => `  ${from} → ${to} (${via.slice(0, 3).join('; ')})`),
    );
    return [`${members.join(', ')}:`, ...edges].join('\n');
  });
}

describe('server folders', () => {
  it('finds a loop when two folders use each other, and names the imports that close it', () => {
    const graph: Graph = new Map([
      ['stats/', new Map([['visitors/', ['stats/report.ts: ../visitors/classify']]])],
      ['visitors/', new Map([['stats/', ['visitors/persons.ts: ../stats/where']]])],
      ['routes/', new Map([['stats/', ['routes/console/stats.ts: ../../stats/report']]])],
    ]);
    expect(describeLoops(graph)).toEqual([
      'stats/, visitors/:\n  stats/ → visitors/ (stats/report.ts: ../visitors/classify)\n  visitors/ → stats/ (visitors/persons.ts: ../stats/where)',
    ]);
  });

  it('reads the imports of the real tree', () => {
    const graph = serverGraph();
    expect([...(graph.get('routes/')?.keys() ?? [])]).toEqual(expect.arrayContaining(['http/', 'devices/', 'stats/']));
    expect([...(graph.get('app')?.keys() ?? [])]).toContain('routes/');
  });

  it('have no loops: no two folders use each other, directly or round a circle', () => {
    expect(describeLoops(serverGraph())).toEqual([]);
  });
});
