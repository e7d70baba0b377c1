import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ShowfloorDb } from '../../../src/app/db/schema';
import { badgeCode, rosterEntry, testEvent } from './fixtures';

describe('device database upgrades', () => {
  it('a kiosk installed before booth leads existed keeps its data and gains the lead tables', async () => {
    const name = `upgrade-${Math.random()}`;
    // The schema as it shipped at v4, before v3 (leads) was declared.
    const old = new Dexie(name);
    old.version(1).stores({ device: 'key', config: '[kind+key], kind', roster: 'id, badgeCode', checkins: 'id, capturedAt, attendeeId, code, synced', outbox: '++seq, &id', deadLetters: 'id, failedAt', syncState: 'key' });
    old.version(2).stores({ visitors: 'id, capturedAt, mobile, email, synced' });
    old.version(4).stores({ responses: 'id, capturedAt, surveyId, synced', feedback: 'id, capturedAt, synced', feedbackPhotos: 'feedbackId' });
    await old.table('syncState').put({ key: 'checkpoint:config', value: '42' });
    old.close();

    const db = new ShowfloorDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.syncState.get('checkpoint:config')).toEqual({ key: 'checkpoint:config', value: '42' });
    await db.leadPhotos.put({ leadId: 'l1', contentType: 'image/jpeg', bytes: new ArrayBuffer(1), uploaded: 0 });
    expect(await db.leadPhotos.where('uploaded').equals(0).count()).toBe(1);
    expect(await db.leads.where('synced').equals(0).count()).toBe(0);
    db.close();
  });

  it('a desk with a roster from before v6 finds external codes by the new index, and keeps every row', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(5).stores({ device: 'key', config: '[kind+key], kind', roster: 'id, badgeCode', syncState: 'key' });
    const signed = rosterEntry({ name: '李娜' });
    signed.badgeCode = badgeCode(testEvent(), signed);
    const external = rosterEntry({ name: 'John Smith', badgeCode: 'REG-2025-000123' });
    await old.table('roster').bulkPut([signed, external]);
    old.close();

    const db = new ShowfloorDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.roster.where('externalCode').equals('REG-2025-000123').first()).toEqual({ ...external, externalCode: 'REG-2025-000123' });
    expect(await db.roster.get(signed.id)).toEqual(signed);
    expect(await db.roster.where('externalCode').equals(signed.badgeCode).count()).toBe(0);
    db.close();
  });
});
