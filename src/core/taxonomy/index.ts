/**
 * Per-event taxonomies and the reference data behind them: GB/T 4754-2017 and ISIC Rev.4
 * sections, the default show industry list, GB/T 2260 divisions with landline area codes,
 * ISO 3166-1 countries, company-size bands with the Chinese size classes, product-interest trees.
 */
export * from './areaCodes';
export * from './chinaDivisions';
export * from './companySize';
export * from './countries';
export * from './gbt4754Classes';
export * from './gbt4754Codes';
export * from './industryDefaults';
export * from './industrySections';
export * from './labels';
export * from './productInterest';
export * from './schema';
export { hanziTables, placeNameToTraditional, toSimplified } from './hanzi';
