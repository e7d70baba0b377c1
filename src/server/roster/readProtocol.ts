/** Messages between the roster import (cli/commands/importRoster.ts) and its read worker (readWorker.ts). */
import type { RowProblem } from '../../core/roster/rows';
import type { ExistingRoster } from './store';
import type { PreparedImport } from './prepare';

export interface ReadJob {
  file: string;
  eventId: string;
  strict: boolean;
  /** The event's badge key: the worker signs the badges. */
  kid: string;
  secretKey: string;
  existing: ExistingRoster;
  /** Digests of the import keys of visitors erased on request (never imported again). */
  suppressed: string[];
  /** The edition's show days, against which a 到场/attended column is read (core/editions/rosterAttendance.ts). */
  edition: { startsOn: string | null; endsOn: string | null };
}

export type ReadStage = 'read' | 'check' | 'sign';

export type ReadMessage =
  | { type: 'progress'; stage: ReadStage; done: number; total: number }
  /** The file could not be read, or as a whole is not a roster: nothing is imported. `crashed`: our fault, not the file's. */
  | { type: 'failed'; message: string; crashed?: boolean }
  | {
      type: 'read';
      encoding: string;
      rows: number;
      records: number;
      problems: RowProblem[];
      warnings: RowProblem[];
      emptyLines: number;
      /** [import key, show days] for every imported row whose attendance column stated days (editions/attendance.ts). */
      attendance: Array<[string, string[]]>;
      /** [import key, invitation code or ''] for every imported row, when the file has an invitation code column. */
      referralCodes: Array<[string, string]>;
      /** Null when nothing is to be written (no valid row, or --strict with problems). */
      prepared: PreparedImport | null;
    };
