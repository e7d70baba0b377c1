/** Roster column headers as organizers' registration systems export them, in Chinese or English. */
import { labelKey } from '../text/normalise';

export const ROSTER_FIELDS = ['ref', 'badge', 'name', 'company', 'title', 'mobile', 'email', 'country', 'province', 'city', 'category', 'consentShare', 'consentData'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

const ALIASES: Record<RosterField, readonly string[]> = {
  ref: ['编号', '登记号', '注册号', '报名编号', '登记编号', '序号id', 'id', 'ref', 'registrationid', 'registrationno', 'regno', 'reference'],
  badge: ['胸卡号', '证件号', '条码', '条形码', '二维码', '入场码', 'badge', 'badgecode', 'barcode', 'qrcode', 'code'],
  name: ['姓名', '名字', '联系人', 'name', 'fullname', 'visitorname'],
  company: ['公司', '公司名称', '单位', '单位名称', '企业名称', 'company', 'companyname', 'organisation', 'organization'],
  title: ['职位', '职务', '头衔', 'title', 'jobtitle', 'position'],
  mobile: ['手机', '手机号', '手机号码', '移动电话', '电话', 'mobile', 'mobilephone', 'cellphone', 'cell', 'phone', 'tel'],
  email: ['邮箱', '电子邮箱', '电子邮件', '邮件', 'email', 'emailaddress', 'mail'],
  country: ['国家', '国家地区', '国家/地区', '国别', 'country', 'countryregion'],
  province: ['省份', '省', '省市', '省/直辖市', 'province', 'state', 'region'],
  city: ['城市', '市', 'city'],
  category: ['类别', '观众类别', '身份', '类型', 'category', 'type', 'visitortype'],
  // Consent as registration forms ask it: sharing contact details with exhibitors (booth leads get
  // email and mobile only with it), and the organizer's own use of the data.
  consentShare: ['同意分享给展商', '同意共享', '同意分享', '同意共享给展商', '共享给展商', 'consentshare', 'sharewithexhibitors', 'sharecontact'],
  consentData: ['同意使用', '同意使用数据', '同意数据使用', '同意使用个人信息', 'consentdata', 'dataconsent'],
};

const LOOKUP = new Map<string, RosterField>();
for (const field of ROSTER_FIELDS) for (const alias of ALIASES[field]) LOOKUP.set(labelKey(alias), field);

export const REQUIRED_ROSTER_FIELDS: readonly RosterField[] = ['name'];

export interface ColumnMapping {
  /** Column index for each recognised field. */
  fields: Partial<Record<RosterField, number>>;
  /** Headers we did not recognise: kept with the attendee as extra data, never dropped. */
  extra: Array<{ index: number; header: string }>;
  /** The same field named by two columns. */
  duplicates: Array<{ field: RosterField; headers: string[] }>;
  missing: RosterField[];
}

export function mapColumns(headers: readonly string[]): ColumnMapping {
  const fields: Partial<Record<RosterField, number>> = {};
  const extra: ColumnMapping['extra'] = [];
  const dupes = new Map<RosterField, string[]>();
  headers.forEach((header, index) => {
    const field = LOOKUP.get(labelKey(header));
    if (!field) {
      if (header.trim()) extra.push({ index, header: header.trim() });
      return;
    }
    const existing = fields[field];
    if (existing !== undefined) {
      dupes.set(field, [...(dupes.get(field) ?? [headers[existing] ?? '']), header]);
      return;
    }
    fields[field] = index;
  });
  return {
    fields,
    extra,
    duplicates: [...dupes].map(([field, hs]) => ({ field, headers: hs })),
    missing: REQUIRED_ROSTER_FIELDS.filter((f) => fields[f] === undefined),
  };
}
