/**
 * i18next with every language bundled (the app must speak all three offline from the first
 * screen). `?lang=` switches and is remembered; zh-CN is the default.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

export const LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
const STORAGE_KEY = 'showfloor.lang';

export function isLanguage(value: string | null | undefined): value is Language {
  return !!value && (LANGUAGES as readonly string[]).includes(value);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language from `?lang=`, else the remembered one, else zh-CN. */
export function initialLanguage(search: string = location.search): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) {
    rememberLanguage(fromUrl);
    return fromUrl;
  }
  const stored = readStored();
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

export async function setLanguage(lang: Language): Promise<void> {
  rememberLanguage(lang);
  await i18n.changeLanguage(lang);
}

export function initI18n(lang: Language = initialLanguage()): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
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
