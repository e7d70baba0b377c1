/** Company-size bands by employees, with the Chinese 大/中/小/微 classes they overlap shown beside them. */
import { useTranslation } from 'react-i18next';
import { localized } from '../../../core/schema/localized';
import { CN_EMPLOYEE_THRESHOLDS, CN_ENTERPRISE_SIZE_LABELS, cnSizesForBand, type CnSizeSector } from '../../../core/taxonomy/companySize';
import { label } from '../../../core/taxonomy/labels';
import type { CompanySizeTaxonomy } from '../../../core/taxonomy/schema';
import { LabelInputs } from './LabelInputs';

export function SizeEditor({ value, onChange }: { value: CompanySizeTaxonomy; onChange(v: CompanySizeTaxonomy): void }) {
  const { t, i18n } = useTranslation('taxonomy');
  const bands = value.bands;
  const update = (i: number, patch: Partial<CompanySizeTaxonomy['bands'][number]>) => onChange({ ...value, bands: bands.map((b, k) => (k === i ? { ...b, ...patch } : b)) });
  const num = (text: string) => (text.trim() === '' ? null : Math.max(1, Math.floor(Number(text)) || 1));
  return (
    <section className="card" data-testid="size-editor">
      <h3>{t('size.title')}</h3>
      <p className="muted">{t('size.explain')}</p>
      <div>
        <label htmlFor="cn-sector">{t('size.sector')}</label>
        <select id="cn-sector" value={value.cnSector} onChange={(e) => onChange({ ...value, cnSector: e.target.value as CnSizeSector })}>
          {(Object.keys(CN_EMPLOYEE_THRESHOLDS) as CnSizeSector[]).map((s) => (
            <option key={s} value={s}>
              {t(`size.sectors.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <table className="tax-table">
        <thead>
          <tr>
            <th scope="col">{t('col.id')}</th>
            <th scope="col">{t('size.min')}</th>
            <th scope="col">{t('size.max')}</th>
            <th scope="col">{t('col.labels')}</th>
            <th scope="col">{t('size.cn')}</th>
            <th scope="col">
              <span className="sr-only">{t('col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bands.map((b, i) => {
            const owner = localized(b.labels, i18n.language) || b.id;
            return (
              <tr key={i}>
                <td>
                  <input value={b.id} aria-label={t('col.idOf', { owner })} onChange={(e) => update(i, { id: e.target.value })} />
                </td>
                <td>
                  <input type="number" min={1} value={b.min} aria-label={t('size.minOf', { owner })} onChange={(e) => update(i, { min: num(e.target.value) ?? 1 })} />
                </td>
                <td>
                  <input type="number" min={1} value={b.max ?? ''} aria-label={t('size.maxOf', { owner })} onChange={(e) => update(i, { max: num(e.target.value) })} />
                </td>
                <td>
                  <LabelInputs value={b.labels} owner={owner} idPrefix={`band-${i}`} onChange={(labels) => update(i, { labels })} />
                </td>
                <td>{cnSizesForBand(b, value.cnSector).map((c) => localized(CN_ENTERPRISE_SIZE_LABELS[c], i18n.language)).join('/') || '–'}</td>
                <td>
                  <button type="button" className="secondary" aria-label={t('remove', { owner })} onClick={() => onChange({ ...value, bands: bands.filter((_, k) => k !== i) })}>
                    {t('removeShort')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="secondary" onClick={() => onChange({ ...value, bands: [...bands, { id: `band_${bands.length + 1}`, min: 1, max: null, labels: label('', '', '') }] })}>
        {t('size.add')}
      </button>
    </section>
  );
}
