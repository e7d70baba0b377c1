/** Correcting one classified value of one record: a value from the event's lists, "unknown", or back to the rules. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../core/schema/localized';
import { citiesOf, cityLabels, PROVINCES } from '../../../core/taxonomy/chinaDivisions';
import { COUNTRY_CODES, countryName } from '../../../core/taxonomy/countries';
import { walkProductTree } from '../../../core/taxonomy/productInterest';
import type { CorrectableField, CorrectionRequest } from '../../../core/visitors/corrections';
import { asTaxonomyLocale, useTaxonomies } from '../stats/useTaxonomies';

export function CorrectionForm({ field, current, province, corrected, onSubmit, onCancel }: {
  field: CorrectableField;
  current: string | string[] | null;
  /** The record's province, for the list of cities. */
  province: string;
  corrected: boolean;
  onSubmit(req: CorrectionRequest): void;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation('visitors');
  const lang = asTaxonomyLocale(i18n.language);
  const tax = useTaxonomies();
  const [value, setValue] = useState<string | string[]>(current ?? (field === 'interests' ? [] : ''));
  const id = `correct-${field}`;
  const options: Array<[string, string]> = (() => {
    switch (field) {
      case 'country':
        return COUNTRY_CODES.map((c): [string, string] => [c, `${countryName(c, lang)} (${c})`]).sort((a, b) => a[1].localeCompare(b[1], lang));
      case 'province':
        return PROVINCES.map((p) => [p.code, localized(p.labels, lang)]);
      case 'city':
        return (province ? citiesOf(province) : []).map((c) => [c.code, localized(cityLabels(c), lang)]);
      case 'industry':
        return tax.industry.entries.map((e) => [e.id, localized(e.labels, lang)]);
      case 'companySize':
        return tax.companySize.bands.map((b) => [b.id, localized(b.labels, lang)]);
      case 'interests':
        return [...walkProductTree(tax.productInterest.nodes)].map(({ node, path }) => [node.id, `${'— '.repeat(path.length - 1)}${localized(node.labels, lang)}`]);
    }
  })();
  return (
    <form
      className="row"
      data-testid="correction-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ field, value });
      }}
    >
      <div>
        <label htmlFor={id}>{t('correct.value', { field: t(`field.${field}`) })}</label>
        {field === 'interests' ? (
          <select id={id} multiple size={8} value={value as string[]} onChange={(e) => setValue([...e.target.selectedOptions].map((o) => o.value))}>
            {options.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        ) : (
          <select id={id} value={value as string} onChange={(e) => setValue(e.target.value)} required>
            <option value="" disabled>
              {t('correct.choose')}
            </option>
            {options.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        )}
      </div>
      <button type="submit">{t('correct.save')}</button>
      <button type="button" className="secondary" onClick={() => onSubmit({ field, value: null })}>
        {t('correct.unknown')}
      </button>
      {corrected && (
        <button type="button" className="secondary" onClick={() => onSubmit({ field, value: null, clear: true })}>
          {t('correct.clear')}
        </button>
      )}
      <button type="button" className="secondary" onClick={onCancel}>
        {t('correct.cancel')}
      </button>
    </form>
  );
}
