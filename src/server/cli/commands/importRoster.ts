import path from 'node:path';
import { parseArgs } from 'node:util';
import { linkPending } from '../../customers/link';
import { storeReferralCodes } from '../../customers/referrals';
import { storeAttendance } from '../../editions/attendance';
import { EditionError } from '../../editions/editions';
import { readInWorker } from '../../roster/readInWorker';
import type { ReadStage } from '../../roster/readProtocol';
import { loadExistingRoster, writeRoster } from '../../roster/store';
import { classifyAllStale } from '../../visitors/classify';
import { suppressedImportKeys } from '../../visitors/privacy';
import { UsageError, type CliCommand } from '../context';
import { importEdition, nothingImported } from '../imports';

const STAGES: Record<ReadStage, string> = { read: 'Reading the file', check: 'Checking rows', sign: 'Signing badges' };

/**
 * Exit codes: 0 every row imported, 1 nothing imported (file error or --strict), 2 imported with
 * some rows skipped. The file is read, checked and its badges signed in a worker thread; the rows
 * are then written in short steps (roster/store.ts writeRoster); an import that stops half-way is
 * completed by importing the same file again.
 */
export const importRosterCommand: CliCommand = {
  summary: 'import pre-registered visitors from CSV (UTF-8 or GBK) or XLSX, into the current or another edition (with 到场/attended for a past one); re-importing updates',
  usage: 'import-roster FILE [--event ID] [--strict] [--json]',
  needsDb: true,
  async run(ctx, args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { strict: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, event: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one roster file');
    const file = path.resolve(ctx.cwd, positionals[0] as string);
    const report = (r: object) => ctx.out(JSON.stringify(r));
    const progress = values.json ? undefined : ctx.progress;
    const fail = nothingImported(ctx, file, values.json);

    const event = await importEdition(ctx.db, values.event);
    if (event instanceof EditionError) return fail(event.message);
    const { rows: keys } = await ctx.db.query<{ kid: string; secret_key: string }>(
      `SELECT kid, secret_key FROM badge_keys WHERE event_id = $1 AND owner = 'event' AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
      [event.id],
    );
    const key = keys[0];
    if (!key) throw new Error('the event has no badge key');
    // Visitors erased on request stay erased when the original registration file is imported again.
    const suppressed = [...(await suppressedImportKeys(ctx.db, event.id))];
    const existing = await loadExistingRoster(ctx.db, event.id);
    const edition = { startsOn: event.startsOn, endsOn: event.endsOn };
    const read = await readInWorker({ file, eventId: event.id, strict: values.strict, kid: key.kid, secretKey: key.secret_key, existing, suppressed, edition }, (p) =>
      progress?.(STAGES[p.stage], p.done, p.total),
    );
    if (read.type === 'failed') {
      if (read.crashed) throw new Error(read.message);
      return fail(read.message);
    }
    if (values.strict && read.problems.length) return fail(`${read.problems.length} row(s) have problems and --strict was given`, read.problems);
    if (!read.prepared) return fail('no valid rows in the file', read.problems);
    const { prepared } = read;
    if (prepared.problems.length) return fail('some badge codes in the file belong to other visitors', [...read.problems, ...prepared.problems]);

    if (!values.json) ctx.err(`Read ${path.basename(file)} (${read.encoding}, ${read.rows} rows); importing ${read.records}…`);
    // A past edition's attendance (到场) is written once the rows are in (editions/attendance.ts).
    const stated = new Map(read.attendance);
    const codes = read.referralCodes;
    await writeRoster(ctx.db, event.id, prepared.writes, (done, total) => progress?.('Saving visitors', done, total), {
      source: file,
      note: (t) => ctx.err(t),
      ...(stated.size || codes.length
        ? {
            afterWrite: async (tx) => {
              if (stated.size) await storeAttendance(tx, event.id, stated);
              if (codes.length) await storeReferralCodes(tx, event.id, codes);
            },
          }
        : {}),
    });
    const { summary } = prepared;
    if (!values.json) {
      for (const p of read.problems) ctx.err(`line ${p.line}: ${p.message}`);
      for (const w of read.warnings) ctx.err(`line ${w.line}: warning: ${w.message}`);
      ctx.out(
        `Imported ${read.records} visitor(s): ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged.` +
          (read.problems.length ? ` ${new Set(read.problems.map((p) => p.line)).size} row(s) skipped (listed above).` : '') +
          (read.warnings.length ? ` ${read.warnings.length} phone number(s) kept as typed and marked unverified (listed above).` : '') +
          (stated.size ? ` Attendance stated for ${stated.size}.` : '') +
          (read.emptyLines ? ` ${read.emptyLines} empty line(s) ignored.` : ''),
      );
    }
    // Classify the new and changed visitors (and merge duplicates) now, so figures and exports have
    // them; the roster is already in and desks can pull it meanwhile.
    const classified = await classifyAllStale(ctx.db, event.id, (p) => progress?.('Classifying visitors', p.done, p.done + p.remaining), 500);
    if (!values.json && classified.done) ctx.err(`Classified ${classified.done} visitor record(s).`);
    // One person across editions: the new records are linked to the contacts of the show's other editions.
    const linked = (await linkPending(ctx.db, { eventId: event.id })).filter((s) => s.kind === 'contact');
    const linkedCount = linked.reduce((n, s) => n + s.linked, 0);
    if (!values.json && linked.length) ctx.err(`Linked ${linkedCount} visitor record(s) to contacts of other editions; ${linked.reduce((n, s) => n + s.reviews, 0)} offered for review.`);
    if (values.json) {
      report({
        ok: true,
        file,
        event: event.id,
        encoding: read.encoding,
        ...summary,
        skipped: read.problems.length,
        emptyLines: read.emptyLines,
        problems: read.problems,
        warnings: read.warnings,
        attendance: stated.size,
        linked: linkedCount,
      });
    }
    return read.problems.length ? 2 : 0;
  },
};
