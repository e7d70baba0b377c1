import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCardReading, applyServerLeads, captureCardLead, deleteLead, leadPhoto, restoreLead, scanBadge, updateLead } from '../../../src/app/data/leads';
import { emptyCardFields } from '../../../src/core/cards/fields';
import { ShowfloorDb } from '../../../src/app/db/schema';
import { generateBadgeKeyPair } from '../../../src/core/badge/keys';
import { newId } from '../../../src/core/ids';
import type { ServerLead } from '../../../src/core/leads/schema';
import { badgeCode, closeTestDb, deskDevice, openTestDb, rosterEntry, storeEventConfig, testEvent, type TestEvent } from './fixtures';

let d: ShowfloorDb;
let ev: TestEvent;
const exhibitorId = newId();

beforeEach(async () => {
  d = await openTestDb();
  ev = testEvent();
  await d.device.put(deskDevice({ role: 'booth', eventId: ev.event.id, exhibitorId, deviceName: '王经理' }));
  await storeEventConfig(d, ev);
});
afterEach(async () => closeTestDb(d));

describe('booth lead capture on the device', () => {
  it('a badge scan writes the lead and its outbox row together, with the name and company from the badge', async () => {
    const visitor = rosterEntry({ name: '李娜', company: '深圳示例科技有限公司' });
    const outcome = await scanBadge(badgeCode(ev, visitor));
    expect(outcome.status).toBe('created');
    const leads = await d.leads.toArray();
    const outbox = await d.outbox.toArray();
    expect(leads).toHaveLength(1);
    expect(outbox).toHaveLength(1);
    expect(leads[0]).toMatchObject({ attendeeId: visitor.id, exhibitorId, staff: '王经理', synced: 0, contact: { name: '李娜', company: '深圳示例科技有限公司' } });
    expect(outbox[0]).toMatchObject({ type: 'lead', op: 'create', table: 'leads', recordId: leads[0]!.id });
  });

  it('scanning the same visitor again opens their lead; a deleted lead comes back', async () => {
    const visitor = rosterEntry();
    const code = badgeCode(ev, visitor);
    const first = await scanBadge(code);
    const again = await scanBadge(code);
    expect(again.status).toBe('existing');
    expect(again.status !== 'invalid' && first.status !== 'invalid' && again.lead.id === first.lead.id).toBe(true);
    expect(await d.leads.count()).toBe(1);
    expect(await d.outbox.count()).toBe(1);
    if (first.status === 'invalid') throw new Error('unexpected');
    await deleteLead(first.lead.id);
    const back = await scanBadge(code);
    expect(back.status).toBe('existing');
    expect((await d.leads.get(first.lead.id))?.deletedAt).toBeNull();
    expect(await d.leads.count()).toBe(1);
  });

  it('refuses a forged badge, another event’s badge and garbage, recording nothing', async () => {
    const visitor = rosterEntry();
    const forged = badgeCode(ev, visitor, {}, generateBadgeKeyPair());
    const foreign = badgeCode(testEvent(), visitor);
    expect(await scanBadge(forged)).toEqual({ status: 'invalid', reason: 'forged' });
    expect((await scanBadge(foreign)).status).toBe('invalid');
    expect(await scanBadge('NOT-A-BADGE')).toEqual({ status: 'invalid', reason: 'unreadable' });
    expect(await d.leads.count()).toBe(0);
    expect(await d.outbox.count()).toBe(0);
  });

  it('an edit stamps only the parts that changed; delete and undo are recorded as changes too', async () => {
    const out = await scanBadge(badgeCode(ev, rosterEntry()));
    if (out.status === 'invalid') throw new Error('unexpected');
    const before = out.lead;
    await new Promise((r) => setTimeout(r, 5));
    const saved = await updateLead(before.id, { rating: 'hot', notes: '', interests: [] });
    expect(saved.rating).toBe('hot');
    expect(saved.stamps.rating > before.stamps.rating).toBe(true);
    expect(saved.stamps.notes).toBe(before.stamps.notes);
    await deleteLead(before.id);
    await restoreLead(before.id);
    const ops = (await d.outbox.toArray()).map((o) => o.op);
    expect(ops).toEqual(['create', 'update', 'delete', 'update']);
    const final = await d.leads.get(before.id);
    expect(final).toMatchObject({ deletedAt: null, rating: 'hot', synced: 0 });
  });

  it('a card saved unread keeps its photo; reading it later updates the contact as a lead.update', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
    const saved = await captureCardLead({ fields: { ...emptyCardFields(), name: '张伟' }, photo: bytes.slice().buffer, text: '', unread: true });
    expect(saved.cardUnread).toBe(true);
    const kept = await leadPhoto(saved.id);
    // jsdom's Blob has no arrayBuffer(); FileReader reads it as a browser would.
    const content = await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsArrayBuffer(kept!);
    });
    expect(kept?.type).toBe('image/jpeg');
    expect(new Uint8Array(content)).toEqual(bytes);
    expect(await leadPhoto('no-such-lead')).toBeNull();

    await new Promise((r) => setTimeout(r, 5));
    const fields = { ...emptyCardFields(), name: '张伟', company: '华南机械有限公司', mobile: '+8613800138000', email: 'zhang@example.cn' };
    // Kept unread again: the typed fields are saved, the card still waits to be read.
    const still = await applyCardReading(saved.id, { fields: { ...fields, email: null }, text: '', unread: true });
    expect(still.cardUnread).toBe(true);
    const read = await applyCardReading(saved.id, { fields, text: '张伟\n手机 13800138000', unread: false });
    expect(read).toMatchObject({ cardUnread: false, cardText: '张伟\n手机 13800138000', contact: fields, synced: 0 });
    expect(read.stamps.contact > saved.stamps.contact).toBe(true);
    expect(read.stamps.rating).toBe(saved.stamps.rating);
    const outbox = await d.outbox.toArray();
    expect(outbox.map((o) => o.op)).toEqual(['create', 'update', 'update']);
    expect(outbox.every((o) => o.type === 'lead' && o.recordId === saved.id)).toBe(true);
  });

  it('a lead merged on the server under another id replaces the local copy, keeping unsent edits', async () => {
    const out = await scanBadge(badgeCode(ev, rosterEntry()));
    if (out.status === 'invalid') throw new Error('unexpected');
    const local = await updateLead(out.lead.id, { notes: 'local note' });
    const serverId = newId();
    const { synced: _s, shared: _sh, ...plain } = local;
    void _s;
    void _sh;
    const server: ServerLead = {
      ...plain,
      id: serverId,
      notes: '',
      rating: 'warm',
      stamps: { ...plain.stamps, notes: new Date(Date.parse(plain.stamps.notes) - 1000).toISOString(), rating: new Date(Date.parse(plain.stamps.notes) + 1000).toISOString() },
      shared: { email: 'shared@example.cn', mobile: '' },
      aliases: [local.id],
      photoReceived: false,
    };
    await d.transaction('rw', [d.leads, d.leadPhotos], () => applyServerLeads([server]));
    const leads = await d.leads.toArray();
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ id: serverId, notes: 'local note', rating: 'warm', synced: 0, shared: { email: 'shared@example.cn' } });
  });
});

describe('device database upgrade', () => {
  it('a tablet installed before leads existed (at v4) gets the leads tables and keeps its records', async () => {
    const name = `showfloor-upgrade-${newId()}`;
    const old = new Dexie(name);
    old.version(1).stores({ device: 'key', config: '[kind+key], kind', roster: 'id, badgeCode', checkins: 'id, capturedAt, attendeeId, code, synced', outbox: '++seq, &id', deadLetters: 'id, failedAt', syncState: 'key' });
    old.version(2).stores({ visitors: 'id, capturedAt, mobile, email, synced' });
    old.version(4).stores({ responses: 'id, capturedAt, surveyId, synced', feedback: 'id, capturedAt, synced', feedbackPhotos: 'feedbackId' });
    await old.open();
    await old.table('syncState').put({ key: 'kept', value: 1 });
    old.close();

    const upgraded = new ShowfloorDb(name);
    await upgraded.open();
    expect(upgraded.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['leads', 'leadPhotos', 'feedback']));
    await upgraded.leads.put({ id: newId(), attendeeId: newId(), capturedAt: new Date().toISOString(), synced: 0 } as never);
    expect(await upgraded.leads.where('attendeeId').notEqual('').count()).toBe(1);
    expect(await upgraded.syncState.get('kept')).toEqual({ key: 'kept', value: 1 });
    upgraded.close();
    await Dexie.delete(name);
  });
});
