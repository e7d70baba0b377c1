/// <reference lib="webworker" />
/**
 * Keeps the roster search index off the main thread: loads the roster and this desk's own
 * walk-ins from IndexedDB once, then follows change notices; answers searches in a few ms.
 */
import type { RosterEntry } from '../../../core/schema/config';
import type { Visitor } from '../../../core/schema/visitor';
import { nameSearchKeys } from '../../../core/text/pinyin';
import { onChanged, type ChangeNotice } from '../../data/changes';
import { ShowfloorDb } from '../../db/schema';
import type { IndexStatus, SearchRequest, SearchResponse } from './protocol';
import { RosterIndex, type SearchEntry } from './rosterIndex';

declare const self: DedicatedWorkerGlobalScope;

const index = new RosterIndex();
const db = new ShowfloorDb();
let loading = true;

const fromRoster = (r: RosterEntry): SearchEntry => ({ ...r });
const fromVisitor = (v: Visitor): SearchEntry => ({
  id: v.id,
  name: v.name,
  company: v.company,
  title: v.title,
  category: v.category,
  mobile: v.mobile,
  email: v.email,
  badgeCode: v.badgeCode,
  ...nameSearchKeys(v.name),
  local: true,
});

function status(): void {
  self.postMessage({ type: 'status', size: index.size, loading } satisfies IndexStatus);
}

async function loadAll(): Promise<void> {
  // In pages, so a 200,000-row roster never sits in memory twice.
  let last: string | null = null;
  for (;;) {
    const page: RosterEntry[] = await (last === null ? db.roster.orderBy('id') : db.roster.where('id').above(last)).limit(10_000).toArray();
    if (!page.length) break;
    index.upsert(page.map(fromRoster));
    last = page[page.length - 1]?.id ?? null;
  }
  // Walk-ins registered here and not yet back from the server in the roster.
  const own = await db.visitors.toArray();
  index.upsert(own.filter((v) => !index.get(v.id)).map(fromVisitor));
  loading = false;
  status();
}

async function apply(notice: ChangeNotice): Promise<void> {
  if (notice.removed.length) index.remove(notice.removed);
  if (notice.table === 'roster') {
    const rows = await db.roster.bulkGet(notice.put);
    index.upsert(rows.filter((r): r is RosterEntry => !!r).map(fromRoster));
  } else {
    const rows = await db.visitors.bulkGet(notice.put);
    index.upsert(rows.filter((v): v is Visitor & { synced: 0 | 1 } => !!v && !index.get(v.id)).map(fromVisitor));
  }
  status();
}

onChanged((n) => void apply(n));

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const req = event.data;
  let res: SearchResponse;
  if (req.type === 'search') {
    const t0 = performance.now();
    const hits = index.search(req.query, req.limit);
    res = { id: req.id, type: 'search', hits, ms: performance.now() - t0 };
  } else if (req.type === 'contact') {
    res = { id: req.id, type: 'contact', entries: index.findContact(req.mobile, req.email) };
  } else {
    res = { id: req.id, type: 'get', entry: index.get(req.attendeeId) ?? null };
  }
  self.postMessage(res);
};

status();
void loadAll();
