import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseRosterRows, type RowProblem } from '../../../core/roster/rows';
import { readTable, TableReadError } from '../../roster/readTable';
import { takeAttendanceColumn, readAttendance } from '../../../core/editions/rosterAttendance';
import { linkPending } from '../../customers/link';
import { storeAttendance } from '../../editions/attendance';
import { EditionError, requireEdition } from '../../editions/editions';
import { eventSigner, requireEvent } from '../../services/events';
import { importRoster } from '../../services/roster';
import { classifyAllStale } from '../../visitors/classify';
import { importKeyDigest, suppressedImportKeys } from '../../visitors/privacy';
import { UsageError, type CliCommand } from '../context';

/** Exit codes: 0 every row imported, 1 nothing imported (file error or --strict), 2 imported with some rows skipped. */
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
    const fail = (message: string, problems: RowProblem[] = []) => {
      if (values.json) report({ ok: false, file, message, problems });
      else {
        for (const p of problems) ctx.err(`line ${p.line}: ${p.message}`);
        ctx.err(`Nothing was imported: ${message}`);
      }
      return 1;
    };

    let bytes: Buffer;
    try {
      if (!(await stat(file)).isFile()) return fail(`${file} is not a file`);
      bytes = await readFile(file);
    } catch (error) {
      return fail(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    let table;
    try {
      table = await readTable(new Uint8Array(bytes), file);
    } catch (error) {
      if (error instanceof TableReadError) return fail(error.message);
      throw error;
    }
    // A past edition's file says who attended (到场): taken out here, counted like check-ins (editions/attendance.ts).
    const attendance = takeAttendanceColumn(table.header, table.rows);
    if (attendance.fatal) return fail(attendance.fatal);
    const parsed = parseRosterRows(attendance.header, attendance.rows, table.lines);
    if (parsed.fatal.length) return fail(parsed.fatal.join('; '));
    let event;
    try {
      event = values.event ? await requireEdition(ctx.db, values.event) : await requireEvent(ctx.db);
    } catch (error) {
      if (error instanceof EditionError) return fail(error.message);
      throw error;
    }
    const attended = attendance.column ? readAttendance(attendance.cells, table.lines, event, attendance.column) : null;
    if (attended?.problems.length) {
      const bad = new Set(attended.problems.map((p) => p.line));
      parsed.records = parsed.records.filter((r) => !bad.has(r.line));
      parsed.problems.push(...attended.problems);
      parsed.problems.sort((a, b) => a.line - b.line);
    }
    // Visitors erased on request stay erased when the original registration file is imported again.
    const suppressed = await suppressedImportKeys(ctx.db, event.id);
    if (suppressed.size) {
      parsed.records = parsed.records.filter((r) => {
        if (!suppressed.has(importKeyDigest(r.importKey))) return true;
        parsed.problems.push({ line: r.line, message: 'this visitor’s data was erased on request; the row is not imported' });
        return false;
      });
      parsed.problems.sort((a, b) => a.line - b.line);
    }
    if (values.strict && parsed.problems.length) return fail(`${parsed.problems.length} row(s) have problems and --strict was given`, parsed.problems);
    if (!parsed.records.length) return fail('no valid rows in the file', parsed.problems);

    const signer = await eventSigner(ctx.db, event.id);
    if (!values.json) ctx.err(`Read ${path.basename(file)} (${table.encoding}, ${table.rows.length} rows); importing ${parsed.records.length}…`);
    const stated = new Map<string, string[]>();
    for (const r of parsed.records) {
      const days = attended?.byLine.get(r.line);
      if (days) stated.set(r.importKey, days);
    }
    const outcome = await importRoster(
      ctx.db,
      event.id,
      parsed.records,
      signer,
      (done, total) => {
        if (!values.json && total > 5_000) ctx.err(`  ${Math.round((done / total) * 100)}% (${done}/${total})`);
      },
      stated.size ? async (tx) => void (await storeAttendance(tx, event.id, stated)) : undefined,
    );
    if (!outcome.ok) return fail('some badge codes in the file belong to other visitors', [...parsed.problems, ...outcome.problems]);

    const { summary } = outcome;
    // Classify the new and changed visitors (and merge duplicates) now, so figures and exports have them.
    const classified = await classifyAllStale(ctx.db, event.id, (p) => {
      if (!values.json && p.done + p.remaining > 5_000) ctx.err(`  classified ${p.done} (${p.remaining} to go)`);
    });
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
        encoding: table.encoding,
        ...summary,
        skipped: parsed.problems.length,
        emptyLines: parsed.emptyLines,
        problems: parsed.problems,
        attendance: stated.size,
        linked: linkedCount,
      });
    } else {
      for (const p of parsed.problems) ctx.err(`line ${p.line}: ${p.message}`);
      ctx.out(
        `Imported ${parsed.records.length} visitor(s): ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged.` +
          (parsed.problems.length ? ` ${new Set(parsed.problems.map((p) => p.line)).size} row(s) skipped (listed above).` : '') +
          (parsed.emptyLines ? ` ${parsed.emptyLines} empty line(s) ignored.` : ''),
      );
    }
    return parsed.problems.length ? 2 : 0;
  },
};
