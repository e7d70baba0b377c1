/**
 * One pull page fetched and sorted, ready for the writer: valid attendees already read and packed,
 * attendee tombstones as ids, and everything else (other kinds, and anything malformed, which the
 * writer refuses with a warning) left as the server sent it. Pure, so it runs in the pull worker
 * (pullClient.ts) as well as on the main thread.
 */
import { isRosterRow, readRosterEntry, ROSTER_ROW_FIELDS, rosterRowChange, type RosterEntry } from '../../core/schema/config';
import { readChange, type PullStream } from '../../core/schema/sync';
import { toRosterRow, type RosterRow } from '../db/schema';
import { pull } from './api';

export interface SortedPage {
  checkpoint: string;
  more: boolean;
  remaining: number;
  /** How many changes the server sent (for the progress bar). */
  count: number;
  /** Valid attendees, packed (see WIDTH); unpackRoster gives the rows. */
  roster: string[];
  rosterDeletes: string[];
  /** Changes left for the writer's general path, in the server's order. */
  others: unknown[];
}

/**
 * Valid attendees go to the main thread as one flat array of strings, WIDTH to an attendee in
 * ROSTER_ROW_FIELDS order: 5,000 objects cost the main thread more to receive (structured clone
 * names every property of every row) than one array of strings.
 */
const WIDTH = ROSTER_ROW_FIELDS.length;

/** The attendees sortChanges packed, as the roster table stores them. */
export function unpackRoster(packed: readonly string[]): RosterRow[] {
  const rows: RosterRow[] = [];
  for (let i = 0; i + WIDTH <= packed.length; i += WIDTH) {
    const entry: RosterEntry = {
      id: packed[i] as string,
      name: packed[i + 1] as string,
      company: packed[i + 2] as string,
      title: packed[i + 3] as string,
      // Checked by isRosterRow or readRosterEntry before it was packed.
      category: packed[i + 4] as RosterEntry['category'],
      mobile: packed[i + 5] as string,
      email: packed[i + 6] as string,
      badgeCode: packed[i + 7] as string,
      pinyin: packed[i + 8] as string,
      initials: packed[i + 9] as string,
      shortCode: packed[i + 10] as string,
    };
    rows.push(toRosterRow(entry));
  }
  return rows;
}

export function sortChanges(changes: readonly unknown[]): Pick<SortedPage, 'roster' | 'rosterDeletes' | 'others'> {
  const roster: string[] = [];
  const rosterDeletes: string[] = [];
  const others: unknown[] = [];
  for (const value of changes) {
    // An array is an attendee in the row form, already in packed order.
    if (Array.isArray(value)) {
      if (isRosterRow(value)) roster.push(...value);
      else others.push(rosterRowChange(value));
      continue;
    }
    const change = readChange(value);
    if (change?.kind !== 'attendee') {
      others.push(value);
      continue;
    }
    if (change.data === null) {
      rosterDeletes.push(change.key);
      continue;
    }
    const attendee = readRosterEntry(change.data);
    // A refused attendee goes on to the writer, where zod words the warning.
    if (attendee) for (const field of ROSTER_ROW_FIELDS) roster.push(attendee[field]);
    else others.push(value);
  }
  return { roster, rosterDeletes, others };
}

export async function fetchSortedPage(token: string, stream: PullStream, since: string, limit: number): Promise<SortedPage> {
  const page = await pull(token, stream, since, limit);
  return { checkpoint: page.checkpoint, more: page.more, remaining: page.remaining, count: page.changes.length, ...sortChanges(page.changes) };
}
