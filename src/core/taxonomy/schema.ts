/**
 * zod schemas of an event's taxonomies, so the console can edit them and the server can store
 * and hand out the edited versions (validated at the boundary like every other input), and the
 * defaults an event starts from.
 */
import { z } from 'zod';
import { PROVINCES, cityByCode } from './chinaDivisions';
import { CN_EMPLOYEE_THRESHOLDS, DEFAULT_COMPANY_SIZE_BANDS, type CnSizeSector } from './companySize';
import { isCountryCode } from './countries';
import { DEFAULT_INDUSTRIES } from './industryDefaults';
import { GBT_CODE, gbtSectionOf } from './gbt4754Codes';
import { GBT_SECTIONS, ISIC_SECTIONS } from './industrySections';
import { DEFAULT_PRODUCT_TREE, walkProductTree, type ProductNode } from './productInterest';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9_+-]{0,63}$/, 'lowercase_code_format');
const text = (max: number) => z.string().trim().min(1).max(max);

export const localisedLabelSchema = z.object({ 'zh-CN': text(120), 'zh-TW': text(120), en: text(200) });

export const industryEntrySchema = z.object({
  id: idSchema,
  labels: localisedLabelSchema,
  gbt: z.enum(GBT_SECTIONS).nullable(),
  isic: z.enum(ISIC_SECTIONS).nullable(),
  /** GB/T 4754 codes the entry covers (industryDefaults.ts); none: the default entry's of the same id. */
  gbtCodes: z.array(z.string().regex(GBT_CODE, 'gbt_code_format')).max(100).default([]),
  /** See industryDefaults.ts for the syntax (~weak, anchored$). */
  keywords: z.array(text(60)).max(400).default([]),
});

function uniqueIds(ids: readonly string[], ctx: z.RefinementCtx, pathOf: (index: number) => Array<string | number>): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: 'duplicate_id', params: { id }, path: pathOf(i) });
    seen.add(id);
  });
}

export const industryTaxonomySchema = z
  .object({ entries: z.array(industryEntrySchema).min(1).max(200) })
  .superRefine((t, ctx) => {
    uniqueIds(t.entries.map((e) => e.id), ctx, (i) => ['entries', i, 'id']);
    // An entry's codes lie in its own section, or its figures would be counted in two.
    t.entries.forEach((e, i) => {
      for (const code of e.gbtCodes) {
        if (e.gbt && gbtSectionOf(code) !== e.gbt) ctx.addIssue({ code: 'custom', message: 'gbt_code_outside_section', params: { id: e.id, code, section: e.gbt }, path: ['entries', i, 'gbtCodes'] });
      }
    });
  });

export const productNodeSchema: z.ZodType<ProductNode> = z.lazy(() =>
  z.object({
    id: idSchema,
    labels: localisedLabelSchema,
    children: z.array(productNodeSchema).max(200).optional(),
  }),
);

const MAX_TREE_DEPTH = 4;
const MAX_TREE_NODES = 2000;

export const productInterestTaxonomySchema = z.object({ nodes: z.array(productNodeSchema).max(200) }).superRefine((t, ctx) => {
  const all = [...walkProductTree(t.nodes)];
  if (all.length > MAX_TREE_NODES) ctx.addIssue({ code: 'custom', message: 'too_many_entries', params: { max: MAX_TREE_NODES } });
  if (all.some((n) => n.path.length > MAX_TREE_DEPTH)) ctx.addIssue({ code: 'custom', message: 'tree_too_deep', params: { max: MAX_TREE_DEPTH } });
  uniqueIds(all.map((n) => n.node.id), ctx, () => ['nodes']);
});

const CN_SECTORS = Object.keys(CN_EMPLOYEE_THRESHOLDS) as [CnSizeSector, ...CnSizeSector[]];

export const companySizeBandSchema = z.object({
  id: idSchema,
  min: z.number().int().min(1),
  max: z.number().int().min(1).nullable(),
  labels: localisedLabelSchema,
});

/** Bands must start at 1, follow each other without gap or overlap, and end open. */
export const companySizeTaxonomySchema = z
  .object({
    bands: z.array(companySizeBandSchema).min(1).max(20),
    /** Which sector's thresholds give the indicative Chinese class shown beside each band. */
    cnSector: z.enum(CN_SECTORS).default('industry'),
  })
  .superRefine((t, ctx) => {
    uniqueIds(t.bands.map((b) => b.id), ctx, (i) => ['bands', i, 'id']);
    let expected = 1;
    t.bands.forEach((band, i) => {
      const last = i === t.bands.length - 1;
      if (band.min !== expected) ctx.addIssue({ code: 'custom', message: 'band_start', params: { id: band.id, expected }, path: ['bands', i, 'min'] });
      if (last !== (band.max === null)) ctx.addIssue({ code: 'custom', message: 'band_open_end', path: ['bands', i, 'max'] });
      if (band.max !== null) {
        if (band.max < band.min) ctx.addIssue({ code: 'custom', message: 'band_ends_before_start', params: { id: band.id }, path: ['bands', i, 'max'] });
        expected = band.max + 1;
      }
    });
  });

const PROVINCE_CODES = new Set(PROVINCES.map((p) => p.code));

/** A local name the organizer wants read as a place ("前海" → 深圳市, "Pudong" → 上海市). */
export const regionAliasSchema = z
  .object({
    name: text(60),
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
    province: z.string().regex(/^\d{6}$/).optional(),
    city: z.string().regex(/^\d{6}$/).optional(),
  })
  .superRefine((a, ctx) => {
    const targets = [a.country, a.province, a.city].filter((t) => t !== undefined);
    if (targets.length !== 1) ctx.addIssue({ code: 'custom', message: 'alias_one_target' });
    if (a.country !== undefined && !isCountryCode(a.country)) ctx.addIssue({ code: 'custom', message: 'unknown_place', params: { code: a.country }, path: ['country'] });
    if (a.province !== undefined && !PROVINCE_CODES.has(a.province)) ctx.addIssue({ code: 'custom', message: 'unknown_place', params: { code: a.province }, path: ['province'] });
    if (a.city !== undefined && !cityByCode(a.city)) ctx.addIssue({ code: 'custom', message: 'unknown_place', params: { code: a.city }, path: ['city'] });
  });

export const regionTaxonomySchema = z.object({ aliases: z.array(regionAliasSchema).max(500).default([]) });

export const eventTaxonomiesSchema = z.object({
  version: z.literal(1),
  industry: industryTaxonomySchema,
  region: regionTaxonomySchema,
  productInterest: productInterestTaxonomySchema,
  companySize: companySizeTaxonomySchema,
});

export type IndustryTaxonomy = z.infer<typeof industryTaxonomySchema>;
export type RegionTaxonomy = z.infer<typeof regionTaxonomySchema>;
export type ProductInterestTaxonomy = z.infer<typeof productInterestTaxonomySchema>;
export type CompanySizeTaxonomy = z.infer<typeof companySizeTaxonomySchema>;
export type EventTaxonomies = z.infer<typeof eventTaxonomiesSchema>;

export const DEFAULT_TAXONOMIES: EventTaxonomies = {
  version: 1,
  industry: { entries: DEFAULT_INDUSTRIES.map((e) => ({ ...e, labels: { ...e.labels }, gbtCodes: [...(e.gbtCodes ?? [])], keywords: [...e.keywords] })) },
  region: { aliases: [] },
  productInterest: { nodes: cloneTree(DEFAULT_PRODUCT_TREE) },
  companySize: { bands: DEFAULT_COMPANY_SIZE_BANDS.map((b) => ({ ...b, labels: { ...b.labels } })), cnSector: 'industry' },
};

function cloneTree(nodes: readonly ProductNode[]): ProductNode[] {
  return nodes.map((n) => (n.children ? { ...n, labels: { ...n.labels }, children: cloneTree(n.children) } : { ...n, labels: { ...n.labels } }));
}
