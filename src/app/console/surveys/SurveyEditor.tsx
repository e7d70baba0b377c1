/**
 * The survey builder. Saving a change creates a new version (answers keep the version they were
 * given under); an active survey's new version reaches kiosks with their next sync.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localized } from '../../../core/schema/localized';
import type { SurveyDetail } from '../../../core/surveys/console';
import { AUDIENCES, QUESTION_TYPES, surveyContentSchema, type Audience, type Question, type QuestionType, type SurveyContent } from '../../../core/surveys/schema';
import { blankQuestion, QuestionEditor, TextInLanguages } from './QuestionEditor';
import { surveysApi } from '../../../core/api/console/surveys';
import { issuesText, useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

function Versions({ survey }: { survey: SurveyDetail }) {
  const { t, i18n } = useTranslation('surveys');
  return (
    <section className="card">
      <h2>{t('versions.title')}</h2>
      <table data-testid="survey-versions">
        <thead>
          <tr>
            <th>{t('versions.version')}</th>
            <th>{t('versions.publishedAt')}</th>
            <th>{t('versions.publishedBy')}</th>
            <th>{t('versions.responses')}</th>
          </tr>
        </thead>
        <tbody>
          {[...survey.versions].reverse().map((v) => (
            <tr key={v.version}>
              <td>{v.version}</td>
              <td>{new Date(v.publishedAt).toLocaleString(i18n.language)}</td>
              <td>{v.publishedBy}</td>
              <td>{v.responses}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function SurveyEditor() {
  const { t, i18n } = useTranslation('surveys');
  const errorText = useErrorText();
  const { id = '' } = useParams();
  const [survey, setSurvey] = useState<SurveyDetail | null>(null);
  const [draft, setDraft] = useState<SurveyContent | null>(null);
  const [addType, setAddType] = useState<QuestionType>('csat');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const show = useCallback((s: SurveyDetail) => {
    setSurvey(s);
    setDraft(s.content);
  }, []);
  useEffect(() => {
    call(surveysApi.get, { params: { id } }).then(show, (e: unknown) => setMessage({ ok: false, text: errorText(e) }));
  }, [id, show, errorText]);
  if (!survey || !draft) return <p className="muted">{message?.text ?? t('loading')}</p>;

  const setQuestions = (questions: Question[]) => setDraft({ ...draft, questions });

  async function save() {
    if (!draft) return;
    const parsed = surveyContentSchema.safeParse(draft);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path[0] === 'questions' && typeof issue.path[1] === 'number' ? t('editor.atQuestion', { n: issue.path[1] + 1 }) : '';
      return setMessage({ ok: false, text: `${where}${issue ? issuesText(t, [issue]) : ''}` });
    }
    try {
      const result = await call(surveysApi.save, { params: { id }, body: parsed.data });
      show(result.survey);
      setMessage({ ok: true, text: result.changed ? t('editor.saved', { version: result.survey.currentVersion }) : t('editor.unchanged') });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  }

  async function toggle() {
    if (!survey) return;
    try {
      show(await call(surveysApi.setActive, { params: { id }, body: { active: !survey.active } }));
      setMessage(null);
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  }

  return (
    <>
      <section className="card" data-testid="survey-editor">
        <p>
          <Link to="/console/surveys">{t('editor.back')}</Link>
        </p>
        <h2 dir="auto">{localized(survey.content.title, i18n.language)}</h2>
        <div className="row">
          <p>
            <span className={`tag ${survey.active ? 'ok' : ''}`} data-testid="survey-status">
              {survey.active ? t('status.active') : t('status.inactive')}
            </span>{' '}
            {t('editor.version', { version: survey.currentVersion })}
          </p>
          <button type="button" className={survey.active ? 'secondary' : ''} onClick={() => void toggle()}>
            {survey.active ? t('editor.deactivate') : t('editor.activate')}
          </button>
          <Link className="button secondary" to={`/console/surveys/${id}/results`}>
            {t('list.results')}
          </Link>
        </div>
        <p className="muted">{t('editor.help')}</p>
        <TextInLanguages label={t('editor.title')} value={draft.title} idPrefix="survey-title" onChange={(title) => setDraft({ ...draft, title })} />
        <TextInLanguages label={t('editor.intro')} value={draft.intro} idPrefix="survey-intro" onChange={(intro) => setDraft({ ...draft, intro })} />
        <TextInLanguages label={t('editor.thanks')} value={draft.thanks} idPrefix="survey-thanks" onChange={(thanks) => setDraft({ ...draft, thanks })} />
        <label htmlFor="survey-audience">{t('audience.label')}</label>
        <select id="survey-audience" value={draft.audience} onChange={(e) => setDraft({ ...draft, audience: e.target.value as Audience })}>
          {AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {t(`audience.${a}`)}
            </option>
          ))}
        </select>
        <h3>{t('editor.questions')}</h3>
        {draft.questions.map((q, i) => (
          <QuestionEditor
            key={q.id}
            question={q}
            index={i}
            count={draft.questions.length}
            onChange={(next) => setQuestions(draft.questions.map((x, j) => (j === i ? next : x)))}
            onMove={(to) => setQuestions(move(draft.questions, i, to))}
            onRemove={() => setQuestions(draft.questions.filter((_, j) => j !== i))}
          />
        ))}
        <div className="row">
          <div>
            <label htmlFor="survey-add-type">{t('editor.addType')}</label>
            <select id="survey-add-type" value={addType} onChange={(e) => setAddType(e.target.value as QuestionType)}>
              {QUESTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`type.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="secondary" onClick={() => setQuestions([...draft.questions, blankQuestion(addType)])}>
            {t('editor.addQuestion')}
          </button>
        </div>
        <div className="row" style={{ marginTop: '1rem' }}>
          <button type="button" onClick={() => void save()}>
            {t('editor.save')}
          </button>
        </div>
        {message && (
          <p className={`notice ${message.ok ? 'ok' : 'bad'}`} role="status">
            {message.text}
          </p>
        )}
      </section>
      <Versions survey={survey} />
    </>
  );
}
