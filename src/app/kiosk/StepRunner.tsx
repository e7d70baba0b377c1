/**
 * Self-service answering: one question per screen, Back and Next, Submit on the last. Each
 * question is checked as the respondent leaves it, and the whole set again before saving (the
 * same check the server makes), so a problem is shown next to its question, in words.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../core/schema/localized';
import { validateAnswers, type AnswerProblem } from '../../core/surveys/answers';
import type { AnswerValue } from '../../core/surveys/response';
import type { SurveyDoc } from '../../core/surveys/schema';
import { FREE_TEXT_MAX } from '../../core/text/freeText';
import { answeredOnly, type Answers } from '../data/surveys';
import { QuestionInput } from './QuestionInput';

export function StepRunner({ survey, lang, onSubmit }: { survey: SurveyDoc; lang: string; onSubmit(answers: Answers): Promise<AnswerProblem[] | null> }) {
  const { t } = useTranslation('kiosk');
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  const [problem, setProblem] = useState<AnswerProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const question = survey.questions[index]!;
  const last = index === survey.questions.length - 1;

  function check(): boolean {
    const value = answers[question.id];
    const found = validateAnswers({ questions: [question] }, answeredOnly({ [question.id]: value })).find((p) => p.code !== 'consent_needed');
    setProblem(found ?? null);
    return !found;
  }

  async function next() {
    if (!check()) return;
    if (!last) {
      setIndex(index + 1);
      return;
    }
    setBusy(true);
    const problems = await onSubmit(answers);
    setBusy(false);
    const first = problems?.[0];
    if (first) {
      const at = survey.questions.findIndex((q) => q.id === first.questionId);
      if (at >= 0) setIndex(at);
      setProblem(first);
    }
  }

  return (
    <div className="kiosk-panel" data-testid="kiosk-question" data-question={question.id}>
      <p className="kiosk-progress">{t('progress', { n: index + 1, total: survey.questions.length })}</p>
      {index === 0 && localized(survey.intro, lang) ? (
        <p className="muted" dir="auto">
          {localized(survey.intro, lang)}
        </p>
      ) : null}
      <QuestionInput
        key={question.id}
        question={question}
        value={answers[question.id]}
        lang={lang}
        idPrefix="kiosk-q"
        error={problem && problem.questionId === question.id ? t(`error.${problem.code}`, { max: FREE_TEXT_MAX.toLocaleString(lang) }) : undefined}
        onChange={(value: AnswerValue | undefined) => {
          setAnswers((a) => ({ ...a, [question.id]: value }));
          setProblem(null);
        }}
      />
      <div className="kiosk-nav" style={{ marginTop: '1.5rem' }}>
        <button
          type="button"
          className="secondary"
          disabled={index === 0}
          onClick={() => {
            setProblem(null);
            setIndex(index - 1);
          }}
        >
          {t('back')}
        </button>
        <button type="button" onClick={() => void next()} disabled={busy}>
          {last ? t('submit') : t('next')}
        </button>
      </div>
    </div>
  );
}
