/**
 * What the pull worker hands the main thread (src/app/sync/pullPage.ts): valid attendees packed and
 * unpacked into exactly the rows the roster table stored before, tombstones as ids, and everything
 * else (other kinds, anything malformed) left for the writer, which refuses it with a warning.
 */
import { describe, expect, it } from 'vitest';
import { sortChanges, unpackRoster } from '../../../src/app/sync/pullPage';
import { toRosterRow } from '../../../src/app/db/schema';
import { newId } from '../../../src/core/ids';
import { ROSTER_ROW_FIELDS, rosterEntrySchema, rosterWireValue, type RosterEntry } from '../../../src/core/schema/config';
import { rosterEntry } from './fixtures';

const attendee = (data: unknown, key = newId()) => ({ kind: 'attendee', key, data });

describe('pull page sorting', () => {
  it('gives back the rows the roster table stores, external codes included', () => {
    const ours = rosterEntry({ badgeCode: `SF1${'A'.repeat(180)}` });
    const foreign = rosterEntry({ badgeCode: 'REG-000123', name: '李娜', pinyin: 'lina', initials: 'ln' });
    const blank = rosterEntry({ badgeCode: '', title: '' });
    const sorted = sortChanges([attendee(ours, ours.id), attendee(foreign, foreign.id), attendee(blank, blank.id)]);
    const rows = unpackRoster(sorted.roster);
    expect(rows).toEqual([ours, foreign, blank].map(toRosterRow));
    expect(rows[1]?.externalCode).toBe('REG-000123');
    expect(rows[0]).not.toHaveProperty('externalCode');
    expect(sorted.others).toEqual([]);
    expect(sorted.rosterDeletes).toEqual([]);
  });

  it('fills the defaults the schema gives a roster entry without pinyin', () => {
    const { pinyin: _p, initials: _i, ...bare } = rosterEntry();
    expect(unpackRoster(sortChanges([attendee(bare, bare.id)]).roster)).toEqual([{ ...bare, pinyin: '', initials: '' }]);
  });

  it('turns attendee tombstones into ids and leaves everything else, in order, to the writer', () => {
    const good = rosterEntry();
    const refused = attendee({ id: 'not-a-uuid', name: 42 });
    const malformed = { kind: 'attendee', data: {} };
    const other = { kind: 'event', key: 'e', data: { anything: true } };
    const gone = newId();
    const sorted = sortChanges([refused, attendee(good, good.id), 'junk', malformed, { kind: 'attendee', key: gone, data: null }, other]);
    expect(unpackRoster(sorted.roster)).toEqual([good]);
    expect(sorted.rosterDeletes).toEqual([gone]);
    expect(sorted.others).toEqual([refused, 'junk', malformed, other]);
  });
});

describe('pull page sorting, attendees as rows', () => {
  it('carries the returning mark of a visitor who came before, and nothing for the others', () => {
    const back = rosterEntry({ returning: true, editions: 3 });
    const first = rosterEntry();
    const rows = unpackRoster(sortChanges([back, first].map((e) => ROSTER_ROW_FIELDS.map((f) => rosterWireValue(e, f)))).roster);
    expect(rows).toEqual([back, first].map(toRosterRow));
    expect(rows[1]).not.toHaveProperty('editions');
  });

  const asRow = (e: object) => ROSTER_ROW_FIELDS.map((f) => rosterWireValue(e as RosterEntry, f));

  it('reads rows into the same roster rows as the object form', () => {
    const entries = [rosterEntry({ badgeCode: `SF1${'B'.repeat(180)}` }), rosterEntry({ badgeCode: 'EXT-9' })];
    const fromRows = unpackRoster(sortChanges(entries.map(asRow)).roster);
    const fromObjects = unpackRoster(sortChanges(entries.map((e) => attendee(e, e.id))).roster);
    expect(fromRows).toEqual(entries.map(toRosterRow));
    expect(fromRows).toEqual(fromObjects);
  });

  it('hands a refused row to the writer as the attendee change it stands for', () => {
    const good = rosterEntry();
    const badId = asRow({ ...good, id: 'not-a-uuid' });
    const badCategory = asRow({ ...rosterEntry(), category: 'vip' });
    const short = asRow(good).slice(0, 9);
    const sorted = sortChanges([badId, asRow(good), badCategory, short, [...asRow(good), 'extra'], [1, 2]]);
    expect(unpackRoster(sorted.roster)).toEqual([good]);
    expect(sorted.others).toHaveLength(5);
    for (const other of sorted.others) expect(other).toMatchObject({ kind: 'attendee' });
    expect(sorted.others[0]).toEqual({ kind: 'attendee', key: 'not-a-uuid', data: { ...good, id: 'not-a-uuid', returning: '0', editions: '0' } });
    // What the writer then does with it: zod refuses it too, and says why.
    expect(rosterEntrySchema.safeParse((sorted.others[1] as { data: unknown }).data).success).toBe(false);
  });
});
