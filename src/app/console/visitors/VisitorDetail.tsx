/** One person: their records (roster, walk-in, card …) with classification and corrections, their visits, merges with undo, and merging another record in. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isVerifiedPhone } from '../../../core/phone';
import type { CorrectionRequest } from '../../../core/visitors/corrections';
import type { PersonDetail, PersonRow } from '../../../core/visitors/schema';
import { ClassificationTable } from './ClassificationTable';
import { PrivacyActions } from './PrivacyActions';
import { visitorsApi } from '../../../core/api/console/visitors';
import { useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

function MergeIn({ person, onMerged }: { person: PersonRow; onMerged(): void }) {
  const { t } = useTranslation('visitors');
  const errorText = useErrorText();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<PersonRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  async function search() {
    if (!q.trim()) return;
    const page = await call(visitorsApi.list, { query: { q: q.trim(), limit: 20 } });
    setFound(page.rows.filter((r) => r.id !== person.id));
  }
  async function merge(other: PersonRow) {
    if (!window.confirm(t('merge.confirm', { from: other.name, into: person.name }))) return;
    try {
      await call(visitorsApi.merge, { body: { into: person.id, from: other.id, signal: 'manual' } });
      setFound([]);
      onMerged();
    } catch (e) {
      setError(errorText(e));
    }
  }
  return (
    <section className="card">
      <h3>{t('merge.title')}</h3>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <div>
          <label htmlFor="merge-q">{t('merge.search')}</label>
          <input id="merge-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <button type="submit" className="secondary">
          {t('merge.find')}
        </button>
      </form>
      {error && (
        <p className="notice bad" role="alert">
          {error}
        </p>
      )}
      <ul>
        {found.map((o) => (
          <li key={o.id}>
            {o.name} · {o.company} · {o.mobile || o.email}{' '}
            <button type="button" onClick={() => void merge(o)}>
              {t('merge.into', { name: person.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function VisitorDetail() {
  const { t, i18n } = useTranslation('visitors');
  const errorText = useErrorText();
  const { id = '' } = useParams();
  const [detail, setDetail] = useState<PersonDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    call(visitorsApi.get, { params: { id } }).then(
      (d) => (setDetail(d), setError(null)),
      (e: unknown) => setError(errorText(e)),
    );
  }, [id, errorText]);
  useEffect(load, [load]);

  async function correct(recordId: string, req: CorrectionRequest) {
    try {
      setDetail(await call(visitorsApi.correct, { params: { id: recordId }, body: req }));
    } catch (e) {
      setError(errorText(e));
    }
  }
  async function undo(mergeId: string) {
    if (!window.confirm(t('history.confirmUndo'))) return;
    try {
      await call(visitorsApi.undoMerge, { params: { id: mergeId } });
      load();
    } catch (e) {
      setError(errorText(e));
    }
  }

  const p = detail?.person;
  return (
    <div data-testid="visitor-detail">
      <section className="card">
        <p>
          <Link to="/console/visitors">{t('back')}</Link>
        </p>
        {error && (
          <p className="notice bad" role="alert">
            {error}
          </p>
        )}
        {p && (
          <>
            <h2>{p.name}</h2>
            <p>
              {p.company} · {t(`category.${p.category}`)} · {p.isVisitor ? t('person.counted') : t('person.notCounted')}
            </p>
            <p className={p.consent === 'refused' ? 'error' : 'muted'}>{t(`consent.${p.consent}`)}</p>
            <p data-testid="visit-days">{detail.visitDays.length ? t('person.days', { days: detail.visitDays.join(', ') }) : t('person.noVisits')}</p>
          </>
        )}
      </section>
      {detail?.records.map((r) => (
        <section className="card" key={r.id} data-testid="visitor-record">
          <h3>
            {t(`source.${r.source}`, { defaultValue: r.source })} · {r.name}
            {r.id === p?.id ? ` · ${t('record.primary')}` : ''}
          </h3>
          <p className="muted">
            {[r.company, r.title, r.mobile && !isVerifiedPhone(r.mobile) ? `${r.mobile} (${t('record.mobileUnverified')})` : r.mobile, r.email].filter(Boolean).join(' · ')} ·{' '}
            {new Date(r.createdAt).toLocaleString(i18n.language)}
            {r.stale ? ` · ${t('record.stale')}` : ''}
          </p>
          <ClassificationTable record={r} onCorrect={(req) => correct(r.id, req)} />
        </section>
      ))}
      {detail && detail.merges.length > 0 && (
        <section className="card">
          <h3>{t('history.title')}</h3>
          <table data-testid="merge-history">
            <thead>
              <tr>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.signal')}</th>
                <th scope="col">{t('history.by')}</th>
                <th scope="col">{t('history.records')}</th>
                <th scope="col">
                  <span className="sr-only">{t('record.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.merges.map((m) => (
                <tr key={m.id}>
                  <td>{new Date(m.mergedAt).toLocaleString(i18n.language)}</td>
                  <td>
                    {t(`signal.${m.signal}`, { defaultValue: m.signal })}
                    {m.evidence ? ` (${m.evidence})` : ''}
                  </td>
                  <td>{m.mergedBy === 'auto' ? t('history.auto') : m.mergedBy}</td>
                  <td>{m.moved.length}</td>
                  <td>
                    {m.undoneAt ? (
                      t('history.undone', { by: m.undoneBy ?? '', at: new Date(m.undoneAt).toLocaleString(i18n.language) })
                    ) : (
                      <button type="button" className="secondary" onClick={() => void undo(m.id)}>
                        {t('history.undo')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {p && <MergeIn person={p} onMerged={load} />}
      {p && <PrivacyActions personId={p.id} name={p.name} onErased={load} />}
    </div>
  );
}
