/**
 * A language's texts: a chunk of their own per language, which the service worker precaches. The
 * load is remembered, so a start can set it going before i18next and React are evaluated
 * (`startEarly`) and `loadLanguage` later takes the same answer. A load that failed is forgotten,
 * so the next asks again.
 */
import type { Language } from './languages';

export type Texts = Record<string, Record<string, unknown>>;

const bundles = import.meta.glob<{ default: Texts }>('./locales/*/index.ts');
const loads = new Map<Language, Promise<Texts>>();

export function fetchTexts(lang: Language): Promise<Texts> {
  let load = loads.get(lang);
  if (!load) {
    const chunk = bundles[`./locales/${lang}/index.ts`];
    if (!chunk) return Promise.reject(new Error(`no texts for language ${lang}`));
    load = chunk().then((m) => m.default);
    load.catch(() => loads.delete(lang));
    loads.set(lang, load);
  }
  return load;
}
