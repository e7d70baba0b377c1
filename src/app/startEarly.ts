/**
 * What a start sets going before the rest of the app is evaluated. main.tsx imports this module
 * first, so these run while react-dom, the router, i18next and the screens are still being
 * evaluated (a few hundred milliseconds on a slow tablet): the language texts and the mode's
 * screens are fetched. The database is not opened here: its callbacks took main-thread turns
 * before the first render and the start got slower (decisions, 35 and 55).
 * Nothing here may import react-dom, i18next or a screen.
 */
import { initialLanguage, LANGUAGES, type Language } from './i18n/languages';
import { fetchTexts } from './i18n/texts';
import { preloadScreens } from './screens';

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
  return { language, languages, loads };
}

export const early = startEarly();
