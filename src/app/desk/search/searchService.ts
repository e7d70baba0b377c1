/**
 * The roster search index kept current from the device database: loads the roster and this desk's
 * own walk-ins once, then follows change notices. Runs in a worker (search.worker.ts); where
 * workers are unavailable the client runs the same service on the page.
 */
import type { RosterEntry } from '../../../core/schema/config';
import type { Visitor } from '../../../core/visitors/walkIn';
import { isVerifiedPhone } from '../../../core/phone';
import { phoneDigits } from '../../../core/text/normalise';
import { nameSearchKeys } from '../../../core/text/pinyin';
import { onChanged, type ChangeNotice } from '../../data/changes';
import type { ShowfloorDb } from '../../db/schema';
import type { IndexStatus, SearchRequest, SearchResponse } from './protocol';
import { RosterIndex, type SearchEntry, type SearchHit } from './rosterIndex';

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
  shortCode: v.shortCode ?? '',
  ...nameSearchKeys(v.name),
  local: true,
});

export class SearchService {
  private readonly index = new RosterIndex();
  private loading = true;
  private readonly loaded: Promise<void>;

  constructor(
    private readonly db: ShowfloorDb,
    private readonly onStatus: (s: IndexStatus) => void,
  ) {
    onChanged((n) => void this.apply(n));
    this.status();
    this.loaded = this.loadAll();
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

  async handle(req: SearchRequest): Promise<SearchResponse> {
    if (req.type === 'search') {
      const t0 = performance.now();
      const hits = await this.withStatus(this.index.search(req.query, req.limit));
      return { id: req.id, type: 'search', hits, ms: performance.now() - t0 };
    }
    if (req.type === 'contact') return { id: req.id, type: 'contact', entries: await this.findContact(req.mobile, req.email) };
    if (req.type === 'short') {
      // Like a contact, never answered from a half-loaded index: a typed code would read as unknown.
      await this.loaded;
      return { id: req.id, type: 'short', entries: this.index.findShortCode(req.code) };
    }
    return { id: req.id, type: 'get', entry: this.index.get(req.attendeeId) ?? null };
  }

  /**
   * What staff need beside each result: whether the visitor was already checked in today (this
   * desk's check-ins, read for the few hits only) and whether the mobile was kept unverified.
   */
  private async withStatus(hits: SearchHit[]): Promise<SearchHit[]> {
    if (!hits.length) return hits;
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    const since = midnight.toISOString();
    const today = await this.db.checkins
      .where('attendeeId')
      .anyOf(hits.map((h) => h.entry.id))
      .filter((c) => c.capturedAt >= since)
      .toArray();
    const last = new Map<string, string>();
    for (const c of today) if (c.attendeeId && (last.get(c.attendeeId) ?? '') < c.capturedAt) last.set(c.attendeeId, c.capturedAt);
    return hits.map((h) => ({ ...h, checkedInAt: last.get(h.entry.id) ?? null, mobileUnverified: !isVerifiedPhone(h.entry.mobile) }));
  }

  /**
   * Whether a walk-in is someone already registered. Unlike search, never answered from a half-loaded
   * index (a desk opened a moment ago would register a duplicate), and this desk's own walk-ins are
   * read from the database itself, so one registered a second ago is found before its change notice.
   */
  private async findContact(mobile: string, email: string): Promise<SearchEntry[]> {
    await this.loaded;
    const found = this.index.findContact(mobile, email);
    const own = await this.db.visitors
      .filter((v) => (!!mobile && sameNumber(v.mobile, mobile)) || (!!email && v.email.toLowerCase() === email.trim().toLowerCase()))
      .toArray();
    for (const v of own) if (!found.some((e) => e.id === v.id)) found.push(fromVisitor(v));
    return found;
  }
}

function sameNumber(a: string, b: string): boolean {
  const x = phoneDigits(a);
  return x !== '' && x === phoneDigits(b);
}
