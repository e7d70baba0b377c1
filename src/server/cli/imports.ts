/** What the file-import commands (import-roster, import-exhibitors) share: the edition they fill and how they refuse. */
import type { Edition } from '../../core/editions/schema';
import type { RowProblem } from '../../core/roster/rows';
import type { EventConfig } from '../../core/schema/config';
import type { Queryable } from '../db/types';
import { EditionError, requireEdition } from '../editions/editions';
import { requireEvent } from '../events/events';
import type { CliContext } from './context';

/** The edition `--event ID` names, else the current one; an unknown id comes back as the operator's error. */
export async function importEdition(db: Queryable, id: string | undefined): Promise<Edition | EventConfig | EditionError> {
  try {
    return id ? await requireEdition(db, id) : await requireEvent(db);
  } catch (error) {
    if (error instanceof EditionError) return error;
    throw error;
  }
}

/**
 * Says that nothing was imported and why, with the rows' problems by line (or as one JSON line
 * with --json), and gives the exit code 1.
 */
export function nothingImported(ctx: CliContext, file: string, json: boolean | undefined) {
  return (message: string, problems: RowProblem[] = []): number => {
    if (json) ctx.out(JSON.stringify({ ok: false, file, message, problems }));
    else {
      for (const p of problems) ctx.err(`line ${p.line}: ${p.message}`);
      ctx.err(`Nothing was imported: ${message}`);
    }
    return 1;
  };
}
