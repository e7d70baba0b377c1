/**
 * Survey responses as a table: one row per response, one column per question asked in any of the
 * exported versions (defined by the newest version that asks it), in the language chosen.
 */
import { localized, type LocalizedText } from '../../core/schema/localized';
import type { ContactAnswer, ResponseLanguage } from '../../core/surveys/response';
import type { Question } from '../../core/surveys/schema';
import type { VersionContent } from '../../core/surveys/results';
import { dayOf } from '../../core/surveys/results';
import type { ResponseRow } from '../surveys/surveys';
import type { Column } from './table';

const L = (zhCN: string, zhTW: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

const HEADERS = {
  id: L('答卷编号', '答卷編號', 'Response id'),
  version: L('版本', '版本', 'Version'),
  at: L('填写时间', '填寫時間', 'Answered at'),
  day: L('日期', '日期', 'Day'),
  audience: L('受众', '受眾', 'Audience'),
  mode: L('方式', '方式', 'Mode'),
  channel: L('渠道', '管道', 'Channel'),
  language: L('语言', '語言', 'Language'),
  device: L('设备', '裝置', 'Device'),
  attendee: L('观众编号', '觀眾編號', 'Attendee id'),
};
const YES = L('是', '是', 'yes');
const NO = L('否', '否', 'no');

function questionsOf(versions: readonly VersionContent[]): Question[] {
  const seen = new Map<string, Question>();
  for (const v of [...versions].sort((a, b) => b.version - a.version)) for (const q of v.content.questions) if (!seen.has(q.id)) seen.set(q.id, q);
  return [...seen.values()];
}

function optionLabel(versions: readonly VersionContent[], questionId: string, value: string, lang: string): string {
  for (const v of [...versions].sort((a, b) => b.version - a.version)) {
    const q = v.content.questions.find((x) => x.id === questionId);
    if (q && (q.type === 'single' || q.type === 'multiple')) {
      const o = q.options.find((x) => x.value === value);
      if (o) return localized(o.label, lang);
    }
  }
  return value;
}

function cell(versions: readonly VersionContent[], q: Question, value: unknown, lang: string): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return localized(value ? YES : NO, lang);
  if (typeof value === 'string') return q.type === 'single' ? optionLabel(versions, q.id, value, lang) : value;
  if (Array.isArray(value)) return value.map((v) => optionLabel(versions, q.id, String(v), lang)).join('; ');
  const c = value as ContactAnswer;
  return [c.name, c.email, c.phone].filter((x) => typeof x === 'string' && x.trim()).join(' / ');
}

export function responseColumns(versions: readonly VersionContent[], lang: ResponseLanguage, timeZone: string): Array<Column<ResponseRow>> {
  const h = (key: keyof typeof HEADERS) => localized(HEADERS[key], lang);
  const fixed: Array<Column<ResponseRow>> = [
    { header: h('id'), value: (r) => r.id },
    { header: h('version'), value: (r) => r.version },
    { header: h('at'), value: (r) => r.at },
    { header: h('day'), value: (r) => dayOf(r.at, timeZone) },
    { header: h('audience'), value: (r) => r.audience },
    { header: h('mode'), value: (r) => r.mode },
    { header: h('channel'), value: (r) => r.channel },
    { header: h('language'), value: (r) => r.language },
    { header: h('device'), value: (r) => r.deviceName },
    { header: h('attendee'), value: (r) => r.attendeeId },
  ];
  return [
    ...fixed,
    ...questionsOf(versions).map((q): Column<ResponseRow> => ({
      header: `${localized(q.text, lang)} [${q.id}]`,
      // A response from a version without this question leaves the cell empty.
      value: (r) => cell(versions, q, r.answers[q.id], lang),
    })),
  ];
}
