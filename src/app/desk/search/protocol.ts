import type { SearchEntry, SearchHit } from './rosterIndex';

export type SearchRequest =
  | { id: number; type: 'search'; query: string; limit: number }
  | { id: number; type: 'contact'; mobile: string; email: string }
  | { id: number; type: 'get'; attendeeId: string }
  | { id: number; type: 'short'; code: string };

export type SearchResponse =
  | { id: number; type: 'search'; hits: SearchHit[]; ms: number }
  | { id: number; type: 'contact'; entries: SearchEntry[] }
  | { id: number; type: 'get'; entry: SearchEntry | null }
  | { id: number; type: 'short'; entries: SearchEntry[] };

export interface IndexStatus {
  type: 'status';
  size: number;
  loading: boolean;
}
