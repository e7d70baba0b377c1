/** Persons as a table: name (link to the person), company, category, region, industry, size, days, records, consent. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonRow } from '../../../core/visitors/schema';
import { useLabeller } from '../stats/useTaxonomies';

export function PersonTable({ rows }: { rows: readonly PersonRow[] }) {
  const { t, i18n } = useTranslation('visitors');
  const name = useLabeller(i18n.language);
  const region = (p: PersonRow) =>
    [name('country', p.country), p.scope === 'international' ? null : name('province', p.province), name('city', p.city)].filter(Boolean).join(' · ') || t('unknown');
  return (
    <table data-testid="person-table">
      <thead>
        <tr>
          <th scope="col">{t('col.name')}</th>
          <th scope="col">{t('col.company')}</th>
          <th scope="col">{t('col.category')}</th>
          <th scope="col">{t('col.region')}</th>
          <th scope="col">{t('col.industry')}</th>
          <th scope="col">{t('col.size')}</th>
          <th scope="col" className="num">
            {t('col.days')}
          </th>
          <th scope="col" className="num">
            {t('col.records')}
          </th>
          <th scope="col">{t('col.consent')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.id} data-person={p.id}>
            <td>
              <Link to={`/console/visitors/${p.id}`}>{p.name}</Link>
            </td>
            <td>{p.company}</td>
            <td>{t(`category.${p.category}`)}</td>
            <td>{region(p)}</td>
            <td>{name('industry', p.industry) ?? t('unknown')}</td>
            <td>{name('companySize', p.companySize) ?? t('unknown')}</td>
            <td className="num">{p.days}</td>
            <td className="num">{p.records}</td>
            <td className={p.consent === 'refused' ? 'error' : undefined}>{t(`consent.${p.consent}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
