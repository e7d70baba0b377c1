/** What is behind a figure: persons, visits or scans, with the total that equals the figure, a page at a time. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { visitorFilterSchema, type VisitorFilter } from '../../../core/stats/filters';
import type { ScanRow, VisitRow } from '../../../core/stats/schema';
import type { PersonRow } from '../../../core/visitors/schema';
import { PersonTable } from '../visitors/PersonTable';
import { visitorsApi } from '../../../core/api/console/visitors';
import { statsApi } from '../../../core/api/console/stats';
import { useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

type Rows = { kind: 'persons'; rows: PersonRow[] } | { kind: 'visits'; rows: VisitRow[] } | { kind: 'scans'; rows: ScanRow[] };

export function DrillDown() {
  const { t, i18n } = useTranslation('dashboard');
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const figure = params.get('figure') ?? 'persons';
  const key = params.toString();
  const [state, setState] = useState<{ total: number; data: Rows; next: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);

  type Page = { total: number; data: Rows; next: string | null };

  /** One page of the records behind the figure, appended to the rows already shown. */
  async function fetchPage(after: string | null, previous: Rows | null): Promise<Page> {
    const search = new URLSearchParams(key);
    if (figure === 'scans') {
      const page = await call(statsApi.scans, { query: { hour: search.get('hour') ?? '', admitted: search.get('admitted') === 'no' ? 'no' : 'yes', after: after ?? undefined } });
      return { total: page.total, next: page.next, data: { kind: 'scans', rows: [...(previous?.kind === 'scans' ? previous.rows : []), ...page.rows] } };
    }
    const parsed = visitorFilterSchema.safeParse(Object.fromEntries([...search].filter(([k]) => k !== 'figure')));
    const filter: VisitorFilter = parsed.success ? parsed.data : {};
    if (figure === 'visits') {
      const page = await call(statsApi.visits, { query: { ...filter, after: after ?? undefined } });
      return { total: page.total, next: page.next, data: { kind: 'visits', rows: [...(previous?.kind === 'visits' ? previous.rows : []), ...page.rows] } };
    }
    const page = await call(visitorsApi.list, { query: { ...filter, after: after ?? undefined } });
    return { total: page.total, next: page.next, data: { kind: 'persons', rows: [...(previous?.kind === 'persons' ? previous.rows : []), ...page.rows] } };
  }

  function load(after: string | null, previous: Rows | null) {
    fetchPage(after, previous).then(
      (page) => {
        setError(null);
        setState(page);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }

  // A new figure starts from an empty table; the previous figure's rows must not show under its title.
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setState(null);
  }

  useEffect(() => {
    load(null, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload when the figure (the query) changes
  }, [key]);

  const description = [...new URLSearchParams(key)]
    .filter(([k]) => k !== 'figure')
    .map(([k, v]) => `${t(`drill.param.${k}`, { defaultValue: k })}: ${v === '' ? t('table.unknown') : v}`)
    .join(' · ');

  return (
    <section className="card" data-testid="drilldown">
      <p>
        <Link to="/console/dashboard">{t('drill.back')}</Link>
      </p>
      <h2>{t(`drill.title.${figure === 'visits' || figure === 'scans' ? figure : 'persons'}`)}</h2>
      <p className="muted">{description}</p>
      {error && (
        <p className="notice bad" role="alert">
          {error}
        </p>
      )}
      {state && (
        <p data-testid="drill-total" data-total={state.total}>
          {t('drill.total', { count: state.total })}
        </p>
      )}
      {state?.data.kind === 'persons' && <PersonTable rows={state.data.rows} />}
      {state?.data.kind === 'visits' && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('drill.day')}</th>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('drill.company')}</th>
              <th scope="col">{t('drill.category')}</th>
            </tr>
          </thead>
          <tbody>
            {state.data.rows.map((r) => (
              <tr key={`${r.personId}|${r.day}`}>
                <td>{r.day}</td>
                <td>
                  <Link to={`/console/visitors/${r.personId}`}>{r.name}</Link>
                </td>
                <td>{r.company}</td>
                <td>{t(`drill.categories.${r.category}`, { defaultValue: r.category })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state?.data.kind === 'scans' && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('drill.time')}</th>
              <th scope="col">{t('drill.device')}</th>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('drill.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {state.data.rows.map((r) => (
              <tr key={r.id}>
                <td>{new Date(r.at).toLocaleString(i18n.language)}</td>
                <td>{r.device}</td>
                <td>{r.attendeeId ? <Link to={`/console/visitors/${r.attendeeId}`}>{r.name ?? r.attendeeId}</Link> : (r.name ?? '–')}</td>
                <td>{r.flags.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state?.next && (
        <button type="button" className="secondary" onClick={() => load(state.next, state.data)}>
          {t('drill.more')}
        </button>
      )}
    </section>
  );
}
