/**
 * What classification reads from a stored visitor record: the form's declared answers (walk-ins
 * store codes, rosters free text), contact data, and the roster's extra columns an organizer's
 * registration system may add (address, landline, employees, industry, interests, business scope).
 * Roster import keeps every column it does not map, by its header, in attendees.extra; header
 * names are matched here the way roster columns are (core/roster/columns.ts), in Chinese or English.
 */
import type { VisitorCorrections, VisitorRecordInput } from '../classify/visitor';
import type { BoothScan } from '../classify/interests';
import { labelKey } from '../text/normalise';

export interface StoredVisitor {
  company: string;
  mobile: string;
  email: string;
  country: string;
  province: string;
  city: string;
  industry: string;
  companySize: string;
  interests: readonly string[];
  extra: Readonly<Record<string, unknown>>;
}

type ExtraField = 'address' | 'phone' | 'employees' | 'industry' | 'companySize' | 'interests' | 'businessScope';

const EXTRA_ALIASES: Record<ExtraField, readonly string[]> = {
  address: ['地址', '公司地址', '通讯地址', '联系地址', '详细地址', '单位地址', '通信地址', 'address', 'companyaddress', 'street', 'streetaddress', 'mailingaddress'],
  phone: ['座机', '固定电话', '固话', '办公电话', '公司电话', '单位电话', '电话号码', 'landline', 'officephone', 'telephone', 'workphone', 'businessphone'],
  employees: ['员工人数', '员工数', '人数', '从业人数', '从业人员', '职工人数', 'employees', 'numberofemployees', 'headcount', 'staffnumber'],
  companySize: ['公司规模', '企业规模', '单位规模', '规模', 'companysize', 'size', 'staffsize'],
  industry: ['行业', '所属行业', '行业类别', '行业分类', '所在行业', 'industry', 'sector', 'businesstype'],
  interests: ['感兴趣的产品', '感兴趣产品', '关注产品', '采购意向产品', '产品兴趣', '意向产品', '兴趣', 'interests', 'productinterests', 'productsofinterest', 'interestedproducts'],
  // What the company does in its own words: the registered business scope, or the main business
  // or products a registration system asks for. The industry rule reads it before the name.
  businessScope: ['经营范围', '营业范围', '营业项目', '经营项目', '主营业务', '主营', '主营产品', '主要产品', '业务范围', 'businessscope', 'scopeofbusiness', 'mainbusiness', 'mainproducts', 'principalactivities', 'natureofbusiness'],
};

const EXTRA_LOOKUP = new Map<string, ExtraField>();
for (const [field, aliases] of Object.entries(EXTRA_ALIASES) as Array<[ExtraField, readonly string[]]>) for (const a of aliases) EXTRA_LOOKUP.set(labelKey(a), field);

function extraFields(extra: Readonly<Record<string, unknown>>): Partial<Record<ExtraField, string>> {
  const found: Partial<Record<ExtraField, string>> = {};
  for (const [header, value] of Object.entries(extra)) {
    const field = EXTRA_LOOKUP.get(labelKey(header));
    if (field && typeof value === 'string' && value.trim() && found[field] === undefined) found[field] = value.trim();
  }
  return found;
}

/** Interests written in one cell: "传感器、连接器; PLC". */
function splitList(text: string): string[] {
  return text
    .split(/[,，;；、|/\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function classificationInput(v: StoredVisitor, corrections: VisitorCorrections | null, scannedAtBooths: readonly BoothScan[] = []): VisitorRecordInput {
  const extra = extraFields(v.extra);
  // A size answer that is a count ("约120人") is read as employees; a band label as the band.
  const declaredSize = v.companySize || extra.companySize || '';
  return {
    company: v.company,
    mobile: v.mobile,
    phone: extra.phone ?? null,
    email: v.email,
    address: extra.address ?? null,
    employees: extra.employees ?? null,
    businessScope: extra.businessScope ?? null,
    declared: {
      country: v.country || null,
      province: v.province || null,
      city: v.city || null,
      industry: v.industry || extra.industry || null,
      companySize: declaredSize || null,
      interests: v.interests.length ? v.interests : extra.interests ? splitList(extra.interests) : null,
    },
    scannedAtBooths,
    corrections,
  };
}

const LEGAL_FORM = /(?:集团)?(?:股份)?有限(?:责任)?公司$|(?:co\.?,?)?ltd\.?$|inc\.?$|gmbh$|llc$|corp(?:oration)?\.?$|limited$/;

/**
 * The weak identity signal: name and company, normalised so "张伟 / 华南机械有限公司" and
 * "张 伟 / 华南机械" meet. Empty when either is missing: a name alone says too little.
 */
export function nameCompanyKey(name: string, company: string): string {
  const n = labelKey(name);
  const c = labelKey(company).replace(/[,，.。&'"]/g, '').replace(LEGAL_FORM, '');
  return n && c ? `${n}|${c}` : '';
}

/** The fields of a desk's walk-in that classification reads (core/visitors/walkIn.ts). */
export type WalkInFields = Omit<StoredVisitor, 'extra'>;

/**
 * What classification reads from a walk-in: exactly what the server reads back from the
 * attendee row it stores for it (no extra columns, no booth scans yet), so the desk's result at
 * capture and the server's on receipt are the same for the same taxonomies.
 */
export function walkInClassificationInput(v: WalkInFields, corrections: VisitorCorrections | null | undefined): VisitorRecordInput {
  return classificationInput({ ...v, email: v.email.toLowerCase(), extra: {} }, corrections ?? null);
}
