/** The classified visitor database: filter by any classification, page through persons, export what is shown. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VISITOR_CATEGORIES } from '../../../core/categories';
import { localized } from '../../../core/schema/localized';
import { CONSENT_STATES, type VisitorFilter } from '../../../core/stats/filters';
import { SCOPES } from '../../../core/stats/rules';
import { PROVINCES } from '../../../core/taxonomy/chinaDivisions';
import { walkProductTree } from '../../../core/taxonomy/productInterest';
import type { PersonRow } from '../../../core/visitors/schema';
import { asTaxonomyLocale, useTaxonomies } from '../stats/useTaxonomies';
import { PersonTable } from './PersonTable';
import { Reclassify } from './Reclassify';
import { visitorsApi } from '../../../core/api/console/visitors';
import { DownloadButton } from '../../ui/DownloadButton';
import { useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

/** '*' is "any"; '' is "unknown" (a real filter value). */
const ANY = '*';
type Key = 'category' | 'scope' | 'province' | 'industry' | 'companySize' | 'interest' | 'visitor' | 'attended' | 'consent';

function FilterSelect({ id, label, value, options, onChange, unknown }: { id: string; label: string; value: string; options: Array<[string, string]>; onChange(v: string): void; unknown?: string }) {
  const { t } = useTranslation('visitors');
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={ANY}>{t('filter.any')}</option>
        {unknown && <option value="">{unknown}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export function VisitorList() {
  const { t, i18n } = useTranslation('visitors');
  const errorText = useErrorText();
  const tax = useTaxonomies();
  const lang = i18n.language;
  const [values, setValues] = useState<Record<Key, string>>({
    category: ANY,
    scope: ANY,
    province: ANY,
    industry: ANY,
    companySize: ANY,
    interest: ANY,
    visitor: ANY,
    attended: ANY,
    consent: ANY,
  });
  const [q, setQ] = useState('');
  const [page, setPage] = useState<{ total: number; rows: PersonRow[]; next: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  const filter: VisitorFilter = Object.fromEntries([...Object.entries(values).filter(([, v]) => v !== ANY), ...(q.trim() ? [['q', q.trim()]] : [])]) as VisitorFilter;
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    let live = true;
    call(visitorsApi.list, { query: JSON.parse(filterKey) as VisitorFilter }).then(
      (p) => live && (setPage(p), setError(null)),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [filterKey, reload, errorText]);

  async function more() {
    if (!page?.next) return;
    const next = await call(visitorsApi.list, { query: { ...filter, after: page.next } });
    setPage({ total: next.total, rows: [...page.rows, ...next.rows], next: next.next });
  }

  const set = (key: Key) => (v: string) => setValues((old) => ({ ...old, [key]: v }));
  const unknown = t('unknown');
  return (
    <section className="card" data-testid="visitor-list">
      <h2>{t('title')}</h2>
      <Reclassify onDone={() => setReload((n) => n + 1)} />
      <p>
        <Link to="/console/visitors/review">{t('review.link')}</Link>
      </p>
      <div className="filters">
        <div>
          <label htmlFor="vf-q">{t('filter.q')}</label>
          <input id="vf-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <FilterSelect id="vf-category" label={t('filter.category')} value={values.category} onChange={set('category')} options={VISITOR_CATEGORIES.map((c) => [c, t(`category.${c}`)])} />
        <FilterSelect id="vf-visitor" label={t('filter.visitor')} value={values.visitor} onChange={set('visitor')} options={[['yes', t('filter.yes')], ['no', t('filter.no')]]} />
        <FilterSelect id="vf-attended" label={t('filter.attended')} value={values.attended} onChange={set('attended')} options={[['yes', t('filter.yes')], ['no', t('filter.no')]]} />
        <FilterSelect id="vf-scope" label={t('filter.scope')} value={values.scope} onChange={set('scope')} options={SCOPES.map((s) => [s, t(`scope.${s}`)])} />
        <FilterSelect id="vf-province" label={t('filter.province')} value={values.province} onChange={set('province')} unknown={unknown} options={PROVINCES.map((p) => [p.code, localized(p.labels, lang)])} />
        <FilterSelect
          id="vf-industry"
          label={t('filter.industry')}
          value={values.industry}
          onChange={set('industry')}
          unknown={unknown}
          options={tax.industry.entries.map((e) => [e.id, localized(e.labels, lang)])}
        />
        <FilterSelect
          id="vf-size"
          label={t('filter.size')}
          value={values.companySize}
          onChange={set('companySize')}
          unknown={unknown}
          options={tax.companySize.bands.map((b) => [b.id, localized(b.labels, lang)])}
        />
        <FilterSelect
          id="vf-interest"
          label={t('filter.interest')}
          value={values.interest}
          onChange={set('interest')}
          unknown={unknown}
          options={[...walkProductTree(tax.productInterest.nodes)].map(({ node, path }) => [node.id, `${'— '.repeat(path.length - 1)}${localized(node.labels, lang)}`])}
        />
        <FilterSelect id="vf-consent" label={t('filter.consent')} value={values.consent} onChange={set('consent')} options={CONSENT_STATES.map((c) => [c, t(`consent.${c}`)])} />
      </div>
      <p className="row">
        <DownloadButton endpoint={visitorsApi.export} input={{ query: { ...filter, format: 'csv', lang: asTaxonomyLocale(lang) } }} fileName="visitors.csv">
          {t('export.csv')}
        </DownloadButton>
        <DownloadButton endpoint={visitorsApi.export} input={{ query: { ...filter, format: 'xlsx', lang: asTaxonomyLocale(lang) } }} fileName="visitors.xlsx">
          {t('export.xlsx')}
        </DownloadButton>
        <span className="muted">{t('export.consentNote')}</span>
      </p>
      {error && (
        <p className="notice bad" role="alert">
          {error}
        </p>
      )}
      {page && (
        <>
          <p data-testid="visitor-total">{t('total', { count: page.total })}</p>
          <PersonTable rows={page.rows} />
          {page.next && (
            <button type="button" className="secondary" onClick={() => void more()}>
              {t('more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
