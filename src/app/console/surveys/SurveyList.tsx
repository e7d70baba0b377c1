/** The event's surveys: which are live on kiosks, their current version and how many answered. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { localized } from '../../../core/schema/localized';
import { starterSurvey } from '../../../core/surveys/schema';
import { useRefreshing } from '../useRefreshing';
import { surveysApi } from '../../../core/api/console/surveys';
import { useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

export function SurveyList() {
  const { t, i18n } = useTranslation('surveys');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { data, error } = useRefreshing(useCallback(() => call(surveysApi.list, {}).then((r) => r.surveys), []), 15_000);
  const [problem, setProblem] = useState<string | null>(null);

  async function create() {
    try {
      const survey = await call(surveysApi.create, { body: starterSurvey() });
      void navigate(`/console/surveys/${survey.id}`);
    } catch (e) {
      setProblem(errorText(e));
    }
  }

  return (
    <section className="card" data-testid="survey-list">
      <h2>{t('list.title')}</h2>
      <p className="muted">{t('list.help')}</p>
      <button type="button" onClick={() => void create()}>
        {t('list.new')}
      </button>
      {problem || error ? (
        <p className="notice bad" role="alert">
          {problem ?? errorText(error)}
        </p>
      ) : null}
      {data && data.length === 0 && <p className="muted">{t('list.empty')}</p>}
      {data && data.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('list.columns.title')}</th>
              <th>{t('audience.label')}</th>
              <th>{t('list.columns.status')}</th>
              <th>{t('list.columns.version')}</th>
              <th>{t('list.columns.responses')}</th>
              <th>{t('list.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((s) => {
              const title = localized(s.title, i18n.language);
              return (
                <tr key={s.id} data-testid="survey-row">
                  <td dir="auto">{title}</td>
                  <td>{t(`audience.${s.audience}`)}</td>
                  <td>
                    <span className={`tag ${s.active ? 'ok' : ''}`}>{s.active ? t('status.active') : t('status.inactive')}</span>
                  </td>
                  <td>{s.currentVersion}</td>
                  <td>{s.responses}</td>
                  <td>
                    <div className="row" style={{ flexWrap: 'nowrap' }}>
                      <Link className="button secondary" to={`/console/surveys/${s.id}`} aria-label={t('list.editNamed', { title })}>
                        {t('list.edit')}
                      </Link>
                      <Link className="button secondary" to={`/console/surveys/${s.id}/results`} aria-label={t('list.resultsNamed', { title })}>
                        {t('list.results')}
                      </Link>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
