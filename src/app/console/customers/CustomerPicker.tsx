/** Finds a customer by name, company, mobile or email (for a manual merge). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customersApi, type CustomerSummaryView } from '../../../core/api/console/customers';
import { call } from '../../net/client';
import { Problem, useAction } from './shared';

export function CustomerPicker({ id, kind, exclude, onPick }: { id: string; kind: 'contact' | 'company'; exclude: string; onPick: (c: CustomerSummaryView) => void }) {
  const { t } = useTranslation('customers');
  const [q, setQ] = useState('');
  const [found, setFound] = useState<CustomerSummaryView[] | null>(null);
  const search = useAction();
  return (
    <div>
      <label htmlFor={id}>{t('merge.search')}</label>
      <div className="row">
        <input
          id={id}
          value={q}
          maxLength={200}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void search.run(async () => setFound((await call(customersApi.list, { query: { kind, q, limit: 20 } })).rows.filter((c) => c.id !== exclude)));
            }
          }}
        />
        <button type="button" className="secondary" disabled={search.busy || !q.trim()} onClick={() => void search.run(async () => setFound((await call(customersApi.list, { query: { kind, q, limit: 20 } })).rows.filter((c) => c.id !== exclude)))}>
          {t('merge.find')}
        </button>
      </div>
      <Problem text={search.error} />
      {found && !found.length && <p className="muted">{t('merge.none')}</p>}
      {found && found.length > 0 && (
        <ul>
          {found.map((c) => (
            <li key={c.id}>
              <button type="button" className="secondary" onClick={() => onPick(c)}>
                {t('merge.pick', { name: c.name, company: c.company || '–', editions: c.editions })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
