/** SQL conditions on `persons p` for a visitor filter (core/stats/filters.ts), with their parameters. */
import type { VisitorFilter } from '../../core/stats/filters';

const COLUMNS = { category: 'category', scope: 'scope', country: 'country', province: 'province', city: 'city', industry: 'industry', companySize: 'company_size' } as const;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Appends the filter's values to `params` and returns conditions referring to them. */
export function personConditions(f: VisitorFilter, params: unknown[]): string[] {
  const where: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  for (const [key, column] of Object.entries(COLUMNS) as Array<[keyof typeof COLUMNS, string]>) {
    const value = f[key];
    if (value !== undefined) where.push(`p.${column} = ${param(value)}`);
  }
  if (f.interest !== undefined) where.push(f.interest === '' ? 'cardinality(p.interests) = 0' : `${param(f.interest)} = ANY(p.interests)`);
  if (f.visitor) where.push(f.visitor === 'yes' ? 'p.is_visitor' : 'NOT p.is_visitor');
  if (f.trade) where.push(`p.category ${f.trade === 'yes' ? '' : 'NOT '}IN ('trade', 'vip_buyer')`);
  if (f.attended) where.push(f.attended === 'yes' ? 'p.days > 0' : 'p.days = 0');
  if (f.day) where.push(`EXISTS (SELECT 1 FROM person_days d WHERE d.person_id = p.id AND d.day = ${param(f.day)}::date)`);
  if (f.consent) where.push(f.consent === 'given' ? 'p.consent_data' : f.consent === 'refused' ? 'p.consent_data = false' : 'p.consent_data IS NULL');
  if (f.q?.trim()) {
    const q = param(likePattern(f.q.trim()));
    where.push(
      `EXISTS (SELECT 1 FROM visitor_profiles v JOIN attendees a ON a.id = v.attendee_id WHERE v.person_id = p.id
                 AND (a.name ILIKE ${q} OR a.company ILIKE ${q} OR a.mobile LIKE ${q} OR a.email ILIKE ${q}))`,
    );
  }
  return where;
}
