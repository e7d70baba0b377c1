/** Local place names the organizer wants read as a country, province or city ("前海" → 深圳市). */
import { useTranslation } from 'react-i18next';
import { localized } from '../../../core/schema/localized';
import { PROVINCES } from '../../../core/taxonomy/chinaDivisions';
import type { RegionTaxonomy } from '../../../core/taxonomy/schema';

type Alias = RegionTaxonomy['aliases'][number];
type Target = 'country' | 'province' | 'city';

const targetOf = (a: Alias): Target => (a.city !== undefined ? 'city' : a.province !== undefined ? 'province' : 'country');

export function AliasEditor({ value, onChange }: { value: RegionTaxonomy; onChange(v: RegionTaxonomy): void }) {
  const { t, i18n } = useTranslation('taxonomy');
  const aliases = value.aliases;
  const set = (i: number, alias: Alias) => onChange({ aliases: aliases.map((a, k) => (k === i ? alias : a)) });
  const retarget = (a: Alias, target: Target, code: string): Alias => ({ name: a.name, [target]: code });
  return (
    <section className="card" data-testid="alias-editor">
      <h3>{t('alias.title')}</h3>
      <p className="muted">{t('alias.explain')}</p>
      <table className="tax-table">
        <thead>
          <tr>
            <th scope="col">{t('alias.name')}</th>
            <th scope="col">{t('alias.target')}</th>
            <th scope="col">{t('alias.code')}</th>
            <th scope="col">
              <span className="sr-only">{t('col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {aliases.map((a, i) => {
            const target = targetOf(a);
            const code = a[target] ?? '';
            const owner = a.name || String(i + 1);
            return (
              <tr key={i}>
                <td>
                  <input value={a.name} aria-label={t('alias.nameOf', { index: i + 1 })} onChange={(e) => set(i, { ...a, name: e.target.value })} />
                </td>
                <td>
                  <select value={target} aria-label={t('alias.targetOf', { owner })} onChange={(e) => set(i, retarget(a, e.target.value as Target, ''))}>
                    <option value="country">{t('alias.country')}</option>
                    <option value="province">{t('alias.province')}</option>
                    <option value="city">{t('alias.city')}</option>
                  </select>
                </td>
                <td>
                  {target === 'province' ? (
                    <select value={code} aria-label={t('alias.codeOf', { owner })} onChange={(e) => set(i, retarget(a, 'province', e.target.value))}>
                      <option value="" disabled>
                        {t('alias.choose')}
                      </option>
                      {PROVINCES.map((p) => (
                        <option key={p.code} value={p.code}>
                          {localized(p.labels, i18n.language)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input value={code} aria-label={t('alias.codeOf', { owner })} placeholder={target === 'city' ? '440300' : 'CN'} onChange={(e) => set(i, retarget(a, target, e.target.value.trim()))} />
                  )}
                </td>
                <td>
                  <button type="button" className="secondary" aria-label={t('remove', { owner })} onClick={() => onChange({ aliases: aliases.filter((_, k) => k !== i) })}>
                    {t('removeShort')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="secondary" onClick={() => onChange({ aliases: [...aliases, { name: '', city: '' }] })}>
        {t('alias.add')}
      </button>
    </section>
  );
}
