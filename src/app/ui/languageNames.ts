import type { Language } from '../i18n';

/** Language names written in their own language, so anyone can find theirs. */
export const NATIVE_LANGUAGE_NAMES: Readonly<Record<Language, string>> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };
