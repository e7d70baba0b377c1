// Unit tests run in jsdom with an in-memory IndexedDB (fake-indexeddb): the real Dexie code, no browser.
import { afterEach } from 'vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';
import { initI18n } from '../../src/app/i18n';
import { resources } from '../../src/app/i18n/resources';

// Components render inside StrictMode, as main.tsx renders the app: an effect without its cleanup
// (a timer, a listener, a camera left running) shows up here, where React mounts everything twice.
// findBy…/waitFor wait up to 5 s (1 s by default): a first capture loads its module on demand, which
// a loaded machine can take longer than a second to transform; they still return as soon as it shows.
configure({ reactStrictMode: true, asyncUtilTimeout: 5_000 });
initI18n('en', resources);

// Each test is a new tab: a form's draft (ui/useDraft.ts, sessionStorage) from the test before must
// not come back into the next test's form. (Tests of core run in Node, without storage.)
afterEach(() => {
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});
