/**
 * Helpers shared by the integration suites: pairing devices through the real flow, building
 * check-in mutations as a desk would, talking to the sync API, running CLI commands in-process
 * and generating roster files (CSV in UTF-8 or GBK, XLSX).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { newId } from '../../src/core/ids';
import type { Role } from '../../src/core/schema/common';
import type { PairResponse } from '../../src/core/schema/pairing';
import type { Checkin } from '../../src/core/checkins/schema';
import type { MutationEnvelope, PullResponse, PushResult } from '../../src/core/schema/sync';
import { runCommand } from '../../src/server/cli/commands/index';
import type { CliCommand, CliContext } from '../../src/server/cli/context';
import type { Queryable } from '../../src/server/db/types';
import { createPairingCode } from '../../src/server/devices/pairing';
import { startTestServer, type DatabaseKind, type TestServer } from './harness';

let addressCounter = 0;

/** Each pairing comes from its own address, as separate tablets would (the pairing route is rate-limited per address). */
function nextAddress(): string {
  addressCounter++;
  return `10.77.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`;
}

export interface PairedDevice extends PairResponse {
  name: string;
}

/** POSTs a pairing request; returns the raw response (for the tests of pairing itself). */
export function requestPairing(server: TestServer, body: Record<string, unknown>): Promise<LightMyRequestResponse> {
  return server.app.inject({ method: 'POST', url: '/api/v1/devices/pair', payload: body, remoteAddress: nextAddress() });
}

/** Pairs a device the way a tablet does: a code from the organizer, then POST /api/v1/devices/pair. */
export async function pairDevice(
  server: TestServer,
  opts: { role?: Role; exhibitorId?: string; name?: string; previousToken?: string } = {},
): Promise<PairedDevice> {
  const role = opts.role ?? 'desk';
  const { code } = await createPairingCode(server.db, { eventId: server.event.id, role, exhibitorId: opts.exhibitorId ?? null });
  const name = opts.name ?? `${role} ${newId().slice(-6)}`;
  const res = await requestPairing(server, { code, deviceName: name, ...(opts.previousToken ? { previousToken: opts.previousToken } : {}) });
  expect(res.statusCode, res.body).toBe(200);
  return { ...(res.json() as PairResponse), name };
}

let seqCounter = 0;

/** A check-in record as the desk captures it, owned by `device` unless overridden. */
export function checkinData(device: { deviceId: string; eventId: string }, overrides: Partial<Checkin> = {}): Checkin {
  return {
    id: newId(),
    eventId: device.eventId,
    deviceId: device.deviceId,
    capturedAt: new Date().toISOString(),
    code: `BADGE-${newId().slice(-8)}`,
    method: 'scanner',
    attendeeId: null,
    category: 'trade',
    name: '张伟',
    company: 'Acme 科技',
    flags: [],
    ...overrides,
  };
}

/** The outbox envelope carrying a check-in. `data` may be anything, to test what the server refuses. */
export function checkinMutation(
  device: { deviceId: string; eventId: string },
  overrides: Partial<Checkin> = {},
  envelope: Partial<Omit<MutationEnvelope, 'data'>> & { data?: unknown } = {},
): MutationEnvelope {
  const data = checkinData(device, overrides);
  return { id: newId(), seq: ++seqCounter, type: 'checkin', op: 'create', data, capturedAt: data.capturedAt, ...envelope };
}

/** The desk's undo of one of its check-ins (a correcting record of its own). */
export function checkinUndoMutation(device: { deviceId: string; eventId: string }, checkinId: string, capturedAt = new Date().toISOString()): MutationEnvelope {
  const data = { id: newId(), eventId: device.eventId, deviceId: device.deviceId, capturedAt, checkinId };
  return { id: newId(), seq: ++seqCounter, type: 'checkin_undo', op: 'create', data, capturedAt };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export function pushRaw(server: TestServer, token: string | null, payload: unknown): Promise<LightMyRequestResponse> {
  return server.app.inject({
    method: 'POST',
    url: '/api/v1/sync/push',
    headers: token ? bearer(token) : {},
    payload: payload as Record<string, unknown>,
  });
}

/** Pushes a batch as `device` and returns its per-mutation results (expects HTTP 200). */
export async function push(server: TestServer, device: { deviceId: string; token: string }, mutations: readonly unknown[]): Promise<PushResult[]> {
  const res = await pushRaw(server, device.token, { deviceId: device.deviceId, mutations });
  expect(res.statusCode, res.body).toBe(200);
  const { results } = res.json() as { results: PushResult[] };
  expect(results).toHaveLength(mutations.length);
  return results;
}

export function pullRaw(server: TestServer, token: string | null, query: Record<string, string | number>): Promise<LightMyRequestResponse> {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return server.app.inject({ method: 'GET', url: `/api/v1/sync/pull?${qs}`, headers: token ? bearer(token) : {} });
}

export async function pull(server: TestServer, token: string, query: Record<string, string | number>): Promise<PullResponse> {
  const res = await pullRaw(server, token, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PullResponse;
}

export async function countRows(db: Queryable, table: 'checkins' | 'mutations' | 'attendees' | 'devices', where = 'true', params: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return rows[0]?.n ?? 0;
}

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

function captureContext(server: TestServer, cwd: string): { ctx: CliContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { ctx: { db: server.db, config: server.config, cwd, out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

/** Runs a CLI command object in-process against the test server's database, capturing its output. */
export async function runCli(server: TestServer, command: CliCommand, args: string[], cwd = process.cwd()): Promise<CliRun> {
  const { ctx, out, err } = captureContext(server, cwd);
  const code = await command.run(ctx, args);
  return { code, out, err };
}

/** Runs a command line as `npm run cli -- …` would (usage errors become exit 64), in-process. */
export async function runCliLine(server: TestServer, argv: string[], cwd = process.cwd()): Promise<CliRun> {
  const { ctx, out, err } = captureContext(server, cwd);
  const code = await runCommand(ctx, argv);
  return { code, out, err };
}

/** A temporary directory for roster and export files; remove() deletes it. */
export interface TempDir {
  dir: string;
  file(name: string): string;
  write(name: string, data: string | Uint8Array): Promise<string>;
  remove(): void;
}

export function tempDir(): TempDir {
  const dir = mkdtempSync(path.join(tmpdir(), 'showfloor-it-'));
  return {
    dir,
    file: (name) => path.join(dir, name),
    async write(name, data) {
      const file = path.join(dir, name);
      await writeFile(file, data);
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Starts a server on `kind` and a folder for the suite's files before its tests, hands both to
 * `ready` (for the suite's own variables), and removes them after its tests.
 */
export function serverWithFiles(kind: DatabaseKind, ready: (server: TestServer, files: TempDir) => void): void {
  let server: TestServer | undefined;
  let files: TempDir | undefined;
  beforeAll(async () => {
    server = await startTestServer(kind);
    files = tempDir();
    ready(server, files);
  });
  afterAll(async () => {
    files?.remove();
    await server?.close();
  });
}

export interface RosterPerson {
  ref: string;
  name: string;
  company: string;
  mobile: string;
  email: string;
  badge?: string;
}

/** `count` distinct pre-registered visitors with stable refs, valid Chinese mobiles and emails. */
export function rosterPeople(count: number, opts: { start?: number; badges?: boolean } = {}): RosterPerson[] {
  const start = opts.start ?? 1;
  return Array.from({ length: count }, (_, k) => {
    const i = start + k;
    return {
      ref: `REG-${String(i).padStart(6, '0')}`,
      name: i % 2 ? `张伟${i}` : `Visitor ${i}`,
      company: i % 3 ? `华南机械有限公司 ${i % 97}` : `Acme Trading ${i % 89}`,
      mobile: `138${String(i).padStart(8, '0')}`,
      email: `visitor${i}@example.com`,
      ...(opts.badges ? { badge: `B${String(i).padStart(7, '0')}` } : {}),
    };
  });
}

const EN_HEADERS = { ref: 'Registration ID', name: 'Name', company: 'Company', mobile: 'Mobile', email: 'Email', badge: 'Badge Code' };
const ZH_HEADERS = { ref: '登记号', name: '姓名', company: '公司名称', mobile: '手机号码', email: '电子邮箱', badge: '胸卡号' };

function quoteCsv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Header and rows of a roster table, as an organizer's registration system exports it. */
export function rosterTable(people: readonly RosterPerson[], opts: { headers?: 'en' | 'zh' } = {}): string[][] {
  const labels = opts.headers === 'zh' ? ZH_HEADERS : EN_HEADERS;
  const withBadge = people.some((p) => p.badge !== undefined);
  const fields = (['ref', 'name', 'company', 'mobile', 'email', ...(withBadge ? ['badge'] : [])] as const) as ReadonlyArray<keyof typeof EN_HEADERS>;
  return [fields.map((f) => labels[f]), ...people.map((p) => fields.map((f) => p[f] ?? ''))];
}

/** Roster CSV text (no BOM; add one or encode it as the test needs). */
export function rosterCsv(people: readonly RosterPerson[], opts: { headers?: 'en' | 'zh'; eol?: string } = {}): string {
  const eol = opts.eol ?? '\r\n';
  return rosterTable(people, opts)
    .map((row) => row.map(quoteCsv).join(','))
    .join(eol)
    .concat(eol);
}

export function utf8WithBom(text: string): Uint8Array {
  return new TextEncoder().encode(`\ufeff${text}`);
}

let gbkTable: Map<string, number[]> | undefined;

/**
 * Encodes text as GBK (what Excel on Chinese Windows saves CSV as). Node can decode GBK but not
 * encode it, so the table is built by decoding every two-byte GBK sequence once.
 */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(Uint8Array.of(lead, trail));
          if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
        } catch {
          // unassigned
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`no GBK encoding for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

/** A real XLSX workbook holding the rows (first row the header). */
export async function xlsxBytes(rows: readonly string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名名单');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
