/**
 * Company-size bands by number of employees, and the Chinese enterprise size classes shown
 * beside them.
 *
 * The default bands 1–9, 10–49, 50–249, 250–999, 1000+ extend the EU SME definition
 * (Commission Recommendation 2003/361/EC: micro < 10, small < 50, medium < 250 employees) with
 * a split of large companies at 1,000, which is how exhibitors ask.
 *
 * China classifies enterprises as 大型/中型/小型/微型 under 《统计上大中小微型企业划分办法（2017）》
 * (National Bureau of Statistics, 国统字〔2017〕213号). Its thresholds depend on the industry and
 * combine employees (从业人员) with revenue (营业收入) or assets; a large or medium enterprise must
 * meet both, a small or micro one either. A trade-show form asks for employees only, so the
 * Chinese class shown beside a band is indicative: it applies the employee thresholds alone, of
 * the industrial sector (工业: 微 < 20, 小 20–299, 中 300–999, 大 ≥ 1000) unless the caller names
 * another sector. Some sectors (agriculture, construction, real-estate development) have no
 * employee thresholds at all; for them no Chinese class is shown.
 */
import { label, type LocalisedLabel } from './labels';

export interface CompanySizeBand {
  id: string;
  /** Inclusive bounds; max null for the open-ended top band. */
  min: number;
  max: number | null;
  labels: LocalisedLabel;
}

export const DEFAULT_COMPANY_SIZE_BANDS: readonly CompanySizeBand[] = [
  { id: '1-9', min: 1, max: 9, labels: label('1–9人', '1–9人', '1–9 employees') },
  { id: '10-49', min: 10, max: 49, labels: label('10–49人', '10–49人', '10–49 employees') },
  { id: '50-249', min: 50, max: 249, labels: label('50–249人', '50–249人', '50–249 employees') },
  { id: '250-999', min: 250, max: 999, labels: label('250–999人', '250–999人', '250–999 employees') },
  { id: '1000+', min: 1000, max: null, labels: label('1000人及以上', '1000人及以上', '1,000 or more employees') },
];

export function bandForCount(employees: number, bands: readonly CompanySizeBand[] = DEFAULT_COMPANY_SIZE_BANDS): CompanySizeBand | null {
  return bands.find((b) => employees >= b.min && (b.max === null || employees <= b.max)) ?? null;
}

export const CN_ENTERPRISE_SIZES = ['large', 'medium', 'small', 'micro'] as const;
export type CnEnterpriseSize = (typeof CN_ENTERPRISE_SIZES)[number];

export const CN_ENTERPRISE_SIZE_LABELS: Readonly<Record<CnEnterpriseSize, LocalisedLabel>> = {
  large: label('大型', '大型', 'large'),
  medium: label('中型', '中型', 'medium'),
  small: label('小型', '小型', 'small'),
  micro: label('微型', '微型', 'micro'),
};

/** Sectors of the 2017 rules that set employee thresholds, plus those that set none. */
export type CnSizeSector =
  | 'industry'
  | 'wholesale'
  | 'retail'
  | 'transport'
  | 'warehousing'
  | 'postal'
  | 'accommodation'
  | 'catering'
  | 'information_transmission'
  | 'software_it'
  | 'property_management'
  | 'leasing_business_services'
  | 'other'
  | 'agriculture'
  | 'construction'
  | 'real_estate_development';

/** Lowest employee count of the large, medium and small classes; below `small` is micro. */
export interface CnEmployeeThresholds {
  large: number;
  medium: number;
  small: number;
}

export const CN_EMPLOYEE_THRESHOLDS: Readonly<Record<CnSizeSector, CnEmployeeThresholds | null>> = {
  industry: { large: 1000, medium: 300, small: 20 },
  wholesale: { large: 200, medium: 20, small: 5 },
  retail: { large: 300, medium: 50, small: 10 },
  transport: { large: 1000, medium: 300, small: 20 },
  warehousing: { large: 200, medium: 100, small: 20 },
  postal: { large: 1000, medium: 300, small: 20 },
  accommodation: { large: 300, medium: 100, small: 10 },
  catering: { large: 300, medium: 100, small: 10 },
  information_transmission: { large: 2000, medium: 100, small: 10 },
  software_it: { large: 300, medium: 100, small: 10 },
  property_management: { large: 1000, medium: 300, small: 100 },
  leasing_business_services: { large: 300, medium: 100, small: 10 },
  other: { large: 300, medium: 100, small: 10 },
  agriculture: null,
  construction: null,
  real_estate_development: null,
};

export function cnSizeForCount(employees: number, sector: CnSizeSector = 'industry'): CnEnterpriseSize | null {
  const t = CN_EMPLOYEE_THRESHOLDS[sector];
  if (!t || employees < 1) return null;
  if (employees >= t.large) return 'large';
  if (employees >= t.medium) return 'medium';
  if (employees >= t.small) return 'small';
  return 'micro';
}

/**
 * The Chinese classes a band overlaps, largest first: 10–49 employees is 小型 or 微型 under the
 * industrial thresholds, so both are shown. Empty when the sector has no employee thresholds.
 */
export function cnSizesForBand(band: Pick<CompanySizeBand, 'min' | 'max'>, sector: CnSizeSector = 'industry'): CnEnterpriseSize[] {
  const t = CN_EMPLOYEE_THRESHOLDS[sector];
  if (!t) return [];
  const ranges: Array<[CnEnterpriseSize, number, number]> = [
    ['large', t.large, Infinity],
    ['medium', t.medium, t.large - 1],
    ['small', t.small, t.medium - 1],
    ['micro', 1, t.small - 1],
  ];
  const max = band.max ?? Infinity;
  return ranges.filter(([, lo, hi]) => band.min <= hi && max >= lo && lo <= hi).map(([size]) => size);
}
