/**
 * Names of the customer database's codes (stages, sources, lost reasons, contact kinds, retention
 * groups) in the report's and the exports' languages. The console translates the same codes with
 * the app's i18n; these are for files the server writes (it never imports the app).
 */
import type { LocalizedText } from '../schema/localized';
import type { RetentionGroup } from './retention';
import type { LostReason, NoteKind, Source, Stage } from './pipeline';

const t = (zhCN: string, zhTW: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

export const STAGE_LABELS: Record<Stage, LocalizedText> = {
  collect: t('搜集信息', '蒐集資訊', 'Collect information'),
  first_contact: t('初步沟通', '初步溝通', 'First contact'),
  goodwill: t('培养好感', '培養好感', 'Build goodwill'),
  relationship: t('确立合作关系', '確立合作關係', 'Establish the relationship'),
  negotiate: t('商务洽谈', '商務洽談', 'Negotiate'),
  signed: t('合作签约', '合作簽約', 'Signed'),
  retained: t('保持', '保持', 'Retained'),
  at_risk: t('有流失风险', '有流失風險', 'At risk'),
  lost: t('已流失', '已流失', 'Lost'),
  won_back: t('已挽回', '已挽回', 'Won back'),
};

export const SOURCE_LABELS: Record<Source, LocalizedText> = {
  industry_directory: t('行业企业名录', '產業企業名錄', 'Industry directories'),
  associations: t('商会和行业协会', '商會和產業協會', 'Chambers of commerce and trade associations'),
  government: t('政府主管部门', '政府主管部門', 'Government authorities'),
  trade_press: t('专业报刊', '專業報刊', 'Trade press'),
  other_shows: t('同题材展会/会刊', '同題材展會／會刊', 'Shows on the same subject and their catalogues'),
  missions_abroad: t('驻外机构', '駐外機構', 'Missions abroad'),
  internet: t('网络', '網路', 'Internet'),
  referral: t('朋友介绍', '朋友介紹', 'Introduced by a friend'),
};

export const LOST_REASON_LABELS: Record<LostReason, LocalizedText> = {
  positioning: t('定位', '定位', 'Positioning'),
  quality: t('质量', '品質', 'Quality'),
  market: t('市场', '市場', 'Market'),
  service: t('服务质量', '服務品質', 'Quality of service'),
  own: t('客户自身', '客戶自身', "The customer's own reasons"),
  social: t('社会', '社會', 'Society'),
};

export const NOTE_KIND_LABELS: Record<NoteKind, LocalizedText> = {
  note: t('备注', '備註', 'Note'),
  visit: t('拜访', '拜訪', 'Visit'),
  call: t('电话', '電話', 'Call'),
  email: t('邮件', '郵件', 'Email'),
  letter: t('信函', '信函', 'Letter'),
};

export const RETENTION_GROUP_LABELS: Record<RetentionGroup | 'lostBefore', LocalizedText> = {
  customers: t('本届客户', '本屆客戶', 'Customers of this edition'),
  previousCustomers: t('上届客户', '上屆客戶', 'Customers of the previous edition'),
  returning: t('回头客户', '回頭客戶', 'Returning'),
  new: t('新客户', '新客戶', 'New'),
  reactivated: t('重新激活', '重新啟用', 'Reactivated'),
  lost: t('流失客户', '流失客戶', 'Lost'),
  lostBefore: t('上届流失客户', '上屆流失客戶', 'Lost at the previous edition'),
};
