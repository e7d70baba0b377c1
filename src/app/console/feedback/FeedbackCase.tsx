/**
 * One case and its follow-up: what was reported, by whom and how to reach them, every step so
 * far with who and when, and the next steps the workflow allows. "Closed" is offered only after
 * "answered": the person must have been told the outcome.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { FeedbackDetail } from '../../../core/feedback/console';
import type { FeedbackCategory } from '../../../core/feedback/schema';
import { NEXT_STATUSES, type FeedbackStatus } from '../../../core/feedback/workflow';
import { categoryLabel } from './labels';
import { NATIVE_LANGUAGE_NAMES } from '../../ui/languageNames';
import { feedbackApi } from '../../../core/api/console/surveys';
import { useErrorText } from '../../net/errorText';
import { call, href } from '../../net/client';


function NextStep({ detail, onDone }: { detail: FeedbackDetail; onDone(d: FeedbackDetail): void }) {
  const { t } = useTranslation('feedback');
  const errorText = useErrorText();
  const options = NEXT_STATUSES[detail.item.status];
  const [to, setTo] = useState<FeedbackStatus | ''>(options[0] ?? '');
  const [assignee, setAssignee] = useState(detail.item.assignee);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!options.length || !to) return <p className="muted">{t('case.finished')}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!to) return;
    setProblem(null);
    try {
      onDone(await call(feedbackApi.step, { params: { id: detail.item.id }, body: { to, ...(to === 'assigned' ? { assignee } : {}), ...(note.trim() ? { note } : {}) } }));
    } catch (e) {
      setProblem(errorText(e));
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} data-testid="case-next-step">
      <h3>{t('case.nextStep')}</h3>
      <fieldset>
        <legend>{t('case.moveTo')}</legend>
        <div className="choice-grid">
          {options.map((o) => (
            <label key={o} className="choice">
              <input type="radio" name="next-status" value={o} checked={to === o} onChange={() => setTo(o)} />
              {t(`action.${o}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {to === 'assigned' && (
        <>
          <label htmlFor="case-assignee">{t('case.assignee')}</label>
          <input id="case-assignee" dir="auto" maxLength={100} value={assignee} onChange={(e) => setAssignee(e.target.value)} />
        </>
      )}
      <label htmlFor="case-note">{to === 'resolved' ? t('case.noteResolved') : to === 'answered' ? t('case.noteAnswered') : t('case.note')}</label>
      <textarea id="case-note" dir="auto" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      {problem && (
        <p className="notice bad" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" style={{ marginTop: '0.75rem' }}>
        {t('case.record')}
      </button>
    </form>
  );
}

export function FeedbackCase() {
  const { t: ts } = useTranslation('surveys');
  // Declared last: the i18n key check reads the nearest useTranslation above a t() call.
  const { t, i18n } = useTranslation('feedback');
  const errorText = useErrorText();
  const { id = '' } = useParams();
  const [detail, setDetail] = useState<FeedbackDetail | null>(null);
  const [categories, setCategories] = useState<FeedbackCategory[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    call(feedbackApi.get, { params: { id } }).then(setDetail, (e: unknown) => setError(errorText(e)));
  }, [id, errorText]);
  useEffect(() => {
    load();
    call(feedbackApi.settings, {}).then((s) => setCategories(s.categories), () => undefined);
  }, [load]);
  if (!detail) return <p className="muted">{error ?? t('loading')}</p>;
  const c = detail.item;
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);

  return (
    <div data-testid="feedback-case">
      <section className={`card ${c.overdue.length ? 'overdue-card' : ''}`}>
        <p>
          <Link to="/console/feedback">{t('case.back')}</Link>
        </p>
        <h2>
          {t(`type.${c.type}`)} · {categoryLabel(categories, c.category, i18n.language)} · {t(`severity.${c.severity}`)}
        </h2>
        <p>
          <span className="tag" data-testid="case-status">
            {t(`status.${c.status}`)}
          </span>
          {c.overdue.map((o) => (
            <span key={o} className="tag bad" data-testid="case-overdue">
              {t(`overdue.${o}`)}
            </span>
          ))}
        </p>
        <p className="case-text">
          <bdi dir="auto">{c.description}</bdi>
        </p>
        {c.photoReceived && <img className="case-photo" src={href(feedbackApi.photo, { params: { id: c.id } })} alt={t('case.photo')} />}
        {c.hasPhoto && !c.photoReceived && <p className="muted">{t('case.photoPending')}</p>}
        <dl className="case-facts">
          <dt>{t('case.reported')}</dt>
          <dd>
            {when(c.reportedAt)} · {ts(`channel.${c.channel}`)} · {c.deviceName}
          </dd>
          <dt>{t('case.respondBy')}</dt>
          <dd>{when(c.respondBy)}</dd>
          <dt>{t('case.answerBy')}</dt>
          <dd>{when(c.resolveBy)}</dd>
          <dt>{t('case.who')}</dt>
          <dd>
            <bdi dir="auto">{c.contactName || t('case.anonymous')}</bdi> · {ts(`audience.${c.audience}`)}
            {c.attendeeId ? ` · ${t('case.badgeLinked')}` : ''}
          </dd>
          <dt>{t('case.contact')}</dt>
          <dd>
            {[c.contactEmail, c.contactPhone].filter(Boolean).join(' · ') || '–'} · {t('case.answerIn', { language: NATIVE_LANGUAGE_NAMES[c.preferredLanguage] })}
          </dd>
        </dl>
      </section>
      <section className="card">
        <h3>{t('case.history')}</h3>
        <ol className="case-steps" data-testid="case-steps">
          {detail.steps.map((s, i) => (
            <li key={i}>
              <strong>{t(`status.${s.status}`)}</strong> · {when(s.at)} · {s.actor}
              {s.assignee ? ` → ${s.assignee}` : ''}
              {s.note ? (
                <div>
                  <bdi dir="auto">{s.note}</bdi>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <NextStep key={`${c.status}:${detail.steps.length}`} detail={detail} onDone={setDetail} />
    </div>
  );
}
