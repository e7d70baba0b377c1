/** The organizer's category list (kiosks get it with their config) and service levels per severity. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { feedbackSettingsSchema, type FeedbackSettings } from '../../../core/feedback/console';
import { SEVERITIES } from '../../../core/feedback/schema';
import { TextInLanguages, newKey } from '../surveys/QuestionEditor';
import { feedbackApi } from '../../../core/api/console/surveys';
import { issuesText, useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

export function FeedbackSettingsPanel() {
  const { t } = useTranslation('feedback');
  const errorText = useErrorText();
  const [settings, setSettings] = useState<FeedbackSettings | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    call(feedbackApi.settings, {}).then(setSettings, (e: unknown) => setMessage({ ok: false, text: errorText(e) }));
  }, [errorText]);
  if (!settings) return <p className="muted">{message?.text ?? t('loading')}</p>;

  async function save() {
    const parsed = feedbackSettingsSchema.safeParse(settings);
    if (!parsed.success) return setMessage({ ok: false, text: issuesText(t, parsed.error.issues) });
    try {
      setSettings(await call(feedbackApi.saveSettings, { body: parsed.data }));
      setMessage({ ok: true, text: t('settings.saved') });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  }

  const level = (severity: (typeof SEVERITIES)[number], key: 'respondMinutes' | 'resolveMinutes', value: number) =>
    setSettings({ ...settings, sla: { ...settings.sla, [severity]: { ...settings.sla[severity], [key]: value } } });

  return (
    <section className="card" data-testid="feedback-settings">
      <p>
        <Link to="/console/feedback">{t('case.back')}</Link>
      </p>
      <h2>{t('settings.title')}</h2>
      <h3>{t('settings.sla')}</h3>
      <p className="muted">{t('settings.slaHelp')}</p>
      <table>
        <thead>
          <tr>
            <th>{t('list.severity')}</th>
            <th>{t('settings.respondMinutes')}</th>
            <th>{t('settings.resolveMinutes')}</th>
          </tr>
        </thead>
        <tbody>
          {SEVERITIES.map((s) => (
            <tr key={s}>
              <td>{t(`severity.${s}`)}</td>
              {(['respondMinutes', 'resolveMinutes'] as const).map((key) => (
                <td key={key}>
                  <input
                    type="number"
                    min={1}
                    aria-label={t(`settings.${key}Named`, { severity: t(`severity.${s}`) })}
                    value={settings.sla[s][key]}
                    onChange={(e) => level(s, key, Math.max(1, Math.round(Number(e.target.value) || 1)))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('settings.categories')}</h3>
      {settings.categories.map((c, i) => (
        <div key={c.value} className="row">
          <TextInLanguages
            label={t('settings.category', { n: i + 1 })}
            value={c.label}
            idPrefix={`cat-${c.value}`}
            onChange={(label) => setSettings({ ...settings, categories: settings.categories.map((x, j) => (j === i ? { ...x, label } : x)) })}
          />
          <button
            type="button"
            className="danger"
            aria-label={t('settings.removeCategory', { n: i + 1 })}
            onClick={() => setSettings({ ...settings, categories: settings.categories.filter((_, j) => j !== i) })}
          >
            <span aria-hidden="true">{'✕'}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => setSettings({ ...settings, categories: [...settings.categories, { value: newKey('c'), label: { 'zh-CN': '', 'zh-TW': '', en: '' } }] })}
      >
        {t('settings.addCategory')}
      </button>
      <div className="row" style={{ marginTop: '1rem' }}>
        <button type="button" onClick={() => void save()}>
          {t('settings.save')}
        </button>
      </div>
      {message && (
        <p className={`notice ${message.ok ? 'ok' : 'bad'}`} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
