/**
 * Staff-assisted survey at the information desk: staff record an opinion on someone's behalf,
 * saying through which channel it came (at the desk, on the floor, by phone, on a paper form,
 * online) and who gave it. All questions on one page; saved offline like a kiosk response.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDraft } from '../ui/useDraft';
import { useTranslation } from 'react-i18next';
import { localized } from '../../core/schema/localized';
import type { AnswerProblem } from '../../core/surveys/answers';
import { RESPONSE_LANGUAGES, STAFF_CHANNELS, type ResponseLanguage, type StaffChannel } from '../../core/surveys/response';
import { AUDIENCES, type Audience, type SurveyDoc } from '../../core/surveys/schema';
import { FREE_TEXT_MAX } from '../../core/text/freeText';
import { AnswersInvalidError, captureResponse, loadActiveSurveys, type Answers } from '../data/surveys';
import { classifyStorageError } from '../data/storageErrors';
import { isLanguage } from '../i18n';
import { BadgeLinker, type Linked } from './BadgeLinker';
import { QuestionInput } from './QuestionInput';
import { NATIVE_LANGUAGE_NAMES } from '../ui/languageNames';


const EMPTY_DRAFT: { answers: Answers } = { answers: {} };

function AssistedForm({ survey, onSaved }: { survey: SurveyDoc; onSaved(): void }) {
  const { t: ts } = useTranslation('surveys');
  const { t: tc } = useTranslation();
  // Declared last: the i18n key check reads the nearest useTranslation above a t() call.
  const { t, i18n } = useTranslation('kiosk');
  const [channel, setChannel] = useState<StaffChannel>('desk');
  const [audience, setAudience] = useState<Audience>(survey.audience);
  const [lang, setLang] = useState<ResponseLanguage>(isLanguage(i18n.language) ? i18n.language : 'zh-CN');
  const [linked, setLinked] = useState<Linked | null>(null);
  // Kept as a draft while staff fill it in (decision 57); forgotten when saved or when the staff area locks.
  const [draft, setDraft, clearDraft] = useDraft(`kiosk.survey.${survey.id}`, EMPTY_DRAFT);
  const answers = draft.answers;
  const setAnswers = (next: Answers | ((prev: Answers) => Answers)) => setDraft((d) => ({ answers: typeof next === 'function' ? next(d.answers) : next }));
  const [problems, setProblems] = useState<AnswerProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  async function save() {
    setFailure(null);
    try {
      await captureResponse({ survey, answers, language: lang, mode: 'staff', channel, audience: linked?.audience ?? audience, attendeeId: linked?.attendeeId ?? null });
      clearDraft();
      onSaved();
    } catch (error) {
      if (error instanceof AnswersInvalidError) {
        setProblems(error.problems);
        document.querySelector<HTMLElement>(`[data-question="${error.problems[0]?.questionId}"] input, [data-question="${error.problems[0]?.questionId}"] textarea`)?.focus();
      } else setFailure(tc(`errors.storage.${classifyStorageError(error)}`, { detail: (error as Error).message }));
    }
  }

  return (
    <form
      className="card staff-form"
      data-testid="staff-survey"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="row">
        <div>
          <label htmlFor="staff-channel">{ts('channel.label')}</label>
          <select id="staff-channel" value={channel} onChange={(e) => setChannel(e.target.value as StaffChannel)}>
            {STAFF_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {ts(`channel.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="staff-audience">{ts('audience.label')}</label>
          <select id="staff-audience" value={linked?.audience ?? audience} disabled={!!linked} onChange={(e) => setAudience(e.target.value as Audience)}>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {ts(`audience.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="staff-language">{t('staff.respondentLanguage')}</label>
          <select id="staff-language" value={lang} onChange={(e) => setLang(e.target.value as ResponseLanguage)}>
            {RESPONSE_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {NATIVE_LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <BadgeLinker linked={linked} onLinked={setLinked} listening />
      {survey.questions.map((q) => {
        const problem = problems.find((p) => p.questionId === q.id);
        return (
          <QuestionInput
            key={q.id}
            question={q}
            value={answers[q.id]}
            lang={lang}
            idPrefix="staff-q"
            error={problem ? t(`error.${problem.code}`, { max: FREE_TEXT_MAX.toLocaleString(i18n.language) }) : undefined}
            onChange={(value) => {
              setAnswers((a) => ({ ...a, [q.id]: value }));
              setProblems((ps) => ps.filter((p) => p.questionId !== q.id));
            }}
          />
        );
      })}
      {failure && (
        <p className="notice bad" role="alert">
          {failure}
        </p>
      )}
      <button type="submit">{t('staff.saveResponse')}</button>
    </form>
  );
}

export function StaffSurvey() {
  const { t, i18n } = useTranslation('kiosk');
  const surveys = useLiveQuery(loadActiveSurveys, []);
  const [chosen, setChosen] = useState<string>('');
  const [saved, setSaved] = useState(0);
  if (!surveys) return null;
  if (!surveys.length) return <p className="notice warn">{t('empty')}</p>;
  const survey = surveys.find((s) => s.id === chosen) ?? surveys[0]!;
  return (
    <section>
      <h2>{t('staff.surveyTitle')}</h2>
      <label htmlFor="staff-survey-choice">{t('staff.whichSurvey')}</label>
      <select id="staff-survey-choice" value={survey.id} onChange={(e) => setChosen(e.target.value)}>
        {surveys.map((s) => (
          <option key={s.id} value={s.id}>
            {localized(s.title, i18n.language)}
          </option>
        ))}
      </select>
      {saved > 0 && (
        <p className="notice ok" role="status" data-testid="staff-saved">
          {t('staff.responseSaved')}
        </p>
      )}
      {/* A new key after each save: the next person starts from an empty form. */}
      <AssistedForm key={`${survey.id}:${survey.version}:${saved}`} survey={survey} onSaved={() => setSaved((n) => n + 1)} />
    </section>
  );
}
