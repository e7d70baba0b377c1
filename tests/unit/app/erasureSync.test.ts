/**
 * A visitor erased at the organizer's server leaves this device at its next pull: the roster row
 * and this desk's synced walk-in go, the device's own synced check-ins, cases, answers and leads
 * lose the identity but keep what counts, records not yet synced are left to the server, and
 * other visitors are untouched. (The device database is the real Dexie schema on fake-indexeddb;
 * the server is faked at the HTTP boundary with the wire format of src/server/sync/pull.ts.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pullStream } from '../../../src/app/sync/pull';
import type { ShowfloorDb } from '../../../src/app/db/schema';
import { onChanged, type ChangeNotice } from '../../../src/app/data/changes';
import { newId } from '../../../src/core/ids';
import type { Change } from '../../../src/core/schema/sync';
import { emptyCardFields } from '../../../src/core/cards/fields';
import { initialStamps } from '../../../src/core/leads/merge';
import { closeTestDb, deskDevice, openTestDb, rosterEntry } from './fixtures';

let d: ShowfloorDb;
const device = deskDevice();
let pages: Record<string, Change[]>;

function serve(changes: Record<string, Change[]>): void {
  pages = changes;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://showfloor.test');
    const stream = url.searchParams.get('stream') ?? 'config';
    const since = Number(url.searchParams.get('since') ?? '0');
    const list = (pages[stream] ?? []).map((c, i) => ({ ...c, seq: i + 1 })).filter((c) => c.seq > since);
    const body = { checkpoint: String(list.at(-1)?.seq ?? since), changes: list.map(({ kind, key, data }) => ({ kind, key, data })), more: false, remaining: 0 };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

beforeEach(async () => {
  d = await openTestDb();
  await d.device.put(device);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await closeTestDb(d);
});

describe('a visitor erased on the server', () => {
  it('leaves the roster, the walk-ins and the identity in this device’s records at the next pull; others stay', async () => {
    const erased = rosterEntry({ name: '张三丰', email: 'zhang.sanfeng@example.com', mobile: '+8613912345678' });
    const kept = rosterEntry({ name: '李四' });
    serve({ roster: [erased, kept].map((r) => ({ kind: 'attendee', key: r.id, data: r })), config: [] });
    await pullStream(device, 'roster');
    expect(await d.roster.count()).toBe(2);

    const walkInId = newId();
    const base = { eventId: device.eventId, deviceId: device.deviceId, capturedAt: new Date().toISOString() };
    await d.visitors.put({ ...base, id: walkInId, name: '张三丰', company: 'Acme', synced: 1 } as never);
    const checkins = [
      { id: newId(), attendeeId: erased.id, synced: 1 as const },
      { id: newId(), attendeeId: walkInId, synced: 1 as const },
      { id: newId(), attendeeId: erased.id, synced: 0 as const },
      { id: newId(), attendeeId: kept.id, synced: 1 as const },
    ];
    await d.checkins.bulkPut(
      checkins.map((c) => ({ ...base, ...c, code: `SF1-${c.id}`, method: 'scanner' as const, category: 'trade' as const, name: '某人', company: 'Acme', flags: [] })),
    );
    const feedbackId = newId();
    await d.feedback.put({ ...base, id: feedbackId, attendeeId: erased.id, contactName: '张三丰', contactEmail: 'zhang.sanfeng@example.com', contactPhone: '13912345678', description: '排队太久', synced: 1 } as never);
    const responseId = newId();
    await d.responses.put({ ...base, id: responseId, attendeeId: walkInId, answers: { nps: 9 }, synced: 1 } as never);
    const leadId = newId();
    const at = new Date().toISOString();
    await d.leads.put({
      ...base,
      id: leadId,
      exhibitorId: newId(),
      source: 'badge',
      badgeCode: 'x',
      attendeeId: erased.id,
      contact: { ...emptyCardFields(), name: '张三丰' },
      rating: 'hot',
      answers: {},
      interests: [],
      notes: '',
      followUp: null,
      staff: 'Booth',
      hasPhoto: true,
      cardText: '',
      cardUnread: false,
      deletedAt: null,
      stamps: initialStamps(at),
      updatedAt: at,
      synced: 1,
    });
    await d.leadPhotos.put({ leadId, contentType: 'image/jpeg', bytes: new ArrayBuffer(4), uploaded: 1 });

    const notices: ChangeNotice[] = [];
    const stop = onChanged((n) => notices.push(n));
    // The server erased the person (the roster record and the walk-in merged into it).
    serve({
      roster: [...pages.roster!, { kind: 'attendee', key: erased.id, data: null }],
      config: [{ kind: 'visitor_erasure', key: erased.id, data: { attendeeIds: [erased.id, walkInId] } }],
    });
    await pullStream(device, 'config');
    stop();

    expect((await d.roster.toArray()).map((r) => r.id)).toEqual([kept.id]);
    expect(await d.visitors.get(walkInId)).toBeUndefined();
    const after = new Map((await d.checkins.toArray()).map((c) => [c.id, c]));
    for (const c of checkins.slice(0, 2)) expect(after.get(c.id)).toMatchObject({ name: null, company: null, code: 'erased', attendeeId: c.attendeeId, synced: 1 });
    // Not synced yet: left for the server, which strips it when it arrives.
    expect(after.get(checkins[2]!.id)).toMatchObject({ name: '某人' });
    expect(after.get(checkins[3]!.id)).toMatchObject({ name: '某人', company: 'Acme' });
    expect(await d.feedback.get(feedbackId)).toMatchObject({ contactName: '', contactEmail: '', contactPhone: '', attendeeId: null, description: '排队太久' });
    expect(await d.responses.get(responseId)).toMatchObject({ attendeeId: null, answers: { nps: 9 } });
    expect(await d.leads.get(leadId)).toMatchObject({ contact: emptyCardFields(), attendeeId: null, badgeCode: null, rating: 'hot', hasPhoto: false });
    expect(await d.leadPhotos.get(leadId)).toBeUndefined();
    // The erasure document itself is not kept, and in-memory views (the roster search) hear of it.
    expect(await d.config.where('kind').equals('visitor_erasure').count()).toBe(0);
    expect(notices).toEqual(expect.arrayContaining([expect.objectContaining({ table: 'roster', removed: [erased.id] }), expect.objectContaining({ table: 'visitors', removed: [walkInId] })]));
  });

  it('an erasure pulled by a device that never held the visitor changes nothing', async () => {
    const kept = rosterEntry();
    await d.roster.put(kept);
    serve({ config: [{ kind: 'visitor_erasure', key: newId(), data: { attendeeIds: [newId()] } }] });
    await pullStream(device, 'config');
    expect(await d.roster.toArray()).toEqual([kept]);
    expect(await d.syncState.get('checkpoint:config')).toMatchObject({ value: '1' });
  });
});
