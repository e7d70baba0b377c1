/**
 * What a start sets going before the rest of the app is evaluated. main.tsx imports this module
 * first, so these run while react-dom, the router, i18next and the screens are still being
 * evaluated (a few hundred milliseconds on a slow tablet): the language texts and the mode's
 * screens are fetched, and the database is opened and the pairing read, so the first render can
 * draw the mode's screen at once instead of a blank page waiting on IndexedDB.
 * Nothing here may import react-dom, i18next or a screen.
 */
import { initialLanguage, LANGUAGES, type Language } from './i18n/languages';
import { fetchTexts } from './i18n/texts';
import { preloadScreens } from './screens';
import { primeDeviceQueries } from './ui/hooks';

export interface EarlyStart {
  language: Language;
  /** The languages the first screen shows: the kiosk greets in every language at once. */
  languages: readonly Language[];
  /** Settles when the texts and the mode's screens are here (rejects if the texts could not load). */
  loads: Promise<unknown>;
}

function startEarly(): EarlyStart {
  const language = initialLanguage();
  const languages = location.pathname.startsWith('/kiosk') ? LANGUAGES : [language];
  const loads = Promise.all([...languages.map(fetchTexts), preloadScreens(location.pathname)]);
  primeDeviceQueries();
  return { language, languages, loads };
}

export const early = startEarly();
