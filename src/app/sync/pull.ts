import { CHANGE_KINDS, type ChangeKind, type RosterEntry, type VisitorErasure } from '../../core/schema/config';
import { PULL_PAGE_MAX, type Change, type PullStream } from '../../core/schema/sync';
import { db } from '../db/open';
import type { ConfigRow, DeviceRow } from '../db/schema';
import { notifyChanged } from '../data/changes';
import { eraseLocally, erasureTables } from '../data/erasure';
import { applyServerLeads } from '../data/leads';
import type { ServerLead } from '../../core/leads/schema';
import { pull } from './api';
import { updateStatus } from './status';

const checkpointKey = (stream: PullStream) => `checkpoint:${stream}`;

export async function readCheckpoint(stream: PullStream): Promise<string> {
  const row = await db().syncState.get(checkpointKey(stream));
  return typeof row?.value === 'string' ? row.value : '0';
}

/** Pages through a stream. Each page and its checkpoint are stored in one transaction, so an interrupted pull resumes where it stopped. */
export async function pullStream(device: DeviceRow, stream: PullStream): Promise<void> {
  let done = 0;
  let next = pull(device.token, stream, await readCheckpoint(stream), PULL_PAGE_MAX);
  for (;;) {
    const page = await next;
    // Ask for the next page while this one is written: the server and IndexedDB work at the same time.
    if (page.more) {
      next = pull(device.token, stream, page.checkpoint, PULL_PAGE_MAX);
      next.catch(() => undefined); // handled when awaited
    }
    await applyPage(stream, page.changes, page.checkpoint);
    done += page.changes.length;
    if (!page.more) break;
    await updateStatus({ pulling: { stream, done, total: done + page.remaining } });
  }
}

async function applyPage(stream: PullStream, changes: Change[], checkpoint: string): Promise<void> {
  const d = db();
  const rosterPuts: RosterEntry[] = [];
  const rosterDeletes: string[] = [];
  const configPuts: ConfigRow[] = [];
  const configDeletes: Array<[string, string]> = [];
  const leadPuts: ServerLead[] = [];
  const erased: string[] = [];
  for (const change of changes) {
    const schema = (CHANGE_KINDS as Record<string, (typeof CHANGE_KINDS)[ChangeKind]>)[change.kind];
    if (!schema) continue; // a kind from a newer server: ignored until the app updates
    if (change.data === null) {
      if (change.kind === 'attendee') rosterDeletes.push(change.key);
      else configDeletes.push([change.kind, change.key]);
      continue;
    }
    const parsed = schema.safeParse(change.data);
    if (!parsed.success) {
      console.warn(`sync: ignored malformed ${change.kind} ${change.key}`, parsed.error.issues[0]?.message);
      continue;
    }
    if (change.kind === 'attendee') rosterPuts.push(parsed.data as RosterEntry);
    else if (change.kind === 'visitor_erasure') erased.push(...(parsed.data as VisitorErasure).attendeeIds);
    else if (change.kind === 'lead') leadPuts.push(parsed.data as ServerLead);
    else configPuts.push({ kind: change.kind, key: change.key, data: parsed.data });
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
