/** The three language labels every taxonomy entry carries. */
import { useTranslation } from 'react-i18next';
import type { LocalisedLabel } from '../../../core/taxonomy/labels';

const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;

export function LabelInputs({ value, onChange, idPrefix, owner }: { value: LocalisedLabel; onChange(v: LocalisedLabel): void; idPrefix: string; owner: string }) {
  const { t } = useTranslation('taxonomy');
  return (
    <>
      {LANGS.map((lang) => (
        <input
          key={lang}
          id={`${idPrefix}-${lang}`}
          value={value[lang]}
          aria-label={t('label.in', { lang: t(`lang.${lang}`), owner })}
          onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
        />
      ))}
    </>
  );
}
