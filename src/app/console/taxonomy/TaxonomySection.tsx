/**
 * /console/taxonomies: the event's industry list, product-interest tree, company-size bands and
 * region aliases. Checked with the same schema the server uses before saving; saving sends them
 * to every device with its config and marks every record for classification again.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DEFAULT_TAXONOMIES, eventTaxonomiesSchema, type EventTaxonomies } from '../../../core/taxonomy/schema';
import { taxonomiesApi } from '../../../core/api/console/taxonomies';
import { call } from '../../net/client';
import '../stats/stats.css';
import { Reclassify } from '../visitors/Reclassify';
import { AliasEditor } from './AliasEditor';
import { IndustryEditor } from './IndustryEditor';
import { ProductTreeEditor } from './ProductTreeEditor';
import { SizeEditor } from './SizeEditor';
import { describeTaxonomyIssues, taxonomyRequestError } from './taxonomyProblems';

const TABS = ['industry', 'product', 'size', 'alias'] as const;
type Tab = (typeof TABS)[number];

export function TaxonomySection() {
  const { t, i18n } = useTranslation('taxonomy');
  const [draft, setDraft] = useState<EventTaxonomies | null>(null);
  const [customised, setCustomised] = useState(false);
  const [tab, setTab] = useState<Tab>('industry');
  // Kept as found and put into words when shown, so they follow a change of language.
  const [issues, setIssues] = useState<z.core.$ZodIssue[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    call(taxonomiesApi.get, {}).then(
      (r) => (setDraft(r.taxonomies), setCustomised(r.customised)),
      (error: unknown) => setFailure({ error }),
    );
  }, []);

  async function save() {
    if (!draft) return;
    setSaved(null);
    setFailure(null);
    const parsed = eventTaxonomiesSchema.safeParse(draft);
    if (!parsed.success) {
      setIssues(parsed.error.issues.slice(0, 20));
      return;
    }
    setIssues([]);
    try {
      const r = await call(taxonomiesApi.save, { body: parsed.data });
      setDraft(r.taxonomies);
      setCustomised(true);
      setSaved(r.remaining ?? 0);
    } catch (error) {
      setFailure({ error });
    }
  }

  const error = failure ? taxonomyRequestError(failure.error, t) : null;
  if (!draft)
    return (
      <section className="card" role={error ? 'alert' : undefined}>
        {error ?? t('loading')}
      </section>
    );
  const problems = describeTaxonomyIssues(issues, draft, t, i18n.language);
  return (
    <div data-testid="taxonomy-section">
      <section className="card">
        <h2>{t('title')}</h2>
        <p className="muted">{customised ? t('customised') : t('defaults')}</p>
        <div className="desk-nav" role="tablist" aria-label={t('tabs')}>
          {TABS.map((k) => (
            <button key={k} type="button" role="tab" aria-selected={tab === k} className={tab === k ? undefined : 'secondary'} onClick={() => setTab(k)}>
              {t(`tab.${k}`)}
            </button>
          ))}
        </div>
      </section>
      {tab === 'industry' && <IndustryEditor value={draft.industry} onChange={(industry) => setDraft({ ...draft, industry })} />}
      {tab === 'product' && <ProductTreeEditor nodes={draft.productInterest.nodes} onChange={(nodes) => setDraft({ ...draft, productInterest: { nodes } })} />}
      {tab === 'size' && <SizeEditor value={draft.companySize} onChange={(companySize) => setDraft({ ...draft, companySize })} />}
      {tab === 'alias' && <AliasEditor value={draft.region} onChange={(region) => setDraft({ ...draft, region })} />}
      <section className="card">
        {problems.length > 0 && (
          <div className="notice bad" role="alert" data-testid="taxonomy-problems">
            <p>{t('problems')}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {error && (
          <p className="notice bad" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="button" onClick={() => void save()}>
            {t('save')}
          </button>
          <button type="button" className="secondary" onClick={() => window.confirm(t('confirmDefaults')) && setDraft(structuredClone(DEFAULT_TAXONOMIES))}>
            {t('resetDefaults')}
          </button>
        </div>
        {saved !== null && (
          <>
            <p className="notice good" role="status">
              {t('saved', { count: saved })}
            </p>
            <Reclassify startWith={saved} />
          </>
        )}
      </section>
    </div>
  );
}
