/**
 * Link review: suggestions the matching would not decide (the same mobile or email under another
 * name; the same name and company without a shared key), the two customers side by side; accepting
 * merges them (undoable from the customer's page), rejecting keeps them apart for good.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { customersApi, type CustomerSummaryView } from '../../../core/api/console/customers';
import { call } from '../../net/client';
import { evidenceText } from './CustomerPage';
import { Problem, useAction, useLoad } from './shared';

function Who({ c }: { c: CustomerSummaryView | null }) {
  const { t } = useTranslation('customers');
  if (!c) return <span className="muted">{t('links.notLinkedYet')}</span>;
  return (
    <span>
      <Link to={`/console/customers/${c.id}`}>{c.name}</Link> {c.company && c.company !== c.name && `· ${c.company}`} · {t('links.editionsCount', { count: c.editions })}
    </span>
  );
}

export function LinkReview() {
  const { t } = useTranslation('customers');
  const [kind, setKind] = useState<'contact' | 'company'>('contact');
  const { data, error, reload } = useLoad(() => call(customersApi.reviews, { query: { kind, limit: 50 } }), [kind]);
  const act = useAction();
  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title">{t('links.reviewTitle')}</h2>
      <p className="muted">{t('links.reviewHint')}</p>
      <label htmlFor="review-kind">{t('customer.kind')}</label>
      <select id="review-kind" value={kind} onChange={(e) => setKind(e.target.value as 'contact' | 'company')}>
        <option value="contact">{t('customer.kinds.contact')}</option>
        <option value="company">{t('customer.kinds.company')}</option>
      </select>
      <Problem text={error ?? act.error} />
      {data && !data.rows.length && <p className="muted">{t('links.noReviews')}</p>}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {data?.rows.map((r) => (
          <li key={r.id} className="card">
            <p>
              <strong>{t(`links.signals.${r.signal}`, { defaultValue: r.signal })}</strong> — {evidenceText(r.evidence)}
            </p>
            <p>
              {t('links.suggested')}: <Who c={r.suggested} />
            </p>
            <p>
              {t('links.current')}: <Who c={r.current} />
            </p>
            <p className="row">
              <button type="button" disabled={act.busy || !r.current} onClick={() => void act.run(() => call(customersApi.decide, { params: { id: r.id }, body: { decision: 'link' } })).then((ok) => ok && reload())}>
                {t('links.accept')}
              </button>
              <button type="button" className="secondary" disabled={act.busy || !r.current} onClick={() => void act.run(() => call(customersApi.decide, { params: { id: r.id }, body: { decision: 'distinct' } })).then((ok) => ok && reload())}>
                {t('links.reject')}
              </button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
