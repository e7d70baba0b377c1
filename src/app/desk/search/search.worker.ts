/// <reference lib="webworker" />
/** Keeps the roster search index off the main thread (a 200,000-row roster takes a moment to load). */
import { ShowfloorDb } from '../../db/schema';
import type { SearchRequest } from './protocol';
import { SearchService } from './searchService';

declare const self: DedicatedWorkerGlobalScope;

const service = new SearchService(new ShowfloorDb(), (status) => self.postMessage(status));
self.onmessage = (event: MessageEvent<SearchRequest>) => void service.handle(event.data).then((res) => self.postMessage(res));
