import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkIn } from '../../../src/app/data/checkins';
import { InvalidRecordError } from '../../../src/app/data/outbox';
import { toRosterRow, type ShowfloorDb } from '../../../src/app/db/schema';
import { closeTestDb, deskDevice, openTestDb, rosterEntry } from './fixtures';

let d: ShowfloorDb;

beforeEach(async () => {
  d = await openTestDb();
  await d.device.put(deskDevice());
});

afterEach(async () => {
  await closeTestDb(d);
});

async function snapshot() {
  return { checkins: await d.checkins.toArray(), outbox: await d.outbox.toArray() };
}

describe('capture atomicity: a record and its outbox row are written together or not at all', () => {
  it('writes exactly one check-in and one outbox row that points to it', async () => {
    const { checkin } = await checkIn('EXT-000123', 'scanner');
    const { checkins, outbox } = await snapshot();
    expect(checkins).toHaveLength(1);
    expect(outbox).toHaveLength(1);
    expect(checkins[0]).toEqual({ ...checkin, synced: 0 });
    const row = outbox[0]!;
    expect(row.recordId).toBe(checkin.id);
    expect(row.table).toBe('checkins');
    expect(row.type).toBe('checkin');
    expect(row.op).toBe('create');
    // The mutation carries the record as the server will receive it (without local bookkeeping).
    expect(row.data).toEqual(checkins.map(({ synced: _synced, ...rest }) => rest)[0]);
    expect(row.capturedAt).toBe(checkin.capturedAt);
    // The mutation id is its own, so the record can be retried under the same id after a replay.
    expect(row.id).not.toBe(checkin.id);
  });

  it('refuses a record that fails validation and writes nothing (device with a bad event id)', async () => {
    await checkIn('EXT-1', 'typed');
    const before = await snapshot();
    await d.device.update('this', { eventId: 'event-42' });
    await expect(checkIn('EXT-2', 'typed')).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a record with an oversized field and writes nothing', async () => {
    const before = await snapshot();
    await d.roster.put(toRosterRow(rosterEntry({ name: '名'.repeat(501), badgeCode: 'EXT-LONG' })));
    await expect(checkIn('EXT-LONG', 'scanner')).rejects.toThrow(/name/);
    expect(await snapshot()).toEqual(before);
  });

  it('rolls the record back when writing its outbox row fails', async () => {
    await checkIn('EXT-1', 'scanner');
    const before = await snapshot();
    let recordAdded = 0;
    const onRecord = () => {
      recordAdded++;
    };
    const failOutbox = () => {
      throw new Error('simulated failure writing the outbox');
    };
    d.checkins.hook('creating', onRecord);
    d.outbox.hook('creating', failOutbox);
    try {
      await expect(checkIn('EXT-2', 'scanner')).rejects.toThrow(/simulated failure/);
    } finally {
      d.checkins.hook('creating').unsubscribe(onRecord);
      d.outbox.hook('creating').unsubscribe(failOutbox);
    }
    // The record had been added inside the transaction before the outbox write failed…
    expect(recordAdded).toBe(1);
    // …and neither table kept anything of it.
    expect(await snapshot()).toEqual(before);
    // The database is still usable afterwards.
    await checkIn('EXT-3', 'scanner');
    const after = await snapshot();
    expect(after.checkins).toHaveLength(2);
    expect(after.outbox).toHaveLength(2);
  });

  it('refuses an empty code without writing anything', async () => {
    await expect(checkIn('   ', 'typed')).rejects.toThrow();
    expect(await snapshot()).toEqual({ checkins: [], outbox: [] });
  });

  it('refuses to capture on a device that is not paired as a desk', async () => {
    await d.device.update('this', { role: 'booth' });
    await expect(checkIn('EXT-1', 'scanner')).rejects.toThrow(/not paired/);
    expect(await snapshot()).toEqual({ checkins: [], outbox: [] });
  });
});
