/**
 * Leads as a table, the same from the booth device (offline) and from the server (the whole team):
 * headers in the chosen language, choices as their labels, one column per qualification question.
 * CSV and XLSX both come from these columns (CSV escaping of = + - @ is core/csv's).
 */
import type { CsvCell } from '../csv';
import type { ListedLead } from './filters';
import type { LeadQuestion, Product } from './profile';
import type { FollowUpAction, LeadRating, LeadSource } from './schema';

export const EXPORT_LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

const HEADERS = {
  name: { 'zh-CN': '姓名', 'zh-TW': '姓名', en: 'Name' },
  company: { 'zh-CN': '公司', 'zh-TW': '公司', en: 'Company' },
  title: { 'zh-CN': '职位', 'zh-TW': '職位', en: 'Job title' },
  mobile: { 'zh-CN': '手机', 'zh-TW': '手機', en: 'Mobile' },
  phone: { 'zh-CN': '电话', 'zh-TW': '電話', en: 'Phone' },
  fax: { 'zh-CN': '传真', 'zh-TW': '傳真', en: 'Fax' },
  email: { 'zh-CN': '邮箱', 'zh-TW': '電子郵件', en: 'Email' },
  website: { 'zh-CN': '网址', 'zh-TW': '網址', en: 'Website' },
  address: { 'zh-CN': '地址', 'zh-TW': '地址', en: 'Address' },
  rating: { 'zh-CN': '意向', 'zh-TW': '意向', en: 'Rating' },
  interests: { 'zh-CN': '感兴趣的产品', 'zh-TW': '感興趣的產品', en: 'Product interests' },
  notes: { 'zh-CN': '备注', 'zh-TW': '備註', en: 'Notes' },
  followUp: { 'zh-CN': '跟进方式', 'zh-TW': '跟進方式', en: 'Follow-up' },
  due: { 'zh-CN': '跟进日期', 'zh-TW': '跟進日期', en: 'Follow-up due' },
  staff: { 'zh-CN': '接待人员', 'zh-TW': '接待人員', en: 'Staff' },
  source: { 'zh-CN': '来源', 'zh-TW': '來源', en: 'Source' },
  capturedAt: { 'zh-CN': '采集时间', 'zh-TW': '採集時間', en: 'Captured at' },
  updatedAt: { 'zh-CN': '更新时间', 'zh-TW': '更新時間', en: 'Updated at' },
  id: { 'zh-CN': '线索编号', 'zh-TW': '線索編號', en: 'Lead id' },
} as const;

export const RATING_LABELS: Record<LeadRating, Record<ExportLanguage, string>> = {
  hot: { 'zh-CN': '高意向', 'zh-TW': '高意向', en: 'Hot' },
  warm: { 'zh-CN': '中意向', 'zh-TW': '中意向', en: 'Warm' },
  cold: { 'zh-CN': '低意向', 'zh-TW': '低意向', en: 'Cold' },
};

export const FOLLOW_UP_LABELS: Record<FollowUpAction, Record<ExportLanguage, string>> = {
  send_catalogue: { 'zh-CN': '寄送产品目录', 'zh-TW': '寄送產品目錄', en: 'Send catalogue' },
  call_back: { 'zh-CN': '电话回访', 'zh-TW': '電話回訪', en: 'Call back' },
  quotation: { 'zh-CN': '报价', 'zh-TW': '報價', en: 'Quotation' },
  meeting: { 'zh-CN': '约见面谈', 'zh-TW': '約見面談', en: 'Meeting' },
};

const SOURCE_LABELS: Record<LeadSource, Record<ExportLanguage, string>> = {
  badge: { 'zh-CN': '扫描胸卡', 'zh-TW': '掃描胸卡', en: 'Badge' },
  card: { 'zh-CN': '名片', 'zh-TW': '名片', en: 'Business card' },
};

export interface LeadColumn {
  header: string;
  value(lead: ListedLead): CsvCell;
}

export interface LeadTableContext {
  lang: ExportLanguage;
  products: readonly Product[];
  questions: readonly LeadQuestion[];
}

function answerText(question: LeadQuestion, answer: string | string[] | undefined): string {
  if (answer === undefined) return '';
  if (question.type === 'text') return typeof answer === 'string' ? answer : answer.join('; ');
  const ids = typeof answer === 'string' ? [answer] : answer;
  return ids.map((id) => question.options.find((o) => o.id === id)?.label ?? id).join('; ');
}

export function leadColumns(ctx: LeadTableContext): LeadColumn[] {
  const h = (key: keyof typeof HEADERS) => HEADERS[key][ctx.lang];
  const productName = (id: string) => ctx.products.find((p) => p.id === id)?.name ?? id;
  return [
    { header: h('name'), value: (l) => l.contact.name },
    { header: h('company'), value: (l) => l.contact.company },
    { header: h('title'), value: (l) => l.contact.title },
    // Registration details appear only where the visitor agreed to share them (the server decides).
    { header: h('mobile'), value: (l) => l.contact.mobile ?? (l.shared?.mobile || null) },
    { header: h('phone'), value: (l) => l.contact.phone },
    { header: h('fax'), value: (l) => l.contact.fax },
    { header: h('email'), value: (l) => l.contact.email ?? (l.shared?.email || null) },
    { header: h('website'), value: (l) => l.contact.website },
    { header: h('address'), value: (l) => l.contact.address },
    { header: h('rating'), value: (l) => (l.rating ? RATING_LABELS[l.rating][ctx.lang] : '') },
    { header: h('interests'), value: (l) => l.interests.map(productName).join('; ') },
    ...ctx.questions.map((q) => ({ header: q.label, value: (l: ListedLead) => answerText(q, l.answers[q.id]) })),
    { header: h('notes'), value: (l) => l.notes },
    { header: h('followUp'), value: (l) => (l.followUp ? FOLLOW_UP_LABELS[l.followUp.action][ctx.lang] : '') },
    { header: h('due'), value: (l) => l.followUp?.due ?? '' },
    { header: h('staff'), value: (l) => l.staff },
    { header: h('source'), value: (l) => SOURCE_LABELS[l.source][ctx.lang] },
    { header: h('capturedAt'), value: (l) => l.capturedAt },
    { header: h('updatedAt'), value: (l) => l.updatedAt },
    { header: h('id'), value: (l) => l.id },
  ];
}

export function leadTable(leads: readonly ListedLead[], ctx: LeadTableContext): { header: string[]; rows: CsvCell[][] } {
  const columns = leadColumns(ctx);
  return { header: columns.map((c) => c.header), rows: leads.map((l) => columns.map((c) => c.value(l))) };
}

export function exportLanguage(lang: string): ExportLanguage {
  return (EXPORT_LANGUAGES as readonly string[]).includes(lang) ? (lang as ExportLanguage) : lang.startsWith('zh') ? 'zh-CN' : 'en';
}
