/**
 * Helpers for the classified-visitor and counting suites: a roster with categories and extra
 * columns imported through the CLI, desks that register walk-ins with their own badge key, and
 * scans at given instants (the show days are in Asia/Shanghai unless a test changes it).
 */
import { expect } from 'vitest';
import { encodeBadge } from '../../src/core/badge/codec';
import { generateBadgeKeyPair, jsSigner, type BadgeKeyPair } from '../../src/core/badge/keys';
import { emptyCardFields } from '../../src/core/cards/fields';
import type { VisitorCategory } from '../../src/core/categories';
import { newId } from '../../src/core/ids';
import { newLead } from '../../src/core/leads/merge';
import type { Lead } from '../../src/core/leads/schema';
import type { PairResponse } from '../../src/core/schema/pairing';
import type { MutationEnvelope } from '../../src/core/schema/sync';
import type { Visitor } from '../../src/core/visitors/walkIn';
import { importRosterCommand } from '../../src/server/cli/commands/importRoster';
import type { TestServer } from './harness';
import { checkinMutation, push, requestPairing, runCli, tempDir } from './support';
import { createPairingCode } from '../../src/server/devices/pairing';

export interface KeyedDesk extends PairResponse {
  name: string;
  key: BadgeKeyPair;
}

/** A desk paired with its own badge key, as the app pairs one (it signs walk-in badges offline). */
export async function pairKeyedDesk(server: TestServer, name: string): Promise<KeyedDesk> {
  const key = generateBadgeKeyPair();
  const { code } = await createPairingCode(server.db, { eventId: server.event.id, role: 'desk', exhibitorId: null });
  const res = await requestPairing(server, { code, deviceName: name, badgePublicKey: key.publicKey });
  expect(res.statusCode, res.body).toBe(200);
  return { ...(res.json() as PairResponse), name, key };
}

let seq = 0;

/** A walk-in as the desk's registration form produces it, with a badge signed by the desk. */
export function walkIn(desk: KeyedDesk, fields: Partial<Omit<Visitor, 'id' | 'eventId' | 'deviceId' | 'badgeCode'>> & { name: string }): { id: string; mutation: MutationEnvelope } {
  const id = newId();
  const category: VisitorCategory = fields.category ?? 'trade';
  const capturedAt = fields.capturedAt ?? new Date().toISOString();
  const data: Visitor = {
    id,
    eventId: desk.eventId,
    deviceId: desk.deviceId,
    capturedAt,
    category,
    company: '',
    title: '',
    jobFunction: '',
    mobile: '',
    email: '',
    country: '',
    province: '',
    city: '',
    industry: '',
    companySize: '',
    interests: [],
    visitPurpose: '',
    purchaseRole: '',
    heardVia: '',
    consentData: true,
    consentShare: false,
    source: 'form',
    ...fields,
    badgeCode: '',
  };
  data.badgeCode = encodeBadge({ eventId: desk.eventId, attendeeId: id, category, kid: desk.key.kid, name: data.name, company: data.company }, jsSigner(desk.key.secretKey));
  return { id, mutation: { id: newId(), seq: ++seq, type: 'visitor', op: 'create', data, capturedAt } };
}

/** Pushes walk-ins and expects every one applied; returns their attendee ids. */
export async function registerWalkIns(server: TestServer, desk: KeyedDesk, people: Array<Parameters<typeof walkIn>[1]>): Promise<string[]> {
  const made = people.map((p) => walkIn(desk, p));
  const results = await push(server, desk, made.map((m) => m.mutation));
  expect(results.map((r) => r.status)).toEqual(made.map(() => 'applied'));
  return made.map((m) => m.id);
}

export interface Scan {
  attendeeId: string | null;
  at: string;
  flags?: Array<'reentry' | 'unknown' | 'forged' | 'revoked' | 'other_event'>;
}

/** Check-ins at the given instants, pushed by `desk` (a gate). */
export async function scanAt(server: TestServer, desk: { deviceId: string; eventId: string; token: string }, scans: readonly Scan[]): Promise<void> {
  const results = await push(
    server,
    desk,
    scans.map((s) => checkinMutation(desk, { attendeeId: s.attendeeId, capturedAt: s.at, flags: s.flags ?? [], code: s.attendeeId ?? `NOPE-${newId().slice(-6)}` })),
  );
  expect(results.every((r) => r.status === 'applied'), JSON.stringify(results)).toBe(true);
}

/** Imports roster rows (first row the header) through the CLI; returns attendee ids by the rows' 编号. */
export async function importRows(server: TestServer, rows: readonly string[][]): Promise<Map<string, string>> {
  const files = tempDir();
  try {
    const csv = rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');
    const run = await runCli(server, importRosterCommand, [await files.write('roster.csv', `\ufeff${csv}\n`)], files.dir);
    expect(run.code, run.err.join('\n')).toBe(0);
  } finally {
    files.remove();
  }
  const { rows: stored } = await server.db.query<{ id: string; ref: string }>('SELECT id, ref FROM attendees WHERE event_id = $1', [server.event.id]);
  return new Map(stored.map((r) => [r.ref, r.id]));
}

/** "2026-05-12 09:30" in Shanghai as an ISO instant. */
export function shanghai(local: string): string {
  return new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
}

/** A lead as a booth device captures it from a scanned badge, rated by the exhibitor's staff. */
export function badgeLeadMutation(
  booth: { deviceId: string; eventId: string; exhibitorId: string | null; name: string },
  visitor: { id: string; badgeCode: string; name: string; company: string },
  rating: Lead['rating'],
): MutationEnvelope {
  const lead = newLead(
    { ...booth, staff: booth.name },
    { source: 'badge', badgeCode: visitor.badgeCode, attendeeId: visitor.id, contact: { ...emptyCardFields(), name: visitor.name, company: visitor.company }, rating },
  );
  const at = lead.capturedAt;

  return { id: newId(), seq: ++seq, type: 'lead', op: 'create', data: lead, capturedAt: at };
}

/**
 * The counters the figures are read from (figure_counts, kept by triggers) equal a fresh count of
 * the persons and visits they summarise (sf_recount_figures): checked after every kind of change.
 */
export async function expectCountersFresh(server: TestServer): Promise<void> {
  const { rows: kept } = await server.db.query<{ dim: string; key: string; n: number; days: number }>(
    `SELECT dim, key, n::int AS n, days::int AS days FROM figure_counts WHERE event_id = $1 AND (n <> 0 OR days <> 0) ORDER BY dim, key`,
    [server.event.id],
  );
  const { rows: fresh } = await server.db.query<{ dim: string; key: string; n: number; days: number }>(
    `SELECT dim, key, n::int AS n, days::int AS days FROM sf_recount_figures($1) ORDER BY dim, key`,
    [server.event.id],
  );
  expect(kept).toEqual(fresh);
  expect(kept.some((r) => r.dim === 'category')).toBe(true);
}
