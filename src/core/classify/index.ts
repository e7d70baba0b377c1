/**
 * Classification of visitor records (issue 6): region, company size, industry and product
 * interest, each value marked declared, inferred (with rule and evidence) or unknown. Pure
 * functions shared by the devices and the server.
 */
export { readAddress, type AddressReading } from './address';
export { classifyCompanySize, parseEmployeeCount } from './companySize';
export { applyCorrection, isCorrection } from './correction';
export { DEFAULT_INDUSTRY_TAXONOMY, classifyIndustry, entryForCode, readBusinessScope, readCompanyTrade, readTradeText, type IndustryInput, type IndustryTaxonomyInput, type TradeReading } from './industry';
export { readCompanyName, type CompanyNameReading } from './companyName';
export { classifyInterests, type BoothScan, type InterestInput } from './interests';
export { readPhone, type PhoneReading } from './phone';
export { placeDictionary, type RegionAlias } from './places';
export { classifyRegion, type DeclaredRegion, type RegionClassification, type RegionCorrections, type RegionInput } from './region';
export { CLASSIFICATION_STATUSES, RETIRED_RULES, RULES, type ClassificationStatus, type ClassifiedValue } from './types';
export { classifyVisitor, type ClassificationTaxonomies, type VisitorClassification, type VisitorCorrections, type VisitorDeclared, type VisitorRecordInput } from './visitor';
