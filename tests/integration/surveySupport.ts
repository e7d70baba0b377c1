/**
 * Helpers for the information-booth suites: a logged-in console session, surveys built through
 * the console API, and responses and cases as a kiosk captures them.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Feedback } from '../../src/core/feedback/schema';
import { newId } from '../../src/core/ids';
import type { MutationEnvelope } from '../../src/core/schema/sync';
import type { SurveyDetail } from '../../src/core/surveys/console';
import type { SurveyResponse } from '../../src/core/surveys/response';
import type { LocalizedText } from '../../src/core/schema/localized';
import type { SurveyContent } from '../../src/core/surveys/schema';
import type { TestServer } from './harness';

export const text = (en: string, zhCN = `${en}（简）`, zhTW = `${en}（繁）`): LocalizedText => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

/** Creates the organizer account from loopback and returns the session cookie. */
export async function consoleSession(server: TestServer): Promise<string> {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/v1/console/setup',
    payload: { username: 'organizer', password: 'correct horse battery' },
    remoteAddress: '127.0.0.1',
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'sf_session');
  if (!cookie) throw new Error('no session cookie');
  return `sf_session=${cookie.value}`;
}

/** A console request as the console's own page makes it: JSON on every request that changes something, with a body or not. */
export function consoleCall(server: TestServer, cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
  const headers = method === 'GET' ? { cookie } : { cookie, 'content-type': 'application/json' };
  return server.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
}

export async function consoleJson<T>(server: TestServer, cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown): Promise<T> {
  const res = await consoleCall(server, cookie, method, url, payload);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}

/** Version 1 of the survey the suites use: NPS, CSAT, a choice, several choices, free text, contact and consent. */
export function fairSurvey(overrides: Partial<SurveyContent> = {}): SurveyContent {
  return {
    title: text('Visitor survey', '观众调查', '觀眾調查'),
    intro: text('', '', ''),
    thanks: text('', '', ''),
    audience: 'trade_visitor',
    questions: [
      { id: 'nps', type: 'nps', required: true, text: text('Recommend?') },
      { id: 'csat', type: 'csat', style: 'faces', required: true, text: text('Satisfied?') },
      {
        id: 'hall',
        type: 'single',
        required: false,
        text: text('Which hall?'),
        options: [
          { value: 'h1', label: text('Hall 1') },
          { value: 'h2', label: text('Hall 2') },
        ],
      },
      {
        id: 'topics',
        type: 'multiple',
        required: false,
        text: text('Topics?'),
        options: [
          { value: 'ai', label: text('AI') },
          { value: 'robots', label: text('Robots') },
          { value: 'energy', label: text('Energy') },
        ],
      },
      { id: 'comment', type: 'text', required: false, text: text('Anything else?') },
      { id: 'contact', type: 'contact', required: false, text: text('Contact?') },
      { id: 'consent', type: 'consent', required: false, text: text('You may contact me') },
    ],
    ...overrides,
  };
}

export async function createSurvey(server: TestServer, cookie: string, content: SurveyContent, active = true): Promise<SurveyDetail> {
  const survey = await consoleJson<SurveyDetail>(server, cookie, 'POST', '/api/v1/console/surveys', content);
  return active ? consoleJson<SurveyDetail>(server, cookie, 'POST', `/api/v1/console/surveys/${survey.id}/active`, { active: true }) : survey;
}

let seq = 0;

export function responseData(device: { deviceId: string; eventId: string }, surveyId: string, version: number, answers: Record<string, unknown>, overrides: Partial<SurveyResponse> = {}): SurveyResponse {
  return {
    id: newId(),
    eventId: device.eventId,
    deviceId: device.deviceId,
    capturedAt: new Date().toISOString(),
    surveyId,
    version,
    mode: 'kiosk',
    channel: 'kiosk',
    audience: 'trade_visitor',
    language: 'zh-CN',
    attendeeId: null,
    answers: answers as SurveyResponse['answers'],
    ...overrides,
  };
}

export function envelope(type: 'response' | 'feedback', data: unknown, capturedAt = new Date().toISOString()): MutationEnvelope {
  return { id: newId(), seq: ++seq, type, op: 'create', data, capturedAt };
}

export function responseMutation(...args: Parameters<typeof responseData>): MutationEnvelope {
  const data = responseData(...args);
  return envelope('response', data, data.capturedAt);
}

export function feedbackData(device: { deviceId: string; eventId: string }, overrides: Partial<Feedback> = {}): Feedback {
  return {
    id: newId(),
    eventId: device.eventId,
    deviceId: device.deviceId,
    capturedAt: new Date().toISOString(),
    type: 'complaint',
    category: 'catering',
    severity: 'normal',
    description: '午餐排队超过四十分钟',
    channel: 'desk',
    audience: 'trade_visitor',
    contactName: '王芳',
    contactEmail: 'wang.fang@example.cn',
    contactPhone: '+86 138 0013 8000',
    preferredLanguage: 'zh-CN',
    consentContact: true,
    attendeeId: null,
    hasPhoto: false,
    ...overrides,
  };
}

export function feedbackMutation(device: { deviceId: string; eventId: string }, overrides: Partial<Feedback> = {}): MutationEnvelope {
  const data = feedbackData(device, overrides);
  return envelope('feedback', data, data.capturedAt);
}
