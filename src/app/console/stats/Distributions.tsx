/** Where visitors come from and who they are: regions (ranked chart and table), countries, industries, company sizes, interests. */
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../core/stats/schema';
import { countedVisitors } from './drill';
import { LazyChart } from './LazyChart';
import { RankedList } from './RankedList';
import { useLabeller } from './useTaxonomies';

export function Distributions({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation('dashboard');
  const name = useLabeller(i18n.language);
  const total = data.headline.uniqueVisitors;
  const unknown = t('table.unknown');
  const provinceName = (key: string) => name('province', key) ?? unknown;
  const sizeName = (key: string) => {
    const band = name('companySize', key);
    if (!band) return unknown;
    const cn = name.cnSizeClasses(key);
    return cn ? `${band} · ${cn}` : band;
  };
  const top = data.distributions.province.filter((p) => p.key).slice(0, 12);
  return (
    <div className="dash-grid">
      <section className="card">
        <h3>{t('dist.province')}</h3>
        {top.length > 0 && (
          <LazyChart
            label={t('dist.provinceChart')}
            categories={top.map((p) => provinceName(p.key))}
            series={[{ name: t('table.visitors'), values: top.map((p) => p.count), color: '#0f4c81' }]}
            ranked
            height={Math.max(160, top.length * 26)}
          />
        )}
        <RankedList
          title={t('dist.province')}
          counts={data.distributions.province}
          total={total}
          nameOf={provinceName}
          drill={(key) => countedVisitors(key ? { province: key } : { province: '', scope: 'mainland' })}
          testId="dist-province"
        />
        <p className="muted">{t('dist.provinceNote')}</p>
      </section>
      <section className="card">
        <h3>{t('dist.country')}</h3>
        <RankedList title={t('dist.country')} counts={data.distributions.country} total={total} nameOf={(k) => name('country', k) ?? unknown} drill={(key) => countedVisitors({ country: key })} testId="dist-country" />
      </section>
      <section className="card">
        <h3>{t('dist.industry')}</h3>
        <RankedList title={t('dist.industry')} counts={data.distributions.industry} total={total} nameOf={(k) => name('industry', k) ?? unknown} drill={(key) => countedVisitors({ industry: key })} testId="dist-industry" />
      </section>
      <section className="card">
        <h3>{t('dist.companySize')}</h3>
        <RankedList title={t('dist.companySize')} counts={data.distributions.companySize} total={total} nameOf={sizeName} drill={(key) => countedVisitors({ companySize: key })} testId="dist-size" />
        <p className="muted">{t('dist.sizeNote')}</p>
      </section>
      <section className="card">
        <h3>{t('dist.interest')}</h3>
        <RankedList title={t('dist.interest')} counts={data.distributions.interest} total={total} nameOf={(k) => name('interest', k) ?? k} drill={(key) => countedVisitors({ interest: key })} testId="dist-interest" />
        <p className="muted">{t('dist.interestNote')}</p>
      </section>
    </div>
  );
}
