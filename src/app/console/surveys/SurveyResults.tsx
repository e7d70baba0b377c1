/**
 * Results of one survey, for one version or all: NPS and CSAT, split by audience and by day, the
 * distribution of every question and the free-text answers. Respondents' text is shown as text
 * (React escapes it), isolated so right-to-left writing cannot reorder the page around it.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localized } from '../../../core/schema/localized';
import type { SurveyDetail } from '../../../core/surveys/console';
import type { Breakdown, CsatResult, NpsResult, QuestionResult } from '../../../core/surveys/results';
import { useRefreshing } from '../useRefreshing';
import type { Language } from '../../i18n';
import { surveysApi } from '../../../core/api/console/surveys';
import { DownloadButton } from '../../ui/DownloadButton';
import { useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

type VersionChoice = number | 'all';

/** The console's own time zone: results are split by the show's days as the organizer sees them. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function npsText(nps: NpsResult | null | undefined): string {
  return nps?.score === null || nps?.score === undefined ? '–' : String(Math.round(nps.score));
}
function csatText(csat: CsatResult | null | undefined): string {
  return csat?.score === null || csat?.score === undefined ? '–' : `${Math.round(csat.score)}%`;
}

function BreakdownTable({ title, keyLabel, rows, labelOf, testId }: { title: string; keyLabel: string; rows: Breakdown[]; labelOf(key: string): string; testId: string }) {
  const { t } = useTranslation('surveys');
  return (
    <section className="card">
      <h3>{title}</h3>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th>{keyLabel}</th>
            <th>{t('results.responses')}</th>
            <th>{t('results.nps')}</th>
            <th>{t('results.csat')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td>{labelOf(r.key)}</td>
              <td>{r.n}</td>
              <td>{npsText(r.nps)}</td>
              <td>{csatText(r.csat)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function QuestionCard({ q }: { q: QuestionResult }) {
  const { t, i18n } = useTranslation('surveys');
  const total = Math.max(1, ...(q.distribution ?? []).map((d) => d.count));
  const labelOf = (d: NonNullable<QuestionResult['distribution']>[number]) => (d.label ? localized(d.label, i18n.language) : q.type === 'consent' ? t(`results.${d.value}`) : d.value);
  return (
    <section className="card" data-testid="question-result" data-question={q.id}>
      <h3 dir="auto">{localized(q.text, i18n.language)}</h3>
      <p className="muted">
        {t(`type.${q.type}`)} · {t('results.answered', { count: q.answered })} · {t('results.inVersions', { versions: q.versions.join(', ') })}
        {q.nps ? ` · ${t('results.nps')} ${npsText(q.nps)}` : ''}
        {q.csat ? ` · ${t('results.csat')} ${csatText(q.csat)}` : ''}
        {q.mean !== undefined && q.mean !== null ? ` · ${t('results.mean', { mean: q.mean.toFixed(1) })}` : ''}
      </p>
      {q.distribution && (
        <div className="bars">
          {q.distribution.map((d) => (
            <div key={d.value} className="bar-row">
              <span className="bar-label" dir="auto">
                {labelOf(d)}
              </span>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${(d.count / total) * 100}%` }} />
              </span>
              <span className="bar-count">{d.count}</span>
            </div>
          ))}
        </div>
      )}
      {q.texts && (
        <ul className="free-texts" data-testid="free-texts">
          {q.texts.length === 0 && <li className="muted">{t('results.noTexts')}</li>}
          {q.texts.map((x) => (
            <li key={x.responseId}>
              <bdi dir="auto">{x.text}</bdi>
              <span className="muted"> · {new Date(x.at).toLocaleString(i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SurveyResults() {
  const { t, i18n } = useTranslation('surveys');
  const errorText = useErrorText();
  const { id = '' } = useParams();
  const [survey, setSurvey] = useState<SurveyDetail | null>(null);
  const [version, setVersion] = useState<VersionChoice>('all');
  useEffect(() => {
    call(surveysApi.get, { params: { id } }).then(setSurvey, () => setSurvey(null));
  }, [id]);
  const { data, error } = useRefreshing(
    useCallback(() => call(surveysApi.results, { params: { id }, query: { version, tz: localTimeZone() } }), [id, version]),
    30_000,
  );
  const exportQuery = (format: 'csv' | 'xlsx') => ({ query: { version, format, lang: i18n.language as Language, tz: localTimeZone() } });

  return (
    <div data-testid="survey-results">
      <section className="card">
        <p>
          <Link to="/console/surveys">{t('editor.back')}</Link>
        </p>
        <h2 dir="auto">{survey ? localized(survey.content.title, i18n.language) : t('results.title')}</h2>
        <div className="row">
          <div>
            <label htmlFor="results-version">{t('results.version')}</label>
            <select id="results-version" value={String(version)} onChange={(e) => setVersion(e.target.value === 'all' ? 'all' : Number(e.target.value))}>
              <option value="all">{t('results.allVersions')}</option>
              {survey?.versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('results.versionN', { n: v.version, responses: v.responses })}
                </option>
              ))}
            </select>
          </div>
          <DownloadButton endpoint={surveysApi.export} input={{ params: { id }, ...exportQuery('csv') }} fileName="survey.csv">
            {t('results.exportCsv')}
          </DownloadButton>
          <DownloadButton endpoint={surveysApi.export} input={{ params: { id }, ...exportQuery('xlsx') }} fileName="survey.xlsx">
            {t('results.exportXlsx')}
          </DownloadButton>
        </div>
        {error ? (
          <p className="notice bad" role="alert">
            {errorText(error)}
          </p>
        ) : null}
      </section>
      {data && (
        <>
          <div className="figures">
            <div className="figure">
              <div className="value" data-testid="results-total">
                {data.total}
              </div>
              <div className="label">{t('results.responses')}</div>
            </div>
            <div className="figure">
              <div className="value" data-testid="results-nps">
                {npsText(data.headline.nps)}
              </div>
              <div className="label">{t('results.nps')}</div>
              {data.headline.nps && <div className="muted">{t('results.npsDetail', data.headline.nps)}</div>}
            </div>
            <div className="figure">
              <div className="value" data-testid="results-csat">
                {csatText(data.headline.csat)}
              </div>
              <div className="label">{t('results.csat')}</div>
              {data.headline.csat && <div className="muted">{t('results.csatDetail', data.headline.csat)}</div>}
            </div>
          </div>
          <BreakdownTable title={t('results.byAudience')} keyLabel={t('audience.label')} rows={data.byAudience} labelOf={(k) => t(`audience.${k}`)} testId="results-by-audience" />
          <BreakdownTable title={t('results.byDay')} keyLabel={t('results.day')} rows={data.byDay} labelOf={(k) => k} testId="results-by-day" />
          {data.questions.map((q) => (
            <QuestionCard key={q.id} q={q} />
          ))}
        </>
      )}
    </div>
  );
}
