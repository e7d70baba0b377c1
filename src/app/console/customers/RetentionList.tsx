/** The customers behind one retention number, a page at a time, with the list as CSV (Excel) or XLSX. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { editionsApi, LIST_GROUPS, RETENTION_SIDES, type CustomerListRowView, type ListGroup, type RetentionSide } from '../../../core/api/console/editions';
import { call, saveFile } from '../../net/client';
import { Problem, Scroll, useAction, useFormat, useLabels } from './shared';

export function RetentionList() {
  const { t, i18n } = useTranslation('customers');
  const f = useFormat();
  const labels = useLabels();
  const [params] = useSearchParams();
  const side: RetentionSide = (RETENTION_SIDES as readonly string[]).includes(params.get('side') ?? '') ? (params.get('side') as RetentionSide) : 'visitors';
  const group: ListGroup = (LIST_GROUPS as readonly string[]).includes(params.get('group') ?? '') ? (params.get('group') as ListGroup) : 'customers';
  const [page, setPage] = useState<{ total: number; rows: CustomerListRowView[]; next: string | null } | null>(null);
  const load = useAction();
  const files = useAction();

  async function more(after: string | null) {
    await load.run(async () => {
      const next = await call(editionsApi.retentionList, { query: { side, group, ...(after ? { after } : {}) } });
      setPage((prev) => ({ total: next.total, next: next.next, rows: [...(after && prev ? prev.rows : []), ...next.rows] }));
    });
  }
  // Another number starts from an empty table: the previous number's rows must not show under its title.
  const key = `${side}|${group}`;
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setPage(null);
  }
  useEffect(() => {
    void more(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new number starts a new list
  }, [side, group]);

  const lang = i18n.language === 'zh-TW' || i18n.language === 'en' ? i18n.language : 'zh-CN';
  const exportAs = (format: 'csv' | 'xlsx') => void files.run(() => saveFile(editionsApi.retentionExport, { query: { side, group, format, lang } }, `${side}-${group}.${format}`));
  const exhibitors = side === 'exhibitors';
  return (
    <section className="card" aria-labelledby="list-title" data-testid="retention-list">
      <p>
        <Link to="/console/customers">{t('list.back')}</Link>
      </p>
      <h2 id="list-title">
        {t(`retention.${side}`)} · {labels.group(group)}
      </h2>
      <Problem text={load.error ?? files.error} />
      {page && (
        <p data-testid="list-total" data-total={page.total}>
          {t('list.total', { count: page.total })}
        </p>
      )}
      <p className="row">
        <button type="button" className="secondary" disabled={files.busy} onClick={() => exportAs('csv')}>
          {t('list.csv')}
        </button>
        <button type="button" className="secondary" disabled={files.busy} onClick={() => exportAs('xlsx')}>
          {t('list.xlsx')}
        </button>
      </p>
      <Scroll label={t('list.table')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{exhibitors ? t('list.company') : t('list.name')}</th>
              {!exhibitors && <th scope="col">{t('list.company')}</th>}
              <th scope="col">{t('list.contact')}</th>
              <th scope="col" className="num">
                {exhibitors ? t('list.area') : t('list.days')}
              </th>
              <th scope="col" className="num">
                {t('list.editions')}
              </th>
              <th scope="col">{t('list.tier')}</th>
              <th scope="col">{t('list.stage')}</th>
              <th scope="col">{t('list.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {page?.rows.map((r) => (
              <tr key={r.id}>
                <td>{r.erased ? <em>{t('list.erased')}</em> : <Link to={`/console/customers/${r.id}`}>{r.name}</Link>}</td>
                {!exhibitors && <td>{r.company}</td>}
                <td>{[r.mobile, r.email].filter(Boolean).join(' · ')}</td>
                <td className="num">{exhibitors ? f.n(r.floorArea) : f.n(r.days)}</td>
                <td className="num">{f.n(r.editions)}</td>
                <td>{r.tier ?? '–'}</td>
                <td>{labels.stage(r.stage)}</td>
                <td>{r.owner}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      {page?.next && (
        <p>
          <button type="button" className="secondary" disabled={load.busy} onClick={() => void more(page.next)}>
            {t('list.more')}
          </button>
        </p>
      )}
    </section>
  );
}
