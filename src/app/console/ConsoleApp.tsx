/** The organizer console: first-run account, login, then the event, figures and the device fleet. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleState, RosterImportRun } from '../../core/schema/console';
import { AppHeader } from '../ui/AppHeader';
import { AccountForm } from './AccountForm';
import { sessionApi } from '../../core/api/console/session';
import { statsApi } from '../../core/api/console/stats';
import { publicApi } from '../../core/api/public';
import { call, href } from '../net/client';
import { useErrorText } from '../net/errorText';
import { DevicesPanel } from './DevicesPanel';
import { EventForm } from './EventForm';
import { useRefreshing } from './useRefreshing';
import { VisitorFormEditor } from './VisitorFormEditor';
import { NavLink, Route, Routes } from 'react-router';
import { FeedbackSection } from './feedback/FeedbackSection';
import { SurveysSection } from './surveys/SurveysSection';
import { DashboardSection } from './stats/DashboardSection';
import { VisitorsSection } from './visitors/VisitorsSection';
import { TaxonomySection } from './taxonomy/TaxonomySection';
import { ReportSection } from './report/ReportSection';
import { ExhibitorLogins } from './ExhibitorLogins';
import { LeadSetup } from './LeadSetup';
import { CustomersSection } from './customers/CustomersSection';

/** Swagger UI on the OpenAPI document, served by our server beside the API (src/server/http/openapi.ts). */
const REFERENCE_URL = '/api/reference/';

/** Console sections: [path, i18n key] (a key with a namespace, "ns:key", is used as it is). */
const SECTIONS: Array<[string, string]> = [
  ['/console', 'overview'],
  ['/console/devices', 'devices'],
  ['/console/form', 'form'],
  ['/console/surveys', 'surveys:nav'],
  ['/console/feedback', 'feedback:nav'],
  ['/console/dashboard', 'dashboard:nav'],
  ['/console/visitors', 'visitors:nav'],
  ['/console/taxonomies', 'taxonomy:nav'],
  ['/console/report', 'report:nav'],
  ['/console/leads', 'leads:nav'],
  ['/console/customers', 'customers:section'],
];

function Figures() {
  const { t } = useTranslation('console');
  // The dashboard's own figures (one source: the overview and the dashboard always agree).
  const { data } = useRefreshing(useCallback(() => call(statsApi.dashboard, {}), []), 10_000);
  const h = data?.headline;
  const items: Array<[string, number | undefined, string]> = [
    ['checkins', h && h.admittedEntries + h.flaggedScans, t('figures.checkins')],
    ['unique', h?.uniqueVisitors, t('figures.unique')],
    ['flagged', h?.flaggedScans, t('figures.flagged')],
    ['roster', data?.rosterSize, t('figures.roster')],
  ];
  return (
    <>
      <RosterImportNotice run={data?.rosterImport ?? null} />
      <div className="figures">
        {items.map(([key, value, label]) => (
          <div className="figure" key={key}>
            <div className="value" data-testid={`figure-${key}`}>
              {value ?? '–'}
            </div>
            <div className="label">{label}</div>
          </div>
        ))}
      </div>
    </>
  );
}

/** A roster import saving rows now, or one that stopped half-way and needs its file imported again (decisions, 53). */
function RosterImportNotice({ run }: { run: RosterImportRun | null }) {
  const { t, i18n } = useTranslation('console');
  if (!run) return null;
  const number = new Intl.NumberFormat(i18n.language);
  const values = { file: run.file || '—', done: number.format(run.done), total: number.format(run.total) };
  if (run.state === 'running') {
    return (
      <p className="notice" role="status">
        {t('figures.importRunning', values)}
      </p>
    );
  }
  const started = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(run.startedAt));
  return (
    <p className="notice bad" role="alert">
      {t('figures.importStopped', { ...values, started })}
    </p>
  );
}

/** Where the organizer's IT finds the API their systems can use: the reference and the OpenAPI document, both served by this server. */
function ApiReference() {
  const { t } = useTranslation('console');
  return (
    <section className="card" aria-labelledby="api-title">
      <h2 id="api-title">{t('api.title')}</h2>
      <p className="muted">{t('api.text')}</p>
      <p className="row">
        <a className="button secondary" href={REFERENCE_URL} target="_blank" rel="noopener">
          {t('api.reference')}
        </a>
        <a className="button secondary" href={href(publicApi.openapi, {})} target="_blank" rel="noopener">
          {t('api.document')}
        </a>
      </p>
    </section>
  );
}

export default function ConsoleApp() {
  const { t } = useTranslation('console');
  const errorText = useErrorText();
  const [state, setState] = useState<ConsoleState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    call(sessionApi.state, {}).then(setState, (e: unknown) => setError(errorText(e)));
  }, [errorText]);
  useEffect(load, [load]);

  return (
    <>
      <AppHeader title={t('title')} showSync={false}>
        {state?.account && (
          <button type="button" className="secondary" onClick={() => void call(sessionApi.logout, {}).then(load)}>
            {t('account.logout')}
          </button>
        )}
      </AppHeader>
      <main className="main">
        {error && (
          <p className="notice bad" role="alert">
            {error}
          </p>
        )}
        {state && !state.account && <AccountForm mode={state.setupRequired ? 'setup' : 'login'} onDone={load} />}
        {state?.account && (
          <>
            <nav className="desk-nav console-nav" aria-label={t('nav.label')}>
              {SECTIONS.map(([path, key]) => (
                <NavLink key={key} className="button" to={path} end>
                  {t(key.includes(':') ? key : `nav.${key}`)}
                </NavLink>
              ))}
            </nav>
            <Routes>
              <Route
                index
                element={
                  <>
                    <Figures />
                    <EventForm />
                    <ApiReference />
                  </>
                }
              />
              <Route path="devices" element={<DevicesPanel />} />
              <Route path="form" element={<VisitorFormEditor />} />
              <Route path="surveys/*" element={<SurveysSection />} />
              <Route path="feedback/*" element={<FeedbackSection />} />
              <Route path="dashboard/*" element={<DashboardSection />} />
              <Route path="visitors/*" element={<VisitorsSection />} />
              <Route path="taxonomies" element={<TaxonomySection />} />
              <Route
                path="leads"
                element={
                  <>
                    <ExhibitorLogins />
                    <LeadSetup />
                  </>
                }
              />
              <Route path="report/*" element={<ReportSection />} />
              <Route path="customers/*" element={<CustomersSection />} />
            </Routes>
          </>
        )}
      </main>
    </>
  );
}
