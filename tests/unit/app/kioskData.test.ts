import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkBadge } from '../../../src/app/data/badgeLink';
import { captureFeedback, loadFeedbackCategories, validateFeedback, type FeedbackInput } from '../../../src/app/data/feedback';
import { uploadPendingPhotos } from '../../../src/app/data/feedbackPhotos';
import { checkKioskPin, LOCK_MS, MAX_TRIES, setKioskPin } from '../../../src/app/data/kioskPin';
import { AnswersInvalidError, captureResponse, loadActiveSurveys } from '../../../src/app/data/surveys';
import type { ShowfloorDb } from '../../../src/app/db/schema';
import { NetworkError } from '../../../src/app/net/http';
import { generateBadgeKeyPair } from '../../../src/core/badge/keys';
import { newId } from '../../../src/core/ids';
import { badgeCode, closeTestDb, openTestDb, rosterEntry, storeEventConfig, testEvent, type TestEvent } from './fixtures';
import { kioskDevice, L, storeSurvey, surveyDoc } from './kioskFixtures';

let d: ShowfloorDb;
let ev: TestEvent;

beforeEach(async () => {
  d = await openTestDb();
  ev = testEvent();
  await d.device.put(kioskDevice({ eventId: ev.event.id }));
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await closeTestDb(d);
});

const snapshot = async () => ({ responses: await d.responses.toArray(), outbox: await d.outbox.toArray() });

describe('survey responses on the kiosk', () => {
  it('loads the active surveys from config, skipping copies it cannot read', async () => {
    const doc = surveyDoc();
    await storeSurvey(d, doc);
    await d.config.put({ kind: 'survey', key: 'broken', data: { id: 'broken', questions: 'nope' } });
    expect((await loadActiveSurveys()).map((s) => s.id)).toEqual([doc.id]);
  });

  it('captures a response under the version it was answered on, with its outbox row, in one go', async () => {
    const doc = surveyDoc({}, 7);
    const stored = await captureResponse({ survey: doc, answers: { nps: 9, sat: 4, comment: '  很好 👍  ' }, language: 'zh-CN', mode: 'kiosk', channel: 'kiosk', audience: 'public_visitor', attendeeId: null });
    const { responses, outbox } = await snapshot();
    expect(responses).toEqual([stored]);
    expect(stored).toMatchObject({ surveyId: doc.id, version: 7, answers: { nps: 9, sat: 4, comment: '很好 👍' }, synced: 0 });
    expect(outbox).toMatchObject([{ type: 'response', op: 'create', table: 'responses', recordId: stored.id }]);
  });

  it('drops untouched answers and refuses missing or too long ones, writing nothing', async () => {
    const doc = surveyDoc();
    const input = { survey: doc, language: 'en' as const, mode: 'kiosk' as const, channel: 'kiosk' as const, audience: 'media' as const, attendeeId: null };
    const missing = captureResponse({ ...input, answers: { nps: 9, comment: '' } });
    await expect(missing).rejects.toBeInstanceOf(AnswersInvalidError);
    await expect(missing).rejects.toMatchObject({ problems: [{ questionId: 'sat', code: 'required' }] });
    await expect(captureResponse({ ...input, answers: { nps: 9, sat: 3, comment: 'x'.repeat(100_000) } })).rejects.toMatchObject({ problems: [{ questionId: 'comment', code: 'too_long' }] });
    await expect(captureResponse({ ...input, answers: { nps: 9, sat: 3, gone: 'x' } })).rejects.toMatchObject({ problems: [{ questionId: 'gone', code: 'unknown_question' }] });
    expect(await snapshot()).toEqual({ responses: [], outbox: [] });
    const ok = await captureResponse({ ...input, answers: { nps: 0, sat: 1, comment: '' } });
    expect(ok.answers).toEqual({ nps: 0, sat: 1 });
  });

  it('rolls the response back when its outbox row cannot be written', async () => {
    const fail = () => {
      throw new Error('simulated outbox failure');
    };
    d.outbox.hook('creating', fail);
    try {
      await expect(captureResponse({ survey: surveyDoc(), answers: { nps: 5, sat: 2 }, language: 'en', mode: 'kiosk', channel: 'kiosk', audience: 'media', attendeeId: null })).rejects.toThrow(/simulated/);
    } finally {
      d.outbox.hook('creating').unsubscribe(fail);
    }
    expect(await snapshot()).toEqual({ responses: [], outbox: [] });
  });
});

describe('the staff PIN', () => {
  it('is stored only as a salted hash and checked', async () => {
    await setKioskPin('482913');
    const device = await d.device.get('this');
    expect(JSON.stringify(device)).not.toContain('482913');
    expect(device?.kioskPin).toMatchObject({ salt: expect.stringMatching(/^[0-9a-f]{32}$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await checkKioskPin('482913')).toEqual({ ok: true });
    expect(await checkKioskPin('000000')).toEqual({ ok: false, lockedUntil: null, triesLeft: MAX_TRIES - 1 });
    await expect(setKioskPin('12ab')).rejects.toThrow(/4 to 8 digits/);
  });

  it('is checked the same way on a page without WebCrypto (plain HTTP on a LAN address)', async () => {
    await setKioskPin('482913');
    const webCrypto = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array<ArrayBuffer>) => webCrypto.getRandomValues(bytes) });
    try {
      expect(globalThis.crypto.subtle).toBeUndefined();
      expect(await checkKioskPin('482913')).toEqual({ ok: true });
      expect(await checkKioskPin('482914')).toMatchObject({ ok: false });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('locks for a minute after five wrong tries, even for the right PIN, then works again', async () => {
    await setKioskPin('2468');
    const now = 1_000_000;
    for (let i = 1; i < MAX_TRIES; i++) expect(await checkKioskPin('1111', now)).toMatchObject({ ok: false, triesLeft: MAX_TRIES - i });
    expect(await checkKioskPin('1111', now)).toEqual({ ok: false, lockedUntil: now + LOCK_MS, triesLeft: 0 });
    expect(await checkKioskPin('2468', now + 1_000)).toMatchObject({ ok: false, lockedUntil: now + LOCK_MS });
    expect(await checkKioskPin('2468', now + LOCK_MS + 1)).toEqual({ ok: true });
  });
});

describe('badge links', () => {
  it('links a verified badge and takes the audience from its category', async () => {
    await storeEventConfig(d, ev);
    const person = rosterEntry({ name: '赵敏', category: 'press' });
    expect(await linkBadge(badgeCode(ev, person))).toEqual({ status: 'linked', attendeeId: person.id, name: '赵敏', audience: 'media' });
  });

  it('refuses forged, foreign and unreadable codes, and everything before the event keys arrived', async () => {
    const person = rosterEntry();
    expect(await linkBadge(badgeCode(ev, person))).toEqual({ status: 'refused', reason: 'not_ready' });
    await storeEventConfig(d, ev);
    expect(await linkBadge(badgeCode(ev, person, {}, generateBadgeKeyPair()))).toMatchObject({ reason: 'forged' });
    expect(await linkBadge(badgeCode(ev, person, { eventId: newId() }))).toMatchObject({ reason: 'other_event' });
    expect(await linkBadge('<script>alert(1)</script>')).toMatchObject({ reason: 'unreadable' });
  });
});

describe('cases recorded at the desk', () => {
  const input: FeedbackInput = {
    type: 'complaint',
    category: 'cleanliness',
    severity: 'high',
    description: '洗手间没有纸巾',
    channel: 'floor',
    audience: 'exhibitor',
    contactName: 'Ana Souza',
    contactEmail: 'ANA@Example.com',
    contactPhone: '',
    preferredLanguage: 'en',
    consentContact: true,
    attendeeId: null,
  };

  it('uses the organizer’s categories once pulled, the defaults before', async () => {
    expect((await loadFeedbackCategories()).map((c) => c.value)).toContain('transport_parking');
    await d.config.put({ kind: 'feedback_categories', key: 'default', data: { categories: [{ value: 'wifi', label: L('Wi-Fi') }] } });
    expect((await loadFeedbackCategories()).map((c) => c.value)).toEqual(['wifi']);
  });

  it('checks the form with the server’s rules', () => {
    expect(validateFeedback(input)).toEqual({});
    expect(Object.keys(validateFeedback({ ...input, description: ' ', consentContact: false, contactEmail: 'x' }))).toEqual(['description', 'contactEmail', 'consentContact']);
  });

  it('captures the case and its outbox row together, the photo waiting to be uploaded on its own', async () => {
    const stored = await captureFeedback(input, null);
    expect(stored).toMatchObject({ ...input, contactEmail: 'ana@example.com', hasPhoto: false, synced: 0 });
    expect(await d.outbox.toArray()).toMatchObject([{ type: 'feedback', table: 'feedback', recordId: stored.id }]);
    expect(await d.feedbackPhotos.count()).toBe(0);
    const withPhoto = await captureFeedback(input, new Uint8Array([0xff, 0xd8, 0xff, 9]).buffer);
    expect(withPhoto.hasPhoto).toBe(true);
    const row = await d.feedbackPhotos.get(withPhoto.id);
    expect([...new Uint8Array(row!.bytes)]).toEqual([0xff, 0xd8, 0xff, 9]);
  });

  it('uploads waiting photos and keeps them while the server cannot be reached, saying why', async () => {
    const feedbackId = newId();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    await d.feedbackPhotos.add({ feedbackId, contentType: 'image/jpeg', bytes: bytes.buffer });
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(uploadPendingPhotos()).rejects.toBeInstanceOf(NetworkError);
    expect(await d.feedbackPhotos.count()).toBe(1);
    vi.stubGlobal('fetch', async () => new Response('{"error":"server_error","message":"x"}', { status: 503 }));
    await expect(uploadPendingPhotos()).rejects.toMatchObject({ status: 503 });
    expect(await d.feedbackPhotos.count()).toBe(1);

    const sent: Array<{ url: string; body: { contentType: string; data: string }; auth: string | null }> = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push({ url, body: JSON.parse(String(init.body)) as { contentType: string; data: string }, auth: new Headers(init.headers).get('authorization') });
      return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } });
    });
    expect(await uploadPendingPhotos()).toBe(1);
    expect(sent).toEqual([{ url: `/api/v1/feedback/${feedbackId}/photo`, body: { contentType: 'image/jpeg', data: btoa(String.fromCharCode(...bytes)) }, auth: expect.stringMatching(/^Bearer /) }]);
    expect(await d.feedbackPhotos.count()).toBe(0);
  });
});
