import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyDetail, SurveySummary } from '../../src/core/surveys/console';
import type { SurveyResults } from '../../src/core/surveys/results';
import type { SurveyContent, SurveyDoc } from '../../src/core/surveys/schema';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { pairDevice, pull, push, type PairedDevice } from './support';
import { consoleCall, consoleJson, consoleSession, createSurvey, fairSurvey, responseMutation, text } from './surveySupport';

const GOOD = { nps: 9, csat: 5 };

describe.each(DATABASES)('surveys on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  let kiosk: PairedDevice;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await consoleSession(server);
    kiosk = await pairDevice(server, { role: 'kiosk', name: 'Info kiosk 1' });
  });
  afterAll(async () => server?.close());

  const surveysOf = async (device: PairedDevice) => (await pull(server, device.token, { stream: 'config' })).changes.filter((c) => c.kind === 'survey');
  const results = (id: string, query = '') => consoleJson<SurveyResults>(server, cookie, 'GET', `/api/v1/console/surveys/${id}/results?tz=Asia/Shanghai${query}`);
  const edit = (id: string, content: SurveyContent) => consoleJson<{ survey: SurveyDetail; changed: boolean }>(server, cookie, 'PUT', `/api/v1/console/surveys/${id}`, content);

  it('needs a console login', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/console/surveys' });
    expect(res.statusCode).toBe(401);
  });

  it('a change makes a new version, the same content none; only an active survey reaches kiosks, never desks', async () => {
    const created = await createSurvey(server, cookie, fairSurvey({ title: text('Versioning') }), false);
    expect(created.currentVersion).toBe(1);
    expect((await surveysOf(kiosk)).some((c) => c.key === created.id)).toBe(false);

    const same = await edit(created.id, created.content);
    expect(same.changed).toBe(false);
    expect(same.survey.versions.map((v) => v.version)).toEqual([1]);

    const changed = await edit(created.id, { ...created.content, audience: 'exhibitor' });
    expect(changed.changed).toBe(true);
    expect(changed.survey.currentVersion).toBe(2);
    expect(changed.survey.versions.map((v) => [v.version, v.publishedBy])).toEqual([
      [1, 'organizer'],
      [2, 'organizer'],
    ]);

    await consoleJson(server, cookie, 'POST', `/api/v1/console/surveys/${created.id}/active`, { active: true });
    const doc = (await surveysOf(kiosk)).find((c) => c.key === created.id)?.data as SurveyDoc;
    expect(doc).toMatchObject({ id: created.id, version: 2, audience: 'exhibitor' });
    const desk = await pairDevice(server, { role: 'desk' });
    expect(await surveysOf(desk)).toEqual([]);

    // Withdrawn: kiosks get a tombstone; published again: the copy, and no stale tombstone after it.
    const before = (await pull(server, kiosk.token, { stream: 'config' })).checkpoint;
    await consoleJson(server, cookie, 'POST', `/api/v1/console/surveys/${created.id}/active`, { active: false });
    const withdrawn = await pull(server, kiosk.token, { stream: 'config', since: before });
    expect(withdrawn.changes).toEqual([{ kind: 'survey', key: created.id, data: null }]);
    await consoleJson(server, cookie, 'POST', `/api/v1/console/surveys/${created.id}/active`, { active: true });
    const back = await pull(server, kiosk.token, { stream: 'config', since: before });
    expect(back.changes.map((c) => [c.kind, c.key, c.data === null])).toEqual([['survey', created.id, false]]);

    const list = await consoleJson<{ surveys: SurveySummary[] }>(server, cookie, 'GET', '/api/v1/console/surveys');
    expect(list.surveys.find((s) => s.id === created.id)).toMatchObject({ active: true, currentVersion: 2, audience: 'exhibitor', responses: 0 });
  });

  it('refuses survey content that kiosks could not show, with the reason', async () => {
    const missingLanguage = fairSurvey({ title: { 'zh-CN': '调查', 'zh-TW': '', en: 'Survey' } });
    const res = await consoleCall(server, cookie, 'POST', '/api/v1/console/surveys', missingLanguage);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ message: expect.stringContaining('简体中文, 繁體中文 and English') });
    const noConsent = fairSurvey();
    noConsent.questions = noConsent.questions.filter((q) => q.type !== 'consent');
    expect((await consoleCall(server, cookie, 'POST', '/api/v1/console/surveys', noConsent)).json()).toMatchObject({ message: expect.stringContaining('consent') });
    const dup = fairSurvey();
    dup.questions.push({ ...dup.questions[0]! });
    expect((await consoleCall(server, cookie, 'POST', '/api/v1/console/surveys', dup)).json()).toMatchObject({ message: expect.stringContaining('same id') });
  });

  it('a kiosk offline on an old version keeps working: its answers are accepted and reported under that version', async () => {
    const v1 = await createSurvey(server, cookie, fairSurvey({ title: text('Offline versions') }));
    // Version 2 adds a catering question; the kiosk pulls it, then goes offline.
    const withFood = { ...v1.content, questions: [...v1.content.questions, { id: 'food', type: 'rating' as const, max: 5, required: true, text: text('Food?') }] };
    expect((await edit(v1.id, withFood)).survey.currentVersion).toBe(2);
    expect(((await surveysOf(kiosk)).find((c) => c.key === v1.id)?.data as SurveyDoc).version).toBe(2);
    // Meanwhile the organizer drops the question again (version 3).
    expect((await edit(v1.id, v1.content)).survey.currentVersion).toBe(3);

    const offline = [
      responseMutation(kiosk, v1.id, 2, { ...GOOD, food: 4 }),
      responseMutation(kiosk, v1.id, 2, { nps: 3, csat: 2, food: 2 }, { language: 'en' }),
      responseMutation(kiosk, v1.id, 3, { ...GOOD, food: 5 }),
      responseMutation(kiosk, v1.id, 3, { nps: 10, csat: 4 }),
    ];
    const pushed = await push(server, kiosk, offline);
    expect(pushed.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected', 'applied']);
    expect(pushed[2]?.error).toMatch(/question "food" is not a question of this survey version.*version 3/);

    const v2 = await results(v1.id, '&version=2');
    expect(v2.total).toBe(2);
    expect(v2.questions.find((q) => q.id === 'food')).toMatchObject({ answered: 2, mean: 3, versions: [2] });
    expect(v2.headline.nps).toMatchObject({ n: 2, promoters: 1, detractors: 1, score: 0 });
    expect((await results(v1.id, '&version=3')).total).toBe(1);
    const all = await results(v1.id);
    expect(all.total).toBe(3);
    expect(all.questions.find((q) => q.id === 'food')?.versions).toEqual([2]);
    const detail = await consoleJson<SurveyDetail>(server, cookie, 'GET', `/api/v1/console/surveys/${v1.id}`);
    expect(detail.versions.map((v) => [v.version, v.responses])).toEqual([
      [1, 0],
      [2, 2],
      [3, 1],
    ]);
  });

  it('rejects answers that do not fit their version, each with its reason, without stopping the batch', async () => {
    const s = await createSurvey(server, cookie, fairSurvey({ title: text('Validation') }));
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ csat: 5 }, /question "nps" is required but was not answered/],
      [{ nps: 11, csat: 5 }, /invalid response: answers.nps: is larger than 10/],
      [{ nps: 9, csat: 0 }, /question "csat" has a score outside its scale/],
      [{ ...GOOD, hall: 'h9' }, /question "hall" has a choice that is not one of its options/],
      [{ ...GOOD, topics: ['ai', 'ai'] }, /question "topics" has an answer of the wrong kind/],
      [{ ...GOOD, comment: 7 }, /question "comment" has an answer of the wrong kind/],
      [{ ...GOOD, gone: 'x' }, /question "gone" is not a question of this survey version/],
      [{ ...GOOD, contact: { name: '李雷', email: 'li@example.com', phone: '' } }, /question "consent" must be agreed to/],
      [{ ...GOOD, contact: { name: '', email: 'not-an-email', phone: '' }, consent: true }, /question "contact" has an email address that is not valid/],
    ];
    const good = responseMutation(kiosk, s.id, 1, { ...GOOD, hall: 'h1', topics: ['ai', 'energy'], contact: { name: '李雷', email: 'li@example.com', phone: '' }, consent: true });
    const unknownVersion = responseMutation(kiosk, s.id, 9, GOOD);
    const results2 = await push(server, kiosk, [...cases.map(([answers]) => responseMutation(kiosk, s.id, 1, answers)), good, unknownVersion]);
    cases.forEach(([, reason], i) => {
      expect(results2[i]?.status, String(reason)).toBe('rejected');
      expect(results2[i]?.error).toMatch(reason);
    });
    expect(results2.at(-2)?.status).toBe('applied');
    expect(results2.at(-1)).toMatchObject({ status: 'rejected', error: expect.stringMatching(/has no version 9/) });
    // Replaying the good one is a duplicate, not a second response.
    expect((await push(server, kiosk, [good]))[0]?.status).toBe('duplicate');
    expect((await results(s.id)).total).toBe(1);
  });

  it('only kiosks send responses, and only for their own event and device', async () => {
    const s = await createSurvey(server, cookie, fairSurvey({ title: text('Roles') }));
    const desk = await pairDevice(server, { role: 'desk' });
    expect((await push(server, desk, [responseMutation(desk, s.id, 1, GOOD)]))[0]).toMatchObject({ status: 'rejected', error: expect.stringMatching(/desk device may not send response.create/) });
    const other = await pairDevice(server, { role: 'kiosk' });
    expect((await push(server, kiosk, [responseMutation(other, s.id, 1, GOOD)]))[0]).toMatchObject({ status: 'rejected', error: 'record was captured by another device' });
  });

  it('bad input: a 100,000-character text is refused, emoji and right-to-left text are kept as written, control characters dropped', async () => {
    const s = await createSurvey(server, cookie, fairSurvey({ title: text('Bad input') }));
    const huge = responseMutation(kiosk, s.id, 1, { ...GOOD, comment: 'x'.repeat(100_000) });
    const emoji = '展会很棒 👍🏽👨‍👩‍👧 '.repeat(3).trim();
    const rtl = 'المعرض رائع جدا שלום';
    const xss = '<img src=x onerror=alert(1)>';
    const atLimit = '😀'.repeat(5_000);
    const overLimit = '😀'.repeat(5_001);
    const res = await push(server, kiosk, [
      huge,
      responseMutation(kiosk, s.id, 1, { ...GOOD, comment: emoji }),
      responseMutation(kiosk, s.id, 1, { ...GOOD, comment: `${rtl}\u0007\u001b` }),
      responseMutation(kiosk, s.id, 1, { ...GOOD, comment: xss }),
      responseMutation(kiosk, s.id, 1, { ...GOOD, comment: atLimit }),
      responseMutation(kiosk, s.id, 1, { ...GOOD, comment: overLimit }),
      responseMutation(kiosk, s.id, 1, { ...GOOD, comment: 'broken \ud800 surrogate' }),
      // A raw client that sends NUL (a kiosk never does) has it cleaned like any control character: PostgreSQL cannot store it.
      responseMutation(kiosk, s.id, 1, { ...GOOD, comment: 'nul \u0000here' }),
    ]);
    expect(res.map((r) => r.status)).toEqual(['rejected', 'applied', 'applied', 'applied', 'applied', 'rejected', 'rejected', 'applied']);
    expect(res[0]?.error).toMatch(/answers.comment: is longer than 5000 characters/);
    expect(res[5]?.error).toMatch(/longer than 5000 characters/);
    expect(res[6]?.error).toMatch(/broken character/);
    const texts = (await results(s.id)).questions.find((q) => q.id === 'comment')?.texts?.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining([emoji, rtl, xss, atLimit, 'nul here']));
    expect(texts).toHaveLength(5);
  });

  it('computes NPS, CSAT and distributions, split by audience and by day in the show’s time zone', async () => {
    const s = await createSurvey(server, cookie, fairSurvey({ title: text('Figures') }));
    const at = (iso: string) => ({ capturedAt: iso });
    const mutations = [
      // 2026-03-01 23:30 in Shanghai is still 1 March there, 15:30 UTC.
      responseMutation(kiosk, s.id, 1, { nps: 10, csat: 5, hall: 'h1', topics: ['ai', 'robots'] }, { audience: 'trade_visitor', ...at('2026-03-01T15:30:00Z') }),
      responseMutation(kiosk, s.id, 1, { nps: 9, csat: 4, hall: 'h1', topics: ['ai'] }, { audience: 'trade_visitor', ...at('2026-03-01T03:00:00Z') }),
      responseMutation(kiosk, s.id, 1, { nps: 7, csat: 3, hall: 'h2' }, { audience: 'exhibitor', ...at('2026-03-01T16:30:00Z') }),
      responseMutation(kiosk, s.id, 1, { nps: 2, csat: 1 }, { audience: 'exhibitor', mode: 'staff', channel: 'phone', ...at('2026-03-02T04:00:00Z') }),
    ];
    expect((await push(server, kiosk, mutations)).every((r) => r.status === 'applied')).toBe(true);
    const r = await results(s.id);
    expect(r.total).toBe(4);
    expect(r.headline.nps).toEqual({ n: 4, promoters: 2, passives: 1, detractors: 1, score: 25 });
    expect(r.headline.csat).toEqual({ n: 4, satisfied: 2, score: 50 });
    expect(r.byAudience.map((b) => [b.key, b.n, b.nps?.score, b.csat?.score])).toEqual([
      ['exhibitor', 2, -50, 0],
      ['trade_visitor', 2, 100, 100],
    ]);
    expect(r.byDay.map((b) => [b.key, b.n])).toEqual([
      ['2026-03-01', 2],
      ['2026-03-02', 2],
    ]);
    expect(r.questions.find((q) => q.id === 'hall')?.distribution?.map((d) => [d.value, d.count])).toEqual([
      ['h1', 2],
      ['h2', 1],
    ]);
    expect(r.questions.find((q) => q.id === 'topics')).toMatchObject({ answered: 2 });
    expect(r.questions.find((q) => q.id === 'nps')?.distribution?.map((d) => d.count)).toEqual([0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1]);
    const utc = await consoleJson<SurveyResults>(server, cookie, 'GET', `/api/v1/console/surveys/${s.id}/results?tz=UTC`);
    expect(utc.byDay.map((b) => [b.key, b.n])).toEqual([
      ['2026-03-01', 3],
      ['2026-03-02', 1],
    ]);
    const badTz = await consoleCall(server, cookie, 'GET', `/api/v1/console/surveys/${s.id}/results?tz=Mars/Olympus`);
    expect(badTz.statusCode).toBe(400);
  });

  it('exports responses as CSV with a BOM (formulas defused) and as XLSX, headers in the chosen language', async () => {
    const s = await createSurvey(server, cookie, fairSurvey({ title: text('Export') }));
    await push(server, kiosk, [
      responseMutation(kiosk, s.id, 1, { ...GOOD, hall: 'h2', topics: ['ai', 'energy'], comment: '=HYPERLINK("http://evil")', contact: { name: '陈静', email: 'chen@example.cn', phone: '' }, consent: true }),
    ]);
    const csv = await consoleCall(server, cookie, 'GET', `/api/v1/console/surveys/${s.id}/export?format=csv&lang=en`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="survey-.*-all\.csv"/);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const body = csv.rawPayload.toString('utf8');
    expect(body).toContain('Which hall? [hall]');
    expect(body).toContain('Hall 2');
    expect(body).toContain('AI; Energy');
    expect(body).toContain('陈静 / chen@example.cn');
    expect(body).toContain(`"'=HYPERLINK(""http://evil"")"`);

    const xlsx = await consoleCall(server, cookie, 'GET', `/api/v1/console/surveys/${s.id}/export?format=xlsx&lang=zh-CN&version=1`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('responses');
    expect(sheet?.getRow(1).getCell(1).value).toBe('答卷编号');
    expect(sheet?.rowCount).toBe(2);
    const header = sheet?.getRow(1).values as Array<string | undefined>;
    const commentColumn = header.findIndex((h) => h?.endsWith('[comment]'));
    expect(commentColumn).toBeGreaterThan(10);
    expect(sheet?.getRow(2).getCell(commentColumn).value).toBe('=HYPERLINK("http://evil")');
  });
});
