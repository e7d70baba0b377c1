/**
 * A visitor's data on request (GDPR/PIPL style). One person with a pre-registered record and a
 * walk-in record (merged on their email), checked in, with complaints, survey answers and leads at
 * a booth: the console exports everything held about them as JSON; erasure leaves no trace of
 * their name, company, email, phone or notes anywhere in the database (every table is searched),
 * keeps every figure the same, reaches desks as a roster tombstone and every device as an erasure
 * document, strips records captured before but delivered after it, and survives re-importing the
 * original registration file. The CLI does the same.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCardFields } from '../../src/core/cards/fields';
import { newId } from '../../src/core/ids';
import { newLead } from '../../src/core/leads/merge';
import type { Lead } from '../../src/core/leads/schema';
import type { MutationEnvelope } from '../../src/core/schema/sync';
import { importRosterCommand } from '../../src/server/cli/commands/importRoster';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import type { Queryable } from '../../src/server/db/types';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { pairKeyedDesk, registerWalkIns, scanAt, type KeyedDesk } from './statsSupport';
import { bearer, checkinMutation, pairDevice, pull, push, runCli, runCliLine, tempDir, utf8WithBom, type PairedDevice } from './support';
import { consoleCall, consoleJson, consoleSession, createSurvey, fairSurvey, feedbackMutation, responseMutation } from './surveySupport';

/** What identifies the person: none of it may be left anywhere after erasure. */
const MARKERS = ['张三丰', 'zhangsanfeng', 'zsf', 'zhang.sanfeng@example.com', '13912345678', '武当派科技', 'VIP 道长', '太极拳爱好者', 'sanfeng-notes'];
const ROSTER = ['编号,姓名,公司,手机,邮箱,备注', 'REG-1,张三丰,武当派科技,13912345678,zhang.sanfeng@example.com,VIP 道长', 'REG-2,李四,峨眉电子,13800138002,li.si@example.com,'];
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');

/** Rows of any table (but the migration log) whose text holds one of the markers. */
async function traces(db: Queryable, markers: readonly string[]): Promise<string[]> {
  const { rows: tables } = await db.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
  const found: string[] = [];
  for (const { name } of tables) {
    const { rows } = await db.query<{ row: string }>(`SELECT x::text AS row FROM "${name}" x WHERE x::text ILIKE ANY($1::text[])`, [markers.map((m) => `%${m}%`)]);
    for (const r of rows) found.push(`${name}: ${r.row.slice(0, 200)}`);
  }
  return found;
}

function badgeLead(booth: PairedDevice, visitor: { id: string; badgeCode: string }, over: Partial<Lead> = {}): MutationEnvelope {
  const lead: Lead = {
    ...newLead(
      { ...booth, staff: booth.name },
      { source: 'badge', badgeCode: visitor.badgeCode, attendeeId: visitor.id, contact: { ...emptyCardFields(), name: '张三丰', company: '武当派科技' }, rating: 'hot', hasPhoto: true },
    ),
    notes: '太极拳爱好者, sanfeng-notes',
    ...over,
  };
  const at = lead.capturedAt;

  return { id: newId(), seq: 1, type: 'lead', op: 'create', data: lead, capturedAt: at };
}

describe.each(DATABASES)('visitor data export and erasure on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  let desk: KeyedDesk;
  let kiosk: PairedDevice;
  let booth: PairedDevice;
  let files: ReturnType<typeof tempDir>;
  let zhang: { id: string; badgeCode: string };
  let li: { id: string; badgeCode: string };
  let walkInId: string;
  const caseIds: string[] = [];
  let deskCheckpoint = '0';

  const importRoster = async () => runCli(server, importRosterCommand, [await files.write('roster.csv', utf8WithBom(`${ROSTER.join('\n')}\n`)), '--json'], files.dir);
  const figures = async () => ({
    dashboard: { ...(await consoleJson<Record<string, unknown>>(server, cookie, 'GET', '/api/v1/console/dashboard')), generatedAt: null },
    persons: (await server.db.query('SELECT id, category, is_visitor, country, province, city, scope, industry, company_size, records, days FROM persons ORDER BY id')).rows,
  });

  beforeAll(async () => {
    server = await startTestServer(kind);
    files = tempDir();
    cookie = await consoleSession(server);
    expect((await importRoster()).code).toBe(0);
    const { rows } = await server.db.query<{ id: string; ref: string; badge_code: string }>('SELECT id, ref, badge_code FROM attendees');
    const byRef = new Map(rows.map((r) => [r.ref, { id: r.id, badgeCode: r.badge_code }]));
    zhang = byRef.get('REG-1')!;
    li = byRef.get('REG-2')!;

    // The same person registers again at a desk: merged into one person on the email.
    desk = await pairKeyedDesk(server, 'Gate 1');
    [walkInId = ''] = await registerWalkIns(server, desk, [{ name: '张三丰', company: '武当派科技', email: 'zhang.sanfeng@example.com', mobile: '+8613912345678' }]);
    const { rows: owner } = await server.db.query<{ person_id: string }>('SELECT person_id FROM visitor_profiles WHERE attendee_id = $1', [walkInId]);
    expect(owner[0]?.person_id).toBe(zhang.id);
    deskCheckpoint = (await pull(server, desk.token, { stream: 'roster', limit: 5000 })).checkpoint;

    await scanAt(server, desk, [
      { attendeeId: zhang.id, at: new Date().toISOString() },
      { attendeeId: walkInId, at: new Date().toISOString(), flags: ['reentry'] },
      { attendeeId: li.id, at: new Date().toISOString() },
    ]);
    await push(server, desk, [checkinMutation(desk, { attendeeId: zhang.id, code: zhang.badgeCode, name: '张三丰', company: '武当派科技' })]);

    // Complaints: one linked to the badge, one with only the email, one with only the phone, and one of someone else.
    kiosk = await pairDevice(server, { role: 'kiosk' });
    const cases = [
      feedbackMutation(kiosk, { attendeeId: zhang.id, contactName: '张三丰', contactEmail: 'zhang.sanfeng@example.com', description: '展位太挤', hasPhoto: true }),
      feedbackMutation(kiosk, { contactName: 'Zhang S.', contactEmail: 'ZHANG.SANFENG@example.com', contactPhone: '', description: '停车难' }),
      feedbackMutation(kiosk, { contactName: '道长', contactEmail: '', contactPhone: '139 1234 5678', description: '餐饮贵' }),
      feedbackMutation(kiosk, { attendeeId: li.id, contactName: '李四', contactEmail: 'li.si@example.com', description: '厕所少' }),
    ];
    expect((await push(server, kiosk, cases)).map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    caseIds.push(...cases.map((c) => (c.data as { id: string }).id));
    const photo = await server.app.inject({ method: 'PUT', url: `/api/v1/feedback/${caseIds[0]}/photo`, headers: bearer(kiosk.token), payload: { contentType: 'image/jpeg', data: JPEG } });
    expect(photo.statusCode, photo.body).toBe(200);

    // Survey answers: one linked with contact details, one anonymous with the email, one of someone else.
    const survey = await createSurvey(server, cookie, fairSurvey());
    const contact = { name: '张三丰', email: 'zhang.sanfeng@example.com', phone: '13912345678' };
    const responses = [
      responseMutation(kiosk, survey.id, 1, { nps: 9, csat: 5, comment: '很好', contact, consent: true }, { attendeeId: zhang.id }),
      responseMutation(kiosk, survey.id, 1, { nps: 7, csat: 4, contact: { name: '', email: 'zhang.sanfeng@example.com', phone: '' }, consent: true }),
      responseMutation(kiosk, survey.id, 1, { nps: 3, csat: 2, contact: { name: '李四', email: 'li.si@example.com', phone: '' }, consent: true }, { attendeeId: li.id }),
    ];
    expect((await push(server, kiosk, responses)).map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);

    // A booth scans the badge and keeps notes and a card photo.
    const exhibitor = await createExhibitor(server.db, server.event.id, '少林机械');
    booth = await pairDevice(server, { role: 'booth', exhibitorId: exhibitor.id, name: 'Booth A' });
    const lead = badgeLead(booth, zhang);
    expect((await push(server, booth, [lead]))[0]).toMatchObject({ status: 'applied' });
    const leadPhoto = await server.app.inject({ method: 'PUT', url: `/api/v1/leads/${(lead.data as Lead).id}/photo`, headers: bearer(booth.token), payload: { contentType: 'image/jpeg', data: JPEG } });
    expect(leadPhoto.statusCode, leadPhoto.body).toBe(200);
  });
  afterAll(async () => {
    files?.remove();
    await server?.close();
  });

  it('exports everything held about the visitor as one JSON document, from either record id', async () => {
    const res = await consoleCall(server, cookie, 'GET', `/api/v1/console/visitors/${walkInId}/data`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="visitor-.*\.json"/);
    const data = res.json() as Record<string, unknown[]> & { personId: string; format: string };
    expect(data.format).toBe('showfloor-visitor-data-v1');
    expect(data.personId).toBe(zhang.id);
    expect(data.records).toHaveLength(2);
    expect(data.records).toEqual(expect.arrayContaining([expect.objectContaining({ id: zhang.id, name: '张三丰', email: 'zhang.sanfeng@example.com', extra: { 备注: 'VIP 道长' } })]));
    expect(data.checkins).toHaveLength(3);
    expect(data.feedback).toHaveLength(3);
    expect(data.surveyResponses).toHaveLength(2);
    expect(data.leads).toEqual([expect.objectContaining({ exhibitor: '少林机械', notes: '太极拳爱好者, sanfeng-notes' })]);
    expect(JSON.stringify(data)).not.toContain('李四');

    const other = await consoleCall(server, cookie, 'GET', `/api/v1/console/visitors/${newId()}/data`);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ error: 'visitor_not_found' });
  });

  it('refuses to erase without confirmation, or someone unknown', async () => {
    const unconfirmed = await consoleCall(server, cookie, 'POST', `/api/v1/console/visitors/${zhang.id}/erase`, {});
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.json()).toMatchObject({ error: 'invalid_request', message: expect.stringMatching(/cannot be undone/), fields: [{ path: 'confirm', problem: 'erasure_needs_confirm' }] });
    expect((await consoleCall(server, cookie, 'POST', `/api/v1/console/visitors/${newId()}/erase`, { confirm: true })).statusCode).toBe(404);
    expect(await traces(server.db, ['zhang.sanfeng@example.com'])).not.toEqual([]);
  });

  it('erases the person everywhere, keeps every figure, and tells the devices', async () => {
    const before = await figures();
    const counts = async (table: string) => (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n;
    const rowsBefore = { checkins: await counts('checkins'), feedback: await counts('feedback'), responses: await counts('survey_responses'), leads: await counts('leads') };

    const res = await consoleCall(server, cookie, 'POST', `/api/v1/console/visitors/${zhang.id}/erase`, { confirm: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      personId: zhang.id,
      attendeeIds: expect.arrayContaining([zhang.id, walkInId]),
      counts: { records: 2, checkins: 3, feedback: 3, feedbackPhotos: 1, surveyResponses: 2, leads: 1, leadPhotos: 1 },
    });

    // Not a trace of who it was, in any table.
    expect(await traces(server.db, MARKERS)).toEqual([]);
    // Someone else is untouched.
    expect(await traces(server.db, ['李四', 'li.si@example.com'])).not.toEqual([]);
    const { rows: liRow } = await server.db.query('SELECT name, email, erased_at FROM attendees WHERE id = $1', [li.id]);
    expect(liRow[0]).toEqual({ name: '李四', email: 'li.si@example.com', erased_at: null });

    // Every row that counts is still there, and every figure is the same.
    expect({ checkins: await counts('checkins'), feedback: await counts('feedback'), responses: await counts('survey_responses'), leads: await counts('leads') }).toEqual(rowsBefore);
    expect(await figures()).toEqual(before);
    const { rows: answers } = await server.db.query<{ answers: Record<string, unknown> }>('SELECT answers FROM survey_responses WHERE attendee_id IS NULL ORDER BY captured_at');
    expect(answers.map((a) => a.answers)).toEqual([
      { nps: 9, csat: 5, comment: '很好', consent: true },
      { nps: 7, csat: 4, consent: true },
    ]);
    const { rows: cases } = await server.db.query('SELECT description, contact_name, contact_email, contact_phone, attendee_id, has_photo FROM feedback WHERE id = ANY($1::uuid[]) ORDER BY description', [caseIds.slice(0, 3)]);
    expect(cases).toEqual(
      ['停车难', '展位太挤', '餐饮贵'].sort().map((description) => ({ description, contact_name: '', contact_email: '', contact_phone: '', attendee_id: null, has_photo: false })),
    );

    // Desks: a tombstone for each record in the roster stream, and nobody gets them again.
    const roster = await pull(server, desk.token, { stream: 'roster', since: deskCheckpoint, limit: 5000 });
    expect(roster.changes.filter((c) => c.data === null).map((c) => c.key).sort()).toEqual([zhang.id, walkInId].sort());
    const fresh = await pull(server, desk.token, { stream: 'roster', limit: 5000 });
    expect(fresh.changes.filter((c) => c.data !== null).map((c) => c.key)).toEqual([li.id]);
    // Every device: the erasure document in its config.
    for (const device of [desk, kiosk, booth]) {
      const config = await pull(server, device.token, { stream: 'config', limit: 5000 });
      const doc = config.changes.find((c) => c.kind === 'visitor_erasure');
      expect(doc?.data).toEqual({ attendeeIds: expect.arrayContaining([zhang.id, walkInId]) });
    }
    // The booth's lead comes down emptied and deleted.
    const leads = await pull(server, booth.token, { stream: 'leads', limit: 5000 });
    const lead = leads.changes.find((c) => c.kind === 'lead')?.data as Lead;
    expect(lead).toMatchObject({ attendeeId: null, badgeCode: null, notes: '', contact: emptyCardFields(), rating: 'hot', hasPhoto: false });
  });

  it('strips records captured before the erasure but delivered after it', async () => {
    const late = await pairDevice(server, { role: 'desk', name: 'Gate 2 (was offline)' });
    const checkin = checkinMutation(late, { attendeeId: zhang.id, code: zhang.badgeCode, name: '张三丰', company: '武当派科技' });
    const complaint = feedbackMutation(kiosk, { attendeeId: walkInId, contactName: '张三丰', contactEmail: 'zhang.sanfeng@example.com', description: '迟到的投诉' });
    expect((await push(server, late, [checkin]))[0]?.status).toBe('applied');
    expect((await push(server, kiosk, [complaint]))[0]?.status).toBe('applied');
    expect(await traces(server.db, MARKERS)).toEqual([]);
    const { rows } = await server.db.query('SELECT name, company, code FROM checkins WHERE id = $1', [(checkin.data as { id: string }).id]);
    expect(rows).toEqual([{ name: null, company: null, code: 'erased' }]);
  });

  it('does not bring the person back: not by re-importing the registration file, not by reclassifying', async () => {
    const profileBefore = (await server.db.query('SELECT country, province, city, industry, company_size FROM visitor_profiles WHERE attendee_id = $1', [zhang.id])).rows;
    const run = await importRoster();
    expect(run.code).toBe(2);
    const report = JSON.parse(run.out.join('')) as { problems: Array<{ line: number; message: string }> };
    expect(report.problems).toEqual([{ line: 2, message: expect.stringMatching(/erased on request/) }]);
    expect(await traces(server.db, MARKERS)).toEqual([]);

    const reclassify = await runCliLine(server, ['reclassify']);
    expect(reclassify.code, reclassify.err.join('\n')).toBe(0);
    expect((await server.db.query('SELECT country, province, city, industry, company_size FROM visitor_profiles WHERE attendee_id = $1', [zhang.id])).rows).toEqual(profileBefore);
    expect((await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM visitor_profiles WHERE stale')).rows[0]?.n).toBe(0);
  });

  it('the CLI exports and erases too, and refuses what it cannot do', async () => {
    const out = files.file('li.json');
    const exported = await runCliLine(server, ['visitor', 'export', li.id, '--out', out], files.dir);
    expect(exported.code, exported.err.join('\n')).toBe(0);
    const data = JSON.parse(await readFile(out, 'utf8')) as { personId: string; records: Array<{ name: string }> };
    expect(data).toMatchObject({ personId: li.id, records: [{ name: '李四' }] });

    expect((await runCliLine(server, ['visitor', 'erase', li.id])).code).toBe(64);
    expect((await runCliLine(server, ['visitor', 'erase', 'not-an-id', '--yes'])).code).toBe(64);
    expect((await runCliLine(server, ['visitor', 'export', newId()])).code).toBe(1);
    expect(await traces(server.db, ['li.si@example.com'])).not.toEqual([]);

    const erased = await runCliLine(server, ['visitor', 'erase', li.id, '--yes', '--json']);
    expect(erased.code, erased.err.join('\n')).toBe(0);
    expect(JSON.parse(erased.out.join(''))).toMatchObject({ personId: li.id, counts: { records: 1, checkins: 1, feedback: 1, surveyResponses: 1 } });
    expect(await traces(server.db, ['李四', 'li.si@example.com', '13800138002', '峨眉电子'])).toEqual([]);
    const { rows } = await server.db.query<{ erased_by: string }>('SELECT erased_by FROM erasures ORDER BY id');
    expect(rows.map((r) => r.erased_by)).toEqual(['organizer:organizer', 'cli']);
  });
});
