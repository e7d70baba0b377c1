/** Set-up for information-booth tests: a kiosk device with a staff PIN and a published survey in its config. */
import { newId } from '../../../src/core/ids';
import type { SurveyContent, SurveyDoc } from '../../../src/core/surveys/schema';
import type { DeviceRow, ShowfloorDb } from '../../../src/app/db/schema';
import { deskDevice } from './fixtures';

export const L = (en: string, zhCN = `${en}（简）`, zhTW = `${en}（繁）`) => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

export function kioskDevice(overrides: Partial<DeviceRow> = {}): DeviceRow {
  return deskDevice({ role: 'kiosk', deviceName: 'Info kiosk 1', ...overrides });
}

export function surveyDoc(overrides: Partial<SurveyContent> = {}, version = 2): SurveyDoc {
  return {
    id: newId(),
    version,
    publishedAt: '2026-03-01T01:00:00.000Z',
    title: L('Visitor survey', '观众调查', '觀眾調查'),
    intro: L('', '', ''),
    thanks: L('', '', ''),
    audience: 'public_visitor',
    questions: [
      { id: 'nps', type: 'nps', required: true, text: L('How likely are you to recommend the show?', '您有多大可能推荐本展会？', '您有多大可能推薦本展會？') },
      { id: 'sat', type: 'csat', style: 'faces', required: true, text: L('How satisfied are you?', '您满意吗？', '您滿意嗎？') },
      { id: 'comment', type: 'text', required: false, text: L('Anything else?', '还有其他意见吗？', '還有其他意見嗎？') },
    ],
    ...overrides,
  };
}

export async function storeSurvey(d: ShowfloorDb, doc: SurveyDoc): Promise<void> {
  await d.config.put({ kind: 'survey', key: doc.id, data: doc });
}
