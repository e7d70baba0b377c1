/**
 * Filters over the classified visitor database, shared by the console's list, the drill-down of
 * every figure, the exports and `cli export --filter`. An empty string filters for "unknown".
 */
import { z } from 'zod';
import { VISITOR_CATEGORIES } from '../categories';
import { SCOPES } from './rules';

const code = z.string().max(64).regex(/^[A-Za-z0-9_+-]*$/, 'code_format');

export const CONSENT_STATES = ['given', 'refused', 'not_asked'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const visitorFilterSchema = z.object({
  category: z.enum(VISITOR_CATEGORIES).optional(),
  scope: z.enum(SCOPES).optional(),
  country: code.optional(),
  province: code.optional(),
  city: code.optional(),
  industry: code.optional(),
  companySize: code.optional(),
  interest: code.optional(),
  /** Counted visitors only (trade, public, buyers), or only the others. */
  visitor: z.enum(['yes', 'no']).optional(),
  /** Trade visitors and buyers (yes) or everyone else (no). */
  trade: z.enum(['yes', 'no']).optional(),
  /** Admitted on at least one day, or never. */
  attended: z.enum(['yes', 'no']).optional(),
  /** Admitted on this show day (YYYY-MM-DD). */
  day: z.iso.date().optional(),
  consent: z.enum(CONSENT_STATES).optional(),
  /** Name, company, mobile or email contains this. */
  q: z.string().max(100).optional(),
});
export type VisitorFilter = z.infer<typeof visitorFilterSchema>;

export const FILTER_KEYS = Object.keys(visitorFilterSchema.shape) as Array<keyof VisitorFilter>;

/** "industry=electronics,province=440000" (the CLI's --filter) as a filter object, unvalidated. */
export function parseFilterText(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq < 1) throw new Error(`"${part}" is not KEY=VALUE`);
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

export function consentState(consent: boolean | null): ConsentState {
  return consent === null ? 'not_asked' : consent ? 'given' : 'refused';
}
