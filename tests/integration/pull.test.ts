import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBadge } from '../../src/core/badge/codec';
import { parseRosterRows } from '../../src/core/roster/rows';
import { isRosterRow, ROSTER_ROW_FIELDS, ROSTER_ROW_FIELDS_V1, type RosterEntry } from '../../src/core/schema/config';
import type { Change, PullResponse } from '../../src/core/schema/sync';
import { readTable } from '../../src/server/roster/readTable';
import { eventSigner } from '../../src/server/events/events';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { importRoster, type ImportSummary } from '../../src/server/roster/store';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { pairDevice, pull, pullRaw, rosterCsv, rosterPeople, type PairedDevice, type RosterPerson } from './support';

const ROSTER_SIZE = 10_000;
const PAGE = 1_000;

describe.each(DATABASES)('sync pull on %s', (kind) => {
  let server: TestServer;
  let desk: PairedDevice;
  let people: RosterPerson[];

  async function importPeople(list: readonly RosterPerson[]): Promise<ImportSummary> {
    const table = await readTable(new TextEncoder().encode(rosterCsv(list)), 'roster.csv');
    const parsed = parseRosterRows(table.header, table.rows, table.lines);
    expect(parsed.fatal).toEqual([]);
    expect(parsed.problems).toEqual([]);
    const outcome = await importRoster(server.db, server.event.id, parsed.records, await eventSigner(server.db, server.event.id));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    return outcome.summary;
  }

  /** Pulls pages from `since` until `more` is false (or `maxPages`), checking the paging contract as it goes. */
  async function pullPages(since: string, maxPages = Infinity): Promise<{ pages: PullResponse[]; checkpoint: string }> {
    const pages: PullResponse[] = [];
    let checkpoint = since;
    while (pages.length < maxPages) {
      const page = await pull(server, desk.token, { stream: 'roster', since: checkpoint, limit: PAGE });
      expect(page.changes.length).toBeLessThanOrEqual(PAGE);
      if (page.changes.length) expect(BigInt(page.checkpoint)).toBeGreaterThan(BigInt(checkpoint));
      else expect(page.checkpoint).toBe(checkpoint);
      if (page.more) expect(page.changes).toHaveLength(PAGE);
      else expect(page.remaining).toBe(0);
      pages.push(page);
      checkpoint = page.checkpoint;
      if (!page.more) break;
    }
    return { pages, checkpoint };
  }

  const attendeeKeys = (changes: readonly Change[]) => changes.filter((c) => c.kind === 'attendee').map((c) => c.key);

  function expectEachOnce(keys: readonly string[], expected: number) {
    expect(keys).toHaveLength(expected);
    expect(new Set(keys).size).toBe(expected);
  }

  let fullCheckpoint = '0';
  const idByRef = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await pairDevice(server, { role: 'desk' });
    people = rosterPeople(ROSTER_SIZE);
    expect(await importPeople(people)).toEqual({ inserted: ROSTER_SIZE, updated: 0, unchanged: 0 });
    const { rows } = await server.db.query<{ id: string; ref: string }>('SELECT id, ref FROM attendees');
    for (const r of rows) idByRef.set(r.ref, r.id);
  });
  afterAll(async () => server?.close());

  it(`pages through a ${ROSTER_SIZE}-row roster: every attendee once, checkpoints increase, remaining counts down`, async () => {
    const { pages, checkpoint } = await pullPages('0');
    expect(pages).toHaveLength(ROSTER_SIZE / PAGE);
    expect(pages.map((p) => p.more)).toEqual([...Array<boolean>(ROSTER_SIZE / PAGE - 1).fill(true), false]);
    expect(pages.map((p) => p.remaining)).toEqual(Array.from({ length: ROSTER_SIZE / PAGE }, (_, i) => ROSTER_SIZE - (i + 1) * PAGE));

    const changes = pages.flatMap((p) => p.changes);
    expectEachOnce(attendeeKeys(changes), ROSTER_SIZE);
    // The rows are the people of the file, with what a desk needs to check them in.
    const byName = new Map(changes.map((c) => [(c.data as RosterEntry).name, c.data as RosterEntry]));
    expect(byName.size).toBe(ROSTER_SIZE);
    const sample = people[4_321]!;
    expect(byName.get(sample.name)).toMatchObject({ company: sample.company, email: sample.email, mobile: `+86${sample.mobile}`, category: 'trade' });
    // Generated badge codes verify offline with the key the desk pulls in the config stream.
    const config = await pull(server, desk.token, { stream: 'config', since: '0', limit: 100 });
    const keys = config.changes.filter((c) => c.kind === 'badge_key').map((c) => c.data as { kid: string; publicKey: string; revoked: boolean });
    const entry = byName.get(sample.name)!;
    const verdict = verifyBadge(entry.badgeCode, { eventId: server.event.id, keys, revokedAttendees: new Set() });
    expect(verdict).toMatchObject({ status: 'valid', payload: { attendeeId: entry.id, name: sample.name, company: sample.company } });

    // Nothing new since the last checkpoint: an empty page, same checkpoint.
    const after = await pull(server, desk.token, { stream: 'roster', since: checkpoint, limit: PAGE });
    expect(after).toEqual({ checkpoint, changes: [], more: false, remaining: 0 });
    fullCheckpoint = checkpoint;
  });

  it('an interrupted pull resumes from the stored checkpoint and still yields every row exactly once', async () => {
    // The device stores each page together with its checkpoint. After three pages it loses the
    // network while the fourth is in flight: that page is never stored.
    const stored: Change[] = [];
    const firstRun = await pullPages('0', 3);
    for (const page of firstRun.pages) stored.push(...page.changes);
    const lost = await pull(server, desk.token, { stream: 'roster', since: firstRun.checkpoint, limit: PAGE });
    expect(lost.changes).toHaveLength(PAGE);

    // Back online, it resumes from what it stored.
    const resumed = await pullPages(firstRun.checkpoint);
    expect(resumed.pages[0]?.remaining).toBe(ROSTER_SIZE - 4 * PAGE);
    for (const page of resumed.pages) stored.push(...page.changes);
    expectEachOnce(attendeeKeys(stored), ROSTER_SIZE);
    expect(resumed.checkpoint).toBe(fullCheckpoint);
  });

  it('a different page size gives the same rows', async () => {
    const keys: string[] = [];
    let since = '0';
    for (;;) {
      const page = await pull(server, desk.token, { stream: 'roster', since, limit: 3_333 });
      keys.push(...attendeeKeys(page.changes));
      since = page.checkpoint;
      if (!page.more) break;
    }
    expectEachOnce(keys, ROSTER_SIZE);
  });

  it('attendees as rows: the same pages and checkpoints, each attendee its entry in ROSTER_ROW_FIELDS order', async () => {
    let since = '0';
    let pages = 0;
    for (;;) {
      const objects = await pull(server, desk.token, { stream: 'roster', since, limit: 2_500 });
      const rows = (await pull(server, desk.token, { stream: 'roster', since, limit: 2_500, form: 'rows2' })) as Omit<PullResponse, 'changes'> & { changes: unknown[] };
      expect({ ...rows, changes: undefined }).toEqual({ ...objects, changes: undefined });
      expect(rows.changes).toEqual(objects.changes.map((c) => (c.kind === 'attendee' && c.data ? ROSTER_ROW_FIELDS.map((f) => (c.data as RosterEntry)[f]) : c)));
      expect(rows.changes.every((c) => isRosterRow(c))).toBe(true);
      // A tablet still on the version before editions asks for the first layout, and gets exactly it.
      const legacy = (await pull(server, desk.token, { stream: 'roster', since, limit: 2_500, form: 'rows' })) as Omit<PullResponse, 'changes'> & { changes: unknown[] };
      expect(legacy.changes).toEqual(objects.changes.map((c) => (c.kind === 'attendee' && c.data ? ROSTER_ROW_FIELDS_V1.map((f) => (c.data as RosterEntry)[f]) : c)));
      pages++;
      since = objects.checkpoint;
      if (!objects.more) break;
    }
    expect(pages).toBe(ROSTER_SIZE / 2_500);
  });

  it('rows changed after a pull come again in a later pull, and only they', async () => {
    const changed = people.map((p, i) => (i === 17 || i === 9_999 ? { ...p, name: `${p.name} (更正)` } : p));
    expect(await importPeople(changed)).toEqual({ inserted: 0, updated: 2, unchanged: ROSTER_SIZE - 2 });

    const { pages, checkpoint } = await pullPages(fullCheckpoint);
    const changes = pages.flatMap((p) => p.changes);
    expect(changes.map((c) => (c.data as RosterEntry).name).sort()).toEqual([changed[17]!.name, changed[9_999]!.name].sort());
    expect(BigInt(checkpoint)).toBeGreaterThan(BigInt(fullCheckpoint));

    // Same ids as before: the desk replaces its copies instead of adding people, and a device
    // starting from scratch still gets every attendee exactly once, with the corrected names.
    expect(changes.map((c) => c.key).sort()).toEqual([17, 9_999].map((i) => idByRef.get(people[i]!.ref)).sort());
    const fresh = await pullPages('0');
    const freshChanges = fresh.pages.flatMap((p) => p.changes);
    expectEachOnce(attendeeKeys(freshChanges), ROSTER_SIZE);
    expect(freshChanges.filter((c) => (c.data as RosterEntry).name.endsWith('(更正)'))).toHaveLength(2);

    // New people imported later arrive too.
    expect(await importPeople([...changed, ...rosterPeople(5, { start: ROSTER_SIZE + 1 })])).toMatchObject({ inserted: 5, updated: 0 });
    const more = await pullPages(checkpoint);
    expectEachOnce(attendeeKeys(more.pages.flatMap((p) => p.changes)), 5);
  });

  it('rejects a checkpoint that is not a server sequence', async () => {
    for (const since of ['-1', 'abc', '1.5', '99999999999999999999', '9223372036854775808', '9999999999999999999']) {
      const res = await pullRaw(server, desk.token, { stream: 'roster', since });
      expect(res.statusCode, since).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid_request' });
    }
    expect((await pullRaw(server, desk.token, { stream: 'roster', limit: 0 })).statusCode).toBe(400);
    expect((await pullRaw(server, desk.token, { stream: 'everything' })).statusCode).toBe(400);
    expect((await pullRaw(server, desk.token, { stream: 'roster', form: 'csv' })).statusCode).toBe(400);
  });

  it('the config stream gives every device the event and its badge key, never the roster', async () => {
    const exhibitor = await createExhibitor(server.db, server.event.id, 'Fabrikam');
    const booth = await pairDevice(server, { role: 'booth', exhibitorId: exhibitor.id });
    const page = await pull(server, booth.token, { stream: 'config', since: '0', limit: 100 });
    expect(page.more).toBe(false);
    const kinds = page.changes.map((c) => c.kind);
    expect(kinds).toContain('event');
    expect(kinds).toContain('badge_key');
    expect(kinds).not.toContain('attendee');
    expect(page.changes.find((c) => c.kind === 'event')?.data).toMatchObject({ id: server.event.id });
    // Badge keys travel without their secret half.
    expect(JSON.stringify(page.changes)).not.toMatch(/secret/i);
  });
});
