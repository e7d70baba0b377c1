/**
 * Why the taxonomies cannot be saved, in the user's language: the schema's issues (checked before
 * sending, with the same schema the server uses) and the server's refusals. zod's own messages and
 * its paths (industry.entries.3.labels.en) are for programs; staff read which list, which entry and
 * what to change.
 */
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { localized } from '../../../core/schema/localized';
import { gbtSectionOf } from '../../../core/taxonomy/gbt4754Codes';
import type { EventTaxonomies } from '../../../core/taxonomy/schema';
import type { ProductNode } from '../../../core/taxonomy/productInterest';
import { HttpError, NetworkError } from '../../net/http';

type Path = ReadonlyArray<PropertyKey>;
const LISTS = { industry: 'industry', productInterest: 'product', companySize: 'size', region: 'alias' } as const;
const LANGS = new Set(['zh-CN', 'zh-TW', 'en']);

function nodeAt(nodes: readonly ProductNode[] | undefined, path: Path): { node: ProductNode | undefined; rest: Path } {
  let node: ProductNode | undefined;
  let list = nodes;
  let i = 0;
  while (list && typeof path[i] === 'number') {
    node = list[path[i] as number];
    i++;
    if (path[i] !== 'children') break;
    list = node?.children;
    i++;
  }
  return { node, rest: path.slice(i) };
}

/** Which list, which item of it and which field, in words: "Industries › Electronics › name in English". */
function where(path: Path, draft: EventTaxonomies, t: TFunction, lang: string): string {
  const list = LISTS[path[0] as keyof typeof LISTS];
  if (!list) return t('tab.industry');
  const parts: string[] = [t(`tab.${list}`)];
  let rest: Path = path.slice(2);
  const index = typeof path[2] === 'number' ? path[2] : null;
  if (list === 'industry' && index !== null) {
    const entry = draft.industry.entries[index];
    parts.push(entry ? localized(entry.labels, lang) || entry.id || t('problem.item', { n: index + 1 }) : t('problem.item', { n: index + 1 }));
    rest = path.slice(3);
  } else if (list === 'product' && index !== null) {
    const { node, rest: after } = nodeAt(draft.productInterest.nodes, path.slice(2));
    parts.push(node ? localized(node.labels, lang) || node.id || t('problem.item', { n: index + 1 }) : t('problem.item', { n: index + 1 }));
    rest = after;
  } else if (list === 'size' && index !== null) {
    const band = draft.companySize.bands[index];
    parts.push(band ? localized(band.labels, lang) || band.id : t('problem.item', { n: index + 1 }));
    rest = path.slice(3);
  } else if (list === 'alias' && index !== null) {
    parts.push(draft.region.aliases[index]?.name || t('alias.nameOf', { index: index + 1 }));
    rest = path.slice(3);
  }
  const field = fieldName(rest, list, t);
  if (field) parts.push(field);
  return parts.join(' › ');
}

function fieldName(rest: Path, list: string, t: TFunction): string | null {
  const [field, sub] = rest;
  if (field === 'labels' && typeof sub === 'string' && LANGS.has(sub)) return t('problem.field.label', { lang: t(`lang.${sub}`) });
  switch (field) {
    case 'id':
      return t('col.id');
    case 'gbtCodes':
      return t('industry.gbtCodes');
    case 'keywords':
      return t('industry.keywords');
    case 'gbt':
      return t('industry.gbt');
    case 'isic':
      return t('industry.isic');
    case 'min':
      return t('size.min');
    case 'max':
      return t('size.max');
    case 'name':
      return list === 'alias' ? t('alias.name') : null;
    case 'country':
    case 'province':
    case 'city':
      return t(`alias.${field}`);
    default:
      return null;
  }
}

/** What is wrong, in words. */
function what(issue: z.core.$ZodIssue, path: Path, t: TFunction): string {
  if (issue.code === 'custom') {
    // The schema's refinements name their problem by the same code the server answers (core/api/problems.ts).
    const p = (issue.params ?? {}) as Record<string, string | number | undefined>;
    switch (issue.message) {
      case 'duplicate_id':
        return t('problem.duplicateId', { id: p.id });
      case 'gbt_code_outside_section':
        return t('industry.codeOutside', { code: p.code, section: gbtSectionOf(String(p.code ?? '')) ?? '?', gbt: p.section });
      case 'too_many_entries':
        return t('problem.tooManyCategories', { max: p.max });
      case 'tree_too_deep':
        return t('problem.treeTooDeep', { max: p.max });
      case 'band_start':
        return t('problem.bandStart', { expected: p.expected });
      case 'band_open_end':
        return t('problem.bandOpen');
      case 'band_ends_before_start':
        return t('problem.bandReversed');
      case 'alias_one_target':
        return t('problem.aliasTarget');
      case 'unknown_place':
        return t('problem.unknownPlace', { value: p.code });
      default:
        return t('problem.invalid');
    }
  }
  const last = path.at(-1);
  const field = typeof last === 'number' ? path.at(-2) : last;
  if (issue.code === 'too_small') return issue.origin === 'string' ? t('problem.empty') : issue.origin === 'array' ? t('problem.tooFew', { count: Number(issue.minimum) }) : t('problem.tooLow', { min: Number(issue.minimum) });
  if (issue.code === 'too_big') return issue.origin === 'string' ? t('problem.tooLong', { count: Number(issue.maximum) }) : issue.origin === 'array' ? t('problem.tooMany', { count: Number(issue.maximum) }) : t('problem.tooHigh', { max: Number(issue.maximum) });
  if (issue.code === 'invalid_format') {
    if (field === 'id') return t('problem.idFormat');
    if (field === 'gbtCodes') return t('industry.codeUnknown', { code: String(issue.input ?? '') });
    return t('problem.format');
  }
  if (issue.code === 'invalid_value') return t('problem.choose');
  if (issue.code === 'invalid_type') return issue.input === undefined || issue.input === null ? t('problem.missing') : t('problem.wrongKind');
  return t('problem.invalid');
}

/** One line per issue: where it is, then what is wrong. */
export function describeTaxonomyIssues(issues: readonly z.core.$ZodIssue[], draft: EventTaxonomies, t: TFunction, lang: string): string[] {
  return issues.map((issue) => `${where(issue.path, draft, t, lang)}: ${what(issue, issue.path, t)}`);
}

/** Why loading or saving failed, in words (never the server's English sentence or a status code alone). */
export function taxonomyRequestError(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('error.network');
  if (error instanceof HttpError) {
    if (error.status === 401) return t('error.session');
    if (error.status === 403) return t('error.forbidden');
    if (error.status === 413) return t('error.tooLarge');
    if (error.status === 429) return t('error.busy');
    if (error.status >= 500) return t('error.server');
    if (error.status === 400) return t('error.refused');
  }
  return t('error.other');
}
