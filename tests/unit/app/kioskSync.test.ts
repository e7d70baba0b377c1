/**
 * What the kiosk's captures become once the server has them: delivered rows leave the outbox and
 * the records are marked synced, so the next sync pass goes on to pull (new survey versions); a
 * case's photo goes up in the same pass, after the case itself.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureFeedback } from '../../../src/app/data/feedback';
import { captureResponse } from '../../../src/app/data/surveys';
import type { ShowfloorDb } from '../../../src/app/db/schema';
import { SyncEngine } from '../../../src/app/sync/engine';
import { pushOutbox } from '../../../src/app/sync/push';
import { readStatus } from '../../../src/app/sync/status';
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

describe('a case photo in the sync pass', () => {
  const complaint = () =>
    captureFeedback(
      { type: 'complaint', category: 'catering', severity: 'high', description: '展台漏水', channel: 'desk', audience: 'exhibitor', contactName: '', contactEmail: '', contactPhone: '', preferredLanguage: 'zh-CN', consentContact: false, attendeeId: null },
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 7]).buffer,
    );
  const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

  it('goes up after the case it belongs to, and leaves the device once the server has it', async () => {
    const feedback = await complaint();
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push(`${init.method ?? 'GET'} ${new URL(url, 'http://showfloor.test').pathname}`);
      if (url.includes('/sync/push')) {
        const { mutations } = JSON.parse(String(init.body)) as { mutations: Array<{ id: string }> };
        return ok({ results: mutations.map((m) => ({ id: m.id, status: 'applied' })) });
      }
      if (url.includes('/sync/pull')) return ok({ checkpoint: '0', changes: [], more: false, remaining: 0 });
      return ok({ ok: true });
    });
    expect(await new SyncEngine({ periodicMs: 30_000 }).syncOnce()).toBe(30_000);
    expect(calls).toEqual(['POST /api/v1/sync/push', expect.stringMatching(/^GET \/api\/v1\/sync\/pull/), `PUT /api/v1/feedback/${feedback.id}/photo`]);
    expect(await d.feedbackPhotos.count()).toBe(0);
    expect(await readStatus()).toMatchObject({ lastError: null, failures: 0 });
  });

  it('a photo the server cannot take now keeps it, backs the pass off and says so on the status line', async () => {
    await complaint();
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      if (url.includes('/sync/push')) {
        const { mutations } = JSON.parse(String(init.body)) as { mutations: Array<{ id: string }> };
        return ok({ results: mutations.map((m) => ({ id: m.id, status: 'applied' })) });
      }
      if (url.includes('/sync/pull')) return ok({ checkpoint: '0', changes: [], more: false, remaining: 0 });
      return new Response('{"error":"unavailable","message":"disk full"}', { status: 503, headers: { 'content-type': 'application/json' } });
    });
    const delay = await new SyncEngine({ periodicMs: 30_000, random: () => 0.5 }).syncOnce();
    expect(delay).toBeLessThan(30_000);
    expect(await d.outbox.count()).toBe(0);
    expect(await d.feedbackPhotos.count()).toBe(1);
    expect(await readStatus()).toMatchObject({ failures: 1, unreachable: true, lastError: { key: 'sync.error.server' } });
  });
});
