/**
 * A roster file read, checked and prepared off the server's event loop (issue 13: a huge workbook
 * read on the main thread kept health from answering for 45 s). Reads the file within the limits
 * of readTable.ts, validates its rows, compares them with what the database holds, signs a badge
 * for every new or changed person and computes their pinyin; posts progress, then the result.
 * Started by readInWorker.ts, which holds the protocol.
 */
import { readFile, stat } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { isInviteHeader, readInviteCodes } from '../../core/customers/inviteCode';
import { readAttendance, takeAttendanceColumn, takeColumn } from '../../core/editions/rosterAttendance';
import { parseRosterRows } from '../../core/roster/rows';
import { nativeSigner } from '../auth/secrets';
import { existingByKey } from './store';
import { importKeyDigest } from '../visitors/privacy';
import { prepareImport } from './prepare';
import type { ReadJob, ReadMessage } from './readProtocol';
import { readTable, TableReadError } from './readTable';

const job = workerData as ReadJob;
const post = (message: ReadMessage) => parentPort?.postMessage(message);

async function run(): Promise<void> {
  const info = await stat(job.file);
  if (!info.isFile()) return post({ type: 'failed', message: `${job.file} is not a file` });
  post({ type: 'progress', stage: 'read', done: 0, total: info.size });
  const bytes = new Uint8Array(await readFile(job.file));
  const table = await readTable(bytes, job.file);
  post({ type: 'progress', stage: 'check', done: 0, total: table.rows.length });
  // A past edition's file says who attended (到场): taken out here, counted like check-ins (editions/attendance.ts).
  const attendance = takeAttendanceColumn(table.header, table.rows);
  if (attendance.fatal) return post({ type: 'failed', message: attendance.fatal });
  // The invitation code a visitor registered with (a referral, customers/referrals.ts): taken out the same way.
  const invites = takeColumn(attendance.header, attendance.rows, isInviteHeader, 'the invitation code');
  if (invites.fatal) return post({ type: 'failed', message: invites.fatal });
  const parsed = parseRosterRows(invites.header, invites.rows, table.lines);
  const invited = invites.column ? readInviteCodes(invites.cells, table.lines, invites.column) : null;
  if (invited) {
    parsed.warnings.push(...invited.warnings);
    parsed.warnings.sort((a, b) => a.line - b.line);
  }
  if (parsed.fatal.length) return post({ type: 'failed', message: parsed.fatal.join('; ') });
  const attended = attendance.column ? readAttendance(attendance.cells, table.lines, job.edition, attendance.column) : null;
  if (attended?.problems.length) {
    const bad = new Set(attended.problems.map((p) => p.line));
    parsed.records = parsed.records.filter((r) => !bad.has(r.line));
    parsed.problems.push(...attended.problems);
    parsed.problems.sort((a, b) => a.line - b.line);
  }
  const suppressed = new Set(job.suppressed);
  const erased = parsed.records.filter((r) => suppressed.has(importKeyDigest(r.importKey)));
  if (erased.length) {
    parsed.records = parsed.records.filter((r) => !suppressed.has(importKeyDigest(r.importKey)));
    for (const r of erased) parsed.problems.push({ line: r.line, message: 'this visitor’s data was erased on request; the row is not imported' });
    parsed.problems.sort((a, b) => a.line - b.line);
  }
  const stated: Array<[string, string[]]> = [];
  const referralCodes: Array<[string, string]> = [];
  const codeByLine = new Map(table.lines.map((line, i) => [line, invited?.codes[i] ?? '']));
  for (const r of parsed.records) {
    const days = attended?.byLine.get(r.line);
    if (days) stated.push([r.importKey, days]);
    const code = codeByLine.get(r.line);
    if (invited && code !== undefined) referralCodes.push([r.importKey, code]);
  }
  const base = {
    type: 'read' as const,
    encoding: table.encoding,
    rows: table.rows.length,
    records: parsed.records.length,
    problems: parsed.problems,
    warnings: parsed.warnings,
    emptyLines: parsed.emptyLines,
    attendance: stated,
    referralCodes,
  };
  if (job.strict && parsed.problems.length) return post({ ...base, prepared: null });
  if (!parsed.records.length) return post({ ...base, prepared: null });
  const { byKey, badgeOwners } = existingByKey(job.existing);
  const prepared = prepareImport(job.eventId, parsed.records, byKey, badgeOwners, { kid: job.kid, sign: nativeSigner(job.secretKey) }, (done, total) =>
    post({ type: 'progress', stage: 'sign', done, total }),
  );
  post({ ...base, prepared });
}

run().catch((error: unknown) => {
  if (error instanceof TableReadError) post({ type: 'failed', message: error.message });
  else post({ type: 'failed', message: (error as NodeJS.ErrnoException).code ? `cannot read ${job.file} (${(error as NodeJS.ErrnoException).code})` : `the file could not be read (${(error as Error).message})`, crashed: !(error as NodeJS.ErrnoException).code });
});
