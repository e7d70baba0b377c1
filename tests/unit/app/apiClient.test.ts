/**
 * The app's one way to the server: addresses built from the declarations, JSON bodies on every
 * state-changing request ({} when the endpoint takes none, as the server requires), answers parsed
 * with the declared schema, refusals turned into the user's language, files through the client.
 */
import i18n from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventApi } from '../../../src/core/api/console/event';
import { sessionApi } from '../../../src/core/api/console/session';
import { statsApi } from '../../../src/core/api/console/stats';
import { visitorsApi } from '../../../src/core/api/console/visitors';
import { deviceApi } from '../../../src/core/api/device';
import { exhibitorApi } from '../../../src/core/api/exhibitor';
import { call, download, href } from '../../../src/app/net/client';
import { errorText } from '../../../src/app/net/errorText';
import { HttpError, NetworkError } from '../../../src/app/net/http';

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

function fakeServer(answer: (sent: Sent) => Response): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const s = { url, method: init.method ?? 'GET', headers: new Headers(init.headers), body: init.body as string | undefined };
    sent.push(s);
    return answer(s);
  });
  return sent;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the typed client', () => {
  it('builds the address from the declaration: path parameters encoded, query values that are set', async () => {
    const sent = fakeServer(() => json({ total: 0, rows: [], next: null }));
    await call(visitorsApi.list, { query: { q: '张 伟&co', province: '', limit: 20, after: undefined } });
    expect(sent[0]?.url).toBe('/api/v1/console/visitors?q=%E5%BC%A0+%E4%BC%9F%26co&province=&limit=20');
    expect(sent[0]?.method).toBe('GET');
    expect(sent[0]?.body).toBeUndefined();
    expect(href(visitorsApi.get, { params: { id: 'a/b?c' } })).toBe('/api/v1/console/visitors/a%2Fb%3Fc');
  });

  it('sends every state-changing request as JSON, {} when the endpoint takes no body, and a device its token', async () => {
    const sent = fakeServer(() => json({ ok: true }));
    await call(eventApi.revokeDevice, { params: { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' } });
    expect(sent[0]).toMatchObject({ method: 'POST', url: '/api/v1/console/devices/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/revoke', body: '{}' });
    expect(sent[0]?.headers.get('content-type')).toBe('application/json');
    expect(sent[0]?.headers.get('authorization')).toBeNull();

    const pushed = fakeServer(() => json({ results: [] }));
    await call(deviceApi.push, { body: { deviceId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', mutations: [] } }, { token: 'device-token-0123456789abcdef' });
    expect(pushed[0]?.headers.get('authorization')).toBe('Bearer device-token-0123456789abcdef');
    expect(JSON.parse(pushed[0]?.body ?? '')).toEqual({ deviceId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', mutations: [] });
  });

  it('parses the answer with the declared schema: an answer outside the contract is not taken', async () => {
    fakeServer(() => json({ setupRequired: false, account: { username: 'organizer' } }));
    expect(await call(sessionApi.state, {})).toEqual({ setupRequired: false, account: { username: 'organizer' } });
    fakeServer(() => json({ setupRequired: 'perhaps' }));
    const error = await call(sessionApi.state, {}).catch((e: unknown) => e);
    expect((error as Error).name).toBe('ZodError');
    expect(errorText(i18n.t, error)).toBe('The server answered something the app does not understand. Is the app up to date? Reload the page.');
  });

  it('turns a refusal into the user’s language, with the fields at fault, never the server’s English', async () => {
    fakeServer(() => json({ error: 'invalid_request', message: 'endsOn: the event cannot end before it starts', fields: [{ path: 'endsOn', problem: 'ends_before_start' }] }, 400));
    const error = await call(eventApi.save, { body: { name: 'Expo', startsOn: '2026-05-14', endsOn: '2026-05-12', venue: '' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_request', fields: [{ path: 'endsOn', problem: 'ends_before_start' }] });
    await i18n.changeLanguage('zh-CN');
    try {
      expect(errorText(i18n.t, error)).toBe('填写的内容有不符合要求的地方。结束日期：展会结束日期不能早于开始日期');
    } finally {
      await i18n.changeLanguage('en');
    }
    expect(errorText(i18n.t, error)).toBe('Some of what was entered is not valid. End date: the event cannot end before it starts');

    fakeServer(() => json({ error: 'bad_credentials', message: 'wrong username or password' }, 401));
    const login = await call(sessionApi.login, { body: { username: 'organizer', password: 'wrong' } }).catch((e: unknown) => e);
    expect(errorText(i18n.t, login)).toBe('Wrong user name or password.');

    // A full card reader says when to send the photo again; the exhibitor page waits that long.
    fakeServer(() => new Response(JSON.stringify({ error: 'card_reading_busy', message: 'send this one again in 7 s' }), { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '7' } }));
    const busy = await call(exhibitorApi.importCard, { body: { fileName: 'card.jpg', data: '' } }).catch((e: unknown) => e);
    expect(busy).toMatchObject({ status: 429, code: 'card_reading_busy', retryAfterSeconds: 7 });
    await i18n.changeLanguage('zh-TW');
    try {
      expect(errorText(i18n.t, busy)).toBe('伺服器正忙於辨識其他名片，稍候片刻後會自動重新傳送這張名片。');
    } finally {
      await i18n.changeLanguage('en');
    }

    // A proxy's page, not our answer: the status is all there is.
    fakeServer(() => new Response('<html>Bad Gateway</html>', { status: 502 }));
    const proxy = await call(sessionApi.state, {}).catch((e: unknown) => e);
    expect(proxy).toMatchObject({ status: 502, code: 'http_error' });
    expect(errorText(i18n.t, proxy)).toBe('The server could not finish this. Try again in a moment.');
  });

  it('says the server cannot be reached when no answer comes', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await call(sessionApi.state, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(errorText(i18n.t, error)).toBe('The server cannot be reached. Check the network and try again.');
  });

  it('downloads files through the client, with the server’s file name, and refusals as errors', async () => {
    const sent = fakeServer(() => new Response('PK\u0003\u0004', { status: 200, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': 'attachment; filename="report-en.xlsx"' } }));
    const file = await download(statsApi.reportXlsx, { query: { lang: 'en' } });
    expect(sent[0]?.url).toBe('/api/v1/console/report.xlsx?lang=en');
    expect(file.filename).toBe('report-en.xlsx');
    expect(await file.blob.text()).toBe('PK\u0003\u0004');
    fakeServer(() => json({ error: 'login_required', message: 'log in to the console' }, 401));
    const refused = await download(statsApi.reportXlsx, { query: { lang: 'en' } }).catch((e: unknown) => e);
    expect(errorText(i18n.t, refused)).toBe('Please log in to the console.');
  });
});
