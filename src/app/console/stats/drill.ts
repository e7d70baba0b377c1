/** Links from a figure to the records behind it (the drill-down page reads the same parameters back). */
import type { VisitorFilter } from '../../../core/stats/filters';

export type DrillTarget = { figure: 'persons' | 'visits'; filter: VisitorFilter } | { figure: 'scans'; hour: string; admitted: boolean };

export function drillPath(target: DrillTarget): string {
  const params = new URLSearchParams({ figure: target.figure });
  if (target.figure === 'scans') {
    params.set('hour', target.hour);
    params.set('admitted', target.admitted ? 'yes' : 'no');
  } else for (const [k, v] of Object.entries(target.filter)) if (v !== undefined) params.set(k, String(v));
  return `/console/dashboard/records?${params}`;
}

/** Unique visitors, optionally narrowed: the definition every visitor figure shares. */
export function countedVisitors(extra: VisitorFilter = {}): DrillTarget {
  return { figure: 'persons', filter: { visitor: 'yes', attended: 'yes', ...extra } };
}
