import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseRosterRows, type RowProblem } from '../../../core/roster/rows';
import { readTable, TableReadError } from '../../roster/readTable';
import { eventSigner, requireEvent } from '../../services/events';
import { importRoster } from '../../services/roster';
import { classifyAllStale } from '../../visitors/classify';
import { importKeyDigest, suppressedImportKeys } from '../../visitors/privacy';
import { UsageError, type CliCommand } from '../context';

/** Exit codes: 0 every row imported, 1 nothing imported (file error or --strict), 2 imported with some rows skipped. */
export const importRosterCommand: CliCommand = {
  summary: 'import pre-registered visitors from CSV (UTF-8 or GBK) or XLSX; re-importing updates',
  usage: 'import-roster FILE [--strict] [--json]',
  needsDb: true,
  async run(ctx, args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { strict: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
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
    const parsed = parseRosterRows(table.header, table.rows, table.lines);
    if (parsed.fatal.length) return fail(parsed.fatal.join('; '));
    // Visitors erased on request stay erased when the original registration file is imported again.
    const event = await requireEvent(ctx.db);
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
    const outcome = await importRoster(ctx.db, event.id, parsed.records, signer, (done, total) => {
      if (!values.json && total > 5_000) ctx.err(`  ${Math.round((done / total) * 100)}% (${done}/${total})`);
    });
    if (!outcome.ok) return fail('some badge codes in the file belong to other visitors', [...parsed.problems, ...outcome.problems]);

    const { summary } = outcome;
    // Classify the new and changed visitors (and merge duplicates) now, so figures and exports have them.
    const classified = await classifyAllStale(ctx.db, event.id, (p) => {
      if (!values.json && p.done + p.remaining > 5_000) ctx.err(`  classified ${p.done} (${p.remaining} to go)`);
    });
    if (!values.json && classified.done) ctx.err(`Classified ${classified.done} visitor record(s).`);
    if (values.json) {
      report({
        ok: true,
        file,
        encoding: table.encoding,
        ...summary,
        skipped: parsed.problems.length,
        emptyLines: parsed.emptyLines,
        problems: parsed.problems,
        warnings: parsed.warnings,
      });
    } else {
      for (const p of parsed.problems) ctx.err(`line ${p.line}: ${p.message}`);
      for (const w of parsed.warnings) ctx.err(`line ${w.line}: warning: ${w.message}`);
      ctx.out(
        `Imported ${parsed.records.length} visitor(s): ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged.` +
          (parsed.problems.length ? ` ${new Set(parsed.problems.map((p) => p.line)).size} row(s) skipped (listed above).` : '') +
          (parsed.warnings.length ? ` ${parsed.warnings.length} phone number(s) kept as typed and marked unverified (listed above).` : '') +
          (parsed.emptyLines ? ` ${parsed.emptyLines} empty line(s) ignored.` : ''),
      );
    }
    return parsed.problems.length ? 2 : 0;
  },
};
