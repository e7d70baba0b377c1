/**
 * Every case with its state and service levels; overdue ones are marked in words and colour and
 * listed first. Figures on top: open, overdue, answered and the median time to answer.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FeedbackItem } from '../../../core/feedback/console';
import type { FeedbackCategory } from '../../../core/feedback/schema';
import { isOpen } from '../../../core/feedback/workflow';
import { useRefreshing } from '../useRefreshing';
import { categoryLabel, formatMinutes } from './labels';
import type { Language } from '../../i18n';
import { feedbackApi } from '../../../core/api/console/surveys';
import { DownloadButton } from '../../ui/DownloadButton';
import { useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

type Filter = 'open' | 'overdue' | 'all';

export function FeedbackList() {
  const { t, i18n } = useTranslation('feedback');
  const errorText = useErrorText();
  const { data, error } = useRefreshing(useCallback(() => call(feedbackApi.list, {}), []), 15_000);
  const [categories, setCategories] = useState<FeedbackCategory[]>([]);
  const [filter, setFilter] = useState<Filter>('open');
  useEffect(() => {
    call(feedbackApi.settings, {}).then((s) => setCategories(s.categories), () => undefined);
  }, []);

  const units = { d: t('units.d'), h: t('units.h'), min: t('units.min') };
  const shown = (data?.items ?? [])
    .filter((c) => filter === 'all' || (filter === 'open' ? isOpen(c.status) : c.overdue.length > 0))
    .sort((a, b) => Number(b.overdue.length > 0) - Number(a.overdue.length > 0));
  const figures: Array<[string, string]> = data
    ? [
        ['open', String(data.figures.open)],
        ['overdue', String(data.figures.overdue)],
        ['answered', String(data.figures.answered)],
        ['median', data.figures.medianMinutesToAnswer === null ? '–' : formatMinutes(data.figures.medianMinutesToAnswer, units)],
      ]
    : [];

  return (
    <div data-testid="feedback-list">
      <div className="figures">
        {figures.map(([key, value]) => (
          <div key={key} className={`figure ${key === 'overdue' && value !== '0' ? 'figure-bad' : ''}`}>
            <div className="value" data-testid={`feedback-figure-${key}`}>
              {value}
            </div>
            <div className="label">{t(`figures.${key}`)}</div>
          </div>
        ))}
      </div>
      <section className="card">
        <div className="row">
          <h2>{t('list.title')}</h2>
          <div>
            <label htmlFor="feedback-filter">{t('list.show')}</label>
            <select id="feedback-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
              {(['open', 'overdue', 'all'] as const).map((f) => (
                <option key={f} value={f}>
                  {t(`list.filter.${f}`)}
                </option>
              ))}
            </select>
          </div>
          <Link className="button secondary" to="/console/feedback/settings">
            {t('settings.title')}
          </Link>
          <DownloadButton endpoint={feedbackApi.export} input={{ query: { format: 'csv', lang: i18n.language as Language } }} fileName="feedback.csv">
            {t('list.exportCsv')}
          </DownloadButton>
          <DownloadButton endpoint={feedbackApi.export} input={{ query: { format: 'xlsx', lang: i18n.language as Language } }} fileName="feedback.xlsx">
            {t('list.exportXlsx')}
          </DownloadButton>
        </div>
        {error ? (
          <p className="notice bad" role="alert">
            {errorText(error)}
          </p>
        ) : null}
        {data && shown.length === 0 && <p className="muted">{t('list.empty')}</p>}
        {shown.length > 0 && (
          <table>
            <thead>
              <tr>
                <th>{t('list.reported')}</th>
                <th>{t('list.type')}</th>
                <th>{t('list.category')}</th>
                <th>{t('list.severity')}</th>
                <th>{t('list.description')}</th>
                <th>{t('list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c: FeedbackItem) => (
                <tr key={c.id} className={c.overdue.length ? 'overdue' : ''} data-testid="feedback-row" data-overdue={c.overdue.join(' ') || undefined}>
                  <td>{new Date(c.reportedAt).toLocaleString(i18n.language)}</td>
                  <td>{t(`type.${c.type}`)}</td>
                  <td>{categoryLabel(categories, c.category, i18n.language)}</td>
                  <td>{t(`severity.${c.severity}`)}</td>
                  <td className="case-description">
                    <Link to={`/console/feedback/${c.id}`}>
                      <bdi dir="auto">{c.description.length > 140 ? `${c.description.slice(0, 140)}…` : c.description}</bdi>
                    </Link>
                  </td>
                  <td>
                    <span className="tag">{t(`status.${c.status}`)}</span>
                    {c.overdue.map((o) => (
                      <span key={o} className="tag bad">
                        {t(`overdue.${o}`)}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
