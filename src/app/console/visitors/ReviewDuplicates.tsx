/** Persons with the same name and company (the weak signal): the organizer merges them or marks them as different people. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MergeCandidate } from '../../../core/visitors/schema';
import { PersonTable } from './PersonTable';
import { visitorsApi } from '../../../core/api/console/visitors';
import { useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

export function ReviewDuplicates() {
  const { t } = useTranslation('visitors');
  const errorText = useErrorText();
  const [candidates, setCandidates] = useState<MergeCandidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    call(visitorsApi.candidates, {}).then((r) => setCandidates(r.candidates), (e: unknown) => setError(errorText(e)));
  }, [errorText]);
  useEffect(load, [load]);

  async function act(action: () => Promise<unknown>) {
    try {
      await action();
      load();
    } catch (e) {
      setError(errorText(e));
    }
  }
  /** The oldest person stays (the server lists each group oldest first), as with automatic merges. */
  const mergeAll = (c: MergeCandidate) => act(async () => {
    const [into, ...rest] = c.persons;
    if (!into) return;
    for (const other of rest) await call(visitorsApi.merge, { body: { into: into.id, from: other.id, signal: 'name_company' } });
  });
  const keepApart = (c: MergeCandidate) => act(async () => {
    for (let i = 0; i < c.persons.length; i++) for (let j = i + 1; j < c.persons.length; j++) await call(visitorsApi.distinct, { body: { a: c.persons[i]!.id, b: c.persons[j]!.id } });
  });

  return (
    <section className="card" data-testid="review-duplicates">
      <p>
        <Link to="/console/visitors">{t('back')}</Link>
      </p>
      <h2>{t('review.title')}</h2>
      <p className="muted">{t('review.explain')}</p>
      {error && (
        <p className="notice bad" role="alert">
          {error}
        </p>
      )}
      {candidates?.length === 0 && <p>{t('review.none')}</p>}
      {candidates?.map((c) => (
        <div key={c.key} className="card" data-testid="duplicate-group">
          <PersonTable rows={c.persons} />
          <div className="row">
            <button type="button" onClick={() => void mergeAll(c)}>
              {t('review.merge')}
            </button>
            <button type="button" className="secondary" onClick={() => void keepApart(c)}>
              {t('review.apart')}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
