import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkIn, verdictOf, type CheckinOutcome } from '../../../src/app/data/checkins';
import { toRosterRow, type ShowfloorDb } from '../../../src/app/db/schema';
import { generateBadgeKeyPair } from '../../../src/core/badge/keys';
import { newId } from '../../../src/core/ids';
import type { RosterEntry } from '../../../src/core/schema/config';
import { badgeCode, closeTestDb, deskDevice, openTestDb, rosterEntry, storeEventConfig, testEvent, type TestEvent } from './fixtures';

let d: ShowfloorDb;
let ev: TestEvent;
let visitor: RosterEntry;

beforeEach(async () => {
  d = await openTestDb();
  ev = testEvent();
  await d.device.put(deskDevice({ eventId: ev.event.id }));
  await storeEventConfig(d, ev);
  // The roster knows the visitor better than the badge printed weeks ago (new company).
  visitor = rosterEntry({ name: '张伟', company: '苏州新材料股份有限公司', category: 'vip_buyer' });
  await d.roster.put(visitor);
});

afterEach(async () => {
  await closeTestDb(d);
});

/** Checks a code in and asserts that exactly one new outbox row carries exactly this check-in. */
async function scan(code: string): Promise<CheckinOutcome> {
  const before = await d.outbox.count();
  const outcome = await checkIn(code, 'scanner');
  const rows = await d.outbox.toArray();
  expect(rows).toHaveLength(before + 1);
  const row = rows.find((r) => r.recordId === outcome.checkin.id);
  expect(row).toBeDefined();
  expect(row?.data).toMatchObject({ id: outcome.checkin.id, code: outcome.checkin.code, flags: outcome.checkin.flags });
  expect(await d.checkins.get(outcome.checkin.id)).toEqual(outcome.checkin);
  return outcome;
}

describe('check-in verdicts', () => {
  it('admits a valid badge with no flags, showing the roster’s name and company', async () => {
    const code = badgeCode(ev, visitor, { company: '旧公司名称' });
    const { checkin, previousVisits, attendee } = await scan(code);
    expect(checkin.flags).toEqual([]);
    expect(verdictOf(checkin.flags)).toBe('admitted');
    expect(checkin.attendeeId).toBe(visitor.id);
    expect(checkin.name).toBe('张伟');
    expect(checkin.company).toBe('苏州新材料股份有限公司');
    expect(checkin.category).toBe('vip_buyer');
    expect(checkin.eventId).toBe(ev.event.id);
    expect(checkin.method).toBe('scanner');
    expect(previousVisits).toBe(0);
    expect(attendee).toEqual(visitor);
  });

  it('admits a valid badge offline before the roster arrived, from what the badge says', async () => {
    await d.roster.clear();
    const walkIn = rosterEntry({ name: 'Maria Rossi', company: 'Rossi Srl', category: 'press' });
    const { checkin, attendee } = await scan(badgeCode(ev, walkIn));
    expect(checkin.flags).toEqual([]);
    expect(checkin.attendeeId).toBe(walkIn.id);
    expect(checkin).toMatchObject({ name: 'Maria Rossi', company: 'Rossi Srl', category: 'press' });
    expect(attendee).toBeNull();
  });

  it('flags the same badge scanned again as a re-entry, never dropping it', async () => {
    const code = badgeCode(ev, visitor);
    await scan(code);
    const second = await scan(code);
    expect(second.checkin.flags).toEqual(['reentry']);
    expect(second.previousVisits).toBe(1);
    expect(verdictOf(second.checkin.flags)).toBe('reentry');
    // Lower case (Caps Lock) is the same visitor, third visit.
    const third = await scan(code.toLowerCase());
    expect(third.previousVisits).toBe(2);
    expect(third.checkin.attendeeId).toBe(visitor.id);
    expect(await d.checkins.count()).toBe(3);
  });

  it('records an unknown code as unknown', async () => {
    const { checkin, attendee } = await scan('6901234567892');
    expect(checkin.flags).toEqual(['unknown']);
    expect(verdictOf(checkin.flags)).toBe('unknown');
    expect(checkin).toMatchObject({ attendeeId: null, name: null, company: null, category: null, code: '6901234567892' });
    expect(attendee).toBeNull();
    const again = await scan('6901234567892');
    expect(again.checkin.flags).toEqual(['reentry', 'unknown']);
    expect(verdictOf(again.checkin.flags)).toBe('unknown');
  });

  it('flags a badge signed by another key as forged and does not count it as the visitor', async () => {
    const forger = generateBadgeKeyPair();
    const { checkin, attendee } = await scan(badgeCode(ev, visitor, {}, forger));
    expect(checkin.flags).toEqual(['forged']);
    expect(verdictOf(checkin.flags)).toBe('forged');
    expect(checkin.attendeeId).toBeNull();
    expect(attendee).toBeNull();
    // A forged badge does not make the real visitor's first scan a re-entry.
    const real = await scan(badgeCode(ev, visitor));
    expect(real.checkin.flags).toEqual([]);
  });

  it('flags a badge of a revoked attendee as revoked', async () => {
    await d.config.put({ kind: 'badge_revocation', key: visitor.id, data: { attendeeId: visitor.id } });
    const { checkin } = await scan(badgeCode(ev, visitor));
    expect(checkin.flags).toEqual(['revoked']);
    expect(verdictOf(checkin.flags)).toBe('revoked');
    expect(checkin.attendeeId).toBe(visitor.id);
  });

  it('flags a badge of another event as other_event', async () => {
    const otherShow = testEvent();
    const stranger = rosterEntry({ name: '陈静' });
    const { checkin } = await scan(badgeCode(otherShow, stranger));
    expect(checkin.flags).toEqual(['other_event']);
    expect(verdictOf(checkin.flags)).toBe('other_event');
    expect(checkin.attendeeId).toBeNull();
    expect(checkin.eventId).toBe(ev.event.id);
  });

  it('admits a code from an external registration system found in the roster', async () => {
    const external = rosterEntry({ id: newId(), name: 'John Smith', company: 'Smith & Co', badgeCode: 'REG-2025-000123' });
    await d.roster.put(toRosterRow(external));
    const { checkin, attendee } = await scan('  REG-2025-000123\n');
    expect(checkin.flags).toEqual([]);
    expect(verdictOf(checkin.flags)).toBe('admitted');
    expect(checkin).toMatchObject({ attendeeId: external.id, name: 'John Smith', company: 'Smith & Co', code: 'REG-2025-000123' });
    expect(attendee).toMatchObject(external);
  });

  it('before the event and its keys have arrived, admits a badge the roster holds exactly as scanned, and no other', async () => {
    const held = { ...visitor, badgeCode: badgeCode(ev, visitor) };
    await d.roster.put(toRosterRow(held));
    await d.config.clear();
    const { checkin } = await scan(held.badgeCode);
    expect(checkin).toMatchObject({ attendeeId: visitor.id, name: '张伟', flags: [] });
    // Signed for the same visitor, but not the code the server issued: not vouched for without the key.
    expect((await scan(badgeCode(ev, visitor, { company: '别的公司' }))).checkin.flags).toEqual(['unknown']);
  });

  it('keeps every scan in the outbox, one row each, in capture order', async () => {
    const codes = [badgeCode(ev, visitor), badgeCode(ev, visitor), 'garbage', badgeCode(ev, visitor, {}, generateBadgeKeyPair())];
    const ids: string[] = [];
    for (const code of codes) ids.push((await scan(code)).checkin.id);
    const rows = await d.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => r.recordId)).toEqual(ids);
    expect(new Set(rows.map((r) => r.id)).size).toBe(codes.length);
  });
});
