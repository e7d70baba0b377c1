/**
 * Retention of the current edition against the previous one, visitors and exhibitors side by side;
 * every number opens the customers behind it. Below: the trend over all editions of the show, and
 * during the show the returning visitors so far (refreshed every half minute).
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { editionsApi, type ListGroup, type RetentionSide, type SideFigures, type TrendPointView } from '../../../core/api/console/editions';
import { call } from '../../net/client';
import { useErrorText } from '../../net/errorText';
import { useRefreshing } from '../useRefreshing';
import { Problem, Scroll, useFormat, useLabels, useLoad } from './shared';

const GROUPS: ListGroup[] = ['previousCustomers', 'customers', 'returning', 'new', 'reactivated', 'lost'];

function Side({ side, figures, renewal }: { side: RetentionSide; figures: SideFigures; renewal?: number | null }) {
  const { t } = useTranslation('customers');
  const f = useFormat();
  const labels = useLabels();
  return (
    <section className="card" aria-labelledby={`side-${side}`} data-testid={`retention-${side}`}>
      <h3 id={`side-${side}`}>{t(`retention.${side}`)}</h3>
      <div className="figures">
        {GROUPS.map((g) => (
          <div className="figure" key={g}>
            <Link className="open" to={`/console/customers/list?side=${side}&group=${g}`} aria-label={t('retention.open', { what: labels.group(g), count: figures[g] })} data-testid={`open-${side}-${g}`}>
              <div className="value">{f.n(figures[g])}</div>
              <div className="label">{labels.group(g)}</div>
            </Link>
          </div>
        ))}
      </div>
      <dl className="kv">
        <dt>{t('retention.retentionRate')}</dt>
        <dd data-testid={`rate-${side}-retention`}>{f.pct(figures.retentionRatePct)}</dd>
        <dt>{t('retention.churnRate')}</dt>
        <dd>{f.pct(figures.churnRatePct)}</dd>
        <dt>{t('retention.winBack')}</dt>
        <dd>
          {f.pct(figures.winBackPct)}{' '}
          <Link to={`/console/customers/list?side=${side}&group=lostBefore`}>{t('retention.lostBefore', { count: figures.lostBefore })}</Link>
        </dd>
        {renewal !== undefined && (
          <>
            <dt>{t('retention.renewalRate')}</dt>
            <dd>{f.pct(renewal)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Trend({ points, side }: { points: TrendPointView[]; side: RetentionSide }) {
  const { t } = useTranslation('customers');
  const f = useFormat();
  return (
    <Scroll label={t('retention.trendOf', { side: t(`retention.${side}`) })}>
      <table>
        <caption>{t(`retention.${side}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('editions.name')}</th>
            <th scope="col" className="num">
              {t('retention.customersShort')}
            </th>
            <th scope="col" className="num">
              {t('retention.returningShort')}
            </th>
            <th scope="col" className="num">
              {t('retention.newShort')}
            </th>
            <th scope="col" className="num">
              {t('retention.lostShort')}
            </th>
            <th scope="col" className="num">
              {t('retention.retentionRate')}
            </th>
            <th scope="col" className="num">
              {t('retention.churnRate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.eventId}>
              <th scope="row">
                {p.edition}. {p.name}
              </th>
              <td className="num">{f.n(p.customers)}</td>
              <td className="num">{f.n(p.returning)}</td>
              <td className="num">{f.n(p.new)}</td>
              <td className="num">{f.n(p.lost)}</td>
              <td className="num">{f.pct(p.retentionRatePct)}</td>
              <td className="num">{f.pct(p.churnRatePct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

function Live() {
  const { t } = useTranslation('customers');
  const f = useFormat();
  const errorText = useErrorText();
  const { data, error } = useRefreshing(
    useCallback(() => call(editionsApi.live, {}), []),
    30_000,
  );
  return (
    <section className="card" aria-labelledby="live-title">
      <h3 id="live-title">{t('retention.live')}</h3>
      <Problem text={error ? errorText(error) : null} />
      {data && (
        <p role="status" data-testid="retention-live">
          {t('retention.liveText', { customers: f.n(data.customers), returning: f.n(data.returning), fresh: f.n(data.new), reactivated: f.n(data.reactivated), share: f.pct(data.returningSharePct) })}
        </p>
      )}
    </section>
  );
}

export function RetentionPage() {
  const { t } = useTranslation('customers');
  const figures = useLoad(() => call(editionsApi.retention, { query: {} }), []);
  const trend = useLoad(() => call(editionsApi.trend, { query: {} }), []);
  const editions = useLoad(() => call(editionsApi.list, {}), []);
  const byId = new Map((editions.data?.editions ?? []).map((e) => [e.id, e]));
  const r = figures.data;
  const current = r ? byId.get(r.event) : undefined;
  const previous = r?.previous ? byId.get(r.previous) : undefined;
  return (
    <>
      <section className="card" aria-labelledby="retention-title">
        <h2 id="retention-title">{t('retention.title')}</h2>
        <Problem text={figures.error ?? trend.error} />
        {r && (
          <p className="muted">
            {previous ? t('retention.against', { current: current?.name ?? '', previous: previous.name }) : t('retention.firstEdition', { current: current?.name ?? '' })}{' '}
            {t('retention.referrals', { count: r.referrals })}
          </p>
        )}
        <p className="muted">{t('retention.rules')}</p>
      </section>
      {r && (
        <div className="retention-sides">
          <Side side="visitors" figures={r.visitors} />
          <Side side="exhibitors" figures={r.exhibitors} renewal={r.exhibitors.renewalRatePct} />
        </div>
      )}
      {r && (
        <p className="muted">
          {t('retention.countedApart', { press: r.countedApart.press, staff: r.countedApart.staff })}
        </p>
      )}
      <Live />
      {trend.data && (
        <section className="card" aria-labelledby="trend-title">
          <h3 id="trend-title">{t('retention.trend')}</h3>
          <Trend points={trend.data.visitors} side="visitors" />
          <Trend points={trend.data.exhibitors} side="exhibitors" />
        </section>
      )}
    </>
  );
}
