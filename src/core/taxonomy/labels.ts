/**
 * Labels in the product's three languages. Every taxonomy entry carries all three so the
 * console, the devices and the post-show report show the same names without a lookup service.
 */
import type { LocalizedText } from '../schema/localized';

export const TAXONOMY_LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type TaxonomyLocale = (typeof TAXONOMY_LOCALES)[number];

/** The same three-language text as everywhere else in the product (core/schema/localized.ts). */
export type LocalisedLabel = LocalizedText;

export function label(zhCN: string, zhTW: string, en: string): LocalisedLabel {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}
