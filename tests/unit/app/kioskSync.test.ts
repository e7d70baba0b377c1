/**
 * What the kiosk's captures become once the server has them: delivered rows leave the outbox and
 * the records are marked synced, so the next sync pass goes on to pull (new survey versions).
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { captureFeedback } from '../../../src/app/data/feedback';
import { captureResponse } from '../../../src/app/data/surveys';
import type { ShowfloorDb } from '../../../src/app/db/schema';
import { pushOutbox } from '../../../src/app/sync/push';
import { closeTestDb, openTestDb } from './fixtures';
import { kioskDevice, surveyDoc } from './kioskFixtures';

let d: ShowfloorDb;

beforeEach(async () => {
  d = await openTestDb();
  await d.device.put(kioskDevice());
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await closeTestDb(d);
});

it('settles delivered responses and cases: out of the outbox, marked synced', async () => {
  const response = await captureResponse({ survey: surveyDoc(), answers: { nps: 9, sat: 4 }, language: 'zh-TW', mode: 'kiosk', channel: 'kiosk', audience: 'media', attendeeId: null });
  const feedback = await captureFeedback(
    { type: 'suggestion', category: 'catering', severity: 'low', description: '多一些素食', channel: 'desk', audience: 'media', contactName: '', contactEmail: '', contactPhone: '', preferredLanguage: 'zh-TW', consentContact: false, attendeeId: null },
    null,
  );
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const { mutations } = JSON.parse(String(init.body)) as { mutations: Array<{ id: string }> };
    return new Response(JSON.stringify({ results: mutations.map((m) => ({ id: m.id, status: 'applied' })) }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  await pushOutbox((await d.device.get('this'))!);
  expect(await d.outbox.count()).toBe(0);
  expect((await d.responses.get(response.id))?.synced).toBe(1);
  expect((await d.feedback.get(feedback.id))?.synced).toBe(1);
});
