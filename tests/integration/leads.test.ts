/**
 * Lead capture on the server: booth devices push leads (badge and card), the server verifies the
 * badge, merges the same visitor scanned twice, keeps every exhibitor's leads to itself (push,
 * pull, photo, export, exhibitor login), adds contact details only with the visitor's consent,
 * and feeds the dashboard's views.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCardFields } from '../../src/core/cards/fields';
import { newId } from '../../src/core/ids';
import { initialStamps, newLead } from '../../src/core/leads/merge';
import type { Lead, ServerLead } from '../../src/core/leads/schema';
import type { MutationEnvelope } from '../../src/core/schema/sync';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { leadsCommand } from '../../src/server/cli/commands/leads';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { pairDevice, pull, push, runCli, tempDir, type PairedDevice } from './support';
import { pairKeyedDesk, walkIn, type KeyedDesk } from './statsSupport';
import { consoleSession } from './surveySupport';

let seq = 1000;

function badgeLead(booth: PairedDevice & { exhibitorId: string | null }, visitor: { id: string; badgeCode: string; name: string; company: string }, over: Partial<Lead> = {}): Lead {
  const lead = newLead(
    { ...booth, staff: booth.name },
    { source: 'badge', badgeCode: visitor.badgeCode, attendeeId: visitor.id, contact: { ...emptyCardFields(), name: visitor.name, company: visitor.company } },
    over.capturedAt,
  );
  return { ...lead, ...over };
}

function cardLead(booth: PairedDevice & { exhibitorId: string | null }, over: Partial<Lead> = {}): Lead {
  const at = new Date().toISOString();
  return {
    ...badgeLead(booth, { id: newId(), badgeCode: 'x', name: '', company: '' }),
    source: 'card',
    badgeCode: null,
    attendeeId: null,
    contact: { ...emptyCardFields(), name: 'Jane Doe', company: 'Contoso GmbH', email: 'jane@contoso.example' },
    capturedAt: at,
    stamps: initialStamps(at),
    updatedAt: at,
    ...over,
  };
}

function mutation(lead: Lead, op: 'create' | 'update' | 'delete' = 'create'): MutationEnvelope {
  return { id: newId(), seq: ++seq, type: 'lead', op, data: lead, capturedAt: lead.updatedAt };
}

/** A later edit of `lead`: the given parts changed `ms` later. */
function edited(lead: Lead, change: Partial<Lead>, parts: Array<keyof Lead['stamps']>, ms = 1000): Lead {
  const at = new Date(Date.parse(lead.updatedAt) + ms).toISOString();
  const stamps = { ...lead.stamps };
  for (const p of parts) stamps[p] = at;
  return { ...lead, ...change, stamps, updatedAt: at };
}

async function leadsOf(server: TestServer, token: string): Promise<ServerLead[]> {
  const page = await pull(server, token, { stream: 'leads', since: '0', limit: 5000 });
  return page.changes.filter((c) => c.kind === 'lead').map((c) => c.data as ServerLead);
}

describe.each(DATABASES)('leads on %s', (kind) => {
  let server: TestServer;
  let desk: KeyedDesk;
  let acme: { id: string };
  let other: { id: string };
  let boothA: PairedDevice;
  let boothA2: PairedDevice;
  let boothB: PairedDevice;
  const visitors: Array<{ id: string; badgeCode: string; name: string; company: string }> = [];

  beforeAll(async () => {
    server = await startTestServer(kind);
    acme = await createExhibitor(server.db, server.event.id, 'Acme 机械');
    other = await createExhibitor(server.db, server.event.id, 'Other Ltd.');
    boothA = await pairDevice(server, { role: 'booth', exhibitorId: acme.id, name: '王经理' });
    boothA2 = await pairDevice(server, { role: 'booth', exhibitorId: acme.id, name: 'Li' });
    boothB = await pairDevice(server, { role: 'booth', exhibitorId: other.id, name: 'Other booth' });
    desk = await pairKeyedDesk(server, 'Desk');
    const people = [
      { name: '张伟', company: '华南机械有限公司', mobile: '+8613800138001', email: 'zhang@example.cn', consentShare: true },
      { name: '李娜', company: 'Contoso', mobile: '+8613800138002', email: 'li@example.cn', consentShare: false },
      { name: 'Tom Lee', company: 'Fabrikam Inc.', mobile: '+8613800138003', email: 'tom@example.com', consentShare: true },
    ];
    for (const p of people) {
      const w = walkIn(desk, p);
      visitors.push({ id: w.id, badgeCode: (w.mutation.data as { badgeCode: string }).badgeCode, name: p.name, company: p.company });
      expect((await push(server, desk, [w.mutation]))[0]?.status).toBe('applied');
    }
  });
  afterAll(async () => server?.close());

  it('stores a badge lead once, replays are duplicates, and shares contacts only with consent', async () => {
    const consenting = badgeLead(boothA, visitors[0]!);
    const refusing = badgeLead(boothA, visitors[1]!);
    const batch = [mutation(consenting), mutation(refusing)];
    expect((await push(server, boothA, batch)).map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await push(server, boothA, batch)).map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    const leads = await leadsOf(server, boothA.token);
    const got = new Map(leads.map((l) => [l.attendeeId, l]));
    expect(got.get(visitors[0]!.id)?.shared).toEqual({ email: 'zhang@example.cn', mobile: '+8613800138001' });
    expect(got.get(visitors[1]!.id)?.shared).toBeNull();
    expect(got.get(visitors[0]!.id)?.contact.name).toBe('张伟');
  });

  it('a visitor who withdraws consent loses the shared details; a walk-in synced after the lead gains them', async () => {
    await server.db.query('UPDATE attendees SET consent_share = false WHERE id = $1', [visitors[0]!.id]);
    let lead = (await leadsOf(server, boothA.token)).find((l) => l.attendeeId === visitors[0]!.id);
    expect(lead?.shared).toBeNull();
    await server.db.query('UPDATE attendees SET consent_share = true WHERE id = $1', [visitors[0]!.id]);

    // The visitor registers at the desk offline and walks to the booth; the booth syncs first.
    const late = walkIn(desk, { name: '陈晨', company: '晚到公司', email: 'chen@example.cn', mobile: '+8613800138009', consentShare: true });
    const badge = (late.mutation.data as { badgeCode: string }).badgeCode;
    expect((await push(server, boothA, [mutation(badgeLead(boothA, { id: late.id, badgeCode: badge, name: '陈晨', company: '晚到公司' }))]))[0]?.status).toBe('applied');
    lead = (await leadsOf(server, boothA.token)).find((l) => l.attendeeId === late.id);
    expect(lead?.shared).toBeNull();
    expect((await push(server, desk, [late.mutation]))[0]?.status).toBe('applied');
    lead = (await leadsOf(server, boothA.token)).find((l) => l.attendeeId === late.id);
    expect(lead?.shared).toEqual({ email: 'chen@example.cn', mobile: '+8613800138009' });
  });

  it('refuses a forged badge, a badge naming someone else, and a lead for another exhibitor', async () => {
    const v = visitors[2]!;
    const forgedCode = v.badgeCode.slice(0, -4) + (v.badgeCode.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const forged = badgeLead(boothA, { ...v, badgeCode: forgedCode });
    const swapped = badgeLead(boothA, { ...v, badgeCode: visitors[0]!.badgeCode });
    const foreign = { ...badgeLead(boothA, v), exhibitorId: other.id };
    const results = await push(server, boothA, [mutation(forged), mutation(swapped), mutation(foreign)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(results[0]?.error).toMatch(/badge/);
    expect(results[1]?.error).toMatch(/another visitor/);
    expect(results[2]?.error).toBe(`lead ${foreign.id} is not yours`);
    const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM leads WHERE attendee_id = $1', [v.id]);
    expect(rows[0]?.n).toBe(0);
  });

  it('a booth can never overwrite or read another exhibitor’s lead, even knowing its id', async () => {
    const theirs = badgeLead(boothB, visitors[2]!, { notes: 'B only' });
    expect((await push(server, boothB, [mutation(theirs)]))[0]?.status).toBe('applied');
    // Booth A replays B's lead id as its own with its own exhibitor: refused, B's lead untouched.
    const hijack = { ...theirs, deviceId: boothA.deviceId, exhibitorId: acme.id, notes: 'stolen', staff: boothA.name };
    const r = await push(server, boothA, [mutation(edited(hijack, {}, ['notes']), 'update')]);
    // Only "not yours": not whose it is, nor that another exhibitor exists behind the id.
    expect(r[0]).toMatchObject({ status: 'rejected', error: `lead ${theirs.id} is not yours` });
    const { rows } = await server.db.query<{ notes: string; exhibitor_id: string }>('SELECT notes, exhibitor_id FROM leads WHERE id = $1', [theirs.id]);
    expect(rows[0]).toEqual({ notes: 'B only', exhibitor_id: other.id });
    expect((await leadsOf(server, boothA.token)).some((l) => l.id === theirs.id)).toBe(false);
    expect((await leadsOf(server, boothB.token)).map((l) => l.id)).toEqual([theirs.id]);
    // A photo upload under B's lead id from A is refused.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');
    const res = await server.app.inject({ method: 'PUT', url: `/api/v1/leads/${theirs.id}/photo`, headers: { authorization: `Bearer ${boothA.token}` }, payload: { contentType: 'image/jpeg', data: jpeg } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'lead_of_other_exhibitor' });
  });

  it('the same visitor scanned on two devices offline becomes one lead with both devices’ edits', async () => {
    const v = visitors[2]!;
    const t0 = Date.now();
    const first = badgeLead(boothA, v, { capturedAt: new Date(t0).toISOString(), stamps: initialStamps(new Date(t0).toISOString()), updatedAt: new Date(t0).toISOString() });
    const second = badgeLead(boothA2, v, { capturedAt: new Date(t0 + 500).toISOString(), stamps: initialStamps(new Date(t0 + 500).toISOString()), updatedAt: new Date(t0 + 500).toISOString() });
    const rated = edited(first, { rating: 'hot' }, ['rating'], 2000);
    const noted = edited(second, { notes: '=SUM(A1) 要报价', followUp: { action: 'quotation', due: '2030-05-01' } }, ['notes', 'followUp'], 3000);
    // Device 2 syncs first with its edit; device 1 later with its capture and rating.
    expect((await push(server, boothA2, [mutation(second), mutation(noted, 'update')])).map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await push(server, boothA, [mutation(first), mutation(rated, 'update')])).map((r) => r.status)).toEqual(['applied', 'applied']);
    const mine = (await leadsOf(server, boothA.token)).filter((l) => l.attendeeId === v.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: second.id, rating: 'hot', notes: '=SUM(A1) 要报价', followUp: { action: 'quotation', due: '2030-05-01' }, aliases: [first.id] });
    // A later edit under the merged-away id lands on the lead.
    const later = edited(rated, { interests: ['p1'] }, ['interests'], 5000);
    expect((await push(server, boothA, [mutation(later, 'update')]))[0]?.status).toBe('applied');
    const after = (await leadsOf(server, boothA.token)).filter((l) => l.attendeeId === v.id);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: second.id, interests: ['p1'], rating: 'hot' });
  });

  it('delete and restore in any order: the later one wins, and deleted leads leave the figures', async () => {
    const lead = cardLead(boothA);
    const deleted = edited(lead, { deletedAt: new Date(Date.parse(lead.updatedAt) + 1000).toISOString() }, ['deleted'], 1000);
    const restored = edited(deleted, { deletedAt: null }, ['deleted'], 2000);
    // Delivered out of order: the restore first, then the capture and the delete.
    expect((await push(server, boothA, [mutation(restored, 'update'), mutation(lead), mutation(deleted, 'delete')])).map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
    const { rows } = await server.db.query<{ deleted_at: Date | null }>('SELECT deleted_at FROM leads WHERE id = $1', [lead.id]);
    expect(rows[0]?.deleted_at).toBeNull();
    const gone = edited(restored, { deletedAt: new Date(Date.parse(restored.updatedAt) + 1000).toISOString() }, ['deleted'], 1000);
    expect((await push(server, boothA, [mutation(gone, 'delete')]))[0]?.status).toBe('applied');
    const intent = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM lead_intent WHERE exhibitor_id = $1', [acme.id]);
    const live = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM leads WHERE exhibitor_id = $1 AND deleted_at IS NULL', [acme.id]);
    expect(intent.rows[0]?.n).toBe(live.rows[0]?.n);
  });

  it('feeds the dashboard views: booth scans per visitor and one intent per live lead', async () => {
    const scans = await server.db.query<{ attendee_id: string; exhibitor_id: string }>('SELECT DISTINCT attendee_id, exhibitor_id FROM booth_scans WHERE event_id = $1', [server.event.id]);
    expect(scans.rows.filter((s) => s.exhibitor_id === acme.id).map((s) => s.attendee_id)).toEqual(expect.arrayContaining([visitors[0]!.id, visitors[1]!.id, visitors[2]!.id]));
    const intents = await server.db.query<{ intent: string; attendee_id: string | null }>('SELECT intent, attendee_id FROM lead_intent WHERE exhibitor_id = $1', [acme.id]);
    expect(intents.rows.find((r) => r.attendee_id === visitors[2]!.id)?.intent).toBe('hot');
    expect(intents.rows.find((r) => r.attendee_id === visitors[0]!.id)?.intent).toBe('unrated');
  });

  it('exports the team’s leads from the server: CSV with BOM and escaped formulas, XLSX, vCard; only this exhibitor', async () => {
    const csvRes = await server.app.inject({ method: 'GET', url: '/api/v1/leads/export?format=csv&lang=zh-CN', headers: { authorization: `Bearer ${boothA2.token}` } });
    expect(csvRes.statusCode).toBe(200);
    const csv = csvRes.rawPayload.toString('utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toContain('姓名');
    const names = parsed.slice(1).map((r) => r[0]);
    expect(names).toEqual(expect.arrayContaining(['张伟', '李娜', 'Tom Lee', '陈晨']));
    expect(csv).not.toContain('B only');
    const notesCol = parsed[0]!.indexOf('备注');
    // A note that Excel would run as a formula is written as text.
    expect(parsed.slice(1).map((r) => r[notesCol])).toContain("'=SUM(A1) 要报价");
    expect(parsed.slice(1).find((r) => r[0] === '张伟')?.[parsed[0]!.indexOf('邮箱')]).toBe('zhang@example.cn');
    expect(parsed.slice(1).find((r) => r[0] === '李娜')?.[parsed[0]!.indexOf('邮箱')]).toBe('');
    // A phone number in international form is a number, not a formula: written as it is, readable.
    expect(parsed.slice(1).find((r) => r[0] === '张伟')?.[parsed[0]!.indexOf('手机')]).toBe('+8613800138001');

    const xlsxRes = await server.app.inject({ method: 'GET', url: '/api/v1/leads/export?format=xlsx&lang=en', headers: { authorization: `Bearer ${boothA.token}` } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsxRes.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Name');
    const xlsxNames: unknown[] = [];
    sheet.eachRow((row, i) => i > 1 && xlsxNames.push(row.getCell(1).value));
    expect(xlsxNames.sort()).toEqual(names.sort());

    const vcf = (await server.app.inject({ method: 'GET', url: '/api/v1/leads/export?format=vcf', headers: { authorization: `Bearer ${boothA.token}` } })).body;
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(names.length);
    expect(vcf).toContain('FN:张伟');
    expect(vcf).toContain('EMAIL;TYPE=INTERNET:zhang@example.cn');

    const kiosk = await pairDevice(server, { role: 'kiosk' });
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/leads/export', headers: { authorization: `Bearer ${kiosk.token}` } })).statusCode).toBe(403);
    expect((await pull(server, boothA.token, { stream: 'leads' })).changes.length).toBeGreaterThan(0);
    const kioskPull = await server.app.inject({ method: 'GET', url: '/api/v1/sync/pull?stream=leads', headers: { authorization: `Bearer ${kiosk.token}` } });
    expect(kioskPull.statusCode).toBe(403);
  });

  it('exhibitor logins see and export only their exhibitor’s leads', async () => {
    const files = tempDir();
    try {
      expect((await runCli(server, leadsCommand, ['account', acme.id, 'acme-sales', '--password', 'correct horse battery'])).code).toBe(0);
      expect((await runCli(server, leadsCommand, ['account', other.id, 'other-sales', '--password', 'another long password'])).code).toBe(0);
      const login = async (username: string, password: string) => {
        const res = await server.app.inject({ method: 'POST', url: '/api/v1/exhibitor/login', payload: { username, password } });
        expect(res.statusCode, res.body).toBe(200);
        const cookie = res.cookies.find((c) => c.name === 'sf_exhibitor');
        return `sf_exhibitor=${cookie?.value}`;
      };
      const acmeCookie = await login('acme-sales', 'correct horse battery');
      const otherCookie = await login('other-sales', 'another long password');
      const acmeLeads = (await server.app.inject({ method: 'GET', url: '/api/v1/exhibitor/leads', headers: { cookie: acmeCookie } })).json() as { leads: ServerLead[] };
      const otherLeads = (await server.app.inject({ method: 'GET', url: '/api/v1/exhibitor/leads', headers: { cookie: otherCookie } })).json() as { leads: ServerLead[] };
      expect(acmeLeads.leads.length).toBeGreaterThan(0);
      expect(acmeLeads.leads.every((l) => l.exhibitorId === acme.id)).toBe(true);
      expect(otherLeads.leads.map((l) => l.notes)).toEqual(['B only']);
      // An exhibitor session is not an organizer session.
      expect((await server.app.inject({ method: 'GET', url: '/api/v1/console/devices', headers: { cookie: acmeCookie } })).statusCode).toBe(401);
      const wrong = await server.app.inject({ method: 'POST', url: '/api/v1/exhibitor/login', payload: { username: 'acme-sales', password: 'not the password' } });
      expect(wrong.statusCode).toBe(401);
      const exported = (await server.app.inject({ method: 'GET', url: '/api/v1/exhibitor/leads/export?format=csv', headers: { cookie: otherCookie } })).body;
      expect(exported).toContain('B only');
      expect(exported).not.toContain('张伟');
      // The CLI's list is scoped the same way.
      const listed = await runCli(server, leadsCommand, ['list', '--exhibitor', other.id]);
      expect((JSON.parse(listed.out.join('\n')) as ServerLead[]).map((l) => l.notes)).toEqual(['B only']);
    } finally {
      files.remove();
    }
  });

  it('booth devices receive their own exhibitor’s products and questions, and the organizer’s questions', async () => {
    const files = tempDir();
    try {
      const profile = await files.write(
        'acme.json',
        JSON.stringify({ products: [{ id: 'p1', name: '数控车床' }], questions: [{ id: 'budget', label: '预算', type: 'single', options: [{ id: 'lt1m', label: '<100万' }, { id: 'gt1m', label: '>100万' }] }] }),
      );
      expect((await runCli(server, leadsCommand, ['products', acme.id, profile])).code).toBe(0);
      const questions = await files.write('q.json', JSON.stringify({ questions: [{ id: 'timeline', label: '采购时间', type: 'text' }] }));
      expect((await runCli(server, leadsCommand, ['questions', questions])).code).toBe(0);
      const a = await pull(server, boothA.token, { stream: 'leads' });
      const b = await pull(server, boothB.token, { stream: 'leads' });
      expect(a.changes.filter((c) => c.kind === 'booth_profile').map((c) => (c.data as { products: unknown[] }).products)).toEqual([[{ id: 'p1', name: '数控车床' }]]);
      expect(b.changes.filter((c) => c.kind === 'booth_profile').map((c) => (c.data as { exhibitorId: string }).exhibitorId)).toEqual([other.id]);
      const config = await pull(server, boothB.token, { stream: 'config' });
      expect(config.changes.find((c) => c.kind === 'lead_questions')?.data).toEqual({ questions: [{ id: 'timeline', label: '采购时间', type: 'text', options: [] }] });
      const deskConfig = await pull(server, desk.token, { stream: 'config' });
      expect(deskConfig.changes.some((c) => c.kind === 'lead_questions')).toBe(false);
      // A bad profile is refused with a reason, and the stored one stays.
      const bad = await files.write('bad.json', JSON.stringify({ products: [{ id: 'p1', name: 'x' }, { id: 'p1', name: 'y' }], questions: [] }));
      const run = await runCli(server, leadsCommand, ['products', acme.id, bad]).catch((e: Error) => ({ code: 64, out: [], err: [e.message] }));
      expect(run.code).not.toBe(0);
    } finally {
      files.remove();
    }
  });

  it('the console reads and saves the questions for every booth and one exhibitor’s products', async () => {
    const cookie = await consoleSession(server);
    const call = (method: 'GET' | 'PUT', url: string, payload?: unknown) => server.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    const questions = { questions: [{ id: 'when', label: '采购时间', type: 'single', options: [{ id: 'o1', label: '三个月内' }, { id: 'o2', label: '今年内' }] }] };
    expect((await call('PUT', '/api/v1/console/lead-questions', questions)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/console/lead-questions')).json()).toEqual(questions);
    const saved = await call('PUT', `/api/v1/console/exhibitors/${other.id}/booth`, { products: [{ id: 'laser', name: '激光切割机' }], questions: [] });
    expect(saved.statusCode).toBe(200);
    const read = await call('GET', `/api/v1/console/exhibitors/${other.id}/booth`);
    expect(read.json()).toMatchObject({ exhibitorId: other.id, name: 'Other Ltd.', products: [{ id: 'laser', name: '激光切割机' }] });
    expect((await call('GET', `/api/v1/console/exhibitors/${newId()}/booth`)).statusCode).toBe(404);
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/console/lead-questions' })).statusCode).toBe(401);
    const b = await pull(server, boothB.token, { stream: 'leads' });
    expect(b.changes.filter((c) => c.kind === 'booth_profile').map((c) => (c.data as { products: unknown[] }).products)).toEqual([[{ id: 'laser', name: '激光切割机' }]]);
  });
});
