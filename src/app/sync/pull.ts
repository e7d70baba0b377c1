import { CHANGE_KINDS, type ChangeKind, type VisitorErasure } from '../../core/schema/config';
import { PULL_PAGE_MAX, readChange, type PullStream } from '../../core/schema/sync';
import Dexie, { RangeSet } from 'dexie';
import { db } from '../db/open';
import type { ConfigRow, DeviceRow, RosterRow } from '../db/schema';
import { notifyChanged } from '../data/changes';
import { eraseLocally, erasureTables } from '../data/erasure';
import { applyServerLeads } from '../data/leads';
import type { ServerLead } from '../../core/leads/schema';
import { fetchPage } from './pullClient';
import { unpackRoster, type SortedPage } from './pullPage';
import { updateStatus } from './status';

const checkpointKey = (stream: PullStream) => `checkpoint:${stream}`;

export async function readCheckpoint(stream: PullStream): Promise<string> {
  const row = await db().syncState.get(checkpointKey(stream));
  return typeof row?.value === 'string' ? row.value : '0';
}

/** Pages through a stream. Each page and its checkpoint are stored in one transaction, so an interrupted pull resumes where it stopped. */
export async function pullStream(device: DeviceRow, stream: PullStream): Promise<void> {
  let done = 0;
  // Pages are fetched and read in the pull worker: while this thread writes page n, it parses n+1.
  let next = fetchPage(device.token, stream, await readCheckpoint(stream), PULL_PAGE_MAX);
  for (;;) {
    const page = await next;
    // Ask for the next page while this one is written: the server and IndexedDB work at the same time.
    if (page.more) {
      next = fetchPage(device.token, stream, page.checkpoint, PULL_PAGE_MAX);
      next.catch(() => undefined); // handled when awaited
    }
    await applyPage(stream, page);
    done += page.count;
    if (!page.more) break;
    await updateStatus({ pulling: { stream, done, total: done + page.remaining } });
  }
}

async function applyPage(stream: PullStream, page: SortedPage): Promise<void> {
  // Nothing new (every sync pass ends so, for every stream): no write, so no transaction for a
  // check-in to wait behind.
  if (!page.count) return;
  const { checkpoint, rosterDeletes } = page;
  const rosterPuts = unpackRoster(page.roster);
  const d = db();
  const configPuts: ConfigRow[] = [];
  const configDeletes: Array<[string, string]> = [];
  const leadPuts: ServerLead[] = [];
  const erased: string[] = [];
  // Valid attendees and their tombstones were sorted out by sortChanges; what is left is checked here.
  for (const value of page.others) {
    const change = readChange(value);
    if (!change) {
      console.warn('sync: ignored a malformed change', value);
      continue;
    }
    const schema = (CHANGE_KINDS as Record<string, (typeof CHANGE_KINDS)[ChangeKind]>)[change.kind];
    if (!schema) continue; // a kind from a newer server: ignored until the app updates
    if (change.data === null) {
      configDeletes.push([change.kind, change.key]);
      continue;
    }
    const parsed = schema.safeParse(change.data);
    // An attendee here is one readRosterEntry refused: never stored, zod only words the warning.
    if (!parsed.success || change.kind === 'attendee') {
      console.warn(`sync: ignored malformed ${change.kind} ${change.key}`, parsed.error?.issues[0]?.message);
      continue;
    }
    if (change.kind === 'visitor_erasure') erased.push(...(parsed.data as VisitorErasure).attendeeIds);
    else if (change.kind === 'lead') leadPuts.push(parsed.data as ServerLead);
    else configPuts.push({ kind: change.kind, key: change.key, data: parsed.data });
  }
  if (!configPuts.length && !configDeletes.length && !leadPuts.length && !erased.length) {
    await writeRosterPage(rosterPuts, rosterDeletes, stream, checkpoint);
    notifyChanged({ table: 'roster', put: rosterPuts.map((r) => r.id), removed: rosterDeletes });
    return;
  }
  const tables = [d.roster, d.config, d.syncState, d.leads, d.leadPhotos, ...(erased.length ? erasureTables(d) : [])];
  const forgotten = await d.transaction('rw', [...new Set(tables)], async () => {
    if (rosterPuts.length) await d.roster.bulkPut(rosterPuts);
    if (leadPuts.length) await applyServerLeads(leadPuts);
    if (rosterDeletes.length) await d.roster.bulkDelete(rosterDeletes);
    if (configPuts.length) await d.config.bulkPut(configPuts);
    if (configDeletes.length) await d.config.bulkDelete(configDeletes);
    // Last: an erasure wins over anything else the page held about the visitor.
    const local = await eraseLocally(d, erased);
    await d.syncState.put({ key: checkpointKey(stream), value: checkpoint });
    return local;
  });
  notifyChanged({ table: 'roster', put: rosterPuts.map((r) => r.id), removed: [...rosterDeletes, ...forgotten.roster] });
  notifyChanged({ table: 'visitors', put: [], removed: forgotten.visitors });
}

/**
 * A page of roster changes only, which is nearly all of a desk's first pull, written straight to
 * IndexedDB. Through Dexie each of 200,000 rows cost its own promise and bookkeeping (2 s of the
 * tablet's main thread); here a put is a put. Relaxed durability: unlike a capture, a roster page
 * exists on the server, and its checkpoint is in the same transaction, so a page lost to a power
 * cut is simply pulled again (decisions, 33).
 */
async function writeRosterPage(puts: RosterRow[], deletes: string[], stream: PullStream, checkpoint: string): Promise<void> {
  const d = db();
  if (!d.isOpen()) await d.open();
  const tx = d.backendDB().transaction(['roster', 'syncState'], 'readwrite', { durability: 'relaxed' });
  const roster = tx.objectStore('roster');
  for (const row of puts) roster.put(row);
  for (const id of deletes) roster.delete(id);
  tx.objectStore('syncState').put({ key: checkpointKey(stream), value: checkpoint });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('roster page not written'));
    tx.onabort = () => reject(tx.error ?? new Error('roster page not written'));
  });
  // What Dexie announces when one of its own transactions commits: live queries on these tables re-run.
  const all = () => new RangeSet(Dexie.minKey, Dexie.maxKey);
  Dexie.on.storagemutated.fire({
    [`idb://${d.name}/roster/`]: all(),
    [`idb://${d.name}/roster/:dels`]: all(),
    [`idb://${d.name}/roster/externalCode`]: all(),
    [`idb://${d.name}/syncState/`]: all(),
  });
}
