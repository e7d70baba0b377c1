/**
 * The live dashboard: headline figures, check-ins per hour today, visitors per day, where they
 * come from, their industries, sizes and interests, leads, survey scores, complaints and the
 * device fleet. Reloads every 10 s while it is open; every number links to its records.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { QueueFigure } from '../QueueFigure';
import { Link } from 'react-router';
import { localized } from '../../../core/schema/localized';
import type { Dashboard as DashboardData } from '../../../core/stats/schema';
import { relativeTime, clockTime } from '../../ui/time';
import { useNow } from '../../ui/hooks';
import { useRefreshing } from '../useRefreshing';
import { countedVisitors, drillPath } from './drill';
import { Distributions } from './Distributions';
import { FigureGrid } from './FigureGrid';
import { LazyChart } from './LazyChart';
import { statsApi } from '../../../core/api/console/stats';
import { useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

export const DASHBOARD_REFRESH_MS = 10_000;

function Hourly({ data }: { data: DashboardData }) {
  const { t } = useTranslation('dashboard');
  const hours = data.hourly;
  return (
    <section className="card">
      <h3>{t('hourly.title', { day: data.today })}</h3>
      {hours.length ? (
        <LazyChart
          label={t('hourly.chart')}
          categories={hours.map((h) => `${h.hour.slice(11)}:00`)}
          series={[
            { name: t('hourly.admitted'), values: hours.map((h) => h.admitted), color: '#0f4c81' },
            { name: t('hourly.flagged'), values: hours.map((h) => h.flagged), color: '#b91c1c' },
          ]}
        />
      ) : (
        <p className="muted">{t('hourly.none')}</p>
      )}
      <details>
        <summary>{t('hourly.table')}</summary>
        <table data-testid="hourly-table">
          <thead>
            <tr>
              <th scope="col">{t('hourly.hour')}</th>
              <th scope="col" className="num">
                {t('hourly.admitted')}
              </th>
              <th scope="col" className="num">
                {t('hourly.flagged')}
              </th>
            </tr>
          </thead>
          <tbody>
            {hours.map((h) => (
              <tr key={h.hour}>
                <td>{`${h.hour.slice(11)}:00`}</td>
                <td className="num">
                  <Link to={drillPath({ figure: 'scans', hour: h.hour, admitted: true })}>{h.admitted}</Link>
                </td>
                <td className="num">
                  <Link to={drillPath({ figure: 'scans', hour: h.hour, admitted: false })}>{h.flagged}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h3>{t('days.title')}</h3>
      <table data-testid="days-table">
        <tbody>
          {data.byDay.map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td>
              <td className="num">
                <Link to={drillPath({ figure: 'persons', filter: { visitor: 'yes', day: d.day } })}>{d.uniqueVisitors}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Engagement({ data }: { data: DashboardData }) {
  const { t, i18n } = useTranslation('dashboard');
  const score = (v: { score: number | null } | null, unit: string) => (v?.score === null || v?.score === undefined ? '–' : `${Math.round(v.score)}${unit}`);
  return (
    <div className="dash-grid">
      <section className="card" data-testid="dash-leads">
        <h3>{t('leads.title')}</h3>
        {data.leads ? (
          <>
            <p>{t('leads.intent', data.leads.intent)}</p>
            <table>
              <tbody>
                {data.leads.perExhibitor.slice(0, 20).map((x) => (
                  <tr key={x.exhibitorId}>
                    <td>{x.name}</td>
                    <td className="num">{x.leads}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p className="muted">{t('leads.unavailable')}</p>
        )}
      </section>
      <section className="card" data-testid="dash-surveys">
        <h3>{t('surveys.title')}</h3>
        {data.surveys.length ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('surveys.survey')}</th>
                <th scope="col" className="num">
                  {t('surveys.responses')}
                </th>
                <th scope="col" className="num">
                  {t('surveys.nps')}
                </th>
                <th scope="col" className="num">
                  {t('surveys.csat')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.surveys.map((s) => (
                <tr key={s.surveyId}>
                  <td>
                    <Link to={`/console/surveys/${s.surveyId}/results`}>{localized(s.title, i18n.language)}</Link>
                  </td>
                  <td className="num">{s.responses}</td>
                  <td className="num">{score(s.nps, '')}</td>
                  <td className="num">{score(s.csat, '%')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('surveys.none')}</p>
        )}
      </section>
      <section className="card" data-testid="dash-complaints">
        <h3>{t('complaints.title')}</h3>
        <p>
          <Link to="/console/feedback">{t('complaints.summary', data.complaints)}</Link>
        </p>
      </section>
    </div>
  );
}

function Fleet({ data }: { data: DashboardData }) {
  const { t } = useTranslation('dashboard');
  const now = useNow(10_000);
  return (
    <section className="card">
      <h3>{t('fleet.title')}</h3>
      <table data-testid="dash-fleet">
        <thead>
          <tr>
            <th scope="col">{t('fleet.device')}</th>
            <th scope="col">{t('fleet.role')}</th>
            <th scope="col">{t('fleet.lastSeen')}</th>
            <th scope="col" className="num">
              {t('fleet.unsynced')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.devices.map((d) => (
            <tr key={d.id}>
              <td>
                {d.name}
                {d.exhibitorName ? ` · ${d.exhibitorName}` : ''}
                {d.revokedAt ? ` · ${t('fleet.revoked')}` : ''}
              </td>
              <td>{t(`fleet.roles.${d.role}`)}</td>
              <td>{relativeTime(d.lastSeenAt, now) ?? t('fleet.never')}</td>
              <td className="num">
                <QueueFigure unsynced={d.unsynced} reportedAt={d.unsyncedReportedAt} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Dashboard() {
  const { t, i18n } = useTranslation('dashboard');
  const errorText = useErrorText();
  const { data, error } = useRefreshing(useCallback(() => call(statsApi.dashboard, {}), []), DASHBOARD_REFRESH_MS);
  return (
    <div data-testid="dashboard">
      <section className="card">
        <h2>{t('title')}</h2>
        <p className="muted" aria-live="polite">
          {data ? t('updated', { time: clockTime(data.generatedAt, i18n.language), timeZone: data.timeZone }) : t('loading')}
        </p>
        {error !== null && (
          <p className="notice bad" role="alert">
            {t('error', { detail: errorText(error) })}
          </p>
        )}
        {data && data.unclassified > 0 && (
          <p className="notice" data-testid="unclassified">
            <Link to="/console/visitors">{t('unclassified', { count: data.unclassified })}</Link>
          </p>
        )}
        {data && <FigureGrid data={data} />}
        {data && (
          <p>
            <Link to={drillPath(countedVisitors())}>{t('allRecords')}</Link>
          </p>
        )}
      </section>
      {data && <Hourly data={data} />}
      {data && <Distributions data={data} />}
      {data && <Engagement data={data} />}
      {data && <Fleet data={data} />}
    </div>
  );
}
