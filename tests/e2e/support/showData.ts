/**
 * A show with known figures, made the way a real one is: the roster imported with the CLI, gates
 * paired with pairing codes, check-ins pushed to the sync API at given instants, the organizer's
 * account, event and report details set through the console's API.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import { emptyCardFields } from '../../../src/core/cards/fields';
import { newId } from '../../../src/core/ids';
import { newLead } from '../../../src/core/leads/merge';
import type { LeadRating } from '../../../src/core/leads/schema';
import type { BadgeRow } from './app';
import type { E2EServer } from './server';

export interface Gate {
  deviceId: string;
  eventId: string;
  token: string;
}

export interface Booth extends Gate {
  exhibitorId: string;
  name: string;
}

/** Imports the CSV rows (first row the header) with the CLI; returns each visitor's badge by "name|company". */
export async function importRows(server: E2EServer, rows: readonly string[][]): Promise<Map<string, BadgeRow>> {
  const file = path.join(server.dataDir, `roster-${newId()}.csv`);
  writeFileSync(file, `\ufeff${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n')}\n`);
  const imported = await server.cli('import-roster', file);
  expect(imported.code, imported.stderr).toBe(0);
  const exported = await server.cli('export', '--what', 'badges', '--format', 'json');
  expect(exported.code, exported.stderr).toBe(0);
  return new Map((JSON.parse(exported.stdout) as BadgeRow[]).map((b) => [`${b.name}|${b.company}`, b]));
}

/** A desk paired with a code from `cli pair`, as a gate's tablet is. */
export async function pairGate(server: E2EServer, name: string): Promise<Gate> {
  return pairAs(server, name, ['--role', 'desk']);
}

/** An exhibitor's booth device. */
export async function pairBooth(server: E2EServer, name: string, exhibitorId: string): Promise<Booth> {
  return { ...(await pairAs(server, name, ['--role', 'booth', '--exhibitor', exhibitorId])), exhibitorId, name };
}

async function pairAs(server: E2EServer, name: string, args: string[]): Promise<Gate> {
  const made = await server.cli('pair', ...args, '--json');
  expect(made.code, made.stderr).toBe(0);
  const { code } = JSON.parse(made.stdout) as { code: string };
  const res = await fetch(`${server.directUrl}/api/v1/devices/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, deviceName: name }) });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Gate;
}

export interface Scan {
  badge: BadgeRow | null;
  /** ISO instant the gate scanned it. */
  at: string;
  flags?: string[];
}

/** Check-ins as a gate pushes them after scanning; every one must be applied. */
export async function pushScans(server: E2EServer, gate: Gate, scans: readonly Scan[]): Promise<void> {
  const mutations = scans.map((s, i) => {
    const data = {
      id: newId(),
      eventId: gate.eventId,
      deviceId: gate.deviceId,
      capturedAt: s.at,
      code: s.badge?.badge_code ?? `NOT-A-BADGE-${i}`,
      method: 'scanner',
      attendeeId: s.badge?.attendee_id ?? null,
      category: s.badge ? s.badge.category : null,
      name: s.badge?.name ?? null,
      company: s.badge?.company ?? null,
      flags: s.flags ?? [],
    };
    return { id: newId(), seq: Date.now() + i, type: 'checkin', op: 'create', data, capturedAt: s.at };
  });
  await pushMutations(server, gate, mutations);
}

/** Leads as a booth pushes them after scanning badges and rating the visitors. */
export async function pushLeads(server: E2EServer, booth: Booth, leads: ReadonlyArray<{ badge: BadgeRow; rating: LeadRating | null }>): Promise<void> {
  const at = new Date().toISOString();
  const mutations = leads.map(({ badge, rating }, i) => {
    const lead = newLead(
      { ...booth, staff: booth.name },
      { source: 'badge', badgeCode: badge.badge_code, attendeeId: badge.attendee_id, contact: { ...emptyCardFields(), name: badge.name, company: badge.company }, rating },
      at,
    );

    return { id: newId(), seq: Date.now() + i, type: 'lead', op: 'create', data: lead, capturedAt: at };
  });
  await pushMutations(server, booth, mutations);
}

async function pushMutations(server: E2EServer, device: Gate, mutations: ReadonlyArray<{ id: string }>): Promise<void> {
  const res = await fetch(`${server.directUrl}/api/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${device.token}` },
    body: JSON.stringify({ deviceId: device.deviceId, mutations }),
  });
  expect(res.status).toBe(200);
  const { results } = (await res.json()) as { results: Array<{ status: string; error?: string }> };
  expect(results.map((r) => r.status), JSON.stringify(results)).toEqual(mutations.map(() => 'applied'));
}

/** "2026-05-12 09:30" in Shanghai as an ISO instant. */
export function shanghai(local: string): string {
  return new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
}

/** Creates the organizer account (the request comes from the server machine itself) and leaves the session in `request`. */
export async function organizerSession(request: APIRequestContext, server: E2EServer): Promise<void> {
  const res = await request.post(`${server.url}/api/v1/console/setup`, { data: { username: 'organizer', password: 'correct horse battery' } });
  expect(res.status(), await res.text()).toBe(200);
}

export async function consolePut(request: APIRequestContext, server: E2EServer, url: string, data: unknown): Promise<unknown> {
  const res = await request.put(`${server.url}${url}`, { data: data as Record<string, unknown> });
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}
