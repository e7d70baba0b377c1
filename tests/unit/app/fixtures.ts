/** Shared set-up for tests against the real device database (Dexie on fake-indexeddb). */
import { encodeBadge, type BadgePayload } from '../../../src/core/badge/codec';
import { generateBadgeKeyPair, jsSigner, type BadgeKeyPair } from '../../../src/core/badge/keys';
import { newId } from '../../../src/core/ids';
import type { BadgeKey, EventConfig, RosterEntry } from '../../../src/core/schema/config';
import { useDatabase } from '../../../src/app/db/open';
import { ShowfloorDb, type DeviceRow } from '../../../src/app/db/schema';

/** A fresh database of its own name, installed as the app's database. */
export async function openTestDb(): Promise<ShowfloorDb> {
  const d = new ShowfloorDb(`showfloor-test-${newId()}`);
  await d.open();
  useDatabase(d);
  return d;
}

export async function closeTestDb(d: ShowfloorDb): Promise<void> {
  useDatabase(null);
  await d.delete();
}

export function deskDevice(overrides: Partial<DeviceRow> = {}): DeviceRow {
  return {
    key: 'this',
    deviceId: newId(),
    token: 'device-token-0123456789abcdef',
    role: 'desk',
    eventId: newId(),
    exhibitorId: null,
    deviceName: 'Entrance A desk 1',
    pairedAt: new Date().toISOString(),
    persisted: true,
    ...overrides,
  };
}

export interface TestEvent {
  event: EventConfig;
  key: BadgeKeyPair;
}

export function testEvent(eventId: string = newId()): TestEvent {
  return {
    event: { id: eventId, name: '2025 中国国际工业博览会', startsOn: '2025-09-23', endsOn: '2025-09-27', venue: '国家会展中心（上海）' },
    key: generateBadgeKeyPair(),
  };
}

/** The config rows a desk holds after pulling the event: the event and its public badge key. */
export async function storeEventConfig(d: ShowfloorDb, { event, key }: TestEvent): Promise<void> {
  const badgeKey: BadgeKey = { kid: key.kid, publicKey: key.publicKey, owner: 'event', revoked: false };
  await d.config.bulkPut([
    { kind: 'event', key: event.id, data: event },
    { kind: 'badge_key', key: key.kid, data: badgeKey },
  ]);
}

export function rosterEntry(overrides: Partial<RosterEntry> = {}): RosterEntry {
  return {
    id: newId(),
    name: '张伟',
    company: '上海国际会展有限公司',
    title: '采购经理',
    category: 'trade',
    pinyin: 'zhangwei',
    initials: 'zw',
    mobile: '+8613800138000',
    email: 'zhang.wei@example.com',
    badgeCode: '',
    shortCode: '',
    ...overrides,
  };
}

/** The code printed on an attendee's badge, signed with `key` (the event key unless forging). */
export function badgeCode(ev: TestEvent, attendee: RosterEntry, overrides: Partial<BadgePayload> = {}, key: BadgeKeyPair = ev.key): string {
  const payload: BadgePayload = {
    eventId: ev.event.id,
    attendeeId: attendee.id,
    category: attendee.category,
    kid: ev.key.kid,
    name: attendee.name,
    company: attendee.company,
    ...overrides,
  };
  return encodeBadge(payload, jsSigner(key.secretKey));
}
