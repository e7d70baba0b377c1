/**
 * The visitor information form (信息表) for walk-in registration. The organizer decides per event
 * which fields are shown, which are required, their order and the options of choice fields;
 * desks receive the form with the config and render it offline.
 */
import { z } from 'zod';
import { localizedTextSchema, type LocalizedText } from '../schema/localized';

export const FORM_FIELDS = [
  'name',
  'company',
  'title',
  'jobFunction',
  'mobile',
  'email',
  'country',
  'region',
  'industry',
  'companySize',
  'interests',
  'visitPurpose',
  'purchaseRole',
  'heardVia',
  'consentData',
  'consentShare',
] as const;
export type FormFieldKey = (typeof FORM_FIELDS)[number];

/** Fields whose options the organizer edits here; industry, size, interests and regions come from the event's taxonomies. */
export const OPTION_FIELDS = ['jobFunction', 'visitPurpose', 'purchaseRole', 'heardVia'] as const;
export type OptionFieldKey = (typeof OPTION_FIELDS)[number];

export const formOptionSchema = z.object({ value: z.string().min(1).max(60), label: localizedTextSchema });
export type FormOption = z.infer<typeof formOptionSchema>;

export const formFieldSchema = z.object({
  key: z.enum(FORM_FIELDS),
  shown: z.boolean(),
  required: z.boolean(),
  options: z.array(formOptionSchema).max(100).optional(),
});
export type FormField = z.infer<typeof formFieldSchema>;

export const visitorFormSchema = z
  .object({ fields: z.array(formFieldSchema).max(FORM_FIELDS.length) })
  .refine((f) => new Set(f.fields.map((x) => x.key)).size === f.fields.length, { message: 'duplicate_field' })
  .refine((f) => f.fields.some((x) => x.key === 'name' && x.shown && x.required), { message: 'name_field_required' });
export type VisitorForm = z.infer<typeof visitorFormSchema>;

const o = (value: string, zhCN: string, zhTW: string, en: string): FormOption => ({ value, label: { 'zh-CN': zhCN, 'zh-TW': zhTW, en } satisfies LocalizedText });

export const DEFAULT_OPTIONS: Record<OptionFieldKey, FormOption[]> = {
  jobFunction: [
    o('management', '企业管理', '企業管理', 'General management'),
    o('purchasing', '采购', '採購', 'Purchasing'),
    o('sales', '销售/市场', '銷售／行銷', 'Sales / marketing'),
    o('engineering', '研发/技术', '研發／技術', 'R&D / engineering'),
    o('production', '生产/制造', '生產／製造', 'Production'),
    o('quality', '质量', '品質', 'Quality'),
    o('logistics', '物流/供应链', '物流／供應鏈', 'Logistics / supply chain'),
    o('consulting', '咨询/服务', '諮詢／服務', 'Consulting / services'),
    o('other', '其他', '其他', 'Other'),
  ],
  visitPurpose: [
    o('sourcing', '采购/寻找供应商', '採購／尋找供應商', 'Sourcing / finding suppliers'),
    o('new_products', '了解新产品', '了解新產品', 'Seeing new products'),
    o('market', '了解市场趋势', '了解市場趨勢', 'Market trends'),
    o('partners', '寻找合作伙伴', '尋找合作夥伴', 'Finding partners'),
    o('conference', '参加会议论坛', '參加會議論壇', 'Conferences'),
    o('exhibiting_next', '考虑明年参展', '考慮明年參展', 'Considering exhibiting'),
    o('other', '其他', '其他', 'Other'),
  ],
  purchaseRole: [
    o('decides', '最终决策', '最終決策', 'Final decision'),
    o('recommends', '参与/建议', '參與／建議', 'Recommends / specifies'),
    o('none', '不参与', '不參與', 'No role'),
  ],
  heardVia: [
    o('invitation', '邀请函/短信', '邀請函／簡訊', 'Invitation / SMS'),
    o('wechat', '微信', '微信', 'WeChat'),
    o('website', '官网', '官網', 'Show website'),
    o('media', '行业媒体', '產業媒體', 'Trade media'),
    o('exhibitor', '展商邀请', '展商邀請', 'Invited by an exhibitor'),
    o('colleague', '同事/朋友', '同事／朋友', 'Colleague / friend'),
    o('previous', '往届参观', '往屆參觀', 'Visited before'),
    o('other', '其他', '其他', 'Other'),
  ],
};

const REQUIRED_BY_DEFAULT: ReadonlySet<FormFieldKey> = new Set(['name', 'company', 'mobile', 'consentData']);

export const DEFAULT_VISITOR_FORM: VisitorForm = {
  fields: FORM_FIELDS.map((key) => ({
    key,
    shown: true,
    required: REQUIRED_BY_DEFAULT.has(key),
    ...((OPTION_FIELDS as readonly string[]).includes(key) ? { options: DEFAULT_OPTIONS[key as OptionFieldKey] } : {}),
  })),
};
