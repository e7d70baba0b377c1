/**
 * The roster search index kept current from the device database: loads the roster and this desk's
 * own walk-ins once, then follows change notices. Runs in a worker (search.worker.ts); where
 * workers are unavailable the client runs the same service on the page.
 */
import type { RosterEntry } from '../../../core/schema/config';
import type { Visitor } from '../../../core/schema/visitor';
import { nameSearchKeys } from '../../../core/text/pinyin';
import { onChanged, type ChangeNotice } from '../../data/changes';
import type { ShowfloorDb } from '../../db/schema';
import type { IndexStatus, SearchRequest, SearchResponse } from './protocol';
import { RosterIndex, type SearchEntry } from './rosterIndex';

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

export class SearchService {
  private readonly index = new RosterIndex();
  private loading = true;

  constructor(
    private readonly db: ShowfloorDb,
    private readonly onStatus: (s: IndexStatus) => void,
  ) {
    onChanged((n) => void this.apply(n));
    this.status();
    void this.loadAll();
  }

  private status(): void {
    this.onStatus({ type: 'status', size: this.index.size, loading: this.loading });
  }

  private async loadAll(): Promise<void> {
    // In pages, so a 200,000-row roster never sits in memory twice, and small ones: each page is a
    // read transaction, and a check-in written meanwhile waits for the one in progress.
    let last: string | null = null;
    for (;;) {
      const page: RosterEntry[] = await (last === null ? this.db.roster.orderBy('id') : this.db.roster.where('id').above(last)).limit(2_000).toArray();
      if (!page.length) break;
      this.index.upsert(page.map(fromRoster));
      last = page[page.length - 1]?.id ?? null;
    }
    // Walk-ins registered here and not yet back from the server in the roster.
    const own = await this.db.visitors.toArray();
    this.index.upsert(own.filter((v) => !this.index.get(v.id)).map(fromVisitor));
    this.loading = false;
    this.status();
  }

  private async apply(notice: ChangeNotice): Promise<void> {
    if (notice.removed.length) this.index.remove(notice.removed);
    if (notice.table === 'roster') {
      const rows = await this.db.roster.bulkGet(notice.put);
      this.index.upsert(rows.filter((r): r is RosterEntry => !!r).map(fromRoster));
    } else {
      const rows = await this.db.visitors.bulkGet(notice.put);
      this.index.upsert(rows.filter((v): v is NonNullable<typeof v> => !!v && !this.index.get(v.id)).map(fromVisitor));
    }
    this.status();
  }

  handle(req: SearchRequest): SearchResponse {
    if (req.type === 'search') {
      const t0 = performance.now();
      const hits = this.index.search(req.query, req.limit);
      return { id: req.id, type: 'search', hits, ms: performance.now() - t0 };
    }
    if (req.type === 'contact') return { id: req.id, type: 'contact', entries: this.index.findContact(req.mobile, req.email) };
    return { id: req.id, type: 'get', entry: this.index.get(req.attendeeId) ?? null };
  }
}
