/**
 * One survey question as the respondent answers it, for every question type. Native radio
 * buttons and checkboxes inside large labels: the whole tile is the touch target, and screen
 * readers and keyboards get the controls they know.
 */
import { useTranslation } from 'react-i18next';
import { localized } from '../../core/schema/localized';
import { scoreRange } from '../../core/surveys/answers';
import type { AnswerValue, ContactAnswer } from '../../core/surveys/response';
import type { Question } from '../../core/surveys/schema';
import { charCount, FREE_TEXT_MAX } from '../../core/text/freeText';
import { CsatFace } from './CsatFace';

const EMPTY_CONTACT: ContactAnswer = { name: '', email: '', phone: '' };

export interface QuestionInputProps {
  question: Question;
  value: AnswerValue | undefined;
  onChange(value: AnswerValue | undefined): void;
  /** The respondent's language: the survey's own texts are shown in it. */
  lang: string;
  /** Already translated. */
  error?: string;
  idPrefix: string;
}

function range(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

export function QuestionInput({ question: q, value, onChange, lang, error, idPrefix }: QuestionInputProps) {
  const { t } = useTranslation('kiosk');
  const id = `${idPrefix}-${q.id}`;
  const text = localized(q.text, lang);
  const errorId = `${id}-error`;
  const described = error ? { 'aria-describedby': errorId } : {};
  const errorLine = error ? (
    <p className="field-error" id={errorId} role="alert">
      {error}
    </p>
  ) : null;
  const legend = (
    <legend id={`${id}-legend`} dir="auto">
      {text}
      {q.required ? <span className="sr-only">{t('question.required')}</span> : null}
      {q.required ? <span aria-hidden="true">{' *'}</span> : null}
    </legend>
  );

  const scale = scoreRange(q);
  if (scale) {
    const faces = q.type === 'csat' && q.style === 'faces';
    const stars = q.type === 'csat' && q.style === 'stars';
    return (
      <fieldset className="question" data-question={q.id} {...described}>
        {legend}
        <div className="question-scale" role="radiogroup" aria-labelledby={`${id}-legend`}>
          {range(scale.min, scale.max).map((n) => {
            const label = faces ? t(`csat.${n}`) : stars ? t('stars', { n, max: scale.max }) : String(n);
            return (
              <label key={n} className="option" title={faces || stars ? label : undefined}>
                <input type="radio" name={id} value={n} checked={value === n} onChange={() => onChange(n)} aria-label={label} />
                {faces ? <CsatFace level={n} /> : null}
                {stars
                  ? range(1, n).map((s) => (
                      <span key={s} className={`star ${typeof value === 'number' && s <= value ? 'on' : ''}`} aria-hidden="true">
                        {'★'}
                      </span>
                    ))
                  : null}
                {!faces && !stars ? <span aria-hidden="true">{n}</span> : null}
              </label>
            );
          })}
        </div>
        {q.type === 'nps' ? (
          <div className="question-ends" aria-hidden="true">
            <span>{t('nps.low')}</span>
            <span>{t('nps.high')}</span>
          </div>
        ) : null}
        {errorLine}
      </fieldset>
    );
  }

  switch (q.type) {
    case 'single':
    case 'multiple': {
      const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      return (
        <fieldset className="question" data-question={q.id} {...described}>
          {legend}
          <div className="question-options">
            {q.options.map((o) => (
              <label key={o.value} className={`option ${q.type === 'multiple' ? 'tick' : ''}`} dir="auto">
                <input
                  type={q.type === 'single' ? 'radio' : 'checkbox'}
                  name={id}
                  value={o.value}
                  checked={chosen.includes(o.value)}
                  onChange={(e) => {
                    if (q.type === 'single') onChange(o.value);
                    else onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value));
                  }}
                />
                {localized(o.label, lang)}
              </label>
            ))}
          </div>
          {errorLine}
        </fieldset>
      );
    }
    case 'text': {
      const current = typeof value === 'string' ? value : '';
      const count = charCount(current);
      return (
        <div className="question" data-question={q.id}>
          <label className="question-text" htmlFor={id} dir="auto">
            {text}
            {q.required ? <span aria-hidden="true">{' *'}</span> : null}
          </label>
          {/* No maxLength: a pasted text must not be cut silently; it is refused with a message instead. */}
          <textarea id={id} dir="auto" value={current} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} {...described} />
          <p className={`text-count ${count > FREE_TEXT_MAX ? 'over' : ''}`} aria-live="polite">
            {t('text.count', { n: count.toLocaleString(lang), max: FREE_TEXT_MAX.toLocaleString(lang) })}
          </p>
          {errorLine}
        </div>
      );
    }
    case 'contact': {
      const contact = value && typeof value === 'object' && !Array.isArray(value) ? value : EMPTY_CONTACT;
      const field = (key: keyof ContactAnswer, type: string, inputMode: 'text' | 'email' | 'tel') => (
        <div key={key}>
          <label htmlFor={`${id}-${key}`}>{t(`contact.${key}`)}</label>
          <input id={`${id}-${key}`} type={type} inputMode={inputMode} autoComplete="off" dir="auto" value={contact[key]} onChange={(e) => onChange({ ...contact, [key]: e.target.value })} />
        </div>
      );
      return (
        <fieldset className="question" data-question={q.id} {...described}>
          {legend}
          <div className="row">
            {field('name', 'text', 'text')}
            {field('email', 'email', 'email')}
            {field('phone', 'tel', 'tel')}
          </div>
          {errorLine}
        </fieldset>
      );
    }
    case 'consent':
      return (
        <div className="question" data-question={q.id}>
          <label className="option tick" dir="auto">
            <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} aria-invalid={error ? true : undefined} {...described} />
            {text}
          </label>
          {errorLine}
        </div>
      );
    default:
      return null;
  }
}
