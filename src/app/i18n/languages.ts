/** The app's languages and which one a start shows: no i18next here, so a start can ask before i18next is evaluated. */
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

/**
 * The language this device's staff chose (the switcher remembers it); a visitor's choice at the
 * kiosk is for their session only and never changes it.
 */
export function deviceLanguage(): Language {
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
