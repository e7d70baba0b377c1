/**
 * i18next, one language chunk at a time: each language's texts are a chunk of their own that the
 * service worker precaches, so every language works offline from the first screen, while the first
 * download carries none of them. `?lang=` switches and is remembered; zh-CN is the default.
 */
import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, rememberLanguage, type Language } from './languages';
import { fetchTexts } from './texts';

export { DEFAULT_LANGUAGE, LANGUAGES, deviceLanguage, initialLanguage, isLanguage, rememberLanguage, type Language } from './languages';

/** Makes a language's texts available (once); resolves when they can be shown. */
export async function loadLanguage(lang: Language): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'common')) return;
  const bundle = await fetchTexts(lang);
  // Added as it is: the texts are this module's own and never changed, so i18next's deep copy and
  // merge (a JSON round trip of every namespace) only cost a slow tablet's start time.
  for (const [ns, data] of Object.entries(bundle)) i18n.addResourceBundle(lang, ns, data, false, true, { silent: false, skipCopy: true });
}

/** Shows the app in another language (texts loaded first, so no screen shows bare keys). */
export async function switchLanguage(lang: Language): Promise<void> {
  await loadLanguage(lang);
  await i18n.changeLanguage(lang);
}

export async function setLanguage(lang: Language): Promise<void> {
  rememberLanguage(lang);
  await switchLanguage(lang);
}

/** Starts i18next; `resources` is for tests, which bring every language at once. */
export function initI18n(lang: Language = initialLanguage(), resources: Resource = {}): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      partialBundledLanguages: true,
      lng: lang,
      fallbackLng: 'en',
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    i18n.on('languageChanged', (l) => {
      if (typeof document !== 'undefined') document.documentElement.lang = l;
    });
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }
  return i18n;
}

export { i18n };
