/**
 * Issue 13, item 4: an erasure reaches every record captured before it and delivered after it,
 * whatever its kind. The test walks every mutation type the server accepts (a new type without a
 * case here fails it): each is captured about the person before the erasure, delivered after
 * it, and afterwards not a trace of the person is in any table, the exhibitors' lists and
 * exports, the visitor-data download or the mutation log. Photos sent after the erasure are not
 * kept, an old copy of a lead edited on a booth does not bring the notes back, and on PostgreSQL
 * an erasure and a push that overlap never leave the person behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCardFields } from '../../src/core/cards/fields';
import { newId } from '../../src/core/ids';
import { newLead } from '../../src/core/leads/merge';
import type { Lead } from '../../src/core/leads/schema';
import { MUTATION_TYPES, type MutationKey } from '../../src/core/schema/mutations';
import type { MutationEnvelope } from '../../src/core/schema/sync';
import type { Queryable } from '../../src/server/db/types';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { closeErasureGate, enterErasureGate } from '../../src/server/visitors/lateErasure';
import { eraseRecords, eraseVisitor, resolvePerson } from '../../src/server/visitors/privacy';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { importRows, pairKeyedDesk, walkIn, type KeyedDesk } from './statsSupport';
import { bearer, checkinMutation, checkinUndoMutation, pairDevice, push, type PairedDevice } from './support';
import { consoleCall, consoleSession, createSurvey, fairSurvey, feedbackMutation, responseMutation } from './surveySupport';

/** Who is erased: none of it may be anywhere afterwards. */
const PERSON = { name: '徐霞客', company: '游记出版社', email: 'xu.xiake@example.com', mobile: '13700001111' };
const MARKERS = ['徐霞客', '游记出版社', 'xu.xiake@example.com', '13700001111', 'xiake-secret-note'];
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');

async function traces(db: Queryable, markers: readonly string[]): Promise<string[]> {
  const { rows: tables } = await db.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
  const found: string[] = [];
  for (const { name } of tables) {
    const { rows } = await db.query<{ row: string }>(`SELECT x::text AS row FROM "${name}" x WHERE x::text ILIKE ANY($1::text[])`, [markers.map((m) => `%${m}%`)]);
    for (const r of rows) found.push(`${name}: ${r.row.slice(0, 200)}`);
  }
  return found;
}

const leadMutation = (lead: Lead, op: 'create' | 'update' | 'delete' = 'create'): MutationEnvelope => ({ id: newId(), seq: 1, type: 'lead', op, data: lead, capturedAt: lead.capturedAt });

describe.each(DATABASES)('erasure reaches every record kind on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  let desk: KeyedDesk;
  let lateDesk: KeyedDesk;
  let kiosk: PairedDevice;
  let booth: PairedDevice;
  let otherBooth: PairedDevice;
  let person: { id: string; badgeCode: string };
  let surveyId: string;
  let storedLead: Lead;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await consoleSession(server);
    const refs = await importRows(server, [
      ['编号', '姓名', '公司', '手机', '邮箱'],
      ['XU-1', PERSON.name, PERSON.company, PERSON.mobile, PERSON.email],
      ['OT-1', '顾炎武', '日知录书局', '13700002222', 'gu.yanwu@example.com'],
    ]);
    const id = refs.get('XU-1') ?? '';
    const { rows } = await server.db.query<{ badge_code: string }>('SELECT badge_code FROM attendees WHERE id = $1', [id]);
    person = { id, badgeCode: rows[0]?.badge_code ?? '' };
    desk = await pairKeyedDesk(server, 'Gate 1');
    lateDesk = await pairKeyedDesk(server, 'Gate 9 (offline all morning)');
    kiosk = await pairDevice(server, { role: 'kiosk' });
    const acme = await createExhibitor(server.db, server.event.id, '山水仪器');
    const other = await createExhibitor(server.db, server.event.id, '江河设备');
    booth = await pairDevice(server, { role: 'booth', exhibitorId: acme.id, name: 'Booth A' });
    otherBooth = await pairDevice(server, { role: 'booth', exhibitorId: other.id, name: 'Booth B' });
    surveyId = (await createSurvey(server, cookie, fairSurvey())).id;
    // Delivered before the erasure: a badge lead at booth A, with notes.
    storedLead = {
      ...newLead({ ...booth, staff: booth.name }, { source: 'badge', badgeCode: person.badgeCode, attendeeId: person.id, contact: { ...emptyCardFields(), name: PERSON.name, company: PERSON.company } }),
      notes: 'xiake-secret-note',
    };
    expect((await push(server, booth, [leadMutation(storedLead)]))[0]).toMatchObject({ status: 'applied' });
  });
  afterAll(async () => server?.close());

  it('strips every mutation type captured about the person before the erasure and delivered after it', async () => {
    const before = new Date(Date.now() - 60_000).toISOString();
    const badgeContact = { ...emptyCardFields(), name: PERSON.name, company: PERSON.company };
    // Each type, as devices capture it about the person while offline. A new type without its case fails below.
    const deskCheckin = checkinMutation(desk, { attendeeId: person.id, code: person.badgeCode, name: PERSON.name, company: PERSON.company, capturedAt: before });
    const captured: Record<MutationKey, Array<{ device: PairedDevice; mutation: MutationEnvelope }>> = {
      'checkin.create': [
        { device: desk, mutation: deskCheckin },
        // A desk without the roster: the badge, no visitor record.
        { device: lateDesk, mutation: checkinMutation(lateDesk, { attendeeId: null, code: person.badgeCode, name: PERSON.name, company: PERSON.company, flags: ['unknown'], capturedAt: before }) },
      ],
      // The desk undoes its check-in of the person (an undo holds nothing personal: stored as sent).
      'checkin_undo.create': [{ device: desk, mutation: checkinUndoMutation(desk, (deskCheckin.data as { id: string }).id, before) }],
      'visitor.create': [{ device: lateDesk, mutation: walkIn(lateDesk, { name: PERSON.name, company: PERSON.company, email: PERSON.email, mobile: `+86${PERSON.mobile}`, capturedAt: before }).mutation }],
      'response.create': [
        { device: kiosk, mutation: responseMutation(kiosk, surveyId, 1, { nps: 8, csat: 4, contact: { name: PERSON.name, email: PERSON.email.toUpperCase(), phone: '' }, consent: true }, { capturedAt: before }) },
        { device: kiosk, mutation: responseMutation(kiosk, surveyId, 1, { nps: 9, csat: 5, comment: 'fine', consent: true }, { attendeeId: person.id, capturedAt: before }) },
      ],
      'feedback.create': [
        { device: kiosk, mutation: feedbackMutation(kiosk, { contactName: PERSON.name, contactEmail: '', contactPhone: '137 0000 1111', description: '展馆太冷', hasPhoto: true, capturedAt: before }) },
        { device: kiosk, mutation: feedbackMutation(kiosk, { contactName: PERSON.name, contactEmail: PERSON.email, attendeeId: person.id, description: '洗手间少', capturedAt: before }) },
      ],
      'lead.create': [
        // Another exhibitor scanned the badge; a third took a business card with the email only.
        { device: otherBooth, mutation: leadMutation({ ...newLead({ ...otherBooth, staff: otherBooth.name }, { source: 'badge', badgeCode: person.badgeCode, attendeeId: person.id, contact: badgeContact }, before), notes: 'xiake-secret-note B' }) },
        { device: otherBooth, mutation: leadMutation(newLead({ ...otherBooth, staff: otherBooth.name }, { source: 'card', badgeCode: null, attendeeId: null, contact: { ...emptyCardFields(), name: PERSON.name, email: PERSON.email }, hasPhoto: true }, before)) },
      ],
      // Booth A's copy of the stored lead, edited after the erasure (the tablet did not know yet): its stamps are newer.
      'lead.update': [
        {
          device: booth,
          mutation: leadMutation(
            { ...storedLead, notes: 'xiake-secret-note again', contact: badgeContact, stamps: { ...storedLead.stamps, notes: new Date(Date.now() + 60_000).toISOString(), contact: new Date(Date.now() + 60_000).toISOString() } },
            'update',
          ),
        },
      ],
      'lead.delete': [
        { device: booth, mutation: leadMutation({ ...newLead({ ...booth, staff: booth.name }, { source: 'card', badgeCode: null, attendeeId: null, contact: { ...emptyCardFields(), name: PERSON.name, mobile: `+86${PERSON.mobile}` } }, before), deletedAt: before }, 'delete') },
      ],
    };
    expect(Object.keys(captured).sort()).toEqual(Object.keys(MUTATION_TYPES).sort());

    const erased = await consoleCall(server, cookie, 'POST', `/api/v1/console/visitors/${person.id}/erase`, { confirm: true });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(await traces(server.db, MARKERS)).toEqual([]);

    for (const [key, list] of Object.entries(captured)) {
      for (const { device, mutation } of list) {
        expect(await push(server, device, [mutation]), key).toEqual([{ id: mutation.id, status: 'applied' }]);
      }
    }
    // Photos of the lead and the case, sent after them.
    const cardLead = captured['lead.create'][1]!.mutation.data as Lead;
    const photo = await server.app.inject({ method: 'PUT', url: `/api/v1/leads/${cardLead.id}/photo`, headers: bearer(otherBooth.token), payload: { contentType: 'image/jpeg', data: JPEG } });
    expect(photo.statusCode, photo.body).toBe(200);
    const caseId = (captured['feedback.create'][0]!.mutation.data as { id: string }).id;
    const casePhoto = await server.app.inject({ method: 'PUT', url: `/api/v1/feedback/${caseId}/photo`, headers: bearer(kiosk.token), payload: { contentType: 'image/jpeg', data: JPEG } });
    expect(casePhoto.statusCode, casePhoto.body).toBe(200);
    // Sent again (a retry after a lost answer): still nothing.
    for (const list of Object.values(captured)) for (const { device, mutation } of list) expect((await push(server, device, [mutation]))[0]?.status).toBe('duplicate');

    // Not a trace in any table, the mutation log included.
    expect(await traces(server.db, MARKERS)).toEqual([]);
    expect((await server.db.query('SELECT 1 FROM lead_photos UNION ALL SELECT 1 FROM feedback_photos')).rows).toEqual([]);
    // Every record stayed (figures count them), anonymous.
    const ids = (k: MutationKey) => captured[k].map((c) => (c.mutation.data as { id: string }).id);
    expect((await server.db.query('SELECT code FROM checkins WHERE id = ANY($1::uuid[])', [ids('checkin.create')])).rows).toEqual([{ code: 'erased' }, { code: 'erased' }]);
    expect((await server.db.query('SELECT 1 FROM survey_responses WHERE id = ANY($1::uuid[]) AND attendee_id IS NULL', [ids('response.create')])).rows).toHaveLength(2);
    const walkInId = ids('visitor.create')[0];
    expect((await server.db.query<{ erased: boolean }>('SELECT erased_at IS NOT NULL AS erased FROM attendees WHERE id = $1', [walkInId])).rows).toEqual([{ erased: true }]);
    // Devices hear of the late walk-in's erasure too.
    const config = await server.app.inject({ method: 'GET', url: '/api/v1/sync/pull?stream=config&limit=5000', headers: bearer(desk.token) });
    expect((config.json() as { changes: Array<{ kind: string; data: { attendeeIds?: string[] } }> }).changes.filter((c) => c.kind === 'visitor_erasure').flatMap((c) => c.data.attendeeIds)).toEqual(
      expect.arrayContaining([person.id, walkInId]),
    );

    // What the exhibitors and the organizer read: nothing of the person.
    const login = async (exhibitorId: string, username: string) => {
      const made = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitors/${exhibitorId}/accounts`, { username, password: 'long enough password' });
      expect(made.statusCode, made.body).toBe(200);
      const res = await server.app.inject({ method: 'POST', url: '/api/v1/exhibitor/login', payload: { username, password: 'long enough password' } });
      return `sf_exhibitor=${res.cookies.find((c) => c.name === 'sf_exhibitor')?.value ?? ''}`;
    };
    for (const [device, username] of [
      [booth, 'shanshui'],
      [otherBooth, 'jianghe'],
    ] as const) {
      const exhibitorCookie = await login(device.exhibitorId ?? '', username);
      for (const url of ['/api/v1/exhibitor/leads', '/api/v1/exhibitor/leads/export?format=csv', '/api/v1/exhibitor/leads/export?format=vcf']) {
        const res = await server.app.inject({ method: 'GET', url, headers: { cookie: exhibitorCookie } });
        expect(res.statusCode, `${username} ${url}: ${res.body.slice(0, 300)}`).toBe(200);
        for (const m of MARKERS) expect(res.body, `${username} ${url}`).not.toContain(m);
      }
      const pulled = await server.app.inject({ method: 'GET', url: '/api/v1/sync/pull?stream=leads&limit=5000', headers: bearer(device.token) });
      for (const m of MARKERS) expect(pulled.body).not.toContain(m);
    }
    for (const recordId of [person.id, walkInId]) {
      const download = await consoleCall(server, cookie, 'GET', `/api/v1/console/visitors/${recordId}/data`);
      expect(download.statusCode, download.body).toBe(200);
      for (const m of MARKERS) expect(download.body).not.toContain(m);
    }
  });
});

describe('an erasure and a push that overlap (PostgreSQL: concurrent transactions)', () => {
  let server: TestServer;
  let kiosk: PairedDevice;
  let refs: Map<string, string>;

  beforeAll(async () => {
    server = await startTestServer('postgres');
    refs = await importRows(server, [
      ['编号', '姓名', '公司', '手机', '邮箱'],
      ['RACE-1', '李白', '诗酒商行', '13600001111', 'li.bai@example.com'],
      ['RACE-2', '杜甫', '草堂文具', '13600002222', 'du.fu@example.com'],
    ]);
    kiosk = await pairDevice(server, { role: 'kiosk' });
  });
  afterAll(async () => server?.close());

  const settled = async (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);
  // A complaint that names the visitor only by email: no link to their record, so no row lock on it orders the two.
  // Captured a minute before the erasure (contact details match only records captured before it).
  const complaint = (name: string, email: string) =>
    feedbackMutation(kiosk, { contactName: name, contactEmail: email, contactPhone: '', attendeeId: null, description: 'race note', capturedAt: new Date(Date.now() - 60_000).toISOString() });

  it('an erasure waits for a push in flight, then strips what it stored', async () => {
    const id = refs.get('RACE-1') ?? '';
    const m = complaint('李白', 'li.bai@example.com');
    let finish!: () => void;
    const held = new Promise<void>((r) => (finish = r));
    // A push that has stored its complaint and not committed yet.
    const inFlight = server.db.transaction(async (tx) => {
      await enterErasureGate(tx);
      await tx.query(
        `INSERT INTO feedback (id, event_id, device_id, mutation_id, type, category, severity, description, channel, audience, contact_name, contact_email, contact_phone,
                               preferred_language, consent_contact, attendee_id, has_photo, captured_at, reported_at)
         SELECT id, $2, device_id, $3, type, category, severity, description, channel, audience, contact_name, contact_email, contact_phone,
                preferred_language, consent_contact, attendee_id, has_photo, captured_at, captured_at
           FROM jsonb_to_record($1::jsonb) AS x(id uuid, device_id uuid, type text, category text, severity text, description text, channel text, audience text,
                contact_name text, contact_email text, contact_phone text, preferred_language text, consent_contact boolean, attendee_id uuid, has_photo boolean, captured_at timestamptz)`,
        [JSON.stringify(Object.fromEntries(Object.entries(m.data as Record<string, unknown>).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]))), server.event.id, m.id],
      );
      await held;
    });
    await new Promise((r) => setTimeout(r, 100));
    const erasing = eraseVisitor(server.db, server.event.id, id, 'test');
    expect(await settled(erasing, 500)).toBe(false);
    finish();
    await inFlight;
    expect((await erasing)?.counts.feedback).toBe(1);
    expect(await traces(server.db, ['李白', 'li.bai@example.com'])).toEqual([]);
  });

  it('a push arriving during an erasure waits for it, and its records are stripped', async () => {
    const id = refs.get('RACE-2') ?? '';
    let finish!: () => void;
    const held = new Promise<void>((r) => (finish = r));
    // An erasure that has done its work and not committed yet.
    const erasing = server.db.transaction(async (tx) => {
      await closeErasureGate(tx);
      const person = await resolvePerson(tx, server.event.id, id);
      await eraseRecords(tx, server.event.id, person?.attendeeIds ?? [], 'test', person?.personId ?? id);
      await held;
    });
    await new Promise((r) => setTimeout(r, 100));
    const pushing = push(server, kiosk, [complaint('杜甫', 'du.fu@example.com')]);
    expect(await settled(pushing, 500)).toBe(false);
    finish();
    await erasing;
    expect((await pushing)[0]?.status).toBe('applied');
    expect(await traces(server.db, ['杜甫', 'du.fu@example.com'])).toEqual([]);
  });
});
