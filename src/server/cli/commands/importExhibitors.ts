import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseExhibitorRows } from '../../../core/editions/exhibitorRows';
import { linkPending } from '../../customers/link';
import { EditionError } from '../../editions/editions';
import { importExhibitors } from '../../editions/exhibitorImport';
import { readTable, TableReadError } from '../../roster/readTable';
import { UsageError, type CliCommand } from '../context';
import { importEdition, nothingImported } from '../imports';

/** Exit codes: 0 imported, 1 nothing imported (a bad row, or the file could not be read). */
export const importExhibitorsCommand: CliCommand = {
  summary: "import an edition's exhibitors (company, credit code, contact, booth, m², contract amount) from CSV or XLSX; all rows or none; re-importing updates",
  usage: 'import-exhibitors FILE [--event ID] [--json]',
  needsDb: true,
  async run(ctx, args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { event: { type: 'string' }, json: { type: 'boolean', default: false } } });
    if (positionals.length !== 1) throw new UsageError('give exactly one exhibitor file');
    const file = path.resolve(ctx.cwd, positionals[0] as string);
    const fail = nothingImported(ctx, file, values.json);
    const event = await importEdition(ctx.db, values.event);
    if (event instanceof EditionError) return fail(event.message);
    let table;
    try {
      if (!(await stat(file)).isFile()) return fail(`${file} is not a file`);
      table = await readTable(new Uint8Array(await readFile(file)), file);
    } catch (error) {
      if (error instanceof TableReadError) return fail(error.message);
      if ((error as NodeJS.ErrnoException).code) return fail(`cannot read ${file} (${(error as NodeJS.ErrnoException).code})`);
      throw error;
    }
    const parsed = parseExhibitorRows(table.header, table.rows, table.lines);
    if (parsed.fatal.length) return fail(parsed.fatal.join('; '));
    if (parsed.problems.length) return fail(`${new Set(parsed.problems.map((p) => p.line)).size} row(s) have problems; correct them and import the file again`, parsed.problems);
    if (!parsed.records.length) return fail('no exhibitors in the file');
    const summary = await importExhibitors(ctx.db, event.id, parsed.records);
    const linked = await linkPending(ctx.db, { eventId: event.id });
    const companies = linked.filter((s) => s.kind === 'company');
    if (values.json) {
      ctx.out(JSON.stringify({ ok: true, file, event: event.id, encoding: table.encoding, ...summary, linked: companies.reduce((n, s) => n + s.linked, 0), newCompanies: companies.reduce((n, s) => n + s.newCustomers, 0) }));
    } else {
      for (const w of summary.warnings) ctx.err(`line ${w.line}: ${w.message}`);
      ctx.out(`Imported ${parsed.records.length} exhibitor(s) into ${event.name}: ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged.`);
      for (const s of companies) ctx.err(`Linked ${s.linked} to companies of earlier editions, ${s.newCustomers} new companies, ${s.reviews} offered for review.`);
    }
    return 0;
  },
};
