/**
 * Product interests: what the visitor ticked (declared) joined with the categories of the booths
 * where exhibitors scanned the visitor's badge (inferred, evidence = those exhibitors). A booth
 * visit is weaker evidence than an answer, so an interest the visitor declared stays declared
 * even when booths also point to it. With the show's product tree, answers given as labels are
 * read as node ids and ids the tree does not know are dropped.
 */
import { indexProductTree, type ProductNode } from '../taxonomy/productInterest';
import { labelKey } from '../text/normalise';
import { RULES, declared, inferred, type ClassifiedValue } from './types';

export interface BoothScan {
  exhibitorId: string;
  categories: readonly string[];
}

export interface InterestInput {
  declared?: readonly string[] | null;
  scannedAtBooths?: readonly BoothScan[] | null;
}

const labelIndexes = new WeakMap<readonly ProductNode[], Map<string, string>>();

function resolver(tree: readonly ProductNode[] | undefined): (answer: string) => string | null {
  if (!tree) return (answer) => answer.trim() || null;
  let byLabel = labelIndexes.get(tree);
  if (!byLabel) {
    byLabel = new Map();
    for (const [id, { node }] of indexProductTree(tree)) {
      byLabel.set(labelKey(id), id);
      for (const text of Object.values(node.labels)) if (!byLabel.has(labelKey(text))) byLabel.set(labelKey(text), id);
    }
    labelIndexes.set(tree, byLabel);
  }
  const index = byLabel;
  return (answer) => index.get(labelKey(answer)) ?? null;
}

export function classifyInterests(input: InterestInput, tree?: readonly ProductNode[]): Array<ClassifiedValue<string>> {
  const resolve = resolver(tree);
  const result: Array<ClassifiedValue<string>> = [];
  const seen = new Set<string>();
  for (const answer of input.declared ?? []) {
    const id = resolve(answer);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    result.push(declared(id));
  }
  const booths = new Map<string, Set<string>>();
  for (const scan of input.scannedAtBooths ?? []) {
    for (const category of scan.categories) {
      const id = resolve(category);
      if (!id || seen.has(id)) continue;
      booths.set(id, (booths.get(id) ?? new Set()).add(scan.exhibitorId));
    }
  }
  // Most-visited first, then by id, so devices and the server list them in the same order.
  const ranked = [...booths].sort(([a, x], [b, y]) => y.size - x.size || (a < b ? -1 : a > b ? 1 : 0));
  for (const [id, exhibitors] of ranked) result.push(inferred(id, RULES.interestScannedAtBooth, [...exhibitors].sort()));
  return result;
}
