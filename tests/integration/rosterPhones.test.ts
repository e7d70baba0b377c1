/**
 * Registrations as they really arrive (issue 17, item 3): a file of 300 registrations where 13 Hong
 * Kong mobiles lie outside the ranges libphonenumber knows as allocated, foreign and Taiwanese
 * numbers are written the way people write them at home, and one row has lost its name. Every
 * person with a name is imported with a signed badge; the numbers are kept as typed, reported by
 * line as warnings and marked unverified; the same person is still found on the digits.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBadge } from '../../src/core/badge/codec';
import { readShortCode } from '../../src/core/badge/shortCode';
import { isVerifiedPhone } from '../../src/core/phone';
import { importRosterCommand } from '../../src/server/cli/commands/importRoster';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { pairKeyedDesk, registerWalkIns } from './statsSupport';
import { pull, runCli } from './support';

const FILE = new URL('../fixtures/registrations-300.csv', import.meta.url).pathname;
/** Lines of the file (header = line 1) whose number does not validate, and the one row without a name. */
const table = Papa.parse<string[]>(readFileSync(FILE, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
const rows = table.slice(1);
const HK_UNALLOCATED = rows.filter((r) => /^\+852 /.test(r[4]!) && !isVerifiedPhone(r[4]!)).length;

interface Stored {
  ref: string;
  name: string;
  mobile: string;
  badge_code: string;
  id: string;
}

describe.each(DATABASES)('real registrations on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('the file is what the issue describes', () => {
    expect(rows).toHaveLength(300);
    expect(HK_UNALLOCATED).toBe(13);
    expect(rows.filter((r) => !r[1]).length).toBe(1);
  });

  it('imports 299 people, each with a signed badge; numbers kept as typed are warnings by line', async () => {
    const run = await runCli(server, importRosterCommand, [FILE, '--json']);
    const report = JSON.parse(run.out[0]!) as {
      ok: boolean;
      inserted: number;
      skipped: number;
      problems: Array<{ line: number; field?: string; message: string }>;
      warnings: Array<{ line: number; field?: string; message: string }>;
    };
    expect(run.code).toBe(2);
    expect(report).toMatchObject({ ok: true, inserted: 299, skipped: 1 });
    // The one row refused is refused for its missing name, never for its number.
    const nameless = rows.findIndex((r) => r[1] === '') + 2;
    expect(report.problems).toEqual([{ line: nameless, field: 'name', message: 'name is empty' }]);

    const unverifiedLines = rows.map((r, i) => ({ r, line: i + 2 })).filter(({ r }) => r[1] && !isVerifiedPhone(r[4]!));
    expect(report.warnings.map((w) => [w.line, w.field])).toEqual(unverifiedLines.map(({ line }) => [line, 'mobile']));
    expect(report.warnings.length).toBeGreaterThanOrEqual(13);

    const { rows: stored } = await server.db.query<Stored>('SELECT id, ref, name, mobile, badge_code FROM attendees WHERE event_id = $1', [server.event.id]);
    expect(stored).toHaveLength(299);
    const byRef = new Map(stored.map((s) => [s.ref, s]));
    for (const { r } of unverifiedLines) expect(byRef.get(r[0]!)?.mobile).toBe(r[4]);
    // Verified numbers are stored in E.164, as before.
    const mainland = rows.find((r) => r[4] === '13923456780' || /^1\d{10}$/.test(r[4]!))!;
    expect(byRef.get(mainland[0]!)?.mobile).toBe(`+86${mainland[4]}`);

    // Every one of them has a badge that verifies offline with the key a desk pulls.
    const desk = await pairKeyedDesk(server, 'Desk A');
    const config = await pull(server, desk.token, { stream: 'config', since: '0', limit: 100 });
    const keys = config.changes.filter((c) => c.kind === 'badge_key').map((c) => c.data as { kid: string; publicKey: string; revoked: boolean });
    for (const { r } of unverifiedLines) {
      const s = byRef.get(r[0]!)!;
      expect(verifyBadge(s.badge_code, { eventId: server.event.id, keys, revokedAttendees: new Set() })).toMatchObject({ status: 'valid', payload: { attendeeId: s.id, name: r[1] } });
    }
  });

  it('every badge has a short code of its own, sent to desks in the new row form and kept out of the old one', async () => {
    const { rows: codes } = await server.db.query<{ short_code: string }>('SELECT short_code FROM attendees WHERE event_id = $1', [server.event.id]);
    expect(codes.every((c) => readShortCode(c.short_code) === c.short_code)).toBe(true);
    expect(new Set(codes.map((c) => c.short_code)).size).toBe(codes.length);
    const desk = await pairKeyedDesk(server, 'Desk C');
    const rows2 = await pull(server, desk.token, { stream: 'roster', since: '0', limit: 5, form: 'rows2' });
    const rows1 = await pull(server, desk.token, { stream: 'roster', since: '0', limit: 5, form: 'rows' });
    for (const row of rows2.changes as unknown as string[][]) expect(readShortCode(row[10]!)).toBe(row[10]);
    expect((rows1.changes as unknown as string[][]).map((r) => r.length)).toEqual([10, 10, 10, 10, 10]);
  });

  it('a re-import changes nothing and a walk-in with the same unverified number, written differently, is the same person', async () => {
    const again = JSON.parse((await runCli(server, importRosterCommand, [FILE, '--json'])).out[0]!) as { inserted: number; updated: number; unchanged: number };
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 299 });

    const hk = rows.find((r) => /^\+852 /.test(r[4]!) && !isVerifiedPhone(r[4]!))!;
    const written = `00${hk[4]!.slice(1).replace(/ /g, '-')}`; // "+852 4000 1234" typed as "00852-4000-1234"
    const desk = await pairKeyedDesk(server, 'Desk B');
    const [walkInId] = await registerWalkIns(server, desk, [{ name: hk[1]!, company: hk[2]!, mobile: written }]);
    const { rows: persons } = await server.db.query<{ attendee_id: string; person_id: string; mobile: string }>(
      `SELECT v.attendee_id, v.person_id, a.mobile FROM visitor_profiles v JOIN attendees a ON a.id = v.attendee_id
        WHERE a.id = $1 OR a.ref = $2 ORDER BY a.created_at`,
      [walkInId, hk[0]],
    );
    expect(persons).toHaveLength(2);
    // Kept as the desk typed it, and merged into the registered person on its digits.
    expect(persons[1]).toMatchObject({ attendee_id: walkInId, mobile: written });
    expect(persons[1]!.person_id).toBe(persons[0]!.person_id);
  });
});
