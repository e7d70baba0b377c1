/**
 * The record of each roster import (decisions, 53). Its rows are written in short transactions,
 * so a run that stops half-way leaves the rows it saved; it is reported (CLI, console) until the
 * same file is imported again, which completes it.
 */
import { hostname } from 'node:os';
import { newId } from '../../core/ids';
import type { Db, Queryable } from '../db/types';

/** A run with no progress for this long belongs to a process that is gone (a step takes well under a second). */
const GONE_AFTER_S = 120;
/** Runs of one event start one at a time (any number below 2^31 that no other advisory lock uses). */
const START_LOCK = 7405521;

export interface ImportRunState {
  state: 'running' | 'stopped';
  /** The file's name as the operator gave it (full path). */
  source: string;
  done: number;
  total: number;
  startedAt: string;
}

interface RunRow {
  source: string;
  done: number;
  total: number;
  started_at: Date | string;
  owner: string;
  stopped: boolean;
  quiet: boolean;
}

/** This process, as a run names its owner: a run owned by a process of this machine that is gone has stopped. */
const ME = `${hostname()}:${process.pid}`;

function ownerGone(owner: string): boolean {
  const at = owner.lastIndexOf(':');
  if (at < 0 || owner.slice(0, at) !== hostname()) return false;
  try {
    process.kill(Number(owner.slice(at + 1)), 0);
    return false;
  } catch (error) {
    // EPERM: the process exists under another account.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** A run still going, or the latest that stopped and was not completed since by a run of the same file. */
export async function openImportRun(db: Queryable, eventId: string): Promise<ImportRunState | null> {
  const { rows } = await db.query<RunRow>(
    `SELECT r.source, r.done, r.total, r.started_at, r.owner, r.stopped_at IS NOT NULL AS stopped, r.progress_at < now() - make_interval(secs => $2) AS quiet
       FROM roster_import_runs r
      WHERE r.event_id = $1 AND r.finished_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM roster_import_runs l WHERE l.event_id = r.event_id AND l.source = r.source AND l.finished_at IS NOT NULL AND l.started_at > r.started_at)
      ORDER BY r.started_at DESC LIMIT 20`,
    [eventId, GONE_AFTER_S],
  );
  const runs = rows.map((r) => ({
    state: r.stopped || r.quiet || ownerGone(r.owner) ? ('stopped' as const) : ('running' as const),
    source: r.source,
    done: r.done,
    total: r.total,
    startedAt: new Date(r.started_at).toISOString(),
  }));
  return runs.find((r) => r.state === 'running') ?? runs[0] ?? null;
}

export class ImportBusyError extends Error {}

/**
 * Records the start of a run, or refuses while another import of the event is saving rows (two
 * imports interleaving their steps would each overwrite the other's rows in turn).
 */
export async function startImportRun(db: Db, eventId: string, source: string, total: number): Promise<{ id: string; previous: ImportRunState | null }> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2::text))', [START_LOCK, eventId]);
    const previous = await openImportRun(tx, eventId);
    if (previous?.state === 'running') {
      throw new ImportBusyError(
        `another roster import is saving visitors (${previous.source || 'a file'}, ${previous.done.toLocaleString('en')} of ${previous.total.toLocaleString('en')} so far); run this one when it has finished`,
      );
    }
    const id = newId();
    await tx.query('INSERT INTO roster_import_runs (id, event_id, source, total, owner) VALUES ($1, $2, $3, $4, $5)', [id, eventId, source, total, ME]);
    return { id, previous };
  });
}

/** Moves the run on, in the transaction that saved the rows, so `done` never counts a row not saved. */
export async function importRunProgress(tx: Queryable, runId: string, done: number): Promise<void> {
  await tx.query('UPDATE roster_import_runs SET done = $2, progress_at = now() WHERE id = $1', [runId, done]);
}

export async function finishImportRun(db: Queryable, runId: string): Promise<void> {
  await db.query('UPDATE roster_import_runs SET finished_at = now(), progress_at = now() WHERE id = $1', [runId]);
}

/** Best effort: the database may be what failed; a run left open is found stopped once its progress is old. */
export async function stopImportRun(db: Queryable, runId: string): Promise<void> {
  await db.query('UPDATE roster_import_runs SET stopped_at = now() WHERE id = $1 AND finished_at IS NULL', [runId]).catch(() => undefined);
}

/**
 * The embedded database is opened by one process at a time: a run left open when it opens belonged
 * to a process that is gone.
 */
export async function stopRunsOfGoneProcesses(db: Queryable): Promise<void> {
  await db.query('UPDATE roster_import_runs SET stopped_at = now() WHERE finished_at IS NULL AND stopped_at IS NULL');
}

/** The sentence the operator reads about a run that stopped (CLI; the console says it in their language). */
export function stoppedRunSentence(run: ImportRunState): string {
  const file = run.source || 'the roster file';
  return `The roster import of ${file} started ${run.startedAt} stopped after saving ${run.done.toLocaleString('en')} of ${run.total.toLocaleString('en')} visitors; import the same file again to complete it (saved rows are matched on their import key, not duplicated).`;
}
