import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackDetail, FeedbackList, FeedbackSettings } from '../../src/core/feedback/console';
import { DEFAULT_SLA } from '../../src/core/feedback/sla';
import type { StepInput } from '../../src/core/feedback/workflow';
import { listFeedback, takeStep } from '../../src/server/feedback/feedback';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { pairDevice, pull, push, type PairedDevice } from './support';
import { consoleCall, consoleJson, consoleSession, feedbackMutation, text } from './surveySupport';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe.each(DATABASES)('complaints and suggestions on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  let kiosk: PairedDevice;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await consoleSession(server);
    kiosk = await pairDevice(server, { role: 'kiosk', name: 'Info desk kiosk' });
  });
  afterAll(async () => server?.close());

  /** Records a case through the kiosk's push and returns its id. */
  async function record(overrides: Parameters<typeof feedbackMutation>[1] = {}): Promise<string> {
    const m = feedbackMutation(kiosk, overrides);
    const [result] = await push(server, kiosk, [m]);
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'applied' });
    return (m.data as { id: string }).id;
  }
  const step = (id: string, input: StepInput) => consoleCall(server, cookie, 'POST', `/api/v1/console/feedback/${id}/steps`, input);
  const detail = (id: string) => consoleJson<FeedbackDetail>(server, cookie, 'GET', `/api/v1/console/feedback/${id}`);
  const list = () => consoleJson<FeedbackList>(server, cookie, 'GET', '/api/v1/console/feedback');

  it('a complaint goes through every step, each timestamped with who took it', async () => {
    const id = await record({ description: '展位电源跳闸两次' });
    const fresh = await detail(id);
    expect(fresh.item).toMatchObject({ status: 'new', deviceName: 'Info desk kiosk', overdue: [], description: '展位电源跳闸两次' });
    expect(fresh.steps).toEqual([expect.objectContaining({ status: 'new', actor: 'Info desk kiosk' })]);

    const path: StepInput[] = [
      { to: 'assigned', assignee: '场馆服务 张工' },
      { to: 'in_progress' },
      { to: 'resolved', note: '更换了配电箱保险' },
      { to: 'answered', note: '已电话告知展商，展商确认正常' },
      { to: 'closed' },
    ];
    for (const input of path) {
      const res = await step(id, input);
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as FeedbackDetail).item.status).toBe(input.to);
    }
    const done = await detail(id);
    expect(done.steps.map((s) => [s.status, s.actor])).toEqual([
      ['new', 'Info desk kiosk'],
      ['assigned', 'organizer'],
      ['in_progress', 'organizer'],
      ['resolved', 'organizer'],
      ['answered', 'organizer'],
      ['closed', 'organizer'],
    ]);
    expect(done.steps[1]?.assignee).toBe('场馆服务 张工');
    expect(done.steps[4]?.note).toBe('已电话告知展商，展商确认正常');
    const times = done.steps.map((s) => new Date(s.at).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(done.item).toMatchObject({ assignee: '场馆服务 张工', overdue: [] });
    for (const at of [done.item.assignedAt, done.item.resolvedAt, done.item.answeredAt, done.item.closedAt]) expect(at).not.toBeNull();
  });

  it('cannot be closed or answered out of turn: the answered step cannot be skipped', async () => {
    const id = await record();
    const refused = async (input: StepInput, reason: RegExp) => {
      const res = await step(id, input);
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ error: 'step_refused', message: expect.stringMatching(reason) });
    };
    await refused({ to: 'closed' }, /closed only after the person was told the outcome/);
    await refused({ to: 'assigned' }, /say who/);
    expect((await step(id, { to: 'assigned', assignee: 'Li' })).statusCode).toBe(200);
    await refused({ to: 'answered', note: 'told' }, /answered only once it is resolved/);
    expect((await step(id, { to: 'in_progress' })).statusCode).toBe(200);
    await refused({ to: 'resolved' }, /how the case was resolved/);
    expect((await step(id, { to: 'resolved', note: 'fixed' })).statusCode).toBe(200);
    await refused({ to: 'closed' }, /closed only after the person was told/);
    await refused({ to: 'answered' }, /what the person was told/);
    expect((await detail(id)).item.status).toBe('resolved');
    // Whatever writes the row, the database itself refuses a closed case that was never answered.
    await expect(server.db.query(`UPDATE feedback SET status = 'closed' WHERE id = $1`, [id])).rejects.toThrow();
    const unknown = await step('01890000-0000-7000-8000-000000000000', { to: 'assigned', assignee: 'x' });
    expect(unknown.statusCode).toBe(404);
  });

  it('is overdue once its service level has passed: respond 2 h, answer 24 h by default; configurable per severity', async () => {
    const fresh = await record();
    const late = await record({ capturedAt: ago(3 * HOUR) });
    const veryLate = await record({ capturedAt: ago(25 * HOUR), severity: 'high' });
    let cases = (await list()).items;
    const overdueOf = (id: string) => cases.find((c) => c.id === id)?.overdue;
    expect(overdueOf(fresh)).toEqual([]);
    expect(overdueOf(late)).toEqual(['respond']);
    expect(overdueOf(veryLate)).toEqual(['respond', 'resolve']);

    // Assigning answers the respond level; only telling the person ends the resolve level.
    expect((await step(late, { to: 'assigned', assignee: 'Catering' })).statusCode).toBe(200);
    await step(veryLate, { to: 'assigned', assignee: 'Security' });
    await step(veryLate, { to: 'in_progress' });
    await step(veryLate, { to: 'resolved', note: 'done' });
    cases = (await list()).items;
    expect(overdueOf(late)).toEqual([]);
    expect(overdueOf(veryLate)).toEqual(['resolve']);
    await step(veryLate, { to: 'answered', note: 'phoned' });
    cases = (await list()).items;
    expect(overdueOf(veryLate)).toEqual([]);

    // The clock is a parameter: the fresh case becomes overdue just after two hours.
    const later = (ms: number) => new Date(Date.now() + ms);
    const at = async (ms: number) => (await listFeedback(server.db, server.event.id, later(ms))).items.find((c) => c.id === fresh)?.overdue;
    expect(await at(HOUR)).toEqual([]);
    expect(await at(2 * HOUR + 60_000)).toEqual(['respond']);

    // Urgent cases: the organizer shortens their levels.
    const settings = await consoleJson<FeedbackSettings>(server, cookie, 'GET', '/api/v1/console/feedback/settings');
    await consoleJson(server, cookie, 'PUT', '/api/v1/console/feedback/settings', { ...settings, sla: { ...DEFAULT_SLA, urgent: { respondMinutes: 15, resolveMinutes: 240 } } });
    const urgent = await record({ severity: 'urgent', capturedAt: ago(20 * 60_000) });
    cases = (await list()).items;
    expect(overdueOf(urgent)).toEqual(['respond']);
    expect(cases.find((c) => c.id === urgent)?.respondBy).toBe(new Date(new Date(cases.find((c) => c.id === urgent)!.reportedAt).getTime() + 15 * 60_000).toISOString());
    const bad = await consoleCall(server, cookie, 'PUT', '/api/v1/console/feedback/settings', { ...settings, sla: { ...DEFAULT_SLA, low: { respondMinutes: 300, resolveMinutes: 60 } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ message: expect.stringContaining('cannot be longer than the time to resolve') });
  });

  it('reports open and overdue cases and the median time to answer', async () => {
    const fresh = await startTestServer(kind);
    try {
      const c = await consoleSession(fresh);
      const k = await pairDevice(fresh, { role: 'kiosk' });
      const ids: string[] = [];
      for (const hours of [1, 3, 5]) {
        const m = feedbackMutation(k, { capturedAt: ago(hours * HOUR) });
        expect((await push(fresh, k, [m]))[0]?.status).toBe('applied');
        ids.push((m.data as { id: string }).id);
      }
      const now = new Date();
      // Answer the 1-hour-old case at once and the 3-hour-old one too: 60 and 180 minutes to answer.
      for (const id of ids.slice(0, 2)) {
        await takeStep(fresh.db, fresh.event.id, id, { to: 'assigned', assignee: 'A' }, 'organizer', now);
        await takeStep(fresh.db, fresh.event.id, id, { to: 'in_progress' }, 'organizer', now);
        await takeStep(fresh.db, fresh.event.id, id, { to: 'resolved', note: 'ok' }, 'organizer', now);
        await takeStep(fresh.db, fresh.event.id, id, { to: 'answered', note: 'told' }, 'organizer', now);
      }
      const { figures } = await consoleJson<FeedbackList>(fresh, c, 'GET', '/api/v1/console/feedback');
      expect(figures).toMatchObject({ total: 3, open: 1, overdue: 1, answered: 2 });
      expect(figures.medianMinutesToAnswer).toBeCloseTo(120, 0);
    } finally {
      await fresh.close();
    }
  });

  it('the category list reaches kiosks; photos are the recording kiosk’s own and served as images', async () => {
    const settings = await consoleJson<FeedbackSettings>(server, cookie, 'GET', '/api/v1/console/feedback/settings');
    expect(settings.categories.map((c) => c.value)).toEqual(['registration', 'badges', 'transport_parking', 'catering', 'booth_services', 'safety', 'cleanliness', 'other']);
    const categories = [...settings.categories, { value: 'wifi', label: text('Wi-Fi', '无线网络', '無線網路') }];
    await consoleJson(server, cookie, 'PUT', '/api/v1/console/feedback/settings', { ...settings, categories });
    const pulled = (await pull(server, kiosk.token, { stream: 'config' })).changes.find((c) => c.kind === 'feedback_categories');
    expect((pulled?.data as { categories: unknown[] }).categories).toHaveLength(9);

    const id = await record({ hasPhoto: true, category: 'wifi' });
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    const upload = (device: PairedDevice, body: unknown) =>
      server.app.inject({ method: 'PUT', url: `/api/v1/feedback/${id}/photo`, headers: { authorization: `Bearer ${device.token}` }, payload: body as Record<string, unknown> });

    const desk = await pairDevice(server, { role: 'desk' });
    expect((await upload(desk, { contentType: 'image/jpeg', data: jpeg.toString('base64') })).statusCode).toBe(403);
    const notJpeg = await upload(kiosk, { contentType: 'image/jpeg', data: Buffer.from('<svg onload=alert(1)>').toString('base64') });
    expect(notJpeg.statusCode).toBe(400);
    expect((await detail(id)).item.photoReceived).toBe(false);

    // Another kiosk got there first: its photo is stored but never shown for a case it did not record.
    const other = await pairDevice(server, { role: 'kiosk' });
    expect((await upload(other, { contentType: 'image/jpeg', data: jpeg.toString('base64') })).statusCode).toBe(200);
    expect((await detail(id)).item.photoReceived).toBe(false);
    expect((await consoleCall(server, cookie, 'GET', `/api/v1/console/feedback/${id}/photo`)).statusCode).toBe(404);

    const id2 = await record({ hasPhoto: true });
    const res = await server.app.inject({ method: 'PUT', url: `/api/v1/feedback/${id2}/photo`, headers: { authorization: `Bearer ${kiosk.token}` }, payload: { contentType: 'image/jpeg', data: jpeg.toString('base64') } });
    expect(res.statusCode).toBe(200);
    // A retried upload is fine.
    expect((await server.app.inject({ method: 'PUT', url: `/api/v1/feedback/${id2}/photo`, headers: { authorization: `Bearer ${kiosk.token}` }, payload: { contentType: 'image/jpeg', data: jpeg.toString('base64') } })).statusCode).toBe(200);
    expect((await detail(id2)).item.photoReceived).toBe(true);
    const photo = await consoleCall(server, cookie, 'GET', `/api/v1/console/feedback/${id2}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    expect(photo.rawPayload.equals(jpeg)).toBe(true);
  });

  it('bad input: refused with the reason (too long, contact without consent, no description); emoji and RTL kept', async () => {
    const results = await push(server, kiosk, [
      feedbackMutation(kiosk, { description: '太长'.repeat(50_000) }),
      feedbackMutation(kiosk, { consentContact: false }),
      feedbackMutation(kiosk, { description: '   ' }),
      feedbackMutation(kiosk, { contactEmail: 'not an email' }),
      feedbackMutation(kiosk, { description: 'الطابور طويل جدا 😤 <script>alert(1)</script>' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'applied']);
    expect(results[0]?.error).toMatch(/description: is longer than 5000 characters/);
    expect(results[1]?.error).toMatch(/consentContact: contact details are kept only with the person’s consent/);
    expect(results[2]?.error).toMatch(/description: is required/);
    expect(results[3]?.error).toMatch(/contactEmail: is not a valid email address/);
    const { items } = await list();
    expect(items.some((c) => c.description === 'الطابور طويل جدا 😤 <script>alert(1)</script>')).toBe(true);
  });

  it('exports the cases as CSV with a BOM and as XLSX', async () => {
    await record({ description: '=SUM(A1:A9) 请回电' });
    const csv = await consoleCall(server, cookie, 'GET', '/api/v1/console/feedback/export?format=csv&lang=zh-CN');
    expect(csv.statusCode).toBe(200);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const body = csv.rawPayload.toString('utf8');
    expect(body.split('\r\n')[0]).toContain('case_id,type,category,severity,status,overdue,reported_at');
    expect(body).toContain("'=SUM(A1:A9) 请回电");
    expect(body).toContain('餐饮');
    const xlsx = await consoleCall(server, cookie, 'GET', '/api/v1/console/feedback/export?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('feedback')?.rowCount).toBeGreaterThan(1);
  });
});
