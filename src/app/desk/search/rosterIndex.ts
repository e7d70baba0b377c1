/**
 * Finds visitors who came without their badge: by name in characters or pinyin ("zhangwei",
 * initials "zw", or one syllable of it as staff say it: "wei" finds 张伟 and 何伟), company, the
 * last digits of the mobile, or email. Traditional and simplified characters find each other
 * (黃曉明, 黄晓明): names and queries are folded the same way. An in-memory index over parallel
 * arrays, scanned linearly: 200,000 visitors take ~10 ms, with no IndexedDB index to slow down
 * the roster download. Pure: the worker feeds it, tests drive it directly.
 */
import type { VisitorCategory } from '../../../core/categories';
import { phoneDigits, toHalfWidth } from '../../../core/text/normalise';
import { syllableStarts } from '../../../core/text/pinyinSyllables';
import { foldTraditional } from '../../../core/text/traditional';

export interface SearchEntry {
  id: string;
  name: string;
  company: string;
  title: string;
  category: VisitorCategory;
  mobile: string;
  email: string;
  badgeCode: string;
  pinyin: string;
  initials: string;
  /** The badge's short code for typing ('' when it has none). */
  shortCode?: string;
  /** Registered on this device and not yet in the pulled roster. */
  local?: boolean;
}

export interface SearchHit {
  entry: SearchEntry;
  /** Lower is better: exact, then prefix, then contained matches. */
  rank: number;
  /** The mobile was kept as typed and does not validate (filled in by the search service). */
  mobileUnverified?: boolean;
  /** When this desk last checked the visitor in today (ISO), else null (filled in by the search service). */
  checkedInAt?: string | null;
}

const HAN = /\p{Script=Han}/u;

/** What names, companies and queries are compared as: NFKC, half-width, lower case, no spaces, simplified characters. */
export function normaliseQuery(q: string): string {
  return foldTraditional(toHalfWidth(q.normalize('NFKC')).toLowerCase().replace(/\s+/g, ''));
}

const HAN_CHARS = /\p{Script=Han}/gu;

/** Syllable starts of a name's pinyin, one UTF-16 unit per offset (a short string is cheaper to keep than an array). */
function syllableIndex(name: string, pinyin: string): string {
  if (!pinyin) return '';
  return String.fromCharCode(...syllableStarts(pinyin, name.match(HAN_CHARS)?.length ?? 0));
}

/** `q` starts a syllable of the pinyin after its first (the first is a prefix match, ranked higher). */
function atLaterSyllable(pinyin: string, starts: string, q: string): boolean {
  for (let at = pinyin.indexOf(q, 1); at > 0; at = pinyin.indexOf(q, at + 1)) if (starts.includes(String.fromCharCode(at))) return true;
  return false;
}

export class RosterIndex {
  private entries: SearchEntry[] = [];
  private byId = new Map<string, number>();
  private names: string[] = [];
  private companies: string[] = [];
  private mobiles: string[] = [];
  private emails: string[] = [];
  private syllables: string[] = [];

  get size(): number {
    return this.byId.size;
  }

  /** Adds or replaces entries (by id). */
  upsert(list: readonly SearchEntry[]): void {
    for (const e of list) {
      const at = this.byId.get(e.id);
      const i = at ?? this.entries.length;
      this.entries[i] = e;
      this.names[i] = normaliseQuery(e.name);
      this.companies[i] = normaliseQuery(e.company);
      this.mobiles[i] = phoneDigits(e.mobile);
      this.emails[i] = e.email.toLowerCase();
      this.syllables[i] = syllableIndex(e.name, e.pinyin);
      if (at === undefined) this.byId.set(e.id, i);
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      const i = this.byId.get(id);
      if (i === undefined) continue;
      // Swap with the last entry so the arrays stay dense.
      const last = this.entries.length - 1;
      if (i !== last) {
        const moved = this.entries[last] as SearchEntry;
        this.entries[i] = moved;
        this.names[i] = this.names[last] as string;
        this.companies[i] = this.companies[last] as string;
        this.mobiles[i] = this.mobiles[last] as string;
        this.emails[i] = this.emails[last] as string;
        this.syllables[i] = this.syllables[last] as string;
        this.byId.set(moved.id, i);
      }
      this.entries.pop();
      this.names.pop();
      this.companies.pop();
      this.mobiles.pop();
      this.emails.pop();
      this.syllables.pop();
      this.byId.delete(id);
    }
  }

  get(id: string): SearchEntry | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entries[i];
  }

  search(rawQuery: string, limit = 20): SearchHit[] {
    const q = normaliseQuery(rawQuery);
    if (!q) return [];
    const hits: SearchHit[] = [];
    const n = this.entries.length;
    if (/^\d{4,}$/.test(q)) {
      // Digits: the end of a mobile number (staff ask "last four digits?").
      for (let i = 0; i < n; i++) if ((this.mobiles[i] as string).endsWith(q)) hits.push({ entry: this.entries[i] as SearchEntry, rank: 0 });
    } else if (q.includes('@')) {
      for (let i = 0; i < n; i++) {
        const e = this.emails[i] as string;
        if (e.startsWith(q)) hits.push({ entry: this.entries[i] as SearchEntry, rank: e === q ? 0 : 1 });
      }
    } else if (HAN.test(q)) {
      for (let i = 0; i < n; i++) {
        const name = this.names[i] as string;
        const rank = name === q ? 0 : name.startsWith(q) ? 1 : name.includes(q) ? 2 : (this.companies[i] as string).includes(q) ? 3 : -1;
        if (rank >= 0) hits.push({ entry: this.entries[i] as SearchEntry, rank });
      }
    } else {
      // A syllable or more said aloud ("wei", "weiming"): matched where a syllable of the name starts.
      const spoken = q.length >= 2 && /^[a-z]+$/.test(q);
      for (let i = 0; i < n; i++) {
        const e = this.entries[i] as SearchEntry;
        const name = this.names[i] as string;
        let rank = -1;
        if (e.pinyin === q || e.initials === q || name === q) rank = 0;
        else if ((e.pinyin && e.pinyin.startsWith(q)) || (e.initials.length > 1 && e.initials.startsWith(q)) || name.startsWith(q)) rank = 1;
        else if (name.includes(q) || (spoken && e.pinyin.length > q.length && atLaterSyllable(e.pinyin, this.syllables[i] as string, q))) rank = 2;
        else if (q.length >= 2 && ((this.companies[i] as string).includes(q) || (this.emails[i] as string).startsWith(q))) rank = 3;
        if (rank >= 0) hits.push({ entry: e, rank });
      }
    }
    hits.sort((a, b) => a.rank - b.rank || a.entry.name.localeCompare(b.entry.name, 'zh-CN'));
    return hits.slice(0, limit);
  }

  /** Whoever holds this short code (a canonical code, core/badge/shortCode.ts): one person, or rarely two. */
  findShortCode(code: string): SearchEntry[] {
    const out: SearchEntry[] = [];
    for (const e of this.entries) if (e.shortCode === code) out.push(e);
    return out;
  }

  /** An existing visitor with this mobile (on its digits, verified or not) or email: offered instead of registering a duplicate. */
  findContact(mobile: string, email: string): SearchEntry[] {
    const digits = phoneDigits(mobile);
    const mail = email.trim().toLowerCase();
    const out: SearchEntry[] = [];
    for (let i = 0; i < this.entries.length; i++) {
      if ((digits && this.mobiles[i] === digits) || (mail && this.emails[i] === mail)) out.push(this.entries[i] as SearchEntry);
    }
    return out;
  }
}
