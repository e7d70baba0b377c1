// Unit tests run in jsdom with an in-memory IndexedDB (fake-indexeddb): the real Dexie code, no browser.
import 'fake-indexeddb/auto';
import { initI18n } from '../../src/app/i18n';
import { resources } from '../../src/app/i18n/resources';

initI18n('en', resources);
