import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, isLanguage } from '../i18n';

/** Language names are written in their own language, so anyone can find theirs. */
const NATIVE_NAMES: Record<string, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <select
      aria-label={t('language.choose')}
      value={i18n.language}
      onChange={(e) => {
        if (isLanguage(e.target.value)) void setLanguage(e.target.value);
      }}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {NATIVE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
